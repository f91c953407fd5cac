package de.smartcitysearch.search;

import java.io.IOException;
import java.util.Map;

/** The facet counts of a set of hits, per dimension, as an engine counted them. */
@FunctionalInterface
public interface FacetCounts {

  /** Counts of nothing: every dimension empty. */
  FacetCounts NONE = dimension -> Map.of();

  /**
   * Every value of the dimension with its count, most frequent first, ties by value ({@link
   * FacetDimension#ordered}); months as "2026-04".
   */
  Map<String, Long> counts(FacetDimension dimension) throws IOException;
}
