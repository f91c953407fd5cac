package de.smartcitysearch.search;

import de.smartcitysearch.search.SearchResponse.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.IndexSearcher;

/** What a curator reads, over the whole index and always exact: facet values with their counts, coverage tables. */
final class CuratorQueries {

  private final FacetsConfig config;
  private final ReferenceLists references;

  CuratorQueries(FacetsConfig config, ReferenceLists references) {
    this.config = config;
    this.references = references;
  }

  /** See {@link SearchBackend#facetValues}. */
  List<FacetValue> facetValues(IndexView v, FacetDimension dimension, String prefix, List<String> reference)
      throws IOException {
    Map<String, Long> counts = v.allCounts() == null ? Map.of() : dimension.counts(v.allCounts());
    if (dimension.isMonth() && reference == null) {
      counts = MonthHistogram.continuous(counts, null, null);
    }
    List<String> values = reference != null ? reference : List.copyOf(counts.keySet());
    List<FacetValue> out = new ArrayList<>();
    for (String value : values) {
      if (FacetDimension.hasPrefix(value, prefix)) {
        out.add(v.facetValue(dimension, value, counts.getOrDefault(value, 0L)));
      }
    }
    return out;
  }

  /** See {@link SearchBackend#coverage}: the default rows are the dimension's reference list, or the values present. */
  Coverage coverage(IndexView v, FacetDimension rows, FacetDimension cols, List<String> rowReference)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(v.reader());
    List<String> rowValues = rowReference != null ? rowReference : defaultValues(rows, v);
    List<String> colValues = defaultValues(cols, v);
    List<Coverage.Row> table = new ArrayList<>();
    for (String rowValue : rowValues) {
      List<String[]> paths = rows.paths(rowValue, v);
      if (paths.isEmpty() || v.state() == null) {
        table.add(new Coverage.Row(rowValue, 0, colValues.stream().map(c -> 0L).toList()));
        continue;
      }
      DrillDownQuery q = new DrillDownQuery(config);
      paths.forEach(p -> q.add(rows.indexDim(), p));
      var result = FacetsCollectorManager.search(searcher, q, 1, new FacetsCollectorManager());
      Map<String, Long> counts = cols.counts(new SortedSetDocValuesFacetCounts(v.state(), result.facetsCollector()));
      table.add(new Coverage.Row(rowValue, result.topDocs().totalHits.value(),
          colValues.stream().map(c -> counts.getOrDefault(c, 0L)).toList()));
    }
    return new Coverage(rows.apiName(), cols.apiName(), colValues, List.copyOf(table));
  }

  private List<String> defaultValues(FacetDimension dim, IndexView v) throws IOException {
    if (dim.reference() != null) {
      Optional<List<String>> reference = references.get(dim.reference());
      if (reference.isPresent()) {
        return reference.get();
      }
    }
    Map<String, Long> counts = v.allCounts() == null ? Map.of() : dim.counts(v.allCounts());
    if (dim.isMonth()) {
      counts = MonthHistogram.continuous(counts, null, null);
    }
    return List.copyOf(counts.keySet());
  }
}
