package de.smartcitysearch.search;

import de.smartcitysearch.search.SearchResponse.FacetValue;
import de.smartcitysearch.search.SearchResponse.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes the last word of a query of several words and keeps the words before it:
 * "Datenplattform K" -> "Datenplattform Kiel", "Datenplattform Kommunen". The candidates are what
 * the documents with every word before the last one carry: their facet values (cities, topics,
 * organisations, types ...), weighted by how many of those documents have them, and the words of
 * their titles. A value is offered when it, or one of its words, starts with the last word typed.
 */
final class LastWordCompletion {

  /** How many of the best documents with the first words lend their title words. */
  static final int HEAD_HITS = 20;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");
  private static final Pattern LAST_WORD = Pattern.compile("^(.*\\S)\\s+(\\S+)$");

  private LastWordCompletion() {}

  /** At most {@code max} completions of the typed text, best first; none for a single word. */
  static List<String> complete(String typed, int max, Suggestions.HeadSearch search)
      throws IOException {
    Matcher m = LAST_WORD.matcher(typed.strip());
    if (!m.matches()) {
      return List.of();
    }
    String head = m.group(1);
    String prefix = m.group(2).toLowerCase(Locale.GERMAN);
    SearchResponse answer = search.search(head);
    if (answer.total() == 0 || answer.partial() || answer.fuzzy()) {
      return List.of(); // no document has every word before the last: nothing to complete towards
    }
    Map<String, Long> weights = new HashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    for (Map.Entry<String, List<FacetValue>> dimension : answer.facets().entrySet()) {
      if (FacetDimension.byApiName(dimension.getKey())
          .filter(FacetDimension::filterable)
          .isEmpty()) {
        continue; // months are no words to type
      }
      for (FacetValue value : dimension.getValue()) {
        if (value.count() > 0 && startsWithin(value.value(), prefix)) {
          offer(value.value(), value.count(), weights, written);
        }
      }
    }
    for (Hit hit : answer.hits()) {
      Matcher words = WORD.matcher(hit.document().title());
      while (words.find()) {
        if (words.group().length() > prefix.length()
            && words.group().toLowerCase(Locale.GERMAN).startsWith(prefix)) {
          offer(words.group(), 1, weights, written);
        }
      }
    }
    String headLower = " " + head.toLowerCase(Locale.GERMAN) + " ";
    List<String> candidates = new ArrayList<>(written.keySet());
    candidates.removeIf(key -> headLower.contains(" " + key + " "));
    candidates.sort(Comparator.comparing((String key) -> -weights.get(key)));
    return candidates.stream().limit(max).map(key -> head + " " + written.get(key)).toList();
  }

  /**
   * True when the value or one of its words starts with the prefix ("Künstliche Intelligenz" for
   * "int").
   */
  private static boolean startsWithin(String value, String prefix) {
    Matcher words = WORD.matcher(value);
    while (words.find()) {
      if (words.group().toLowerCase(Locale.GERMAN).startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static void offer(
      String text, long weight, Map<String, Long> weights, Map<String, String> written) {
    String key = text.toLowerCase(Locale.GERMAN);
    weights.merge(key, weight, Long::sum);
    written.putIfAbsent(key, text);
  }
}
