package de.smartcitysearch.search;

import de.smartcitysearch.analysis.CompoundAwareQueryBuilder;
import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.analysis.Matching;
import de.smartcitysearch.index.EventSchema;
import java.util.Map;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Visitor text as a query over the event fields, through the analysis module's compound-aware query builder
 * (compounds as themselves or their parts near each other, synonyms and acronyms, exact spelling boosted).
 */
public final class CompoundAwareTextQueries implements TextQueryFactory {

  /** Field weights: title above teaser above body. */
  public static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(EventSchema.TITLE, 3f, EventSchema.TEASER, 2f, EventSchema.BODY, 1f);
  /** Extra weight of the exact-spelling twin fields, so the spelling the visitor typed ranks first. */
  public static final float EXACT_BOOST = 1.5f;

  private final CompoundAwareQueryBuilder builder;

  public CompoundAwareTextQueries(GermanAnalysis analysis) {
    this.builder = analysis.queryBuilder(FIELD_WEIGHTS, EXACT_BOOST);
  }

  @Override
  public Query create(String text, Matching matching) {
    Query query = builder.matching(builder.parse(text), matching);
    return query instanceof MatchNoDocsQuery ? null : query;
  }

  @Override
  public Query exactSpelling(String text) {
    return builder.exactSpelling(builder.parse(text));
  }
}
