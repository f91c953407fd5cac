package de.smartcitysearch.search;

import de.smartcitysearch.analysis.QueryWord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The queries of one search from strict to loose: every word and every understood constraint; every
 * word with the constraints only preferred; and graded, ranked by how many of the words and
 * constraints a document has.
 *
 * <p>The words are what a document must have: the visitor's words and phrases (after spelling
 * correction). The constraints are what the query core understood: a place (its venue or its name
 * in the text) and a date (the event's dates or the date words in the text). Question and request
 * words ("Wann", "gibt es") are used only when nothing else is left to search for.
 *
 * @param words the visitor's words and phrases, each required in the strict tier
 * @param fillers the words of asking, searched for only as a last resort
 * @param place the place named, or null
 * @param date the date named, or null
 * @param excluded what the visitor excluded with a minus, or null
 * @param exactSpelling the extra score for the exact spelling of everything typed, or null
 */
public record MatchPlan(
    List<QueryWord> words,
    List<QueryWord> fillers,
    QueryWord place,
    QueryWord date,
    Query excluded,
    Query exactSpelling) {

  public MatchPlan {
    words = List.copyOf(words);
    fillers = List.copyOf(fillers);
  }

  /** This plan with another date constraint (a month moved to another year). */
  MatchPlan withDate(QueryWord otherDate) {
    return new MatchPlan(words, fillers, place, otherDate, excluded, exactSpelling);
  }

  /** This plan without its date constraint. */
  MatchPlan withoutDate() {
    return withDate(null);
  }

  /** The words and constraints a document can have or lack, in the order they count. */
  public List<QueryWord> units(boolean withFillers) {
    List<QueryWord> out = new ArrayList<>(words);
    if (place != null) {
      out.add(place);
    }
    if (date != null) {
      out.add(date);
    }
    if (withFillers || out.isEmpty()) {
      out.addAll(fillers);
    }
    return out;
  }

  /** True when there is something the strict tier requires. */
  boolean hasUnits() {
    return !units(false).isEmpty();
  }

  /**
   * True when the plan has words as well as a constraint, so the constraints can be relaxed to
   * preferences.
   */
  boolean hasRelaxableConstraints() {
    return !words.isEmpty() && (place != null || date != null);
  }

  /**
   * Every word and every constraint; everything (minus the exclusions) when nothing was asked for.
   */
  Query strict() {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<QueryWord> units = units(false);
    if (units.isEmpty()) {
      all.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
    }
    units.forEach(u -> all.add(u.query(), Occur.MUST));
    return withoutExcluded(all);
  }

  /** Every word; the place and date only add to the score. */
  Query everyWord() {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    words.forEach(w -> all.add(w.query(), Occur.MUST));
    for (QueryWord constraint : new QueryWord[] {place, date}) {
      if (constraint != null) {
        all.add(constraint.query(), Occur.SHOULD);
      }
    }
    return withoutExcluded(all);
  }

  /**
   * From this many words and constraints on, a query is long: pages that lack some of them may
   * answer it too.
   */
  public static final int LONG_QUERY = 4;

  /**
   * How many of {@code n} words and constraints a document needs to follow hits that have all of
   * them: all of them for a short query, which stays precise; one for a long query or a question,
   * which the page that answers it rarely matches word for word (ranked by how many it has, so the
   * closest come first).
   */
  static int appendedMinimum(int n) {
    return n >= LONG_QUERY ? 1 : n;
  }

  /**
   * Documents with at least {@code minimum} of the words and constraints; one with more of them
   * scores higher than every document with fewer ({@link CountedScore}), each word's text score
   * multiplied by {@code factor}.
   */
  Query graded(DoubleValuesSource factor, boolean withFillers, int minimum) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    CountedScore counted = new CountedScore(factor);
    for (QueryWord u : units(withFillers)) {
      any.add(new FunctionScoreQuery(u.query(), counted), Occur.SHOULD);
    }
    any.setMinimumNumberShouldMatch(minimum);
    return excluded == null
        ? any.build()
        : new BooleanQuery.Builder()
            .add(any.build(), Occur.MUST)
            .add(excluded, Occur.MUST_NOT)
            .build();
  }

  /** Documents with at least {@code n} of the words and constraints, scored by their text. */
  Query atLeast(int n, boolean withFillers) {
    BooleanQuery.Builder some = new BooleanQuery.Builder();
    units(withFillers).forEach(u -> some.add(u.query(), Occur.SHOULD));
    some.setMinimumNumberShouldMatch(n);
    return withoutExcluded(some);
  }

  /**
   * For each document (ids of the searcher's reader, each once, in any order), the words and
   * constraints of {@code units} it lacks, as typed.
   */
  static List<List<String>> missing(IndexSearcher searcher, List<QueryWord> units, int[] docs)
      throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      out.add(new ArrayList<>());
    }
    Integer[] byDoc = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i]));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (QueryWord unit : units) {
      Weight weight =
          searcher.createWeight(searcher.rewrite(unit.query()), ScoreMode.COMPLETE_NO_SCORES, 1);
      LeafReaderContext leaf = null;
      DocIdSetIterator approximation = null;
      TwoPhaseIterator twoPhase = null;
      for (int i : byDoc) {
        LeafReaderContext at = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
        if (at != leaf) { // documents in order: one scorer per segment, advanced from document to
          // document
          leaf = at;
          Scorer scorer = weight.scorer(leaf);
          twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
          approximation =
              scorer == null
                  ? null
                  : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        }
        int target = docs[i] - leaf.docBase;
        int current = approximation == null ? DocIdSetIterator.NO_MORE_DOCS : approximation.docID();
        if (current < target) {
          current = approximation.advance(target);
        }
        if (current != target || (twoPhase != null && !twoPhase.matches())) {
          out.get(i).add(unit.text());
        }
      }
    }
    return out.stream().map(List::copyOf).toList();
  }

  private Query withoutExcluded(BooleanQuery.Builder query) {
    if (excluded != null) {
      query.add(excluded, Occur.MUST_NOT);
    }
    return query.build();
  }
}
