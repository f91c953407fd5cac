package de.smartcitysearch.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Plain text and metadata of one file via Apache Tika, within the character limit.
 *
 * <p>The parse runs on the calling thread. The time limit is the caller's (the indexer abandons
 * extraction and enrichment of a file together by interrupting its thread); Tika's parsers do not
 * check for interrupts, so the content handler does: an abandoned parse ends with the next element
 * or text it emits. A parser that loops without emitting anything cannot be stopped inside the JVM;
 * its thread is a daemon and dies with the run. Memory is bounded by Tika's own means: Office files
 * are streamed (SAX) rather than built as trees, the text is cut by the write limit, and the {@code
 * SecureContentHandler} of the {@code AutoDetectParser} refuses zip bombs.
 *
 * <p>Those means do not bound everything: PDFBox collects the text of a whole page before it hands
 * on a character, so a page whose compressed content stream inflates to a gigabyte of text
 * operators exhausts any heap (2 GB in 37 s, measured), and a parser looping without emitting
 * anything holds its thread. With a parse heap in its {@link ExtractionLimits}, every file is
 * therefore parsed in a child JVM of that heap ({@link ChildParser}): a file that needs more ends
 * the child, not this process, and the time limit ends the child, not only the wait for it.
 */
public final class TikaExtractor {

  /** Text and metadata Tika read; the text ends at the character limit. */
  public record TikaText(String text, Metadata metadata) {
    /** The document's own title (HTML title, PDF/Office properties), or empty. */
    public String title() {
      String title = metadata.get(TikaCoreProperties.TITLE);
      return title == null ? "" : title.strip();
    }
  }

  /**
   * One parser for the process, built on first use: building it loads Tika's whole service registry
   * (about a second, most of the time to the first answer of {@code serve} on the seed pages), and
   * Tika's parsers are thread-safe.
   */
  private static final class Shared {
    static final AutoDetectParser PARSER = new AutoDetectParser();
  }

  private final int maxChars;
  private final ChildParser child;

  /**
   * An extractor that cuts the text of a file after this many characters, parsing in this process.
   */
  public TikaExtractor(int maxChars) {
    this.maxChars = maxChars;
    this.child = null;
  }

  /**
   * An extractor with these limits: in a child process when they give a parse heap, in this one
   * otherwise.
   */
  public TikaExtractor(ExtractionLimits limits) {
    this.maxChars = limits.maxChars();
    this.child = limits.parsesInChild() ? new ChildParser(limits) : null;
  }

  /** Builds Tika's parser now, on this thread. */
  static void prepare() {
    Shared.PARSER.getClass();
  }

  /**
   * Starts building Tika's parser in the background, so that it is ready, or nearly, when the first
   * file comes.
   */
  public static void warmUp() {
    Thread t = new Thread(() -> Shared.PARSER.getClass(), "tika-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Parses the bytes of the named file; failures carry a reason a user understands. An interrupt
   * (the time limit) ends the parse. A text file in UTF-8 is decoded without Tika ({@link
   * Utf8Text}), to the same text.
   */
  public TikaText extract(byte[] bytes, String name) throws ExtractionException {
    if (bytes.length == 0) {
      throw new ExtractionException("empty file");
    }
    if (FilePageReader.extension(name).equals("txt")) {
      Optional<String> text = Utf8Text.decode(bytes, maxChars);
      if (text.isPresent()) {
        return new TikaText(text.get(), new Metadata());
      }
    }
    if (child != null) {
      return child.parse(bytes, name);
    }
    try {
      return parse(TikaInputStream.get(bytes), isZip(bytes), name);
    } catch (Exception
        | StackOverflowError
        | LinkageError e) { // a parser's own failure, whatever its kind
      if (Thread.currentThread().isInterrupted()) {
        throw new ExtractionException("interrupted", e);
      }
      throw reason(e);
    }
  }

  /**
   * The file parsed in this process, read from where it lies (the child process's side of {@link
   * ChildParser}).
   */
  TikaText extractInPlace(Path file, String name) throws ExtractionException {
    try {
      return parse(
          TikaInputStream.get(file), false, name); // a file already: zips have their random access
    } catch (Exception | StackOverflowError | LinkageError e) {
      throw reason(e);
    }
  }

  private TikaText parse(TikaInputStream stream, boolean zip, String name)
      throws IOException, SAXException, TikaException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    try (TikaInputStream in = stream) {
      if (zip) {
        // with a file behind the stream, POI opens Office/ODF zips with random access and its zip
        // bomb guard
        // (minimum inflate ratio); from a plain stream it inflates every entry into memory first
        in.getPath();
      }
      Shared.PARSER.parse(in, new StopWhenInterrupted(handler), metadata, streamingContext());
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        return new TikaText(
            handler.toString(), metadata); // the text up to the limit is what gets indexed
      }
      throw e;
    }
    return new TikaText(handler.toString(), metadata);
  }

  /**
   * Ends an abandoned parse at its next SAX event: the only place Tika's parsers hand control back.
   */
  private static final class StopWhenInterrupted extends ContentHandlerDecorator {
    StopWhenInterrupted(ContentHandler handler) {
      super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts)
        throws SAXException {
      stopIfInterrupted();
      super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      stopIfInterrupted();
      super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      stopIfInterrupted();
      super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      stopIfInterrupted();
      super.ignorableWhitespace(ch, start, length);
    }

    private static void stopIfInterrupted() throws SAXException {
      if (Thread.currentThread().isInterrupted()) {
        throw new SAXException("parse abandoned after the time limit");
      }
    }
  }

  /**
   * Office files read as SAX streams: POI's default for DOCX/PPTX builds the whole XML tree in
   * memory, so a document.xml that inflates to hundreds of MB exhausts the heap before any limit
   * can act; streamed, the write limit and Tika's zip bomb guard see the text as it comes.
   */
  private static ParseContext streamingContext() {
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    ParseContext context = new ParseContext();
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  private static boolean isZip(byte[] bytes) {
    return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  private static ExtractionException reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException) {
        return new ExtractionException("encrypted (password protected)", failure);
      }
      if (t instanceof ZeroByteFileException) {
        return new ExtractionException("empty file", failure);
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new ExtractionException("cannot be parsed (" + message.strip() + ")", failure);
  }
}
