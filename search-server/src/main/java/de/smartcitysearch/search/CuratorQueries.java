package de.smartcitysearch.search;

import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
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
 * program sessions never inflate it. The tables are made here for every engine; the engine only
 * counts ({@link Counter}).
 */
public final class CuratorQueries {

  /** Counts the documents of a scope for an engine. */
  @FunctionalInterface
  public interface Counter {
    /**
     * The documents of the scope, only those with {@code rowValue} of {@code rows} when that is
     * given: how many, and their facet counts ({@link FacetCounts#NONE} when the index has none).
     */
    Counted count(CountScope scope, FacetDimension rows, String rowValue) throws IOException;
  }

  /** How many documents were counted, and their facet counts. */
  public record Counted(long total, FacetCounts facets) {}

  private final ReferenceLists references;

  /** Curator queries with these reference lists. */
  public CuratorQueries(ReferenceLists references) {
    this.references = references;
  }

  /** See {@link SearchBackend#facetValues}. */
  public List<FacetValue> facetValues(
      FacetDimension.CityDirectory cities,
      Counter counter,
      FacetDimension dimension,
      String prefix,
      List<String> reference,
      CountScope scope)
      throws IOException {
    Map<String, Long> counts = counts(dimension, counter.count(scope, null, null).facets(), scope);
    List<String> values = reference != null ? reference : List.copyOf(counts.keySet());
    List<FacetValue> out = new ArrayList<>();
    for (String value : values) {
      if (FacetDimension.hasPrefix(value, prefix)) {
        out.add(dimension.value(value, counts.getOrDefault(value, 0L), cities));
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
  public Coverage coverage(
      Counter counter,
      FacetDimension rows,
      FacetDimension cols,
      List<String> rowReference,
      CountScope scope)
      throws IOException {
    FacetCounts anyTime = counter.count(scope.anyTime(), null, null).facets();
    List<String> rowValues =
        rowReference != null ? rowReference : defaultValues(rows, anyTime, scope);
    List<String> colValues = defaultValues(cols, anyTime, scope);
    List<Coverage.Row> table = new ArrayList<>();
    for (String rowValue : rowValues) {
      Counted row = counter.count(scope, rows, rowValue);
      Map<String, Long> counts = row.facets().counts(cols);
      table.add(
          new Coverage.Row(
              rowValue,
              row.total(),
              colValues.stream().map(c -> counts.getOrDefault(c, 0L)).toList()));
    }
    return new Coverage(
        rows.apiName(), cols.apiName(), scope.kind().id(), colValues, List.copyOf(table));
  }

  /**
   * The documents a scope counts, as filters: one kind, and those overlapping its dates by the rule
   * a search's from/to use.
   */
  public static List<Query> scope(CountScope scope) {
    List<Query> out = new ArrayList<>();
    out.add(new TermQuery(new Term(EventSchema.KIND, scope.kind().id())));
    out.addAll(QueryComposer.dateFilters(scope.dates()));
    return out;
  }

  /** The scope's documents in the embedded index, counted with Lucene's facets. */
  static Counter lucene(IndexView v, FacetsConfig config) {
    IndexSearcher searcher = new IndexSearcher(v.reader());
    return (scope, rows, rowValue) -> {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      scope(scope).forEach(f -> q.add(f, Occur.FILTER));
      Query query = q.build();
      if (rows != null) {
        List<String[]> paths = rows.paths(rowValue, v);
        if (paths.isEmpty() || v.state() == null) {
          return new Counted(0, FacetCounts.NONE);
        }
        DrillDownQuery dd = new DrillDownQuery(config, query);
        paths.forEach(p -> dd.add(rows.indexDim(), p));
        query = dd;
      }
      FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
      long total =
          collected.getMatchingDocs().stream()
              .mapToLong(FacetsCollector.MatchingDocs::totalHits)
              .sum();
      return new Counted(
          total,
          v.state() == null
              ? FacetCounts.NONE
              : LuceneTiers.luceneCounts(new SortedSetDocValuesFacetCounts(v.state(), collected)));
    };
  }

  /**
   * Every value of the dimension with its count; months in calendar order, the empty ones in the
   * range as zero.
   */
  private static Map<String, Long> counts(FacetDimension dim, FacetCounts facets, CountScope scope)
      throws IOException {
    Map<String, Long> counts = facets.counts(dim);
    return dim.isMonth() ? MonthHistogram.continuous(counts, scope.from(), scope.to()) : counts;
  }

  private List<String> defaultValues(FacetDimension dim, FacetCounts anyTime, CountScope scope)
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
