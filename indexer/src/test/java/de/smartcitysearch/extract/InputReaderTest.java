package de.smartcitysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.DocumentId;
import de.smartcitysearch.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files of every supported kind become pages; broken ones are named with a reason and skipped.
 */
class InputReaderTest {

  @TempDir Path dir;

  /** What one read delivered. */
  private static final class Collected implements InputListener {
    final Map<String, SourceItem> items = new LinkedHashMap<>();
    final Map<String, String> failures = new LinkedHashMap<>();
    final List<Path> ignored = new ArrayList<>();

    @Override
    public void item(SourceItem item) {
      items.put(item.source(), item);
    }

    @Override
    public void failed(String location, String reason) {
      failures.put(location, reason);
    }

    @Override
    public void ignored(Path file) {
      ignored.add(file);
    }

    ExtractedPage page(String source) throws ExtractionException {
      SourceItem item = items.get(source);
      if (item == null) {
        throw new AssertionError(
            "no item " + source + " in " + items.keySet() + ", failures " + failures);
      }
      return item.extract();
    }
  }

  /** Reads the inputs; the test extracts items afterwards, as the indexer does. */
  private Collected read(InputOptions options, Path... inputs) throws IOException {
    Collected collected = new Collected();
    new InputReader(options).read(List.of(inputs), collected);
    return collected;
  }

  @Test
  void htmlWithJsonLdEventUsesItsDeclaredValues() throws Exception {
    Path events = Files.createDirectories(dir.resolve("events"));
    Files.writeString(
        events.resolve("kongress.html"),
        """
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Startseite | Smart City</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Startseite"},
         {"@type":"BusinessEvent","name":"Smart-City-Kongress Kiel 2025",
          "startDate":"2025-11-18T09:00:00+01:00","endDate":"2025-11-19T16:00:00+01:00",
          "eventAttendanceMode":"https://schema.org/MixedEventAttendanceMode",
          "location":{"@type":"Place","name":"Kieler Schloss",
            "address":{"@type":"PostalAddress","streetAddress":"Wall 74","postalCode":"24103","addressLocality":"Kiel"}},
          "organizer":[{"@type":"Organization","name":"KielRegion GmbH"},{"@type":"Organization","name":"DLR Projektträger"}],
          "url":"https://example.org/kongress"}]}
        </script></head>
        <body><nav>Start | Themen</nav><h1>Kongress in Kiel</h1><p>Zwei Tage Austausch über Datenplattformen.</p></body></html>
        """);
    ExtractedPage page = read(InputOptions.DEFAULTS, events).page("events/kongress.html");
    assertEquals(
        "Smart-City-Kongress Kiel 2025",
        page.title(),
        "the schema.org name wins over h1 and title");
    ExtractedPage.Declared declared = page.declared();
    assertEquals(LocalDate.of(2025, 11, 18), declared.start());
    assertEquals(LocalTime.of(9, 0), declared.startTime());
    assertEquals(LocalDate.of(2025, 11, 19), declared.end());
    assertEquals("Kiel", declared.city());
    assertEquals("Kieler Schloss, Wall 74 24103 Kiel", declared.location());
    assertEquals(List.of("KielRegion GmbH", "DLR Projektträger"), declared.organisations());
    assertEquals("Hybrid", declared.format());
    assertEquals("https://example.org/kongress", declared.url());
    assertTrue(page.body().contains("Zwei Tage Austausch über Datenplattformen."));
    assertFalse(page.body().contains("ld+json"));
    assertEquals(DocumentId.ofSource("events/kongress.html"), page.id());
    assertEquals(64, page.contentHash().length());
  }

