package de.smartcitysearch.search;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.search.SearchRequest.When;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.search.SearchResponse.Highlight;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns the page of hits a search chose into the answer's hits (stored fields, highlighted title
 * and snippet, what each lacks) and its facet counts into the answer's facet blocks. Only the hits
 * shown are read.
 */
final class HitAssembler {

  /**
   * The stored fields a hit shows (and the identity an event needs). Left out: the content hash and
   * the topic reasons (a JSON text per hit, for curators): decoding and parsing what no hit shows
   * was a good part of reading a hit.
   */
  static final Set<String> SHOWN_FIELDS =
      Stream.concat(
              Stream.of(
                  EventSchema.ID,
                  EventSchema.SOURCE,
                  EventSchema.KIND,
                  EventSchema.URL,
                  EventSchema.EVENT_ID,
                  EventSchema.EVENT_TITLE,
                  EventSchema.TITLE,
                  EventSchema.TEASER,
                  EventSchema.BODY,
                  EventSchema.START,
                  EventSchema.END,
                  EventSchema.START_TIME,
                  EventSchema.VENUE_CITY,
                  EventSchema.VENUE_LAND,
                  EventSchema.VENUE_AGS,
                  EventSchema.LOCATION,
                  EventSchema.CITIES_JSON),
              Arrays.stream(FacetField.values())
                  .filter(f -> f.shape() == FacetField.Shape.VALUES)
                  .map(FacetField::fieldName))
          .collect(Collectors.toUnmodifiableSet());

  private final EventSchema schema;

  HitAssembler(EventSchema schema) {
    this.schema = schema;
  }

  /** The hits of the page, in its order, with the words in {@code highlight} marked. */
  List<Hit> hits(
      IndexSearcher searcher, Query highlight, ScoreDoc[] page, List<List<String>> missing)
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
      DocumentStoredFieldVisitor shown = new DocumentStoredFieldVisitor(SHOWN_FIELDS);
      stored.document(docId, shown);
      events.add(schema.fromStored(shown.getDocument()));
    }
    Snippets.Highlighted marked =
        Snippets.highlight(searcher, schema.indexAnalyzer(), highlight, docIds, events);
    List<Hit> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      EventDocument e = events.get(i);
      float score = page[i].score;
      out.add(
          new Hit(
              PublicEvent.of(e),
              new Highlight(
                  Objects.requireNonNullElse(marked.titles()[i], Html.escape(e.title())),
                  Objects.requireNonNullElse(marked.snippets()[i], "")),
              missing.get(i),
              Float.isNaN(score) ? 0f : score,
              List.of()));
    }
    return out;
  }

  /**
   * The page's events with their sessions (one list of session hits per event, in the page's
   * order).
   */
  List<Hit> withSessions(
      IndexSearcher searcher, Query highlight, List<Hit> events, List<ScoreDoc[]> sessions)
      throws IOException {
    List<Hit> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Hit event = events.get(i);
      ScoreDoc[] found = sessions.get(i);
      List<List<String>> none = Collections.nCopies(found.length, List.of());
      out.add(
          new Hit(
              event.document(),
              event.highlight(),
              event.missing(),
              event.score(),
              hits(searcher, highlight, found, none)));
    }
    return out;
  }

  /**
   * Every dimension's values with their counts (the month histogram continuous over the request's
   * range), then the date presets' block.
   */
  static Map<String, List<FacetValue>> facetBlocks(
      Facets facets, WhenCounts presets, SearchRequest r, IndexView v) throws IOException {
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
    List<FacetValue> when = new ArrayList<>();
    for (When preset : When.values()) {
      when.add(FacetValue.of(preset.name().toLowerCase(Locale.ROOT), presets.of(preset)));
    }
    out.put(SearchResponse.WHEN_FACET, List.copyOf(when));
    return out;
  }
}
