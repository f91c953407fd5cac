package de.smartcitysearch.extract;

import java.time.Duration;

/**
 * Limits that protect a run from hostile or huge files.
 *
 * @param maxFileBytes files larger than this are skipped as oversized
 * @param maxChars extracted text is cut after this many characters (Tika's write limit)
 * @param timeout extraction and enrichment of one source that take longer are abandoned
 */
public record ExtractionLimits(long maxFileBytes, int maxChars, Duration timeout) {

  /** Largest file read, in MB. */
  public static final int DEFAULT_MAX_FILE_MB = 50;
  /** Characters of text kept per file. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;
  /** Seconds extraction and enrichment of one source may take. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 60;

  /** {@value #DEFAULT_MAX_FILE_MB} MB per file, {@value #DEFAULT_MAX_CHARS} characters, {@value #DEFAULT_TIMEOUT_SECONDS} s. */
  public static final ExtractionLimits DEFAULTS = new ExtractionLimits((long) DEFAULT_MAX_FILE_MB << 20,
      DEFAULT_MAX_CHARS, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));

  public ExtractionLimits {
    if (maxFileBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }
}
