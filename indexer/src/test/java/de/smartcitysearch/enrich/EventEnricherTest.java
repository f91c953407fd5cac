package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.extract.ExtractedPage.Declared;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The five seed pages enriched into events and sessions, checked against what a reader sees on
 * them.
 */
class EventEnricherTest {

  private static final String BMWSB =
      "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB)";
  private static final String KTS =
      "Koordinierungs- und Transferstelle Modellprojekte Smart Cities (KTS)";
  private static final Place BERLIN = new Place("Berlin", "Berlin", "11000000");

  private static final EventEnricher ENRICHER = EventEnricher.withDefaults();

  private static EventDocument event(List<EventDocument> docs) {
    EventDocument event = docs.get(0);
    assertEquals(DocumentKind.EVENT, event.kind());
    return event;
  }

  private static void assertHas(List<String> actual, String... expected) {
    assertTrue(
        actual.containsAll(List.of(expected)), "expected " + List.of(expected) + " in " + actual);
  }

  @Test
  void seed000SmartCountryConvention2025() {
    List<EventDocument> docs = ENRICHER.enrich(SeedPages.convention2025());
    EventDocument e = event(docs);
    assertEquals(
        "Impulse für digitale Souveränität und Zusammenarbeit: Das war die Smart Country Convention 2025",
        e.title());
    assertEquals(LocalDate.of(2025, 9, 30), e.startDate());
    assertEquals(LocalDate.of(2025, 10, 2), e.endDate());
    assertEquals(BERLIN, e.venue());
    assertHas(
        e.organisations(),
        BMWSB,
        "Bitkom",
        KTS,
        "PricewaterhouseCoopers (PwC)",
        "Hypertegrity",
        "Fraunhofer IESE");
    assertHas(
        e.topics(),
        "Open Source und digitale Souveränität",
        "Urbane Datenplattformen",
        "Verstetigung",
        "Wissenstransfer");
    assertEquals("Präsenz", e.format());
    assertEquals("Messe", e.eventType());
    assertEquals(e.cities().get(0), BERLIN, "the venue leads the cities");
    assertTrue(
        e.cities().stream().map(Place::name).toList().containsAll(List.of("Hannover", "Konstanz")));
  }

  @Test
  void seed000ProgramLinesBecomeSessionsOfTheirDay() {
    List<EventDocument> docs = ENRICHER.enrich(SeedPages.convention2025());
    assertEquals(5, docs.size(), "the event and its four program lines");
    EventDocument civitas = docs.get(2);
    assertEquals(DocumentKind.SESSION, civitas.kind());
    assertEquals("seed-000#s2", civitas.id());
    assertEquals("seed-000", civitas.eventId());
    assertEquals(docs.get(0).title(), civitas.eventTitle());
    assertEquals(
        "Datenplattform CIVITAS CORE: Interkommunale Softwareentwicklung zum Nach- und Mitmachen",
        civitas.title());
    assertEquals(LocalDate.of(2025, 9, 30), civitas.startDate());
    assertEquals(LocalTime.of(14, 30), civitas.startTime());
    assertEquals(List.of("Jena", "Bamberg"), civitas.cities().stream().map(Place::name).toList());
    EventDocument mobility = docs.get(3);
    assertEquals(LocalDate.of(2025, 10, 1), mobility.startDate());
    assertEquals(LocalTime.of(14, 0), mobility.startTime());
    assertEquals(
        List.of("Kiel", "Gelsenkirchen"), mobility.cities().stream().map(Place::name).toList());
    assertHas(mobility.topics(), "Mobilität");
    EventDocument panel = docs.get(4);
    assertEquals(LocalDate.of(2025, 10, 2), panel.startDate());
    assertEquals(LocalTime.of(11, 15), panel.startTime());
    assertHas(
        panel.organisations(),
        BMWSB,
        "PricewaterhouseCoopers (PwC)",
        "Bitkom",
        "Deutscher Städte- und Gemeindebund (DStGB)");
  }

  @Test
  void seed001KielCongress() {
    EventDocument e = event(ENRICHER.enrich(SeedPages.kielCongress()));
    assertEquals(
        "7. MPSC-Kongress in Kiel: Gekommen um zu bleiben – Zukunftsaufgabe Smart City", e.title());
    assertEquals(LocalDate.of(2025, 11, 18), e.startDate());
    assertEquals(LocalDate.of(2025, 11, 19), e.endDate());
    assertEquals(new Place("Kiel", "Schleswig-Holstein", "01002000"), e.venue());
    assertHas(e.organisations(), BMWSB, "KielRegion GmbH", KTS);
    assertHas(e.topics(), "Verstetigung", "Digitale Zwillinge", "Interkommunale Kooperation");
    assertEquals("Kongress", e.eventType());
    assertEquals("Präsenz", e.format());
  }

