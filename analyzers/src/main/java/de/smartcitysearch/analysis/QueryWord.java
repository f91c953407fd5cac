package de.smartcitysearch.analysis;

import java.util.Objects;
import org.apache.lucene.search.Query;

/**
 * One thing of a visitor's query that a document has or lacks: a word, a quoted phrase, or words
 * that together form one synonym entry ("Künstliche Intelligenz", which "KI" also satisfies).
 *
 * @param text the word or phrase as the visitor typed it (shown when a hit lacks it)
 * @param query what a document must match to have it, in any of the fields
 */
public record QueryWord(String text, Query query) {

  public QueryWord {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(query, "query");
  }
}
