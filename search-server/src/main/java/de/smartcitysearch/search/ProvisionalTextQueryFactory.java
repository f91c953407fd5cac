package de.smartcitysearch.search;

import de.smartcitysearch.index.EventSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * PROVISIONAL text matching until the analysis module's compound-aware query builder is wired in: every word
 * (or "quoted phrase") must occur in one of the text fields, {@code -word} excludes, the exact twins are boosted.
 *
 * <p>It knows no synonyms or acronyms and does not treat compounds specially beyond what the index analyzer
 * does; it exists so the query core can be built and tested against the real index meanwhile.
 */
public final class ProvisionalTextQueryFactory implements TextQueryFactory {

  /** Field weights: title above teaser above body. */
  public static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(EventSchema.TITLE, 3f, EventSchema.TEASER, 2f, EventSchema.BODY, 1f);
  /** Extra weight of the exact-spelling twin fields. */
  public static final float EXACT_BOOST = 1.5f;

  private static final Pattern CHUNK = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)(\\S+)");
  private static final int FUZZY_MIN_LENGTH = 5;

  private final QueryBuilder main;
  private final QueryBuilder exact;

  public ProvisionalTextQueryFactory(EventSchema schema) {
    this.main = new QueryBuilder(schema.analysis().indexAnalyzer());
    Analyzer exactAnalyzer = schema.analysis().exactAnalyzer();
    this.exact = new QueryBuilder(exactAnalyzer);
  }

  @Override
  public Query create(String text, Matching matching) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean positive = false;
    boolean any = false;
    Matcher m = CHUNK.matcher(text);
    while (m.find()) {
      boolean phrase = m.group(2) != null;
      boolean negated = phrase ? !m.group(1).isEmpty() : !m.group(3).isEmpty();
      String words = phrase ? m.group(2) : m.group(4);
      Query q = chunk(words, phrase, matching == Matching.FUZZY && !negated && !phrase);
      if (q == null) {
        continue;
      }
      any = true;
      positive |= !negated;
      all.add(q, negated ? Occur.MUST_NOT : Occur.MUST);
    }
    if (!any) {
      return null;
    }
    if (!positive) {
      all.add(new MatchAllDocsQuery(), Occur.MUST); // "-Workshop" alone means: everything but workshops
    }
    return all.build();
  }

  private Query chunk(String words, boolean phrase, boolean fuzzy) {
    List<Query> perField = new ArrayList<>();
    for (String field : EventSchema.TEXT_FIELDS) {
      float weight = FIELD_WEIGHTS.get(field);
      add(perField, phrase ? main.createPhraseQuery(field, words) : main.createBooleanQuery(field, words, Occur.MUST),
          weight);
      String exactField = field + EventSchema.EXACT_SUFFIX;
      Query exactQuery =
          phrase ? exact.createPhraseQuery(exactField, words) : exact.createBooleanQuery(exactField, words, Occur.MUST);
      add(perField, exactQuery, weight * EXACT_BOOST);
      if (fuzzy && exactQuery instanceof TermQuery tq && tq.getTerm().text().length() >= FUZZY_MIN_LENGTH) {
        add(perField, new FuzzyQuery(new Term(field, tq.getTerm().text())), weight * 0.5f);
      }
    }
    if (perField.isEmpty()) {
      return null; // only stop words or punctuation
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    perField.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  private static void add(List<Query> out, Query q, float weight) {
    if (q != null) {
      out.add(new BoostQuery(q, weight));
    }
  }
}
