package de.smartcitysearch.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * What a visitor typed, taken apart: plain words, "quoted phrases" and -excluded words or phrases.
 *
 * <p>Created by {@link CompoundAwareQueryBuilder#parse(String)}; the query core may inspect the
 * words (e.g. to recognise a city) and remove them with {@link #withoutWord(String)} before
 * building.
 *
 * @param words plain words in the order typed, without quotes or minus sign
 * @param phrases quoted phrases in the order typed, without the quotes
 * @param exclusions words or phrases after a minus sign, without the minus sign and quotes
 */
public record VisitorQuery(List<String> words, List<String> phrases, List<String> exclusions) {

  public VisitorQuery {
    words = List.copyOf(words);
    phrases = List.copyOf(phrases);
    exclusions = List.copyOf(exclusions);
  }

  /** True when nothing was typed that could match or exclude anything. */
  public boolean isEmpty() {
    return words.isEmpty() && phrases.isEmpty() && exclusions.isEmpty();
  }

  /**
   * This query without the first occurrence of {@code word} (case-insensitive) among the plain
   * words.
   */
  public VisitorQuery withoutWord(String word) {
    List<String> rest = new ArrayList<>(words);
    for (int i = 0; i < rest.size(); i++) {
      if (rest.get(i).equalsIgnoreCase(word)) {
        rest.remove(i);
        break;
      }
    }
    return new VisitorQuery(rest, phrases, exclusions);
  }
}
