package de.smartcitysearch.analysis;

/** Placeholder while the query builder is written. */
public final class CompoundAwareQueryBuilder {
  CompoundAwareQueryBuilder(GermanAnalysis analysis, java.util.Map<String, Float> weights, float exactBoost) {}
}
