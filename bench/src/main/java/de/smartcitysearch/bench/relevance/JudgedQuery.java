package de.smartcitysearch.bench.relevance;

import de.smartcitysearch.document.DocumentId;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One query of a collection and the documents the data's own fields make relevant to it.
 *
 * @param kind the template the query was written by ("topic + body"), for per-kind figures
 * @param text the query as a visitor types it
 * @param relevant ids of the relevant documents as the index keeps them ({@link DocumentId#given}:
 *     the data's own ids, URLs mapped to the stored form), never empty
 */
record JudgedQuery(String kind, String text, SortedSet<String> relevant) {

  JudgedQuery {
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("a judged query needs a relevant document: " + text);
    }
    TreeSet<String> stored = new TreeSet<>();
    relevant.forEach(id -> stored.add(DocumentId.given(id)));
    relevant = Collections.unmodifiableSortedSet(stored);
  }

  static JudgedQuery of(String kind, String text, Set<String> relevant) {
    return new JudgedQuery(kind, text, new TreeSet<>(relevant));
  }
}