  @Test
  void htmlWithMicrodataEvent() throws Exception {
    Path file = dir.resolve("workshop.htm");
    Files.writeString(
        file,
        """
        <html><head><meta charset="utf-8"><title>Workshop</title></head><body>
        <div itemscope itemtype="https://schema.org/Event">
          <h2 itemprop="name">Regionalworkshop Urbane Datenplattformen</h2>
          <time itemprop="startDate" datetime="2026-03-05T10:00">5. März 2026, 10 Uhr</time>
          <div itemprop="location" itemscope itemtype="https://schema.org/Place">
            <span itemprop="name">Rathaus Jena</span>
            <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
              <span itemprop="addressLocality">Jena</span></div></div>
          <div itemprop="organizer" itemscope itemtype="https://schema.org/Organization">
            <span itemprop="name">Stadt Jena</span></div>
          <p itemprop="description">Erfahrungen mit offenen Datenplattformen.</p>
        </div></body></html>
        """);
    ExtractedPage page = read(InputOptions.DEFAULTS, file).page("workshop.htm");
    assertEquals("Regionalworkshop Urbane Datenplattformen", page.title());
    assertEquals("Erfahrungen mit offenen Datenplattformen.", page.teaser());
    assertEquals(LocalDate.of(2026, 3, 5), page.declared().start());
    assertEquals(LocalTime.of(10, 0), page.declared().startTime());
    assertEquals("Jena", page.declared().city());
    assertEquals(
        List.of("Stadt Jena"),
        page.declared().organisations(),
        "the place's name is not an organiser");
  }

  @Test
  void htmlWithoutEventDataIsTitledByItsHeadline() throws Exception {
    Path file = dir.resolve("news.html");
    Files.writeString(
        file,
        "<html><head><title>News | Portal</title><meta name=\"description\" content=\"Kurz gesagt.\">"
            + "</head><body><h1>Digitaler Zwilling für Ulm</h1><p>Die Stadt Ulm zeigt ihren digitalen Zwilling.</p></body></html>");
    ExtractedPage page = read(InputOptions.DEFAULTS, file).page("news.html");
    assertEquals("Digitaler Zwilling für Ulm", page.title());
    assertEquals("Kurz gesagt.", page.teaser());
    assertEquals(ExtractedPage.Declared.NONE, page.declared());
    assertTrue(page.body().contains("Die Stadt Ulm zeigt ihren digitalen Zwilling."));
  }

  @Test
  void htmlStatesTheAddressItWasPublishedAtInItsCanonicalLink() throws Exception {
    Path canonical = dir.resolve("canonical.html");
    Files.writeString(
        canonical,
        "<html><head><link rel=\"canonical\" href=\"https://www.berlin.de/events/1.html\">"
            + "<meta property=\"og:url\" content=\"https://other.example/1\"></head>"
            + "<body><h1>Tanztage</h1></body></html>");
    Path og = dir.resolve("og.html");
    Files.writeString(
        og,
        "<html><head><meta property=\"og:url\" content=\"https://www.kiel.de/k.html\">"
            + "<link rel=\"canonical\" href=\"/relative/only.html\"></head>"
            + "<body><h1>Kieler Woche</h1></body></html>");
    Collected read = read(InputOptions.DEFAULTS, canonical, og);
    assertEquals(
        "https://www.berlin.de/events/1.html", read.page("canonical.html").declared().url());
    assertEquals(
        "https://www.kiel.de/k.html",
        read.page("og.html").declared().url(),
        "a relative canonical link is no address");
  }

  @Test
  void pdfDocxAndOdtAreReadWithTheirTitles() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    TestFiles.pdf(
        docs.resolve("einladung.pdf"),
        "Einladung Werkstatt Klimaanpassung",
        "Werkstatt Klimaanpassung in Mannheim",
        "Am 12. Mai 2026 zeigen Kommunen ihre Sensorik.");
    TestFiles.docx(
        docs.resolve("protokoll.docx"),
        "Protokoll der Lenkungsgruppe Smart City",
        "Die Lenkungsgruppe tagte am 4. Februar 2026 in Bamberg.");
    TestFiles.odt(
        docs.resolve("bericht.odt"),
        "Jahresbericht Digitalisierung",
        "Glasfaser erreicht alle Schulen.");
    Collected read = read(InputOptions.DEFAULTS, docs);
    assertEquals(Map.of(), read.failures);

