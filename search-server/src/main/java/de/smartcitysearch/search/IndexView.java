package de.smartcitysearch.search;

import de.smartcitysearch.document.Place;
import de.smartcitysearch.index.FacetField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.IOFunction;

/**
 * What the query core derives once per index reader (not per query): the facet reader state, the
 * counts over the whole index, the cities the index knows and the spelling corrections worked out
 * so far.
 */
final class IndexView implements FacetDimension.CityDirectory {

  private final IndexReader reader;
  private final SortedSetDocValuesReaderState state;
  private final Facets allCounts;
  private final Map<String, List<Place>> citiesByName = new HashMap<>();
  private final List<Place> cities = new ArrayList<>();
  private final PlaceLexicon lexicon;
  private final RememberedCorrections corrections = new RememberedCorrections();

  private IndexView(IndexReader reader, SortedSetDocValuesReaderState state, Facets allCounts)
      throws IOException {
    this.reader = reader;
    this.state = state;
    this.allCounts = allCounts;
    if (allCounts != null) {
      for (LabelAndValue land : FacetDimension.children(allCounts, FacetField.CITY.fieldName())) {
        for (LabelAndValue city :
            FacetDimension.children(allCounts, FacetField.CITY.fieldName(), land.label)) {
          Place place = new Place(city.label, land.label, "");
          cities.add(place);
          citiesByName.computeIfAbsent(city.label, k -> new ArrayList<>()).add(place);
        }
      }
    }
    this.lexicon = new IndexPlaceLexicon(cities);
  }

  /** Builds the view of this reader (about 15 ms per million documents for the facet state). */
  static IndexView of(IndexReader reader, FacetsConfig config) throws IOException {
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException e) {
      return new IndexView(reader, null, null); // no document has facets yet (an empty index)
    }
    return new IndexView(reader, state, new SharedFacets(new SortedSetDocValuesFacetCounts(state)));
  }

  IndexReader reader() {
    return reader;
  }

  /** The facet state, or null when the index holds no facet values at all. */
  SortedSetDocValuesReaderState state() {
    return state;
  }

  /** Counts over every document, or null for an index without facets. */
  Facets allCounts() {
    return allCounts;
  }

  /** The venue cities of the index, most frequent first within each Land. */
  List<Place> cities() {
    return cities;
  }

  /** The cities of the index as a lexicon of query words. */
  PlaceLexicon lexicon() {
    return lexicon;
  }

  /**
   * The correction of a typed word on this reader ({@code correct} works it out the first time);
   * null when the word is taken as typed.
   */
  String correction(String word, IOFunction<String, String> correct) throws IOException {
    return corrections.correction(word, correct);
  }

  @Override
  public List<Place> named(String name) {
    return citiesByName.getOrDefault(name, List.of());
  }
}
