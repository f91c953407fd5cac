package de.smartcitysearch.search;

import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted titles and snippets: matched words in {@code <mark>}, everything else HTML-escaped, so a page's
 * own markup can never reach the result page as markup. Uses the offsets stored in the postings.
 */
final class Snippets {

  static final String MARK_OPEN = "<mark>";
  static final String MARK_CLOSE = "</mark>";
  private static final int SNIPPET_PASSAGES = 2;
  /** Passages are cut at the word boundary closest to this many characters. */
  private static final int PASSAGE_LENGTH = 160;
  private static final float MATCH_IN_THE_MIDDLE = 0.5f;

  private Snippets() {}

  /** Per doc id: the highlighted title and body snippet (teaser when the body has none). */
  static Highlighted highlight(IndexSearcher searcher, Analyzer analyzer, Query textQuery, int[] docIds)
      throws IOException {
    UnifiedHighlighter titles = builder(searcher, analyzer).withBreakIterator(WholeBreakIterator::new).build();
    UnifiedHighlighter bodies = builder(searcher, analyzer).withBreakIterator(() ->
        // word boundaries, not sentences: extracted pages often run on for pages without a full stop
        LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.GERMAN),
            PASSAGE_LENGTH, MATCH_IN_THE_MIDDLE)).build();
    String[] fields = {EventSchema.TITLE};
    Map<String, String[]> title = titles.highlightFields(fields, textQuery, docIds, new int[] {1});
    String[] snippets = bodies.highlightFields(
        new String[] {EventSchema.BODY}, textQuery, docIds, new int[] {SNIPPET_PASSAGES}).get(EventSchema.BODY);
    // the teaser only for hits without a body snippet: an index without any teaser (JSON Lines input) has no
    // offsets for it, and the highlighter would re-analyse every hit's teaser with the full analysis chain
    int[] withoutBody = IntStream.range(0, docIds.length).filter(i -> snippets[i] == null).toArray();
    if (withoutBody.length > 0) {
      int[] ids = Arrays.stream(withoutBody).map(i -> docIds[i]).toArray();
      String[] teasers = bodies.highlightFields(
          new String[] {EventSchema.TEASER}, textQuery, ids, new int[] {SNIPPET_PASSAGES}).get(EventSchema.TEASER);
      for (int j = 0; j < withoutBody.length; j++) {
        snippets[withoutBody[j]] = teasers[j];
      }
    }
    return new Highlighted(title.get(EventSchema.TITLE), snippets);
  }

  private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, " … ", true))
        .withMaxNoHighlightPassages(1);
  }

  /** Highlighted titles and snippets, in the order of the doc ids asked for (null where a field is empty). */
  record Highlighted(String[] titles, String[] snippets) {}
}
