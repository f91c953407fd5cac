package de.smartcitysearch.bench.query;

import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.search.FacetDimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The baseline of the query benchmark: what a search engineer would build with stock Lucene.
 * Lucene's {@link GermanAnalyzer} and the classic {@link QueryParser} (every word required, in any
 * of title, teaser, body with the product's field weights) over the baseline index, drill-sideways
 * counts of all facet dimensions from the same sorted-set doc values state (built once), the month
 * histogram, the exact total, top 10 with stored fields and {@link UnifiedHighlighter} snippets of
 * title and body.
 */
public final class BaselineSearch implements AutoCloseable {

  private static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(EventSchema.TITLE, 3f, EventSchema.TEASER, 2f, EventSchema.BODY, 1f);
  private static final int TOP = 10;
  private static final int BODY_PASSAGES = 2;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final FacetsConfig config = EventSchema.facetsConfig();
  private final Analyzer analyzer = new GermanAnalyzer();
  private final UnifiedHighlighter highlighter;

  /** What one baseline search returns (so that nothing of the work is dead code). */
  public record Result(
      long total,
      List<String> titles,
      List<String> snippets,
      Map<String, Map<String, Long>> facets) {}

  private BaselineSearch(Path index) throws IOException {
    directory = new MMapDirectory(index);
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    state = new DefaultSortedSetDocValuesReaderState(reader, config);
    highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
  }

  /** Opens the baseline index read-only with memory mapping. */
  public static BaselineSearch open(Path index) throws IOException {
    return new BaselineSearch(index);
  }

  /** Runs one visitor query. */
  public Result search(VisitorQuery visitor) throws IOException {
    Query text = parse(visitor.text());
    DrillDownQuery ddq = new DrillDownQuery(config, text);
    if (visitor.city() != null) {
      ddq.add(FacetField.CITY.fieldName(), visitor.land(), visitor.city());
    }
    if (visitor.topic() != null) {
      ddq.add(FacetField.TOPIC.fieldName(), visitor.topic());
    }
    DrillSideways.DrillSidewaysResult result =
        new DrillSideways(searcher, config, state).search((ScoreDoc) null, ddq, TOP);
    TopDocs top = result.hits;
    long total =
        top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
            ? top.totalHits.value()
            : searcher.count(ddq);
    Map<String, Map<String, Long>> facets = new java.util.LinkedHashMap<>();
    for (FacetDimension dim : FacetDimension.ALL) {
      facets.put(dim.apiName(), dim.counts(result.facets));
    }
    Map<String, String[]> marked =
        highlighter.highlightFields(
            new String[] {EventSchema.TITLE, EventSchema.BODY},
            text,
            top,
            new int[] {1, BODY_PASSAGES});
    StoredFields stored = searcher.storedFields();
    List<String> titles = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      Document doc = stored.document(top.scoreDocs[i].doc);
      String title = marked.get(EventSchema.TITLE)[i];
      titles.add(title != null ? title : doc.get(EventSchema.TITLE));
    }
    return new Result(total, titles, List.of(marked.get(EventSchema.BODY)), facets);
  }

  private Query parse(String text) throws IOException {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            EventSchema.TEXT_FIELDS.toArray(String[]::new), analyzer, FIELD_WEIGHTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IOException("baseline cannot parse " + text + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
