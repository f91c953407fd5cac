package de.smartcitysearch.search;

/**
 * How many typing errors lie between two words: insertions, deletions, substitutions and swaps of
 * two neighbouring letters, each one edit, as Lucene's Levenshtein automata with transpositions
 * count them ("konstnaz" is one edit from "konstanz").
 */
final class EditDistance {

  private EditDistance() {}

  /** The optimal-string-alignment distance of two words, by code point. */
  static int of(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[x.length][y.length];
  }
}
