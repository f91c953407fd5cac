package de.smartcitysearch.opensearch.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.opensearch.index.EventIndexMapping;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query core's Lucene queries as OpenSearch query DSL that matches and scores the same in a
 * cluster of {@link EventIndexMapping}: the query core keeps one way of understanding a query (the
 * analysis module's compound-aware builder, the {@code MatchPlan}), and the cluster runs what it
 * built.
 *
 * <p>Each Lucene query becomes the DSL query OpenSearch turns back into that Lucene query: a term
 * stays a {@code term} (the query text was analysed by the same analysis the plugin runs, so the
 * terms are the indexed ones), a phrase of consecutive terms a {@code match_phrase} with the {@code
 * whitespace} analyzer (which gives back exactly those terms at exactly those positions), a boolean
 * a {@code bool} with the same minimum, a boost a {@code boost}. A phrase with a gap (a stop word
 * left out) becomes an ordered {@code span_near} with a {@code span_gap}: it matches the same
 * documents and scores them by span frequency instead of phrase frequency. Facet terms of the
 * Lucene facets field become terms of the keyword fields ({@code city.lvl1 = "Land > Stadt"}), day
 * ranges become date ranges.
 *
 * @throws IllegalArgumentException (from {@link #of}) for a query type it does not know, naming it
 *     (a new kind of query in the core must be added here, not silently dropped)
 */
final class LuceneQueryDsl {

  private static final String FACETS_FIELD =
      EventSchema.facetsConfig().getDimConfig(FacetField.CITY.fieldName()).indexFieldName;

  private LuceneQueryDsl() {}

  /** The DSL of this query. */
  static JsonObject of(Query query) {
    if (query instanceof BooleanQuery b) {
      return bool(b);
    }
    if (query instanceof TermQuery t) {
      return term(t.getTerm());
    }
    if (query instanceof BoostQuery b) {
      JsonObject bool = new JsonObject();
      bool.add("must", array(of(b.getQuery())));
      bool.addProperty("boost", b.getBoost());
      return wrap("bool", bool);
    }
    if (query instanceof ConstantScoreQuery c) {
      JsonObject cs = new JsonObject();
      cs.add("filter", of(c.getQuery()));
      return wrap("constant_score", cs);
    }
    if (query instanceof PhraseQuery p) {
      return phrase(p);
    }
    if (query instanceof SpanQuery s) {
      return span(s);
    }
    if (query instanceof MatchAllDocsQuery) {
      return wrap("match_all", new JsonObject());
    }
    if (query instanceof MatchNoDocsQuery) {
      return wrap("match_none", new JsonObject());
    }
    if (query instanceof IndexOrDocValuesQuery q) {
      return of(q.getIndexQuery());
    }
    if (query instanceof PointRangeQuery r) {
      return dayRange(r);
    }
    throw new IllegalArgumentException(
        "no OpenSearch query for " + query.getClass().getSimpleName() + ": " + query);
  }

  /** Matches the given documents by their {@code _id}. */
  static JsonObject ids(List<String> ids) {
    JsonObject values = new JsonObject();
    JsonArray list = new JsonArray();
    ids.forEach(list::add);
    values.add("values", list);
    return wrap("ids", values);
  }

  /** A keyword term. */
  static JsonObject term(String field, String value) {
    JsonObject t = new JsonObject();
    t.addProperty(field, value);
    return wrap("term", t);
  }

  /** Documents ending on or after this day (the upcoming ones, for today). */
  static JsonObject endsOnOrAfter(LocalDate day) {
    JsonObject range = new JsonObject();
    range.addProperty("gte", day.toString());
    JsonObject field = new JsonObject();
    field.add(EventSchema.END, range);
    return wrap("range", field);
  }

  static JsonObject wrap(String name, JsonObject body) {
    JsonObject out = new JsonObject();
    out.add(name, body);
    return out;
  }

  static JsonArray array(JsonObject... items) {
    JsonArray out = new JsonArray();
    Arrays.stream(items).forEach(out::add);
    return out;
  }

  private static JsonObject bool(BooleanQuery b) {
    JsonObject bool = new JsonObject();
    int should = 0;
    boolean required = false;
    for (BooleanClause c : b.clauses()) {
      String occur =
          switch (c.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case FILTER -> "filter";
            case MUST_NOT -> "must_not";
          };
      if (!bool.has(occur)) {
        bool.add(occur, new JsonArray());
      }
      bool.getAsJsonArray(occur).add(of(c.query()));
      should += c.occur() == BooleanClause.Occur.SHOULD ? 1 : 0;
      required |= c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER;
    }
    if (should > 0) {
      // Lucene: with nothing required, one optional clause must match; OpenSearch's default is the
      // same, but stated here rather than relied on
      int minimum =
          b.getMinimumNumberShouldMatch() > 0 ? b.getMinimumNumberShouldMatch() : required ? 0 : 1;
      bool.addProperty("minimum_should_match", minimum);
    }
    if (b.clauses().isEmpty()) {
      return wrap("match_none", new JsonObject());
    }
    return wrap("bool", bool);
  }

  /** A term of a text or keyword field, or of the Lucene facets field (a path of a dimension). */
  private static JsonObject term(Term t) {
    if (!t.field().equals(FACETS_FIELD)) {
      return term(t.field(), t.text());
    }
    String[] path = FacetsConfig.stringToPath(t.text());
    String dim = path[0];
    if (path.length == 2) {
      return term(dim, path[1]);
    }
    String field = dim + "." + EventIndexMapping.level(path.length - 2);
    return term(
        field,
        String.join(EventIndexMapping.LEVEL_SEPARATOR, Arrays.copyOfRange(path, 1, path.length)));
  }

  private static JsonObject phrase(PhraseQuery p) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    if (terms.length == 0) {
      return wrap("match_none", new JsonObject());
    }
    String field = terms[0].field();
    boolean consecutive = true;
    for (int i = 1; i < positions.length; i++) {
      consecutive &= positions[i] == positions[i - 1] + 1;
    }
    if (consecutive) {
      JsonObject match = new JsonObject();
      match.addProperty("query", String.join(" ", Arrays.stream(terms).map(Term::text).toList()));
      match.addProperty("analyzer", "whitespace");
      match.addProperty("slop", p.getSlop());
      JsonObject onField = new JsonObject();
      onField.add(field, match);
      return wrap("match_phrase", onField);
    }
    JsonArray clauses = new JsonArray();
    for (int i = 0; i < terms.length; i++) {
      if (i > 0 && positions[i] > positions[i - 1] + 1) {
        JsonObject gap = new JsonObject();
        gap.addProperty(field, positions[i] - positions[i - 1] - 1);
        clauses.add(wrap("span_gap", gap));
      }
      clauses.add(spanTerm(terms[i]));
    }
    JsonObject near = new JsonObject();
    near.add("clauses", clauses);
    near.addProperty("slop", p.getSlop());
    near.addProperty("in_order", true);
    return wrap("span_near", near);
  }

  private static JsonObject span(SpanQuery s) {
    if (s instanceof SpanTermQuery t) {
      return spanTerm(t.getTerm());
    }
    if (s instanceof SpanOrQuery o) {
      JsonArray clauses = new JsonArray();
      for (SpanQuery c : o.getClauses()) {
        clauses.add(span(c));
      }
      JsonObject or = new JsonObject();
      or.add("clauses", clauses);
      return wrap("span_or", or);
    }
    if (s instanceof SpanNearQuery n) {
      JsonArray clauses = new JsonArray();
      for (SpanQuery c : n.getClauses()) {
        clauses.add(span(c));
      }
      JsonObject near = new JsonObject();
      near.add("clauses", clauses);
      near.addProperty("slop", n.getSlop());
      near.addProperty("in_order", n.isInOrder());
      return wrap("span_near", near);
    }
    throw new IllegalArgumentException(
        "no OpenSearch query for " + s.getClass().getSimpleName() + ": " + s);
  }

  private static JsonObject spanTerm(Term t) {
    JsonObject term = new JsonObject();
    term.addProperty(t.field(), t.text());
    return wrap("span_term", term);
  }

  /** A range of epoch days on a date field, as the schema indexes start and end. */
  private static JsonObject dayRange(PointRangeQuery r) {
    long from = LongPoint.decodeDimension(r.getLowerPoint(), 0);
    long to = LongPoint.decodeDimension(r.getUpperPoint(), 0);
    JsonObject range = new JsonObject();
    if (from != Long.MIN_VALUE) {
      range.addProperty("gte", LocalDate.ofEpochDay(from).toString());
    }
    if (to != Long.MAX_VALUE) {
      range.addProperty("lte", LocalDate.ofEpochDay(to).toString());
    }
    JsonObject field = new JsonObject();
    field.add(r.getField(), range);
    return wrap("range", field);
  }
}
