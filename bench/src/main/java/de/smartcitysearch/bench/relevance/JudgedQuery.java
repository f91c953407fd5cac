package de.smartcitysearch.bench.relevance;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One query of a collection and the documents the data's own fields make relevant to it.
 *
 * @param kind the template the query was written by ("topic + body"), for per-kind figures
 * @param text the query as a visitor types it
 * @param relevant ids of the relevant documents (the product's document ids), never empty
 */
record JudgedQuery(String kind, String text, SortedSet<String> relevant) {

  JudgedQuery {
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("a judged query needs a relevant document: " + text);
    }
    relevant = Collections.unmodifiableSortedSet(new TreeSet<>(relevant));
  }

  static JudgedQuery of(String kind, String text, Set<String> relevant) {
    return new JudgedQuery(kind, text, new TreeSet<>(relevant));
  }
}
