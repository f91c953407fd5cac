package de.smartcitysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index whose events name no venue city (as the indexer writes when only declared values are
 * known) has topic facets but no hierarchical city dimension at all: searching it must still work.
 */
class LuceneSearchBackendWithoutVenuesTest {

  @TempDir Path dir;

  @Test
  void searchingAnIndexWithoutVenueCitiesFindsTheEventsAndLeavesCityAndLandEmpty()
      throws IOException {
    SampleEvents.index(
        dir,
        List.of(
            event("konferenz-a", "Konferenz Digitale Verwaltung", "Digitale Verwaltung"),
            event("konferenz-b", "Konferenz Mobilität", "Mobilität"),
            event("workshop-c", "Workshop Open Data", "Open Data")));
    try (FSDirectory directory = FSDirectory.open(dir);
        SearcherManager manager = new SearcherManager(directory, null)) {
      LuceneSearchBackend searcher =
          LuceneSearchBackend.builder(manager, SampleEvents.SCHEMA)
              .clock(LuceneSearchBackendTest.JANUARY_2026)
              .build();

      SearchResponse r = searcher.search(SearchRequest.of("Konferenz"));

      assertEquals(
          List.of("konferenz-a", "konferenz-b"), r.hits().stream().map(Hit::id).sorted().toList());
      assertEquals(
          List.of(FacetValue.of("Digitale Verwaltung", 1), FacetValue.of("Mobilität", 1)),
          r.facets().get("topic"));
      assertTrue(r.facets().get("city").isEmpty(), r.facets().get("city").toString());
      assertTrue(r.facets().get("land").isEmpty(), r.facets().get("land").toString());
    }
  }

  private static EventDocument event(String id, String title, String topic) {
    return EventDocument.builder(id, "seed:" + id, DocumentKind.EVENT)
        .title(title)
        .startDate(LocalDate.of(2026, 3, 10))
        .topics(List.of(topic))
        .build();
  }
}