  @Test
  void seed002Convention2022StatesOnlineAsItsKindOfEvent() {
    EventDocument e = event(ENRICHER.enrich(SeedPages.convention2022()));
    assertEquals("Smart Country Convention 2022: Smarte Städte schauen voneinander ab", e.title());
    assertEquals(LocalDate.of(2022, 10, 18), e.startDate());
    assertEquals(LocalDate.of(2022, 10, 20), e.endDate());
    assertEquals(BERLIN, e.venue());
    assertHas(
        e.organisations(),
        BMWSB,
        KTS,
        "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)",
        "DLR Projektträger",
        "Deutscher Städtetag");
    assertHas(e.topics(), "Digitale Zwillinge", "Wissenstransfer");
    assertEquals("Online", e.format(), "the page's own detail says \"Online (virtuell)\"");
    assertEquals("Messe", e.eventType());
  }

  @Test
  void seed003BerlinCongressDatesComeFromTheProgramDays() {
    List<EventDocument> docs = ENRICHER.enrich(SeedPages.berlinCongress());
    EventDocument e = event(docs);
    assertEquals(
        "Gekommen, um zu bleiben: Vom Machen ins Wirken – MPSC-Kongress in Berlin", e.title());
    assertEquals(LocalDate.of(2026, 4, 28), e.startDate());
    assertEquals(LocalDate.of(2026, 4, 29), e.endDate());
    assertEquals(BERLIN, e.venue());
    assertHas(
        e.organisations(),
        BMWSB,
        KTS,
        "DLR Projektträger",
        "Fraunhofer IESE",
        "Föderale IT-Kooperation (FITKO)",
        "PricewaterhouseCoopers (PwC)",
        "Creative Climate Cities (CCC)",
        "Kompetenzzentrum Wasser Berlin (KWB)");
    assertHas(e.topics(), "Verstetigung", "Wissenstransfer", "Digitale Zwillinge");
    assertEquals("Kongress", e.eventType());
    assertEquals(7, docs.size(), "six sessions: the lunch break is none");
    EventDocument workshop = docs.get(6);
    assertEquals(
        "Werkstatt G: Datenprozesse für Urbane Digitale Zwillinge: Vom Fachamt ins 3D-Modell",
        workshop.title());
    assertEquals(LocalDate.of(2026, 4, 29), workshop.startDate());
    assertEquals(LocalTime.of(14, 15), workshop.startTime());
    assertEquals("Workshop", workshop.eventType());
    assertHas(workshop.topics(), "Digitale Zwillinge");
  }

  @Test
  void seed004ConstanceRegionalConference() {
    EventDocument e = event(ENRICHER.enrich(SeedPages.constanceConference()));
    assertEquals("Gemeinsam voraus: Kooperation als Erfolgsfaktor für eine Smart City", e.title());
    assertEquals(LocalDate.of(2025, 9, 24), e.startDate());
    assertEquals(LocalDate.of(2025, 9, 24), e.endDate());
    assertEquals("Konstanz", e.venue().name());
    assertEquals("Baden-Württemberg", e.venue().land());
    assertHas(
        e.organisations(),
        "DLR Projektträger",
        BMWSB,
        KTS,
        "Internationale Bodenseekonferenz (IBK)");
    assertHas(e.topics(), "Interkommunale Kooperation", "Wissenstransfer", "Klimaanpassung");
    assertEquals("Regionalkonferenz", e.eventType());
    assertEquals("Präsenz", e.format());
  }

  @Test
  void declaredValuesWinOverTheText() {
    ExtractedPage base = SeedPages.kielCongress();
    Declared declared =
        Declared.builder()
            .url("https://example.org/kongress")
            .start(LocalDate.of(2025, 11, 20))
            .startTime(LocalTime.of(9, 0))
            .end(LocalDate.of(2025, 11, 21))
            .city("Lübeck")
            .organisations(List.of("Stadt Lübeck", "BMWSB"))
            .topics(List.of("Verwaltungsmodernisierung"))
            .eventType("Workshop")
            .format("Hybrid")
            .build();
    ExtractedPage page =
        new ExtractedPage(
            base.id(),
            base.source(),
            base.contentHash(),
            base.title(),
            base.teaser(),
            base.body(),
            Map.of(),
            List.of(),
            declared);
    EventDocument e = event(ENRICHER.enrich(page));
    assertEquals(LocalDate.of(2025, 11, 20), e.startDate());
    assertEquals(LocalDate.of(2025, 11, 21), e.endDate());
    assertEquals(LocalTime.of(9, 0), e.startTime());
    assertEquals("Lübeck", e.venue().name());
    assertEquals("https://example.org/kongress", e.url());
    assertEquals("Stadt Lübeck", e.organisations().get(0));
    assertEquals(BMWSB, e.organisations().get(1));
    assertEquals("Verwaltungsmodernisierung", e.topics().get(0));
    assertEquals(List.of("(angegeben)"), e.topicReasons().get("Verwaltungsmodernisierung"));
    assertEquals("Workshop", e.eventType());
    assertEquals("Hybrid", e.format());
  }

