package de.smartcitysearch.search;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted titles and snippets: matched words in {@code <mark>}, everything else HTML-escaped,
 * so a page's own markup can never reach the result page as markup. Uses the offsets stored in the
 * postings.
 */
public final class Snippets {

  static final String MARK_OPEN = "<mark>";
  static final String MARK_CLOSE = "</mark>";
  private static final int SNIPPET_PASSAGES = 2;

  /** Passages are cut at the word boundary closest to this many characters. */
  private static final int PASSAGE_LENGTH = 160;

  private static final float MATCH_IN_THE_MIDDLE = 0.5f;

  private Snippets() {}

  /**
   * Per hit: the highlighted title and body snippet (teaser when the body has none).
   *
   * @param docIds the hits' doc ids
   * @param hits the hits' stored documents, in the order of {@code docIds}: the text is taken from
   *     them instead of being read from the index again
   */
  static Highlighted highlight(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query textQuery,
      int[] docIds,
      List<EventDocument> hits)
      throws IOException {
    String[] titles =
        highlight(
            searcher,
            analyzer,
            EventSchema.TITLE,
            textQuery,
            docIds,
            hits,
            WholeBreakIterator::new,
            1);
    Supplier<BreakIterator> passages = Snippets::passages;
    String[] snippets =
        highlight(
            searcher,
            analyzer,
            EventSchema.BODY,
            textQuery,
            docIds,
            hits,
            passages,
            SNIPPET_PASSAGES);
    int[] withoutBody =
        IntStream.range(0, docIds.length).filter(i -> snippets[i] == null).toArray();
    if (withoutBody.length > 0) {
      String[] teasers =
          highlight(
              searcher,
              analyzer,
              EventSchema.TEASER,
              textQuery,
              Arrays.stream(withoutBody).map(i -> docIds[i]).toArray(),
              Arrays.stream(withoutBody).mapToObj(hits::get).toList(),
              passages,
              SNIPPET_PASSAGES);
      for (int j = 0; j < withoutBody.length; j++) {
        snippets[withoutBody[j]] = teasers[j];
      }
    }
    return new Highlighted(titles, snippets);
  }

  /**
   * The same highlighting for documents that come with their text but not from this process's index
   * (a cluster's hits): the text is analysed with the index analyzer instead of reading the offsets
   * from the postings, which gives the same terms and offsets.
   */
  static Highlighted highlight(Analyzer analyzer, Query textQuery, List<EventDocument> hits) {
    int n = hits.size();
    String[] titles = new String[n];
    String[] snippets = new String[n];
    UnifiedHighlighter title = analysing(analyzer, WholeBreakIterator::new, true);
    UnifiedHighlighter text = analysing(analyzer, Snippets::passages, false);
    Query inTitle = matchesIn(EventSchema.TITLE, textQuery);
    Query inBody = matchesIn(EventSchema.BODY, textQuery);
    Query inTeaser = matchesIn(EventSchema.TEASER, textQuery);
    for (int i = 0; i < n; i++) {
      EventDocument e = hits.get(i);
      titles[i] = marked(title, EventSchema.TITLE, inTitle, e.title(), 1);
      snippets[i] = marked(text, EventSchema.BODY, inBody, e.body(), SNIPPET_PASSAGES);
      if (snippets[i] == null) {
        snippets[i] = marked(text, EventSchema.TEASER, inTeaser, e.teaser(), SNIPPET_PASSAGES);
      }
    }
    return new Highlighted(titles, snippets);
  }

