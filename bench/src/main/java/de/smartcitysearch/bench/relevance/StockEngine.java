package de.smartcitysearch.bench.relevance;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The baseline: what an Elasticsearch {@code german} field or a few lines of stock Lucene give.
 * {@link GermanAnalyzer}, BM25 (Lucene's default similarity), the classic {@link QueryParser} with
 * its default OR over title and text.
 *
 * <p>Its index holds exactly the text the product indexed: the title, teaser and body stored in the
 * product's index, event by event, so both systems rank the same text.
 */
final class StockEngine implements AutoCloseable {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";

  /**
   * What stock reads of a product document: which event it is, and the text the product indexed.
   */
  private static final Set<String> PRODUCT_FIELDS =
      Set.of(
          EventSchema.ID,
          EventSchema.KIND,
          EventSchema.TITLE,
          EventSchema.TEASER,
          EventSchema.BODY);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new GermanAnalyzer();
  private final Map<String, String> titles;

  private StockEngine(Path index, Map<String, String> titles) throws IOException {
    this.directory = FSDirectory.open(index);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.titles = titles;
  }

  /**
   * Indexes every event of the product index at {@code productIndex} into a fresh index at {@code
   * index}, in the order of their ids: the product's indexer writes on several threads, so its
   * document order (which breaks ties between equal scores) changes from run to run, and stock's
   * figures must not.
   */
  static StockEngine build(Path productIndex, Path index) throws IOException {
    SortedMap<String, Document> events = new TreeMap<>();
    try (Directory from = FSDirectory.open(productIndex);
        DirectoryReader product = DirectoryReader.open(from)) {
      for (LeafReaderContext leaf : product.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          Document d = live == null || live.get(doc) ? stored.document(doc, PRODUCT_FIELDS) : null;
          if (d != null && DocumentKind.EVENT.id().equals(d.get(EventSchema.KIND))) {
            events.put(d.get(EventSchema.ID), d);
          }
        }
      }
    }
    Map<String, String> titles = new HashMap<>();
    try (Directory to = FSDirectory.open(index);
        IndexWriter writer =
            new IndexWriter(
                to,
                new IndexWriterConfig(new GermanAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (Map.Entry<String, Document> e : events.entrySet()) {
        Document d = e.getValue();
        titles.put(e.getKey(), value(d, EventSchema.TITLE));
        Document stock = new Document();
        stock.add(new StringField(ID, e.getKey(), Field.Store.YES));
        stock.add(new TextField(TITLE, value(d, EventSchema.TITLE), Field.Store.NO));
        stock.add(
            new TextField(
                TEXT,
                value(d, EventSchema.TEASER) + "\n" + value(d, EventSchema.BODY),
                Field.Store.NO));
        writer.addDocument(stock);
      }
      writer.commit();
    }
    return new StockEngine(index, titles);
  }

  /** How many documents the index holds. */
  int documents() {
    return reader.numDocs();
  }

  /**
   * The title of a document, as the product stored it (for reading failures), or "" for an unknown
   * id.
   */
  String title(String id) {
    return titles.getOrDefault(id, "");
  }

  /** The top {@value Scores#CUTOFF} and the number of matches. */
  Ranking search(String query) throws IOException {
    Query parsed = parse(query);
    TopDocs top = searcher.search(parsed, Scores.CUTOFF);
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      ids.add(stored.document(hit.doc).get(ID));
    }
    return Ranking.of(ids, searcher.count(parsed));
  }

  /**
   * Whether any word of the query, as the stock analyzer reads it, occurs in a title or text of
   * this index.
   */
  boolean sharesWordWithIndex(String query) throws IOException {
    for (String field : List.of(TITLE, TEXT)) {
      try (TokenStream tokens = analyzer.tokenStream(field, query)) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          if (reader.docFreq(new Term(field, term.toString())) > 0) {
            return true;
          }
        }
        tokens.end();
      }
    }
    return false;
  }

  /**
   * The query as a visitor's text: every syntax character escaped, and lower-cased so that words
   * like "OR" or "AND" in a title stay words (the analyzer lower-cases anyway).
   */
  private Query parse(String query) throws IOException {
    QueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer);
    try {
      return parser.parse(QueryParser.escape(query.toLowerCase(Locale.ROOT)));
    } catch (ParseException e) {
      throw new IOException(
          "stock cannot parse the escaped query '" + query + "': " + e.getMessage(), e);
    }
  }

  private static String value(Document d, String field) {
    String v = d.get(field);
    return v == null ? "" : v;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    analyzer.close();
    directory.close();
  }
}
