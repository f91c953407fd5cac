package de.smartcitysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.search.SearcherManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query core over a small real index of hand-written events, on 15 January 2026. */
class LuceneSearchBackendTest {

  static final Clock JANUARY_2026 =
      Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dir;
  static SampleEvents.Opened index;
  static SearcherManager manager;
  static LuceneSearchBackend searcher;

  @BeforeAll
  static void open() throws IOException {
    index = SampleEvents.open(dir);
    manager = index.manager();
    searcher =
        LuceneSearchBackend.builder(manager, SampleEvents.SCHEMA)
            .clock(JANUARY_2026)
            .topics(
                List.of(
                    "Digitale Verwaltung",
                    "Mobilität",
                    "Bürgerbeteiligung",
                    "Open Data",
                    "Energie"))
            .build();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static SearchResponse search(String q) throws IOException {
    return searcher.search(SearchRequest.of(q));
  }

  static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  static Map<String, Long> facet(SearchResponse r, String dim) {
    return r.facets().get(dim).stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void aWordInTheTitleRanksAboveTheSameWordInTheBody() throws IOException {
    SearchResponse r = search("Mobilität");
    assertEquals(List.of("hamburg-mobilitaet", "kiel-digitaltag"), ids(r));
  }

  @Test
  void upcomingEventsRankBeforeComparablePastOnes() throws IOException {
    SearchResponse r = search("Smart City Konferenz");
    assertEquals(List.of("nuernberg-konferenz", "muenchen-konferenz"), ids(r));
  }

  @Test
  void anExcludedWordRemovesItsEvents() throws IOException {
    assertEquals(List.of("nuernberg-konferenz"), ids(search("Konferenz -München")));
  }

  @Test
  void aCityAdjectiveIsUnderstoodAndFindsEventsAtThatVenue() throws IOException {
    SearchResponse r = search("Kieler Stadtwerkstatt");
    assertEquals("Kiel", r.interpretation().city());
    assertEquals("Schleswig-Holstein", r.interpretation().land());
    assertEquals(
        List.of("kiel-ostufer"), ids(r), "the Ostufer page never says Kiel: its venue does");
  }

  @Test
  void eventsAtTheNamedCityRankAboveEventsThatOnlyMentionIt() throws IOException {
    SearchResponse r = search("Kiel");
    List<String> ids = ids(r);
    assertTrue(ids.contains("hamburg-mobilitaet"), "Hamburg mentions Kiel, so it is found: " + ids);
    assertTrue(ids.indexOf("kiel-ostufer") < ids.indexOf("hamburg-mobilitaet"), ids.toString());
  }

  @Test
  void aLandInTheQueryIsUnderstood() throws IOException {
    SearchResponse r = search("Konferenz Bayern");
    assertEquals("Bayern", r.interpretation().land());
    assertNull(r.interpretation().city());
    assertEquals(2, r.total());
  }

  @Test
  void aYearLimitsToEventsOfThatYearOrPagesNamingIt() throws IOException {
    SearchResponse r = search("Konferenz 2025");
    assertEquals(LocalDate.of(2025, 1, 1), r.interpretation().from());
    assertEquals(LocalDate.of(2025, 12, 31), r.interpretation().to());
    assertEquals(List.of("muenchen-konferenz"), ids(r));
  }

  @Test
  void aBareMonthMeansItsNextOccurrence() throws IOException {
    SearchResponse r = search("Digitaltag April");
    assertEquals(LocalDate.of(2026, 4, 1), r.interpretation().from());
    assertEquals("April", r.interpretation().dateLabel());
    assertEquals("kiel-digitaltag", ids(r).get(0));
  }

  @Test
  void aTypoFallsBackToFuzzyMatchingAndOffersACorrection() throws IOException {
    SearchResponse r = search("Konferrenz");
    assertTrue(r.fuzzy());
    assertEquals(2, r.total());
    assertNotNull(r.didYouMean());
    assertEquals("Konferenz", r.didYouMean(), "as the pages write it, not the analysed term");
  }

  @Test
  void aCorrectQueryOffersNoCorrection() throws IOException {
    SearchResponse r = search("Konferenz");
    assertFalse(r.fuzzy());
    assertNull(r.didYouMean());
  }

  @Test
  void titlesAndSnippetsMarkMatchesAndEscapeThePagesMarkup() throws IOException {
    Hit hit = search("Hack").hits().get(0);
    assertEquals("leipzig-hack", hit.id());
    assertEquals(
        "<mark>Hack</mark> &lt;script&gt;alert(1)&lt;&#x2F;script&gt; Abend",
        hit.highlight().title());
    assertFalse(hit.highlight().snippet().contains("<b>"), hit.highlight().snippet());
    assertTrue(hit.highlight().snippet().contains("&lt;b&gt;"), hit.highlight().snippet());
    assertEquals(
        "Hack <script>alert(1)</script> Abend",
        hit.document().title(),
        "the raw title, for clients to escape");
  }

  @Test
  void aSessionHitNamesItsEvent() throws IOException {
    Hit hit = search("Open Data Workshop").hits().get(0);
    assertEquals("session", hit.document().kind());
    assertEquals("kiel-digitaltag", hit.document().event().id());
    assertEquals("Digitaltag Kiel 2026", hit.document().event().title());
  }

  @Test
  void selectingACityKeepsTheCountsOfTheOtherCities() throws IOException {
    SearchResponse r =
        searcher.search(
            SearchRequest.builder().filter(FacetDimension.CITY, List.of("Kiel")).build());
    assertEquals(3, r.total());
    Map<String, Long> cities = facet(r, "city");
    assertEquals(3L, cities.get("Kiel"));
    assertEquals(1L, cities.get("Hamburg"));
    assertEquals(1L, cities.get("München"));
    Map<String, Long> topics = facet(r, "topic");
    assertEquals(1L, topics.get("Digitale Verwaltung"), "other dimensions count within Kiel only");
  }

  @Test
  void twoSelectedCitiesMatchEither() throws IOException {
    SearchResponse r =
        searcher.search(
            SearchRequest.builder()
                .filter(FacetDimension.CITY, List.of("Kiel", "Leipzig"))
                .build());
    assertEquals(4, r.total());
  }

  @Test
  void theMonthHistogramIncludesEmptyMonths() throws IOException {
    Map<String, Long> months = facet(search(""), "month");
    assertEquals(14, months.size(), months.toString()); // May 2025 .. June 2026
    assertEquals(0L, months.get("2025-12"));
    assertEquals(2L, months.get("2026-04"));
  }

  @Test
  void aDateRangeFiltersByOverlap() throws IOException {
    SearchResponse r =
        searcher.search(
            SearchRequest.builder()
                .from(LocalDate.of(2026, 4, 1))
                .to(LocalDate.of(2026, 4, 30))
                .sort(SearchRequest.SortOrder.DATE)
                .build());
    assertEquals(2, r.total());
    assertEquals(List.of("2026-04"), facet(r, "month").keySet().stream().toList());
  }

  @Test
  void pastAndUpcomingPresetsUseTheClock() throws IOException {
    SearchResponse past =
        searcher.search(SearchRequest.builder().when(SearchRequest.When.PAST).build());
    assertEquals(List.of("muenchen-konferenz"), ids(past));
  }

  /**
   * Searches of every shape the date presets must count right: everything, words, a place, a bare
   * month (moved to its nearest year when the preset has none then), a place or words that have to
   * be let go, nothing at all, a selected facet value, grouped events.
   */
  static List<SearchRequest.Builder> searchesOfEveryShape() {
    List<SearchRequest.Builder> out = new ArrayList<>();
    for (String q :
        List.of(
            "",
            "Konferenz",
            "Konferenz München",
            "Kiel",
            "Mai",
            "Konferenz Leipzig",
            "Verwaltung Hackathon",
            "Quantencomputer")) {
      out.add(SearchRequest.builder().query(q));
    }
    out.add(
        SearchRequest.builder().query("Konferenz").filter(FacetDimension.LAND, List.of("Bayern")));
    out.add(
        SearchRequest.builder()
            .filter(
                FacetDimension.byApiName("topic").orElseThrow(), List.of("Digitale Verwaltung")));
    out.add(SearchRequest.builder().query("Kiel").grouped(true));
    out.add(SearchRequest.builder().query("Kiel").kind(DocumentKind.SESSION));
    out.add(SearchRequest.builder().query("Konferenz").sort(SearchRequest.SortOrder.DATE));
    return out;
  }

  @Test
  void eachDatePresetCountsWhatChoosingItShows() throws IOException {
    long bothCounted = 0;
    for (LuceneSearchBackend backend : List.of(searcher, boundedAtThree())) {
      for (SearchRequest.Builder search : searchesOfEveryShape()) {
        Map<SearchRequest.When, SearchResponse> shown = new EnumMap<>(SearchRequest.When.class);
        for (SearchRequest.When preset : SearchRequest.When.values()) {
          shown.put(preset, backend.search(search.when(preset).build()));
        }
        for (SearchRequest.When chosen :
            Arrays.asList(null, SearchRequest.When.UPCOMING, SearchRequest.When.PAST)) {
          SearchResponse r = backend.search(search.when(chosen).build());
          Map<String, Long> counts = facet(r, SearchResponse.WHEN_FACET);
          for (SearchRequest.When preset : SearchRequest.When.values()) {
            SearchResponse choosing = shown.get(preset);
            // a search that has to relax shows hits lacking something asked for: they count as none
            long expected = choosing.relaxed() == null ? choosing.total() : 0;
            assertEquals(
                expected,
                counts.get(preset.name().toLowerCase(Locale.ROOT)),
                preset + " of " + search.when(chosen).build());
            if (!choosing.totalExact() && choosing.relaxed() == null) {
              assertFalse(r.facetsExact(), "a preset's count at the bound is a lower bound");
            }
          }
          if (counts.get("upcoming") > 0 && counts.get("past") > 0) {
            bothCounted++;
          }
        }
      }
    }
    assertTrue(bothCounted > 0, "some searches have both upcoming and past matches");
  }

  @Test
  void thePresetsSplitTheDatedMatchesOfASearch() throws IOException {
    SearchResponse r = search("Konferenz");
    assertEquals(Map.of("upcoming", 1L, "past", 1L), facet(r, SearchResponse.WHEN_FACET));
    SearchResponse upcoming =
        searcher.search(
            SearchRequest.builder().query("Konferenz").when(SearchRequest.When.UPCOMING).build());
    assertEquals(List.of("nuernberg-konferenz"), ids(upcoming));
    assertEquals(
        Map.of("upcoming", 1L, "past", 1L),
        facet(upcoming, SearchResponse.WHEN_FACET),
        "choosing a preset does not narrow the presets' own counts");
  }

  @Test
  void sortingByDateOrdersByStart() throws IOException {
    SearchResponse r =
        searcher.search(
            SearchRequest.builder().query("Konferenz").sort(SearchRequest.SortOrder.DATE).build());
    assertEquals(List.of("muenchen-konferenz", "nuernberg-konferenz"), ids(r));
  }

  @Test
  void facetValuesCountAgainstAReferenceListWithZeros() throws IOException {
    List<FacetValue> lands =
        searcher.facetValues(FacetDimension.LAND, "", Lands.ALL, CountScope.events());
    assertEquals(16, lands.size());
    assertTrue(lands.contains(FacetValue.of("Bayern", 2)));
    assertTrue(lands.contains(FacetValue.of("Bremen", 0)));
    // the Digitaltag and the Stadtwerkstatt; the Digitaltag's workshop is a session, not a third
    // event
    assertTrue(lands.contains(FacetValue.of("Schleswig-Holstein", 2)), lands.toString());
  }

  @Test
  void sessionsAreCountedApartFromEvents() throws IOException {
    CountScope sessions = CountScope.of(DocumentKind.SESSION);
    assertEquals(
        List.of(FacetValue.of("Schleswig-Holstein", 1)),
        searcher.facetValues(FacetDimension.LAND, "", null, sessions));
    assertEquals(
        List.of(FacetValue.of("Open Data", 1)),
        searcher.facetValues(FacetDimension.byApiName("topic").orElseThrow(), "", null, sessions));
    Coverage c = searcher.coverage(FacetDimension.CITY, FacetDimension.MONTH, null, sessions);
    assertEquals("session", c.kind());
    assertEquals(List.of("2026-04"), c.columns(), "the months of sessions only");
    assertEquals(List.of(new Coverage.Row("Kiel", 1, List.of(1L))), c.table());
  }

  @Test
  void facetValuesCanBeSearchedByPrefix() throws IOException {
    assertEquals(
        List.of(new FacetValue("Hamburg", 1, "Hamburg")),
        searcher.facetValues(FacetDimension.CITY, "ha", null, CountScope.events()));
  }

  @Test
  void coverageCountsTopicsPerLandIncludingZeros() throws IOException {
    Coverage c =
        searcher.coverage(
            FacetDimension.LAND,
            FacetDimension.byApiName("topic").orElseThrow(),
            null,
            CountScope.events());
    assertEquals(16, c.table().size());
    int verwaltung = c.columns().indexOf("Digitale Verwaltung");
    Coverage.Row bayern =
        c.table().stream().filter(r -> r.value().equals("Bayern")).findFirst().orElseThrow();
    assertEquals(2L, bayern.counts().get(verwaltung));
    assertEquals(0L, bayern.counts().get(c.columns().indexOf("Energie")));
    Coverage.Row sh =
        c.table().stream()
            .filter(r -> r.value().equals("Schleswig-Holstein"))
            .findFirst()
            .orElseThrow();
    assertEquals(2L, sh.total(), "two events, the session not counted");
    assertEquals(
        0L, sh.counts().get(c.columns().indexOf("Open Data")), "only the session is on Open Data");
  }

  @Test
  void aDateRangeCountsWhatTakesPlaceInItAndGivesItsMonthsAsColumns() throws IOException {
    CountScope year2026 =
        new CountScope(
            DocumentKind.EVENT, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    Coverage c = searcher.coverage(FacetDimension.LAND, FacetDimension.MONTH, null, year2026);
    assertEquals(12, c.columns().size());
    assertEquals("2026-01", c.columns().get(0));
    assertEquals("2026-12", c.columns().get(11));
    Coverage.Row bayern =
        c.table().stream().filter(r -> r.value().equals("Bayern")).findFirst().orElseThrow();
    // Nürnberg in May 2026 counts; München in May 2025 does not
    assertEquals(1L, bayern.total());
    assertEquals(1L, bayern.counts().get(4));
    assertEquals(1L, bayern.counts().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void suggestionsCompleteTitlesTopicsAndCities() throws IOException {
    List<Suggestion> s = searcher.suggest("digi", 10);
    assertTrue(s.contains(new Suggestion("Digitaltag Kiel 2026", "title")), s.toString());
    assertTrue(s.contains(new Suggestion("Digitale Verwaltung", "topic")), s.toString());
    assertTrue(searcher.suggest("leip", 5).contains(new Suggestion("Leipzig", "city")));
  }

  @Test
  void anEventComesWithItsSessions() throws IOException {
    EventDetails d = searcher.event("kiel-digitaltag").orElseThrow();
    assertEquals("Digitaltag Kiel 2026", d.event().title());
    assertEquals(List.of("kiel-digitaltag#s1"), d.sessions().stream().map(e -> e.id()).toList());
    assertTrue(searcher.event("no-such-event").isEmpty());
  }

  @Test
  void aQueryOverItsTimeLimitReturnsFlaggedInsteadOfHanging() throws IOException {
    LuceneSearchBackend impatient =
        LuceneSearchBackend.builder(manager, SampleEvents.SCHEMA)
            .clock(JANUARY_2026)
            .timeout(java.time.Duration.ZERO)
            .build();
    SearchResponse r = impatient.search(SearchRequest.of("Konferenz"));
    assertTrue(r.timedOut());
    assertFalse(search("Konferenz").timedOut());
  }

  /** The same index, counting exactly only up to three hits (the product counts up to 10,000). */
  static LuceneSearchBackend boundedAtThree() {
    return LuceneSearchBackend.builder(manager, SampleEvents.SCHEMA)
        .clock(JANUARY_2026)
        .exactUpTo(3)
        .build();
  }

  /** Everything with a venue in any Land: more than three entries of the sample index. */
  static SearchRequest everyLand() {
    return SearchRequest.builder().filter(FacetDimension.LAND, Lands.ALL).build();
  }

  @Test
  void aVisitorSearchCountsExactlyUpToTheBoundAndAboveItSaysTheTotalIsALowerBound()
      throws IOException {
    SearchResponse exact = searcher.search(everyLand());
    assertTrue(exact.total() > 3, "the sample index has more than three entries with a venue");
    assertTrue(exact.totalExact());
    assertTrue(exact.facetsExact());

    SearchResponse bounded = boundedAtThree().search(everyLand());
    assertEquals(3, bounded.total());
    assertFalse(bounded.totalExact());
    assertFalse(bounded.facetsExact(), "facet counts above the bound are estimates from a sample");
    assertEquals(ids(exact), ids(bounded), "the page shown is the same");
  }

  @Test
  void estimatedFacetCountsNameOnlyValuesTheMatchesHave() throws IOException {
    Map<String, Long> exact = facet(searcher.search(everyLand()), "city");
    Map<String, Long> estimated = facet(boundedAtThree().search(everyLand()), "city");
    assertFalse(estimated.isEmpty());
    estimated.forEach(
        (city, count) -> {
          assertTrue(exact.containsKey(city), city + " is a venue of some match");
          assertTrue(count >= 1, city + " is counted at least once when it shows");
        });
  }

  @Test
  void belowTheBoundTotalAndFacetsStayExact() throws IOException {
    SearchResponse exact = search("Mobilität");
    SearchResponse bounded = boundedAtThree().search(SearchRequest.of("Mobilität"));
    assertEquals(2, bounded.total());
    assertTrue(bounded.totalExact());
    assertTrue(bounded.facetsExact());
    assertEquals(exact.facets(), bounded.facets());
  }

  @Test
  void howManyEventsThereAreIsExactWhateverTheBound() throws IOException {
    long events = SampleEvents.all().stream().filter(e -> e.kind() == DocumentKind.EVENT).count();
    assertTrue(events > 3, "more events than the bound");
    SearchResponse r =
        boundedAtThree().search(SearchRequest.builder().kind(DocumentKind.EVENT).size(1).build());
    assertEquals(events, r.total());
    assertTrue(r.totalExact());
  }

  @Test
  void whatCuratorsReadStaysExactWhateverTheBound() throws IOException {
    LuceneSearchBackend bounded = boundedAtThree();
    List<FacetValue> cities =
        bounded.facetValues(FacetDimension.CITY, "", null, CountScope.events());
    assertEquals(searcher.facetValues(FacetDimension.CITY, "", null, CountScope.events()), cities);
    assertTrue(
        cities.stream().mapToLong(FacetValue::count).sum() > 3,
        "more venues counted than the bound");
    assertEquals(
        searcher.coverage(FacetDimension.LAND, FacetDimension.CITY, null, CountScope.events()),
        bounded.coverage(FacetDimension.LAND, FacetDimension.CITY, null, CountScope.events()));
  }
}
