package de.smartcitysearch.search;

import de.smartcitysearch.index.EventSchema;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Suggestions as you type: titles, topics, cities and organisations whose words start with what was typed
 * (infix: "digital" finds "Tag der Digitalisierung"), weighted by how many events carry them.
 */
final class Suggestions implements Closeable {

  private final AnalyzingInfixSuggester suggester;

  /** Completions come from titles and the values of every dimension a visitor can filter by. */
  private static final List<FacetDimension> SUGGESTED =
      FacetDimension.ALL.stream().filter(FacetDimension::filterable).toList();

  private Suggestions(AnalyzingInfixSuggester suggester) {
    this.suggester = suggester;
  }

  /** Builds the suggester from one reader of the index (done once per refresh, on first use). */
  static Suggestions build(IndexView view) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    IndexReader reader = view.reader();
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      String title = stored.document(doc, Set.of(EventSchema.TITLE)).get(EventSchema.TITLE);
      if (title != null && !title.isBlank()) {
        entries.merge("title:" + title, new Entry(title, "title", 1), Entry::plus);
      }
    }
    if (view.allCounts() != null) {
      for (FacetDimension dim : SUGGESTED) {
        for (Map.Entry<String, Long> v : dim.counts(view.allCounts()).entrySet()) {
          entries.put(dim.apiName() + ":" + v.getKey(), new Entry(v.getKey(), dim.apiName(), v.getValue()));
        }
      }
    }
    AnalyzingInfixSuggester suggester =
        new AnalyzingInfixSuggester(new ByteBuffersDirectory(), new StandardAnalyzer(CharArraySet.EMPTY_SET));
    for (Entry e : entries.values()) {
      suggester.add(new BytesRef(e.text), null, e.weight, new BytesRef(e.kind));
    }
    suggester.refresh();
    return new Suggestions(suggester);
  }

  List<Suggestion> lookup(String typed, int max) throws IOException {
    if (suggester.getCount() == 0) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    for (LookupResult r : suggester.lookup(typed, (BooleanQuery) null, max, true, false)) {
      out.add(new Suggestion(r.key.toString(), r.payload.utf8ToString()));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    suggester.close();
  }

  private record Entry(String text, String kind, long weight) {
    Entry plus(Entry other) {
      return new Entry(text, kind, weight + other.weight);
    }
  }
}
