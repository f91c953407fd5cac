package de.smartcitysearch.cli;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.index.EventJson;
import de.smartcitysearch.index.EventSchema;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code search}: prints matching events as JSON.
 *
 * <p>A plain query for now: every word must occur in the title, teaser or body (title weighs most).
 * The compound-aware query core of the search issue replaces it; the output shape is {@link EventJson}'s.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search an index and print the hits as JSON (no query: all events by start date).")
final class SearchCommand implements Callable<Integer> {

  private static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(EventSchema.TITLE, 3f, EventSchema.TEASER, 2f, EventSchema.BODY, 1f);

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
  Path index;

  @Option(names = "--type", paramLabel = "event|session",
      description = "Only events or only sessions (default: both for a query, events without one).")
  String type;

  @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits to print (default: ${DEFAULT-VALUE}).")
  int size;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for.")
  List<String> words = new ArrayList<>();

  @Override
  public Integer call() {
    if (size < 0) {
      System.err.println("search: --size must not be negative");
      return 2;
    }
    DocumentKind kind;
    try {
      kind = type == null ? null : DocumentKind.fromId(type);
    } catch (IllegalArgumentException e) {
      System.err.println("search: --type must be event or session, not '" + type + "'");
      return 2;
    }
    String text = String.join(" ", words).strip();
    if (kind == null && text.isEmpty()) {
      kind = DocumentKind.EVENT;
    }
    EventSchema schema = new EventSchema(GermanAnalysis.defaults());
    if (!Files.isDirectory(index)) {
      System.err.println("search: no index at " + index);
      return 2;
    }
    try (Directory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        System.err.println("search: no index at " + index);
        return 2;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        System.out.println(EventJson.toPrettyJson(search(new IndexSearcher(reader), schema, text, kind)));
        return 0;
      }
    } catch (IOException e) {
      System.err.println("search: cannot read the index at " + index + " (" + e.getMessage() + ")");
      return 1;
    }
  }

  private JsonObject search(IndexSearcher searcher, EventSchema schema, String text, DocumentKind kind)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (text.isEmpty()) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      Query words = textQuery(schema, text);
      if (words == null) { // only stop words
        return EventJson.results(0, List.of());
      }
      query.add(words, Occur.MUST);
    }
    if (kind != null) {
      query.add(new TermQuery(new Term(EventSchema.KIND, kind.id())), Occur.FILTER);
    }
    Query built = query.build();
    int total = searcher.count(built);
    TopDocs top = size == 0 ? null
        : text.isEmpty()
            ? searcher.search(built, size, new Sort(startDateAscending(), SortField.FIELD_DOC))
            : searcher.search(built, size);
    List<JsonObject> hits = new ArrayList<>();
    if (top != null) {
      for (ScoreDoc hit : top.scoreDocs) {
        hits.add(EventJson.hit(schema.fromStored(searcher.storedFields().document(hit.doc))));
      }
    }
    return EventJson.results(total, hits);
  }

  /** Each word in at least one text field; a match in the title counts most. */
  private static Query textQuery(EventSchema schema, String text) {
    QueryBuilder builder = new QueryBuilder(schema.analysis().indexAnalyzer());
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    boolean any = false;
    for (String field : EventSchema.TEXT_FIELDS) {
      Query q = builder.createBooleanQuery(field, text, Occur.MUST);
      if (q != null) {
        fields.add(new BoostQuery(q, FIELD_WEIGHTS.get(field)), Occur.SHOULD);
        any = true;
      }
    }
    return any ? fields.build() : null;
  }

  private static SortField startDateAscending() {
    SortField byStart = new SortField(EventSchema.START, SortField.Type.LONG);
    byStart.setMissingValue(Long.MAX_VALUE); // undated events last
    return byStart;
  }
}
