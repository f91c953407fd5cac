package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.TextTokens.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names of one or more words, found in tokenised text by the longest match at a word.
 *
 * <p>Every word-prefix of every name is kept, so a lookup stops as soon as the words of the text leave all
 * names behind: the cost per word is the length of the longest name that starts there, not the longest name.
 *
 * @param <V> what a name stands for
 */
final class PhraseIndex<V> {

  /** A name found at a word: its value and how many words it spans. */
  record Match<V>(V value, int length) {}

  private final Map<String, V> byKey = new HashMap<>();
  private final Set<String> prefixes = new HashSet<>();

  /** The value of a name (by {@link TextTokens#key}), created on first use. */
  V computeIfAbsent(String key, Supplier<V> create) {
    V value = byKey.get(key);
    if (value == null) {
      value = create.get();
      byKey.put(key, value);
      int space = key.indexOf(' ');
      while (space >= 0) {
        prefixes.add(key.substring(0, space));
        space = key.indexOf(' ', space + 1);
      }
    }
    return value;
  }

  /** The value of a name, or null. */
  V get(String key) {
    return byKey.get(key);
  }

  /** Every value, for post-processing. */
  Iterable<V> values() {
    return byKey.values();
  }

  /** The longest name starting at word {@code from}, or null. */
  Match<V> longestAt(List<Token> tokens, int from) {
    // the first word is its own key: most words start no name, so they cost two lookups and no copying
    String first = tokens.get(from).text();
    V value = byKey.get(first);
    Match<V> longest = value == null ? null : new Match<>(value, 1);
    if (!prefixes.contains(first)) {
      return longest;
    }
    StringBuilder key = new StringBuilder(first);
    for (int i = from + 1; i < tokens.size(); i++) {
      key.append(' ').append(tokens.get(i).text());
      String k = key.toString();
      value = byKey.get(k);
      if (value != null) {
        longest = new Match<>(value, i - from + 1);
      }
      if (!prefixes.contains(k)) {
        break;
      }
    }
    return longest;
  }
}
