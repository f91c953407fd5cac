package de.smartcitysearch.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Plain text and metadata of one file via Apache Tika, within the character and time limits.
 *
 * <p>Each parse runs on a worker thread so a parser stuck in a hostile file can be abandoned after the
 * time limit: the worker is interrupted and a fresh one takes over. Tika's parsers do not check for interrupts,
 * so the content handler does: the abandoned parse ends with the next element or text it emits. A parser that
 * loops without emitting anything cannot be stopped inside the JVM; its thread is a daemon and dies with the run.
 * Zip bombs are refused by Tika's own guards ({@code SecureContentHandler} in the {@code AutoDetectParser}, POI's
 * minimum inflate ratio), the text by the write limit.
 */
public final class TikaExtractor implements AutoCloseable {

  /** Text and metadata Tika read; the text ends at the character limit. */
  public record TikaText(String text, Metadata metadata) {
    /** The document's own title (HTML title, PDF/Office properties), or empty. */
    public String title() {
      String title = metadata.get(TikaCoreProperties.TITLE);
      return title == null ? "" : title.strip();
    }
  }

  private final AutoDetectParser parser = new AutoDetectParser();
  private final ExtractionLimits limits;
  private ExecutorService worker = newWorker();

  public TikaExtractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  /** Parses the bytes of the named file; failures carry a reason a user understands. */
  public TikaText extract(byte[] bytes, String name) throws ExtractionException {
    if (bytes.length == 0) {
      throw new ExtractionException("empty file");
    }
    Future<TikaText> result = worker.submit(() -> parse(bytes, name));
    try {
      return result.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new ExtractionException("parsing took longer than the limit of " + readable(limits.timeout()) + ", abandoned");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted", e);
    } catch (ExecutionException e) {
      throw reason(e.getCause());
    }
  }

  private TikaText parse(byte[] bytes, String name) throws IOException, SAXException, TikaException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    try {
      parser.parse(new ByteArrayInputStream(bytes), new StopWhenInterrupted(handler), metadata, new ParseContext());
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        return new TikaText(handler.toString(), metadata); // the text up to the limit is what gets indexed
      }
      throw e;
    }
    return new TikaText(handler.toString(), metadata);
  }

  /** Ends an abandoned parse at its next SAX event: the only place Tika's parsers hand control back. */
  private static final class StopWhenInterrupted extends ContentHandlerDecorator {
    StopWhenInterrupted(ContentHandler handler) {
      super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
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
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new ExtractionException("cannot be parsed (" + message.strip() + ")", failure);
  }

  private static String readable(java.time.Duration d) {
    return d.toMillis() >= 1000 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "tika-extract");
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
