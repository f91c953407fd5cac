package de.smartcitysearch.search;

import de.smartcitysearch.index.EventSchema;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * Suggestions as you type: titles, topics, cities and organisations whose words start with what was
 * typed (infix: "digital" finds "Tag der Digitalisierung"), weighted by how many events carry them.
 *
 * <p>When more than one word is typed, the last word is completed and the words before it are kept
 * ("Datenplattform K" -> "Datenplattform Kiel"): the completions are the facet values and title
 * words of the documents that have every word before it, so a completion never leads to a search
 * without hits. They come before the titles and values that contain every typed word.
 */
public final class Suggestions implements Closeable {

  private final AnalyzingInfixSuggester suggester;

  /** Completions come from titles and the values of every dimension a visitor can filter by. */
  private static final List<FacetDimension> SUGGESTED =
      FacetDimension.ALL.stream().filter(FacetDimension::filterable).toList();

  private Suggestions(AnalyzingInfixSuggester suggester) {
    this.suggester = suggester;
  }

  /** Builds the suggester from one reader of the index (done once per refresh, on first use). */
  static Suggestions build(IndexView view) throws IOException {
    List<String> titles = new ArrayList<>();
    IndexReader reader = view.reader();
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      titles.add(stored.document(doc, Set.of(EventSchema.TITLE)).get(EventSchema.TITLE));
    }
    return build(
        titles,
        view.allCounts() == null ? FacetCounts.NONE : LuceneTiers.luceneCounts(view.allCounts()));
  }

  /**
   * Builds the suggester from the titles of every document (each title weighted by how many carry
   * it) and the counts of every value over the whole index.
   */
  public static Suggestions build(List<String> titles, FacetCounts allCounts) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    // titles in their own order, not the index's: equally weighted suggestions come in the same
    // order
    // whatever order the documents lie in (segments, shards)
    for (String title : titles.stream().filter(Objects::nonNull).sorted().toList()) {
      if (title != null && !title.isBlank()) {
        entries.merge("title:" + title, new Entry(title, "title", 1), Entry::plus);
      }
    }
    for (FacetDimension dim : SUGGESTED) {
      for (Map.Entry<String, Long> v : allCounts.counts(dim).entrySet()) {
        entries.put(
            dim.apiName() + ":" + v.getKey(), new Entry(v.getKey(), dim.apiName(), v.getValue()));
      }
    }
    AnalyzingInfixSuggester suggester =
        new AnalyzingInfixSuggester(
            new ByteBuffersDirectory(), new StandardAnalyzer(CharArraySet.EMPTY_SET));
    for (Entry e : entries.values()) {
      suggester.add(new BytesRef(e.text), null, e.weight, new BytesRef(e.kind));
    }
    suggester.refresh();
    return new Suggestions(suggester);
  }

  /**
   * At most {@code max} suggestions, the completions of the last word from what this backend finds
   * for the words before it.
   */
  public List<Suggestion> lookup(String typed, int max, SearchBackend backend) throws IOException {
    return lookup(
        typed,
        max,
        words ->
            backend.search(
                SearchRequest.builder().query(words).size(LastWordCompletion.HEAD_HITS).build()));
  }

  /** What the documents with the words before the last one are: a search for just those words. */
  @FunctionalInterface
  interface HeadSearch {
    SearchResponse search(String words) throws IOException;
  }

  /**
   * At most {@code max} suggestions: completions of the last word first, then titles and values
   * with every word.
   */
  List<Suggestion> lookup(String typed, int max, HeadSearch head) throws IOException {
    if (suggester.getCount() == 0) {
      return List.of();
    }
    Map<String, Suggestion> out = new LinkedHashMap<>();
    for (String completion : LastWordCompletion.complete(typed, max, head)) {
      out.putIfAbsent(
          completion.toLowerCase(Locale.ROOT), new Suggestion(completion, Suggestion.QUERY));
    }
    for (LookupResult r : suggester.lookup(typed, (BooleanQuery) null, max, true, false)) {
      String text = r.key.toString();
      out.putIfAbsent(
          text.toLowerCase(Locale.ROOT), new Suggestion(text, r.payload.utf8ToString()));
    }
    return out.values().stream().limit(max).toList();
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
