package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.TextTokens.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Names of one or more words, found in tokenised text by the longest match at a word.
 *
 * <p>Every word-prefix of every name is kept, so a lookup stops as soon as the words of the text
 * leave all names behind: the cost per word is the length of the longest name that starts there,
 * not the longest name. Names and prefixes share one map, so a word of the text that starts nothing
 * costs one lookup.
 *
 * @param <V> what a name stands for
 */
final class PhraseIndex<V> {

  /** A name found at a word: its value and how many words it spans. */
  record Match<V>(V value, int length) {}

  /** What a key is: a name (value not null), the first words of a longer name, or both. */
  private static final class Entry<V> {
    V value;
    boolean prefix;
  }

  private final Map<String, Entry<V>> byKey = new HashMap<>();

  /** The value of a name (by {@link TextTokens#key}), created on first use. */
  V computeIfAbsent(String key, Supplier<V> create) {
    Entry<V> entry = byKey.computeIfAbsent(key, k -> new Entry<>());
    if (entry.value == null) {
      entry.value = Objects.requireNonNull(create.get(), "value");
      int space = key.indexOf(' ');
      while (space >= 0) {
        byKey.computeIfAbsent(key.substring(0, space), k -> new Entry<>()).prefix = true;
        space = key.indexOf(' ', space + 1);
      }
    }
    return entry.value;
  }

  /** The value of a name, or null. */
  V get(String key) {
    Entry<V> entry = byKey.get(key);
    return entry == null ? null : entry.value;
  }

  /** Every name (not the prefixes that are no name). */
  Iterable<String> keys() {
    return byKey.entrySet().stream()
        .filter(e -> e.getValue().value != null)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Every value, for post-processing. */
  Iterable<V> values() {
    return byKey.values().stream().map(e -> e.value).filter(Objects::nonNull).toList();
  }

  /** The longest name starting at word {@code from}, or null. */
  Match<V> longestAt(List<Token> tokens, int from) {
    // the first word is its own key: most words start no name and cost one lookup and no copying
    String first = tokens.get(from).text();
    Entry<V> entry = byKey.get(first);
    if (entry == null) {
      return null;
    }
    Match<V> longest = entry.value == null ? null : new Match<>(entry.value, 1);
    StringBuilder key = new StringBuilder(first);
    for (int i = from + 1; i < tokens.size() && entry.prefix; i++) {
      key.append(' ').append(tokens.get(i).text());
      entry = byKey.get(key.toString());
      if (entry == null) {
        break;
      }
      if (entry.value != null) {
        longest = new Match<>(entry.value, i - from + 1);
      }
    }
    return longest;
  }
}
