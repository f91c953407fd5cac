package de.smartcitysearch.search;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.search.SearchResponse.Highlight;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns the page of hits a search chose into the answer's hits (stored fields, highlighted title and snippet, what
 * each lacks) and its facet counts into the answer's facet blocks. Only the hits shown are read.
 */
final class HitAssembler {

  private final EventSchema schema;

  HitAssembler(EventSchema schema) {
    this.schema = schema;
  }

  /** The hits of the page, in its order, with the words in {@code highlight} marked. */
  List<Hit> hits(IndexSearcher searcher, Query highlight, ScoreDoc[] page, List<List<String>> missing)
      throws IOException {
    int n = page.length;
    if (n == 0) {
      return List.of();
    }
    int[] docIds = new int[n];
    for (int i = 0; i < n; i++) {
      docIds[i] = page[i].doc;
    }
    StoredFields stored = searcher.storedFields();
    List<EventDocument> events = new ArrayList<>(n);
    for (int docId : docIds) {
      events.add(schema.fromStored(stored.document(docId)));
    }
    Snippets.Highlighted marked = Snippets.highlight(searcher, schema.indexAnalyzer(), highlight, docIds, events);
    List<Hit> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      EventDocument e = events.get(i);
      float score = page[i].score;
      out.add(new Hit(PublicEvent.of(e),
          new Highlight(Objects.requireNonNullElse(marked.titles()[i], Html.escape(e.title())),
              Objects.requireNonNullElse(marked.snippets()[i], "")),
          missing.get(i), Float.isNaN(score) ? 0f : score, List.of()));
    }
    return out;
  }

  /** The page's events with their sessions (one list of session hits per event, in the page's order). */
  List<Hit> withSessions(IndexSearcher searcher, Query highlight, List<Hit> events, List<ScoreDoc[]> sessions)
      throws IOException {
    List<Hit> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Hit event = events.get(i);
      ScoreDoc[] found = sessions.get(i);
      List<List<String>> none = Collections.nCopies(found.length, List.of());
      out.add(new Hit(event.document(), event.highlight(), event.missing(), event.score(),
          hits(searcher, highlight, found, none)));
    }
    return out;
  }

  /** Every dimension's values with their counts; the month histogram continuous over the request's range. */
  static Map<String, List<FacetValue>> facetBlocks(Facets facets, SearchRequest r, IndexView v) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (FacetDimension dim : FacetDimension.ALL) {
      Map<String, Long> counts = facets == null ? Map.of() : dim.counts(facets);
      if (dim.isMonth()) {
        counts = MonthHistogram.continuous(counts, r.from(), r.to());
      }
      List<FacetValue> values = new ArrayList<>();
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        values.add(v.facetValue(dim, e.getKey(), e.getValue()));
      }
      out.put(dim.apiName(), values);
    }
    return out;
  }
}
