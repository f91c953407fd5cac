package de.smartcitysearch.index;

import java.util.List;

/**
 * What the admin API did with a document.
 *
 * @param id the event's id, under which it can be fetched and deleted
 * @param source where the index files it ({@code api#<id>} for a record, {@code upload/<name>} for
 *     a file): shown to the admin who sent it, never in public answers
 * @param documents documents written: the event and its program sessions
 * @param replaced whether it took the place of an earlier version (the same record id or the same
 *     file name)
 * @param warnings values left out or cut (a date out of range, too many topics, a city nobody
 *     knows)
 */
public record Ingested(
    String id, String source, int documents, boolean replaced, List<String> warnings) {
  public Ingested {
    warnings = List.copyOf(warnings);
  }
}
