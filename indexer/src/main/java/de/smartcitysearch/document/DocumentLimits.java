package de.smartcitysearch.document;

import java.time.LocalDate;

/**
 * What one document may hold, declared once: the years a date may lie in (ingestion drops others,
 * the search parameters refuse them) and how many values a facet field takes from one document
 * (ingestion cuts the rest).
 *
 * <p>Both exist because one document can otherwise break browsing for everyone: a year like 0202 or
 * 9999 made the month histogram fail, and one document with 100,000 topics made every browse answer
 * megabytes long.
 */
public final class DocumentLimits {

  /** The earliest year of a date. */
  public static final int MIN_YEAR = 1900;

  /** The latest year of a date. */
  public static final int MAX_YEAR = 2200;

  /** Topics kept per document. */
  public static final int MAX_TOPICS = 50;

  /** Organisations kept per document. */
  public static final int MAX_ORGANISATIONS = 50;

  /** Cities (the venue and every city the text names) kept per document. */
  public static final int MAX_CITIES = 100;

  private DocumentLimits() {}

  /** Whether the date lies in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}. */
  public static boolean isInRange(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }
}
