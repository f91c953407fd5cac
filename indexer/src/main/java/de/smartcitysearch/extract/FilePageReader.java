package de.smartcitysearch.extract;

import de.smartcitysearch.extract.ExtractedPage.Declared;
import de.smartcitysearch.extract.TikaExtractor.TikaText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the bytes of one document file into a page: page dumps (.txt) by their structure, HTML with
 * its schema.org Event data, PDF/DOCX/ODT with their document title.
 */
public final class FilePageReader {

  /** File name endings this reader handles (lower case). */
  public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "pdf", "docx", "odt");

  private static final int MAX_TITLE_CHARS = 200;

  private final TikaExtractor tika;
  private final PageDumpParser dumps = new PageDumpParser();
  private final SchemaOrgEventReader schemaOrg = new SchemaOrgEventReader();

  public FilePageReader(TikaExtractor tika) {
    this.tika = tika;
  }

  /** Whether the file name has an extension this reader handles. */
  public static boolean handles(String fileName) {
    return EXTENSIONS.contains(extension(fileName));
  }

  /** Reads the page; {@code id}, {@code source} and {@code contentHash} are the caller's. */
  public ExtractedPage read(
      byte[] bytes, String fileName, String id, String source, String contentHash)
      throws ExtractionException {
    TikaText text = tika.extract(bytes, fileName);
    if (text.text().isBlank()) {
      throw new ExtractionException("no text found (a scanned image or an empty document?)");
    }
    return switch (extension(fileName)) {
      case "txt" -> {
        PageDump dump = dumps.parse(text.text());
        yield new ExtractedPage(
            id,
            source,
            contentHash,
            dump.title(),
            dump.teaser(),
            dump.body(),
            dump.details(),
            dump.program(),
            Declared.NONE);
      }
      case "html", "htm" -> html(bytes, text, id, source, contentHash);
      default ->
          new ExtractedPage(
              id,
              source,
              contentHash,
              documentTitle(text),
              "",
              text.text().strip(),
              Map.of(),
              List.of(),
              Declared.NONE);
    };
  }

  private ExtractedPage html(byte[] bytes, TikaText text, String id, String source, String hash)
      throws ExtractionException {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new ExtractionException("cannot be read as HTML (" + e.getMessage() + ")", e);
    }
    Optional<SchemaOrgEvent> event = schemaOrg.read(page);
    Element h1 = page.selectFirst("h1");
    String title =
        event
            .map(SchemaOrgEvent::name)
            .filter(s -> s != null && !s.isBlank())
            .orElse(h1 != null && !h1.text().isBlank() ? h1.text().strip() : documentTitle(text));
    Element description = page.selectFirst("meta[name=description]");
    String teaser =
        event
            .map(SchemaOrgEvent::description)
            .filter(s -> s != null && !s.isBlank())
            .orElse(description == null ? "" : description.attr("content").strip());
    Declared declared =
        event
            .map(
                e ->
                    Declared.builder()
                        .url(e.url())
                        .start(DeclaredDate.dateOf(e.start()))
                        .startTime(DeclaredDate.timeOf(e.start()))
                        .end(DeclaredDate.dateOf(e.end()))
                        .city(e.city())
                        .location(e.location())
                        .organisations(e.organisers())
                        .format(e.format())
                        .build())
            .orElse(Declared.NONE);
    if (declared.url() == null || declared.url().isBlank()) {
      String address = pageAddress(page);
      if (address != null) {
        declared = declared.withUrl(address);
      }
    }
    return new ExtractedPage(
        id, source, hash, title, teaser, text.text().strip(), Map.of(), List.of(), declared);
  }

  /**
   * The address the page was published at, as the page states it: its canonical link, else its Open
   * Graph URL (what a crawler or a browser's "save page" keeps); null when it states none.
   */
  private static String pageAddress(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && isWebAddress(canonical.attr("href"))) {
      return canonical.attr("href").strip();
    }
    Element og = page.selectFirst("meta[property=og:url][content]");
    return og != null && isWebAddress(og.attr("content")) ? og.attr("content").strip() : null;
  }

  /** An absolute http(s) address: a relative one is no link without the page's own address. */
  private static boolean isWebAddress(String s) {
    String a = s.strip().toLowerCase(Locale.ROOT);
    return (a.startsWith("https://") || a.startsWith("http://")) && a.length() <= 2000;
  }

  /** The document's own title, else its first line. */
  private static String documentTitle(TikaText text) {
    if (!text.title().isEmpty()) {
      return text.title();
    }
    return firstLine(text.text());
  }

  /** The first non-blank line, cut to a title's length. */
  static String firstLine(String text) {
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (!l.isEmpty()) {
        return l.length() <= MAX_TITLE_CHARS ? l : l.substring(0, MAX_TITLE_CHARS).strip() + " …";
      }
    }
    return "";
  }

  static String extension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
