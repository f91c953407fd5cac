package de.smartcitysearch.search;

import de.smartcitysearch.search.SearchResponse.FacetValue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The query core as the HTTP API, the web pages and the command line use it: what a visitor and a
 * curator can ask. The embedded Lucene index ({@link LuceneSearchBackend}) stands behind it, or an
 * OpenSearch cluster; nothing above this interface knows which.
 *
 * <p>Implementations are thread-safe.
 */
public interface SearchBackend {

  /** Runs a search: graded matching, facets of the counted hits, highlighting, what was relaxed. */
  SearchResponse search(SearchRequest request) throws IOException;

  /** Completions for what a visitor has typed so far. */
  List<Suggestion> suggest(String typed, int max) throws IOException;

  /** The event or session with this id, with its sessions. */
  Optional<EventDetails> event(String id) throws IOException;

  /**
   * The values of one dimension over the whole index with their exact counts.
   *
   * @param prefix keep only values starting with this (any case); empty keeps all
   * @param reference when not null, exactly these values in this order, zero where the index has
   *     none
   * @param scope what is counted: events or sessions, in which date range
   */
  List<FacetValue> facetValues(
      FacetDimension dimension, String prefix, List<String> reference, CountScope scope)
      throws IOException;

  /**
   * The coverage table of rows × columns over the whole index, with exact counts.
   *
   * @param rowReference the row values (zeros included), or null for the dimension's default list
   * @param scope what is counted: events or sessions, in which date range (month columns are its
   *     months)
   */
  Coverage coverage(
      FacetDimension rows, FacetDimension cols, List<String> rowReference, CountScope scope)
      throws IOException;

  /**
   * The version and size of the index the next query sees: a change of either means other answers.
   */
  IndexState indexState() throws IOException;

  /** The day taken as today: what ends on it or later is upcoming. */
  LocalDate today();

  /** The reference lists (Länder, topic taxonomy, municipality lists). */
  ReferenceLists references();

  /** An index version (changes with every change of the index) and its number of documents. */
  record IndexState(long version, int documents) {}
}