  @Test
  void aPageWithoutDatesOrPlacesStaysHonestlyEmpty() {
    ExtractedPage page =
        new ExtractedPage(
            "x",
            "x.txt",
            null,
            "Notizen",
            "",
            "Ein kurzer Text ohne Angaben.",
            Map.of(),
            List.of(),
            null);
    List<EventDocument> docs = ENRICHER.enrich(page);
    assertEquals(1, docs.size());
    EventDocument e = docs.get(0);
    assertNull(e.startDate());
    assertNull(e.venue());
    assertEquals(List.of(), e.cities());
    assertEquals(List.of(), e.topics());
    assertNull(e.format());
  }

  @Test
  void aPageThatSaysWhoItIsForGetsThatAudienceAndADeclaredAudienceComesFirst() {
    ExtractedPage forCouncils =
        new ExtractedPage(
            "w",
            "w.txt",
            null,
            "Werkstatt Datenstrategie",
            "Ein Arbeitstreffen für Kommunen und Landkreise aus Schleswig-Holstein.",
            "Wir besprechen Beispiele aus der kommunalen Praxis.",
            Map.of(),
            List.of(),
            null);
    assertEquals(List.of("Kommunen"), event(ENRICHER.enrich(forCouncils)).audiences());

    ExtractedPage declared =
        new ExtractedPage(
            "d",
            "d.txt",
            null,
            "Werkstatt Datenstrategie",
            "Ein Arbeitstreffen für Kommunen und Landkreise aus Schleswig-Holstein.",
            "",
            Map.of(),
            List.of(),
            ExtractedPage.Declared.builder().audiences(List.of("Wissenschaft")).build());
    assertEquals(List.of("Wissenschaft", "Kommunen"), event(ENRICHER.enrich(declared)).audiences());

    ExtractedPage silent =
        new ExtractedPage(
            "s", "s.txt", null, "Notizen", "", "Ein kurzer Text.", Map.of(), List.of(), null);
    assertEquals(List.of(), event(ENRICHER.enrich(silent)).audiences(), "no audience is guessed");
  }

  private static ExtractedPage pageAt(String url, String title, String body) {
    return new ExtractedPage(
        "p",
        "p.html",
        "",
        title,
        "",
        body,
        Map.of(),
        List.of(),
        url == null ? Declared.NONE : Declared.builder().url(url).build());
  }

  @Test
  void aPageOnAMunicipalitysPortalThatNamesNoPlaceIsInThatMunicipality() {
    String body = "Die Stadtbibliothek lädt am 12. März 2026 zur Lesenacht ein.";
    EventDocument e =
        event(
            ENRICHER.enrich(
                pageAt("https://www.gemeinde-lienen.de/kalender/lesenacht", "Lesenacht", body)));
    assertEquals("Lienen", e.venue().name());
    assertEquals("Nordrhein-Westfalen", e.venue().land());
    assertNull(event(ENRICHER.enrich(pageAt(null, "Lesenacht", body))).venue(), "no address");
  }

  @Test
  void thePagesOwnPlaceWinsOverItsPublisher() {
    EventDocument named =
        event(
            ENRICHER.enrich(
                pageAt(
                    "https://www.berlin.de/events/1.html",
                    "Tulpenfest in Potsdam",
                    "Das holländische Viertel feiert.")));
    assertEquals("Potsdam", named.venue().name());
    // Beeskow is too small to be taken without a place context, but it is a hint of elsewhere
    EventDocument hinted =
        event(
            ENRICHER.enrich(
                pageAt(
                    "https://www.berlin.de/events/2.html",
                    "Hexennacht",
                    "Frau Holle lädt auf der Burg Beeskow zum Frühlingsfest.")));
    assertNull(hinted.venue());
    EventDocument district =
        event(
            ENRICHER.enrich(
                pageAt(
                    "https://www.berlin.de/events/3.html",
                    "Kunstfest",
                    "Das Kunstfest im Bezirk Pankow lädt ein.")));
    assertEquals(BERLIN, district.venue(), "Pankow is a district of Berlin here");
  }
}
