package de.smartcitysearch.bench.corpus;

import java.util.List;

/**
 * A smart-city topic label and the lower-case word parts that mark a sentence as being about it.
 *
 * @param label the German label that goes into the {@code topics} field
 * @param keywords lower-case substrings; a sentence containing one of them is on the topic
 */
public record Topic(String label, List<String> keywords) {

  Topic(String label, String... keywords) {
    this(label, List.of(keywords));
  }

  /** Whether the lower-cased sentence names one of the keywords. */
  boolean matches(String lowerCaseSentence) {
    for (String keyword : keywords) {
      if (lowerCaseSentence.contains(keyword)) {
        return true;
      }
    }
    return false;
  }
}
