package de.smartcitysearch.search;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.search.SearchResponse.Highlight;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Turns the page of hits a search chose into the answer's hits (the documents, highlighted title
 * and snippet, what each lacks), whichever engine found them. Only the hits shown are read.
 *
 * @param <D> the engine's handle of a document
 */
public final class HitAssembler<D> {

  /**
   * The stored fields a hit shows (and the identity an event needs). Left out: the content hash and
   * the topic reasons (a JSON text per hit, for curators): decoding and parsing what no hit shows
   * was a good part of reading a hit.
   */
  public static final Set<String> SHOWN_FIELDS =
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

  /** Reads the documents of hits from the engine, in the order asked. */
  @FunctionalInterface
  public interface Documents<D> {
    List<EventDocument> read(List<D> docs) throws IOException;
  }

  /** Marks the words of a query in the titles and texts of hits. */
  @FunctionalInterface
  public interface Marker<D> {
    Snippets.Highlighted mark(Query highlight, List<D> docs, List<EventDocument> events)
        throws IOException;
  }

  private final Documents<D> documents;
  private final Marker<D> marker;

  /** Hits read by {@code documents} and highlighted by {@code marker}. */
  public HitAssembler(Documents<D> documents, Marker<D> marker) {
    this.documents = documents;
    this.marker = marker;
  }

  /** Hits of the embedded index: stored fields read, offsets from the postings. */
  static HitAssembler<Integer> of(IndexSearcher searcher, EventSchema schema) {
    return new HitAssembler<>(
        docs -> {
          StoredFields stored = searcher.storedFields();
          List<EventDocument> events = new ArrayList<>(docs.size());
          for (int docId : docs) {
            DocumentStoredFieldVisitor shown = new DocumentStoredFieldVisitor(SHOWN_FIELDS);
            stored.document(docId, shown);
            events.add(schema.fromStored(shown.getDocument()));
          }
          return events;
        },
        (highlight, docs, events) ->
            Snippets.highlight(
                searcher,
                schema.indexAnalyzer(),
                highlight,
                docs.stream().mapToInt(Integer::intValue).toArray(),
                events));
  }

  /**
   * Highlighting of documents that come with their text, by analysing it with the index analyzer
   * (the same passages and marks as from the embedded index's postings).
   */
  public static <D> Marker<D> analysing(Analyzer indexAnalyzer) {
    return (highlight, docs, events) -> Snippets.highlight(indexAnalyzer, highlight, events);
  }

  /** The hits of the page, in its order, with the words in {@code highlight} marked. */
  public List<Hit> hits(Query highlight, List<Scored<D>> page, List<List<String>> missing)
      throws IOException {
    int n = page.size();
    if (n == 0) {
      return List.of();
    }
    List<D> docs = page.stream().map(Scored::doc).toList();
    List<EventDocument> events = documents.read(docs);
    Snippets.Highlighted marked = marker.mark(highlight, docs, events);
    List<Hit> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      EventDocument e = events.get(i);
      float score = page.get(i).score();
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
  public List<Hit> withSessions(Query highlight, List<Hit> events, List<List<Scored<D>>> sessions)
      throws IOException {
    List<Hit> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Hit event = events.get(i);
      List<Scored<D>> found = sessions.get(i);
      List<List<String>> none = Collections.nCopies(found.size(), List.of());
      out.add(
          new Hit(
              event.document(),
              event.highlight(),
              event.missing(),
              event.score(),
              hits(highlight, found, none)));
    }
    return out;
  }
}
