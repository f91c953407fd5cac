package de.smartcitysearch.search;

import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a curator reads, over the whole index and always exact: facet values with their counts,
 * coverage tables. Every count counts one kind of document ({@link CountScope}), so an event's
 * program sessions never inflate it.
 */
final class CuratorQueries {

  private final FacetsConfig config;
  private final ReferenceLists references;

  CuratorQueries(FacetsConfig config, ReferenceLists references) {
    this.config = config;
    this.references = references;
  }

  /** See {@link SearchBackend#facetValues}. */
  List<FacetValue> facetValues(
      IndexView v,
      FacetDimension dimension,
      String prefix,
      List<String> reference,
      CountScope scope)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(v.reader());
    Map<String, Long> counts = counts(dimension, counted(searcher, v, scope(scope)), scope);
    List<String> values = reference != null ? reference : List.copyOf(counts.keySet());
    List<FacetValue> out = new ArrayList<>();
    for (String value : values) {
      if (FacetDimension.hasPrefix(value, prefix)) {
        out.add(v.facetValue(dimension, value, counts.getOrDefault(value, 0L)));
      }
    }
    return out;
  }

  /**
   * See {@link SearchBackend#coverage}: the rows are the given list, else the dimension's reference
   * list, else the values the scope's kind has at any time; so are non-month columns. Month columns
   * are the months of the scope's date range, or those from the first to the last with a document
   * of the kind.
   */
  Coverage coverage(
      IndexView v,
      FacetDimension rows,
      FacetDimension cols,
      List<String> rowReference,
      CountScope scope)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(v.reader());
    Facets anyTime = counted(searcher, v, scope(scope.anyTime()));
    List<String> rowValues =
        rowReference != null ? rowReference : defaultValues(rows, anyTime, scope);
    List<String> colValues = defaultValues(cols, anyTime, scope);
    Query inScope = scope(scope);
    List<Coverage.Row> table = new ArrayList<>();
    for (String rowValue : rowValues) {
      List<String[]> paths = rows.paths(rowValue, v);
      if (paths.isEmpty() || v.state() == null) {
        table.add(new Coverage.Row(rowValue, 0, colValues.stream().map(c -> 0L).toList()));
        continue;
      }
      DrillDownQuery q = new DrillDownQuery(config, inScope);
      paths.forEach(p -> q.add(rows.indexDim(), p));
      FacetsCollector collected = searcher.search(q, new FacetsCollectorManager());
      long total =
          collected.getMatchingDocs().stream()
              .mapToLong(FacetsCollector.MatchingDocs::totalHits)
              .sum();
      Map<String, Long> counts =
          cols.counts(new SortedSetDocValuesFacetCounts(v.state(), collected));
      table.add(
          new Coverage.Row(
              rowValue, total, colValues.stream().map(c -> counts.getOrDefault(c, 0L)).toList()));
    }
    return new Coverage(
        rows.apiName(), cols.apiName(), scope.kind().id(), colValues, List.copyOf(table));
  }

  /**
   * The documents a scope counts: one kind, and those overlapping its dates by the rule a search's
   * from/to use.
   */
  private static Query scope(CountScope scope) {
    BooleanQuery.Builder q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(EventSchema.KIND, scope.kind().id())), Occur.FILTER);
    QueryComposer.dateFilters(scope.dates()).forEach(f -> q.add(f, Occur.FILTER));
    return q.build();
  }

  /** Facet counts over the documents of a query; null for an index without facets. */
  private static Facets counted(IndexSearcher searcher, IndexView v, Query query)
      throws IOException {
    if (v.state() == null) {
      return null;
    }
    return new SortedSetDocValuesFacetCounts(
        v.state(), searcher.search(query, new FacetsCollectorManager()));
  }

  /**
   * Every value of the dimension with its count; months in calendar order, the empty ones in the
   * range as zero.
   */
  private static Map<String, Long> counts(FacetDimension dim, Facets facets, CountScope scope)
      throws IOException {
    Map<String, Long> counts = facets == null ? Map.of() : dim.counts(facets);
    return dim.isMonth() ? MonthHistogram.continuous(counts, scope.from(), scope.to()) : counts;
  }

  private List<String> defaultValues(FacetDimension dim, Facets anyTime, CountScope scope)
      throws IOException {
    if (dim.reference() != null) {
      Optional<List<String>> reference = references.get(dim.reference());
      if (reference.isPresent()) {
        return reference.get();
      }
    }
    return List.copyOf(counts(dim, anyTime, scope).keySet());
  }
}
