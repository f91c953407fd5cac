package de.smartcitysearch.extract;

import java.time.Duration;

/**
 * Limits that protect a run from hostile or huge files.
 *
 * @param maxFileBytes files larger than this are skipped as oversized
 * @param maxChars extracted text is cut after this many characters (Tika's write limit)
 * @param timeout Tika parsing of one file that takes longer is abandoned
 */
public record ExtractionLimits(long maxFileBytes, int maxChars, Duration timeout) {

  /** 50 MB per file, 2 million characters of text, 60 seconds per file. */
  public static final ExtractionLimits DEFAULTS = new ExtractionLimits(50L << 20, 2_000_000, Duration.ofSeconds(60));

  public ExtractionLimits {
    if (maxFileBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }
}
