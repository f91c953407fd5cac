package de.smartcitysearch.search;

import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.analysis.Matching;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene queries of a search: the visitor's text through the {@link TextQueryFactory}, the boosts for
 * a recognised place (venue above mention) or date, the date filters and the sort.
 */
final class QueryComposer {

  private static final float VENUE_BOOST = 4f;
  private static final float MENTION_BOOST = 1.5f;
  private static final float DATE_BOOST = 3f;

  private final TextQueryFactory textQueries;
  private final FacetsConfig config;

  QueryComposer(TextQueryFactory textQueries, FacetsConfig config) {
    this.textQueries = textQueries;
    this.config = config;
  }

  /** The text query: the remaining words, and each place or date word as "the word or the thing it names". */
  Query text(UnderstoodQuery u, Matching matching) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean any = false;
    Query rest = u.text().isBlank() ? null : textQueries.create(u.text(), matching);
    if (rest != null) {
      all.add(rest, Occur.MUST);
      any = true;
    }
    Query placeBoost = placeBoost(u);
    for (String word : u.placeWords()) {
      all.add(wordOr(word, placeBoost, matching), Occur.MUST);
      any = true;
    }
    if (!u.dateWords().isEmpty()) {
      Interpretation i = u.interpretation();
      Query dateBoost = new BoostQuery(new ConstantScoreQuery(overlaps(i.from(), i.to())), DATE_BOOST);
      for (String word : u.dateWords()) {
        all.add(wordOr(word, dateBoost, matching), Occur.MUST);
      }
      any = true;
    }
    return any ? all.build() : new MatchAllDocsQuery();
  }

  /** The extra score for the exact spelling of every word typed (places and dates included); null if none. */
  Query exactSpelling(UnderstoodQuery u) {
    List<Query> exact = new ArrayList<>();
    List<String> texts = new ArrayList<>(u.placeWords());
    texts.addAll(u.dateWords());
    if (!u.text().isBlank()) {
      texts.add(u.text());
    }
    for (String text : texts) {
      Query q = textQueries.exactSpelling(text);
      if (q != null) {
        exact.add(q);
      }
    }
    if (exact.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    exact.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /** The word as text, or the place/date it names: either lets a document match, both score. */
  private Query wordOr(String word, Query boost, Matching matching) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(boost, Occur.SHOULD);
    Query asText = textQueries.create(word, matching);
    if (asText != null) {
      b.add(asText, Occur.SHOULD);
    }
    return b.build();
  }

  private Query placeBoost(UnderstoodQuery u) {
    String[] path = u.city() != null ? new String[] {u.city().land(), u.city().name()} : new String[] {u.land()};
    if (u.city() == null && u.land() == null) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(new ConstantScoreQuery(facetTerm(EventSchema.FACET_CITY, path)), VENUE_BOOST),
            Occur.SHOULD)
        .add(new BoostQuery(new ConstantScoreQuery(facetTerm(EventSchema.FACET_MENTIONED_CITY, path)),
            MENTION_BOOST), Occur.SHOULD)
        .build();
  }

  private Query facetTerm(String dim, String... path) {
    return new TermQuery(DrillDownQuery.term(config.getDimConfig(dim).indexFieldName, dim, path));
  }

  static List<Query> dateFilters(SearchRequest r, LocalDate today) {
    List<Query> out = new ArrayList<>();
    if (r.from() != null) {
      out.add(endsOnOrAfter(r.from()));
    }
    if (r.to() != null) {
      out.add(dayRange(EventSchema.START, Long.MIN_VALUE, EventSchema.epochDay(r.to())));
    }
    if (r.when() == SearchRequest.When.UPCOMING) {
      out.add(endsOnOrAfter(today));
    } else if (r.when() == SearchRequest.When.PAST) {
      out.add(dayRange(EventSchema.END, Long.MIN_VALUE, EventSchema.epochDay(today) - 1));
    }
    return out;
  }

  private static Query endsOnOrAfter(LocalDate day) {
    return dayRange(EventSchema.END, EventSchema.epochDay(day), Long.MAX_VALUE);
  }

  /**
   * Days in a range, by points or by doc values, whichever Lucene finds cheaper: when the text query leads and
   * matches few documents, checking their doc values beats collecting every matching point of the index.
   */
  private static Query dayRange(String field, long from, long to) {
    return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, from, to),
        NumericDocValuesField.newSlowRangeQuery(field, from, to));
  }

  private static Query overlaps(LocalDate from, LocalDate to) {
    return new BooleanQuery.Builder()
        .add(endsOnOrAfter(from), Occur.FILTER)
        .add(dayRange(EventSchema.START, Long.MIN_VALUE, EventSchema.epochDay(to)), Occur.FILTER)
        .build();
  }

  static Sort sort(SearchRequest.SortOrder order) {
    return switch (order) {
      case RELEVANCE -> null;
      case DATE -> new Sort(dateField(false), SortField.FIELD_SCORE);
      case DATE_DESC -> new Sort(dateField(true), SortField.FIELD_SCORE);
    };
  }

  private static SortField dateField(boolean reverse) {
    SortField field = new SortField(EventSchema.START, SortField.Type.LONG, reverse);
    field.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE); // undated entries last
    return field;
  }
}
