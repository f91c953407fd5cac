package de.smartcitysearch.bench.relevance;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** German month names as visitors type them ("März", "Dezember"). */
final class GermanMonths {

  private GermanMonths() {}

  static String name(Month month) {
    return month.getDisplayName(TextStyle.FULL_STANDALONE, Locale.GERMAN);
  }
}