    ExtractedPage pdf = read.page("docs/einladung.pdf");
    assertEquals("Einladung Werkstatt Klimaanpassung", pdf.title(), "the PDF's own title");
    assertTrue(pdf.body().contains("Am 12. Mai 2026 zeigen Kommunen ihre Sensorik."), pdf.body());

    ExtractedPage docx = read.page("docs/protokoll.docx");
    assertEquals(
        "Protokoll der Lenkungsgruppe Smart City",
        docx.title(),
        "no document title: the first line");
    assertTrue(docx.body().contains("Die Lenkungsgruppe tagte am 4. Februar 2026 in Bamberg."));

    ExtractedPage odt = read.page("docs/bericht.odt");
    assertEquals("Jahresbericht Digitalisierung", odt.title());
    assertTrue(odt.body().contains("Glasfaser erreicht alle Schulen."));
  }

  @Test
  void seedPageIsReadThroughTikaWithItsStructure() throws Exception {
    Path seed =
        Path.of(System.getProperty("project.root", "..")).resolve("seeds/004_86252e8fe78fb156.txt");
    ExtractedPage page = read(InputOptions.DEFAULTS, seed).page("004_86252e8fe78fb156.txt");
    assertEquals(
        "Gemeinsam voraus: Kooperation als Erfolgsfaktor für eine Smart City", page.title());
    assertEquals("24. September 2025", page.details().get("Datum"));
  }

  @Test
  void brokenEncryptedEmptyAndOversizedFilesAreNamedWithAReason() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("kaputt.pdf"), "%PDF-1.7\nthis is not a pdf at all".getBytes());
    TestFiles.encryptedPdf(in.resolve("geheim.pdf"), "Vertraulich");
    Files.write(in.resolve("leer.txt"), new byte[0]);
    Files.writeString(
        in.resolve("gross.html"), "<html><body>" + "x".repeat(5_000) + "</body></html>");
    Files.writeString(
        in.resolve("gut.txt"),
        "Titel\n\nEin Absatz mit genug Wörtern für einen Teaser auf dieser Seite.");
    Files.writeString(in.resolve("bild.png"), "not indexed");
    InputOptions small =
        new InputOptions(new ExtractionLimits(4_000, 1_000, Duration.ofSeconds(20)), null);
    Collected read = read(small, in);

    assertEquals("empty file", read.failures.get("in/leer.txt"));
    assertTrue(
        read.failures.get("in/gross.html").startsWith("too large"), read.failures.toString());
    ExtractionException broken =
        assertThrows(ExtractionException.class, () -> read.page("in/kaputt.pdf"));
    assertTrue(broken.getMessage().startsWith("cannot be parsed"), broken.getMessage());
    ExtractionException secret =
        assertThrows(ExtractionException.class, () -> read.page("in/geheim.pdf"));
    assertEquals("encrypted (password protected)", secret.getMessage());
    assertEquals("Titel", read.page("in/gut.txt").title(), "the good file is read all the same");
    assertEquals(List.of(in.toAbsolutePath().resolve("bild.png")), read.ignored);
  }

  @Test
  void textBeyondTheCharacterLimitIsCut() throws Exception {
    Path file = dir.resolve("lang.docx");
    TestFiles.docx(file, "Langer Bericht", "Satz. ".repeat(2_000));
    InputOptions limited =
        new InputOptions(new ExtractionLimits(1 << 20, 500, Duration.ofSeconds(20)), null);
    ExtractedPage page = read(limited, file).page("lang.docx");
    assertTrue(page.body().length() <= 500, "length " + page.body().length());
    assertTrue(page.body().startsWith("Langer Bericht"));
  }

  @Test
  void jsonLinesDeclareTheirValuesAndBadLinesAreReportedWithFileAndLine() throws Exception {
    Path file = dir.resolve("events.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"id\":\"e1\",\"title\":\"Datentag Kiel\",\"text\":\"Offene Daten für alle.\",\"url\":\"https://example.org/e1\","
                + "\"start\":\"2026-06-01\",\"end\":\"2026-06-02\",\"city\":\"Kiel\",\"organisations\":[\"KielRegion\"],"
                + "\"topics\":[\"Open Data\"]}",
            "",
            "{\"id\":\"e2\",\"title\":\"Tippfehler\",\"organisation\":[\"KielRegion\"]}",
            "{this is not json",
            "{\"title\":\"Ohne Id\",\"text\":\"x\"}",
            "{\"id\":\"e3\",\"title\":\"Falsches Datum\",\"text\":\"x\",\"start\":\"1. Juni\"}",
            "[1,2]",
            "{\"id\":\"mit\\ttab\",\"title\":\"Tab in der Id\"}",
            "{\"id\":\"e4\",\"title\":\"Nur ein Titel\"}"));
    Collected read = read(InputOptions.DEFAULTS, file);
    ExtractedPage e1 = read.page("events.jsonl#e1");
    assertEquals("e1", e1.id());
    assertEquals("Datentag Kiel", e1.title());
    assertEquals("Offene Daten für alle.", e1.body());
    assertEquals(LocalDate.of(2026, 6, 1), e1.declared().start());
    assertEquals(LocalDate.of(2026, 6, 2), e1.declared().end());
    assertNull(e1.declared().startTime(), "a plain date has no time of day");
    assertEquals("Kiel", e1.declared().city());
    assertEquals(List.of("KielRegion"), e1.declared().organisations());
    assertEquals(List.of("Open Data"), e1.declared().topics());
    assertEquals("https://example.org/e1", e1.declared().url());

    ExtractionException typo =
        assertThrows(ExtractionException.class, () -> read.page("events.jsonl#e2"));
    assertTrue(
        typo.getMessage()
            .startsWith("unknown field 'organisation'; an event record has [id, title,"),
        typo.getMessage());
    assertEquals("organisation", typo.field());
    assertEquals("events.jsonl:3", read.items.get("events.jsonl#e2").location());
    assertTrue(
        read.failures.get("events.jsonl:4").startsWith("not valid JSON"), read.failures.toString());
    assertEquals("missing field 'id'", read.failures.get("events.jsonl:5"));
    ExtractionException badDate =
        assertThrows(ExtractionException.class, () -> read.page("events.jsonl#e3"));
    assertEquals(
        "field 'start': '1. Juni' is not an ISO 8601 date like 2026-04-18", badDate.getMessage());
    assertEquals("not a JSON object", read.failures.get("events.jsonl:7"));
    assertEquals(
        "id 'mit\\u0009tab' is not valid: an id is 1 to 200 characters of A-Z a-z 0-9 . _ : -, the first a "
            + "letter or digit",
        read.failures.get("events.jsonl:8"),
        "the TAB is shown, the rule named");
    assertEquals("", read.page("events.jsonl#e4").body(), "a title alone makes an event");
  }

  @Test
  void karlsruheMeetingsBecomeCouncilMeetings() throws Exception {
    Path sample = dir.resolve("meetings-sample.jsonl");
    Files.write(
        sample,
        TestFiles.firstLines(
            TestFiles.shared().resolve("data/karlsruhe-oparl/meetings.jsonl.gz"), 200));
    Collected read = read(new InputOptions(ExtractionLimits.DEFAULTS, "Karlsruhe"), sample);
    assertEquals(200, read.items.size());
    assertEquals(Map.of(), read.failures);

    // the first record of the data set, as its JSON reads; its URL id in the form every id has
    ExtractedPage first =
        read.page("meetings-sample.jsonl#web1.karlsruhe.de:oparl:bodies:0001:meetings:10022");
    assertEquals("web1.karlsruhe.de:oparl:bodies:0001:meetings:10022", first.id());
    assertEquals(
        "https://web1.karlsruhe.de/oparl/bodies/0001/meetings/10022",
        first.declared().url(),
        "the link stays the original URL");
    assertEquals("Ortschaftsrat Durlach (öffentlich/nicht öffentlich)", first.title());
    assertEquals(LocalDate.of(2025, 1, 15), first.declared().start());
    assertEquals(LocalTime.of(17, 0), first.declared().startTime());
    assertEquals(
        LocalDate.of(2025, 1, 15),
        first.declared().end(),
        "midnight of the start day: a one-day meeting");
    assertEquals("Bürgersaal im Rathaus, Pfinztalstr. 33", first.declared().location());
    assertEquals("Karlsruhe", first.declared().city());
    assertEquals(List.of("Ortschaftsrat Durlach"), first.declared().organisations());
    assertEquals("Ratssitzung", first.declared().eventType());
    assertTrue(
        first
            .body()
            .startsWith(
                "1 Vorstellung Projekt Glasfaserausbau in Grötzingen, Geigersberg und Wolfartsweier"
                    + " (Kenntnisnahme)\n2 Jährlicher Bericht der Abteilung Gartenbau Durlach"),
        first.body());
    assertEquals(
        "Tagesordnung OR 15.01.2025\nProtokoll OR 15.01.2025", first.details().get("Dokumente"));
  }

  @Test
  void plainOparlMeetingTakesItsCityFromTheLocation() throws Exception {
    Path file = dir.resolve("sitzung.json");
    Files.writeString(
        file,
        """
        {"id":"https://oparl.example.org/meeting/7","type":"https://schema.oparl.org/1.1/Meeting",
         "name":"Ausschuss für Digitalisierung","start":"2026-02-10T16:00:00+01:00","end":"2026-02-10T18:30:00+01:00",
         "location":{"type":"https://schema.oparl.org/1.1/Location","description":"Ratssaal",
           "streetAddress":"Marktplatz 1","postalCode":"89073","locality":"Ulm"},
         "organization":["https://oparl.example.org/organization/3"],
         "agendaItem":[{"type":"https://schema.oparl.org/1.1/AgendaItem","number":"1","name":"Digitaler Zwilling"},
                       {"type":"https://schema.oparl.org/1.1/AgendaItem","number":"2","name":"Open-Data-Portal"}],
         "web":"https://oparl.example.org/web/meeting/7"}
        """);
    ExtractedPage page =
        read(new InputOptions(ExtractionLimits.DEFAULTS, "Karlsruhe"), file)
            .page("sitzung.json#oparl.example.org:meeting:7");
    assertEquals("Ausschuss für Digitalisierung", page.title());
    assertEquals(
        "Ulm", page.declared().city(), "the meeting's own locality wins over the default city");
    assertEquals("Ratssaal, Marktplatz 1, 89073, Ulm", page.declared().location());
    assertEquals(LocalDate.of(2026, 2, 10), page.declared().end());
    assertEquals("1 Digitaler Zwilling\n2 Open-Data-Portal", page.body());
    assertEquals("https://oparl.example.org/web/meeting/7", page.declared().url());
    assertEquals(
        List.of(), page.declared().organisations(), "plain OParl names organisations only by URL");
  }

  @Test
  void karlsruheFileTextsAreTitledByTheirFirstLine() throws Exception {
    Path sample = dir.resolve("texts-sample.jsonl");
    Files.write(
        sample,
        TestFiles.firstLines(
            TestFiles.shared().resolve("data/karlsruhe-oparl/file_texts.jsonl.gz"), 30));
    Collected read = read(InputOptions.DEFAULTS, sample);
    assertEquals(30, read.items.size());
    int pages = 0;
    for (SourceItem item : read.items.values()) {
      try {
        ExtractedPage page = item.extract();
        assertEquals(page.body().strip().lines().findFirst().orElseThrow().strip(), page.title());
        assertEquals(item.source(), "texts-sample.jsonl#" + page.id());
        pages++;
      } catch (ExtractionException empty) {
        assertEquals("no text", empty.getMessage());
      }
    }
    assertTrue(pages > 0);
  }

  @Test
  void aMissingInputIsAnErrorNotAnEmptyFolder() {
    assertThrows(
        NoSuchFileException.class,
        () -> read(InputOptions.DEFAULTS, dir.resolve("does-not-exist")));
  }
}
