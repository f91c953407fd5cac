package de.smartcitysearch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Acronyms and synonyms of the smart-city field ("KI" = "Künstliche Intelligenz"), applied at query
 * time.
 *
 * <p>Keys are matched case-insensitively against a whole query word or quoted phrase; an expansion
 * is a word or phrase the query also accepts. The mapping is used in both directions: typing the
 * expansion also finds the acronym.
 */
public final class SynonymCatalog {

  private final Map<String, List<String>> expansions;

  SynonymCatalog(Map<String, List<String>> entries) {
    java.util.LinkedHashMap<String, List<String>> all = new java.util.LinkedHashMap<>();
    entries.forEach(
        (key, values) -> {
          values.forEach(v -> add(all, key, v));
          values.forEach(v -> add(all, key(v), key));
        });
    all.replaceAll((k, v) -> List.copyOf(v));
    this.expansions = Map.copyOf(all);
  }

  private static void add(Map<String, List<String>> all, String key, String value) {
    List<String> list = all.computeIfAbsent(key(key), k -> new java.util.ArrayList<>());
    if (!list.contains(value) && !key(value).equals(key(key))) {
      list.add(value);
    }
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
  }

  /** The words or phrases that mean the same as {@code wordOrPhrase}; empty when none are known. */
  public List<String> expansionsOf(String wordOrPhrase) {
    return expansions.getOrDefault(key(wordOrPhrase), List.of());
  }

  /** The first expansion of an acronym, e.g. "Künstliche Intelligenz" for "KI". */
  public Optional<String> meaningOf(String acronym) {
    return expansionsOf(acronym).stream().findFirst();
  }

  /** Number of keys (acronyms, synonyms and their expansions) known to the catalog. */
  public int size() {
    return expansions.size();
  }
}
