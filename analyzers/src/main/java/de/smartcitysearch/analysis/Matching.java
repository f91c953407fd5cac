package de.smartcitysearch.analysis;

/** How strictly the words of a visitor's query must match (see {@link CompoundAwareQueryBuilder}). */
public enum Matching {
  /** Every word and phrase must match (the normal search). */
  ALL,
  /**
   * The fallback when ALL finds nothing: most words must match, i.e. at least
   * {@code max(1, floor(0.75 * n))} of the {@code n} words and phrases (1 of 2, 2 of 3, 3 of 4, 3 of 5).
   */
  MOST,
  /** Like ALL, but words of at least 5 letters also match with one typo (two from 8 letters on). */
  FUZZY
}
