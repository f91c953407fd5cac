package de.smartcitysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.extract.ExtractedPage.ProgramEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed pages read as a person reads them: headline, teaser, details, program, no captions. */
class PageDumpParserTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");
  private final PageDumpParser parser = new PageDumpParser();

  private PageDump seed(String name) throws IOException {
    return parser.parse(Files.readString(SEEDS.resolve(name)));
  }

  @Test
  void smartCountryConvention2025() throws IOException {
    PageDump page = seed("000_f0230e23ebc5b8c3.txt");
    assertEquals(
        "Impulse für digitale Souveränität und Zusammenarbeit: Das war die Smart Country Convention 2025",
        page.title());
    assertTrue(
        page.teaser().startsWith("Mit über 23.000 Teilnehmenden, 800 Speakern"), page.teaser());
    assertTrue(page.teaser().endsWith("mit einem vielseitigen Programm vertreten."), page.teaser());
    assertEquals("30.09, 10:00 - 02.10.25, 17:00", page.details().get("Datum"));
    assertEquals("Offline (persönlich)", page.details().get("Art der Veranstaltung"));
    assertEquals(
        "Messegelände Berlin / hub27\nJafféstraße 2, Tor 25\n14055 Berlin\nDeutschland",
        page.details().get("Veranstaltungsort"));
    assertTrue(page.details().get("Kontakt").contains("Kirsten Bauer"));
    assertFalse(
        page.details().containsKey("Dokumentation"), "a label without a value is no detail");

    List<ProgramEntry> program = page.program();
    assertEquals(
        new ProgramEntry(
            "Dienstag, 30.09.2025",
            "10:30 Uhr",
            "3 Kommunen, 3 Ansätze zur Verstetigung urbaner Datenplattformen\nEinblicke aus Freiburg, Oberhausen, Würzburg"),
        program.getFirst());
    assertTrue(
        program.contains(
            new ProgramEntry(
                "Dienstag, 30.09.2025",
                "14:30 Uhr",
                "Datenplattform CIVITAS CORE: Interkommunale Softwareentwicklung zum Nach- und Mitmachen\nEinblicke aus Jena, Bamberg")));
    assertTrue(
        program.contains(
            new ProgramEntry(
                "Mittwoch, 01.10.2025",
                "14:00 Uhr",
                "Smart City & Mobilität – die Stadt interaktiv erleben\nEinblicke aus Kiel, Gelsenkirchen")));
    assertTrue(
        program.contains(
            new ProgramEntry(
                "Donnerstag, 02.10.2025",
                "11:00 Uhr",
                "Beteiligungsökosystem – auf Standards setzen & Beteiligung einfach gestalten\nEinblicke aus Kiel, Lübeck")));
    ProgramEntry last = program.getLast();
    assertEquals("11:15–12:15 Uhr", last.time());
    assertTrue(last.text().contains("Digital Default für die Kommune"), last.text());
    assertFalse(
        last.text().contains("Hallenplan"),
        "the download teaser after the table is not part of a session");
    assertTrue(
        program.stream().noneMatch(e -> e.time().matches("\\d+:\\d+–\\d+:\\d+")),
        "bare grid hours like 10:00–11:00 are no sessions");
    assertEquals(
        27, program.size(), "sessions of the three days as counted on the page: 9, 14 and 4");

    assertNoCaptionsOrNavigation(page);
    assertFalse(
        page.body().contains("Frau (Close up) zeichnet im Stehen."), "alt text of an inline image");
    assertTrue(page.body().contains("Das von der Bitkom organisierte Panel"));
  }

  @Test
  void mpscCongressKiel() throws IOException {
    PageDump page = seed("001_10dfd4f3d6dbf9f6.txt");
    assertEquals(
        "7. MPSC-Kongress in Kiel: Gekommen um zu bleiben – Zukunftsaufgabe Smart City",
        page.title());
    assertEquals(
        LocalDate.of(2025, 11, 25),
        page.published(),
        "the date under the headline is the publication date");
    assertTrue(
        page.teaser()
            .startsWith("Ein Treffen voller Energie und Aufbruchstimmung: Der 7. Kongress"));
    assertTrue(page.program().isEmpty());
    assertTrue(page.details().isEmpty());
    assertFalse(page.body().contains("25.11.2025"));
    assertFalse(page.body().contains("Ein Mann auf einer Bühne"));
    assertTrue(page.body().startsWith("Unter dem Motto „Stadt – Land – Schluss mit Piloten"));
    assertNoCaptionsOrNavigation(page);
  }

  @Test
  void smartCountryConvention2022() throws IOException {
    PageDump page = seed("002_42a11bdc3ff7d6c9.txt");
    assertEquals(
        "Smart Country Convention 2022: Smarte Städte schauen voneinander ab", page.title());
    assertTrue(page.teaser().startsWith("12.000 Teilnehmende, 215 Aussteller"));
    assertEquals("18.10, 00:00 - 20.10.22, 00:00", page.details().get("Datum"));
    assertEquals("Online (virtuell)", page.details().get("Art der Veranstaltung"));
    assertNull(page.details().get("Veranstaltungsort"));
    assertTrue(page.body().contains("Regionalworkshop Berlin-Brandenburg"));
    assertFalse(page.body().contains("Erste Schritte dem Weg zur Smart City"), "an image caption");
    assertNoCaptionsOrNavigation(page);
  }

  @Test
  void mpscCongressBerlin2026() throws IOException {
    PageDump page = seed("003_7ed502e13d49c0d3.txt");
    assertEquals(
        "Gekommen, um zu bleiben: Vom Machen ins Wirken – MPSC-Kongress in Berlin", page.title());
    assertTrue(
        page.teaser()
            .startsWith("Der achte Kongress der Modellprojekte Smart Cities bringt Politik"));
    List<ProgramEntry> program = page.program();
    assertEquals("Dienstag, 28. April 2026", program.getFirst().day());
    assertEquals("10:00 – 10:15 Uhr", program.getFirst().time());
    assertTrue(
        program
            .getFirst()
            .text()
            .startsWith(
                "Eröffnung des 8. Kongresses der Modellprojekte Smart Cities (MPSC)\n"
                    + "Renate Mitterhuber | Leiterin Referat"));
    assertTrue(
        program.contains(
            new ProgramEntry("Dienstag, 28. April 2026", "18:10 – 18:30 Uhr", "MPSC Barquiz")));
    assertTrue(
        program.contains(
            new ProgramEntry(
                "Dienstag, 28. April 2026",
                "ab 18:30 Uhr",
                "Get-together im Smart Village Berlin")),
        "the remark after it is not part of the last session");
    ProgramEntry werkstattD =
        program.stream().filter(e -> e.text().startsWith("Werkstatt D")).findFirst().orElseThrow();
    assertEquals("Mittwoch, 29. April 2026", werkstattD.day());
    assertEquals("14:15 – 15:45 Uhr", werkstattD.time(), "parallel workshops share their slot");
    assertTrue(werkstattD.text().contains("Urbane Datenplattform konkret:"));
    assertEquals(
        new ProgramEntry("Mittwoch, 29. April 2026", "ab 16:00 Uhr", "Abschluss im Plenum"),
        program.getLast());
    assertTrue(page.details().get("Kontakt").startsWith("Fachliche Ansprechperson"));
    assertFalse(page.body().contains("wal_172619"));
    assertNoCaptionsOrNavigation(page);
  }

  @Test
  void regionalConferenceKonstanz() throws IOException {
    PageDump page = seed("004_86252e8fe78fb156.txt");
    assertEquals(
        "Gemeinsam voraus: Kooperation als Erfolgsfaktor für eine Smart City", page.title());
    assertTrue(page.teaser().startsWith("Die Zukunft ist grenzenlos:"));
    assertEquals("24. September 2025", page.details().get("Datum"));
    assertEquals("9:30 Uhr bis 17:15 Uhr", page.details().get("Uhrzeit"));
    assertEquals(
        "Bodenseeforum Konstanz, Reichenaustr. 21, 78462 Konstanz",
        page.details().get("Veranstaltungsort"));
    assertEquals(
        LocalDate.of(2025, 8, 14), page.published(), "\"14.08.2025 — ...\" opens the article");
    assertTrue(page.body().startsWith("Vom Hochwasserschutz bis zur Hitzestrategie"));
    assertTrue(
        page.details().get("Kontakt").startsWith("Nicole May\n"), page.details().get("Kontakt"));
    assertNoCaptionsOrNavigation(page);
  }

  @Test
  void plainTextWithoutImageBlockKeepsItsFirstLineAsTitle() {
    PageDump page =
        parser.parse(
            "Bürgerforum Digitalisierung\n\nAm 3. März lädt die Stadt Ulm alle Interessierten "
                + "zum Bürgerforum in das Rathaus ein.\n\nWeitere Absätze folgen hier.");
    assertEquals("Bürgerforum Digitalisierung", page.title());
    assertTrue(page.teaser().startsWith("Am 3. März lädt die Stadt Ulm"));
    assertEquals("Weitere Absätze folgen hier.", page.body());
  }

  private static void assertNoCaptionsOrNavigation(PageDump page) {
    String all = page.title() + "\n" + page.teaser() + "\n" + page.body();
    for (String noise :
        List.of(
            "Reinaldo Coddou",
            "pixabay",
            "Teaser Bild",
            "Paragraphs",
            "Main content",
            "Content Module Text",
            "Event details",
            "Zur Webmeldung",
            "Eventfotografie")) {
      assertFalse(all.contains(noise), () -> "'" + noise + "' in " + page.title());
    }
  }
}
