package de.smartcitysearch.search;

import de.smartcitysearch.analysis.CompoundAwareQueryBuilder;
import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.analysis.QueryWord;
import de.smartcitysearch.analysis.VisitorQuery;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene queries of a search: the {@link MatchPlan} of the visitor's words
 * (compound-aware, through the analysis module's query builder) and of the place or date understood
 * (venue above mention), the date filters and the sort.
 */
public final class QueryComposer {

  /** Field weights: title above teaser above body. */
  static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(EventSchema.TITLE, 3f, EventSchema.TEASER, 2f, EventSchema.BODY, 1f);

  /**
   * Extra weight of the exact-spelling twin fields, so the spelling the visitor typed ranks first.
   */
  static final float EXACT_BOOST = 1.5f;

  private static final float VENUE_BOOST = 4f;
  private static final float MENTION_BOOST = 1.5f;
  private static final float DATE_BOOST = 3f;

  private final CompoundAwareQueryBuilder builder;
  private final FacetsConfig config;

  QueryComposer(GermanAnalysis analysis, FacetsConfig config) {
    this.builder = analysis.queryBuilder(FIELD_WEIGHTS, EXACT_BOOST);
    this.config = config;
  }

  /** The visitor's text taken apart into words, phrases and exclusions. */
  VisitorQuery parse(String text) {
    return builder.parse(text);
  }

  /**
   * The plan of a search for the understood query whose text words are {@code text} (spelling
   * already corrected): each word, the place and the date as things a document has or lacks.
   */
  MatchPlan plan(UnderstoodQuery u, VisitorQuery text) {
    List<QueryWord> fillers = builder.words(builder.parse(String.join(" ", u.fillerWords())));
    QueryWord place = placeConstraint(u);
    Interpretation i = u.interpretation();
    QueryWord date =
        u.dateWords().isEmpty() ? null : dateConstraint(u.dateWords(), i.from(), i.to());
    List<String> typed = new ArrayList<>(text.words());
    typed.addAll(u.placeWords());
    typed.addAll(u.dateWords());
    Query exact = builder.exactSpelling(new VisitorQuery(typed, text.phrases(), List.of()));
    return new MatchPlan(builder.words(text), fillers, place, date, builder.excluded(text), exact);
  }

  /**
   * The date words as a constraint on the days from {@code from} to {@code to}: an event then, or
   * the words.
   */
  QueryWord dateConstraint(List<String> words, LocalDate from, LocalDate to) {
    Query dates = new BoostQuery(new ConstantScoreQuery(overlaps(from, to)), DATE_BOOST);
    return new QueryWord(String.join(" ", words), thingOrItsWords(dates, words));
  }

  private QueryWord placeConstraint(UnderstoodQuery u) {
    if (u.city() == null && u.land() == null) {
      return null;
    }
    String[] path =
        u.city() != null
            ? new String[] {u.city().land(), u.city().name()}
            : new String[] {u.land()};
    Query venueOrMention =
        new BooleanQuery.Builder()
            .add(
                new BoostQuery(
                    new ConstantScoreQuery(facetTerm(FacetField.CITY.fieldName(), path)),
                    VENUE_BOOST),
                Occur.SHOULD)
            .add(
                new BoostQuery(
                    new ConstantScoreQuery(facetTerm(FacetField.MENTIONED_CITY.fieldName(), path)),
                    MENTION_BOOST),
                Occur.SHOULD)
            .build();
    return new QueryWord(
        String.join(" ", u.placeWords()), thingOrItsWords(venueOrMention, u.placeWords()));
  }

  /**
   * The thing a query named (a venue, a date), or the words that named it in the text: either lets
   * a page match.
   */
  private Query thingOrItsWords(Query thing, List<String> words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(thing, Occur.SHOULD);
    Query asText = builder.matching(new VisitorQuery(words, List.of(), List.of()));
    if (!(asText instanceof MatchNoDocsQuery)) {
      b.add(asText, Occur.SHOULD);
    }
    return b.build();
  }

  private Query facetTerm(String dim, String... path) {
    return new TermQuery(DrillDownQuery.term(config.getDimConfig(dim).indexFieldName, dim, path));
  }

  /**
   * The request's date range as filters: events ending on or after {@code from}, starting on or
   * before {@code to} (its {@code when} preset is {@link #when}, a drill-down dimension of its
   * own).
   */
  public static List<Query> dateFilters(SearchRequest r) {
    List<Query> out = new ArrayList<>();
    if (r.from() != null) {
      out.add(endsOnOrAfter(r.from()));
    }
    if (r.to() != null) {
      out.add(dayRange(EventSchema.START, Long.MIN_VALUE, EventSchema.epochDay(r.to())));
    }
    return out;
  }

  /**
   * The events a preset shows on {@code today}: upcoming ones have not ended, past ones ended
   * before it (undated entries are neither).
   */
  public static Query when(SearchRequest.When preset, LocalDate today) {
    long[] ends = presetEnds(preset, today);
    return dayRange(EventSchema.END, ends[0], ends[1]);
  }

  /**
   * The last days (epoch days, both bounds included) of the events a preset shows on {@code today}:
   * the filter of {@link #when}, for counting the presets among matches already found.
   */
  static long[] presetEnds(SearchRequest.When preset, LocalDate today) {
    long day = EventSchema.epochDay(today);
    return switch (preset) {
      case UPCOMING -> new long[] {day, Long.MAX_VALUE};
      case PAST -> new long[] {Long.MIN_VALUE, day - 1};
    };
  }

  private static Query endsOnOrAfter(LocalDate day) {
    return dayRange(EventSchema.END, EventSchema.epochDay(day), Long.MAX_VALUE);
  }

  /**
   * Days in a range, by points or by doc values, whichever Lucene finds cheaper: when the text
   * query leads and matches few documents, checking their doc values beats collecting every
   * matching point of the index.
   */
  private static Query dayRange(String field, long from, long to) {
    return new IndexOrDocValuesQuery(
        LongPoint.newRangeQuery(field, from, to),
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