  private static UnifiedHighlighter analysing(
      Analyzer analyzer, Supplier<BreakIterator> breaks, boolean isTitle) {
    return UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withBreakIterator(breaks)
        .withFormatter(
            isTitle
                ? new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, " … ", true)
                : new PassagesFromAWord())
        .withMaxNoHighlightPassages(1)
        .build();
  }

  private static String marked(
      UnifiedHighlighter highlighter, String field, Query query, String text, int passages) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      Object marked = highlighter.highlightWithoutSearcher(field, query, text, passages);
      return marked == null ? null : marked.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // analysing a string in memory
    }
  }

  /** Word boundaries, not sentences: extracted pages often run on for pages without a full stop. */
  private static BreakIterator passages() {
    return LengthGoalBreakIterator.createClosestToLength(
        BreakIterator.getWordInstance(Locale.GERMAN), PASSAGE_LENGTH, MATCH_IN_THE_MIDDLE);
  }

  private static String[] highlight(
      IndexSearcher searcher,
      Analyzer analyzer,
      String field,
      Query textQuery,
      int[] docIds,
      List<EventDocument> hits,
      Supplier<BreakIterator> breaks,
      int passages)
      throws IOException {
    StoredTextHighlighter highlighter =
        new StoredTextHighlighter(searcher, analyzer, field, docIds, hits);
    highlighter.setBreakIterator(breaks);
    highlighter.setFormatter(
        field.equals(EventSchema.TITLE)
            ? new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, " … ", true)
            : new PassagesFromAWord());
    highlighter.setMaxNoHighlightPassages(1);
    return highlighter
        .highlightFields(
            new String[] {field}, matchesIn(field, textQuery), docIds, new int[] {passages})
        .get(field);
  }

  /**
   * The parts of the search query that match words of one field, as alternatives. The search query
   * also has clauses on the other fields, the exact-spelling twins, places and dates; the
   * highlighter would evaluate every one of them for every hit and field only to throw away what is
   * not in the field. Excluded words are left out, as the highlighter would leave them out.
   */
  static Query matchesIn(String field, Query query) {
    Set<Query> leaves = new LinkedHashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            if (terms.length > 0 && Arrays.stream(terms).allMatch(t -> t.field().equals(field))) {
              leaves.add(leaf);
            }
          }
        });
    if (leaves.isEmpty()) {
      return new MatchNoDocsQuery("no words of " + field + " in the query");
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    leaves.stream().limit(IndexSearcher.getMaxClauseCount()).forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /**
   * Passages marked and joined with " … ", each starting at a word: a passage cut at a word
   * boundary can begin with the punctuation or space after the word before it (". Kooperation als
   * …").
   */
  static final class PassagesFromAWord extends DefaultPassageFormatter {
    /** What ends the word before a passage; opening quotes and brackets belong to the passage. */
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}»…–";

    PassagesFromAWord() {
      super(MARK_OPEN, MARK_CLOSE, " … ", true);
    }

    @Override
    public String format(Passage[] passages, String content) {
      for (Passage passage : passages) {
        int limit =
            passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : passage.getEndOffset();
        int start = passage.getStartOffset();
        while (start < limit
            && (Character.isWhitespace(content.charAt(start))
                || TRAILING_PUNCTUATION.indexOf(content.charAt(start)) >= 0)) {
          start++;
        }
        passage.setStartOffset(start);
      }
      return super.format(passages, content);
    }
  }

  /** A highlighter of one field that takes the field's text from documents already read. */
  private static final class StoredTextHighlighter extends UnifiedHighlighter {
    private final String field;
    private final int[] docIds;
    private final List<EventDocument> hits;

    StoredTextHighlighter(
        IndexSearcher searcher,
        Analyzer analyzer,
        String field,
        int[] docIds,
        List<EventDocument> hits) {
      super(searcher, analyzer);
      this.field = field;
      this.docIds = docIds;
      this.hits = hits;
    }

    /**
     * The schema indexes every text field with offsets in the postings; asking the index would
     * merge the field infos of all segments for every new highlighter (13 % of a search on the seed
     * pages).
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        values.add(new CharSequence[] {text(hits.get(indexOf(doc)))});
      }
      return values;
    }

    private int indexOf(int doc) {
      for (int i = 0; i < docIds.length; i++) {
        if (docIds[i] == doc) {
          return i;
        }
      }
      throw new IllegalStateException("doc " + doc + " was not asked for");
    }

    private String text(EventDocument e) {
      String text =
          switch (field) {
            case EventSchema.TITLE -> e.title();
            case EventSchema.TEASER -> e.teaser();
            case EventSchema.BODY -> e.body();
            default -> throw new IllegalStateException("not a text field: " + field);
          };
      return text == null ? "" : text;
    }
  }

  /**
   * Highlighted titles and snippets, in the order of the doc ids asked for (null where a field is
   * empty).
   */
  public record Highlighted(String[] titles, String[] snippets) {}
}
