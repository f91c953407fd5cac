package de.smartcitysearch.extract;

import java.time.Duration;

/**
 * Limits that protect a run from hostile or huge files.
 *
 * @param maxFileBytes files larger than this are skipped as oversized
 * @param maxChars extracted text is cut after this many characters (Tika's write limit)
 * @param timeout extraction and enrichment of one source that take longer are abandoned
 * @param parseHeapMb 0: files are parsed in this process; more: each file is parsed in a child JVM
 *     with a heap of this many MB, so no file can take this process's memory (see {@link
 *     TikaExtractor})
 */
public record ExtractionLimits(long maxFileBytes, int maxChars, Duration timeout, int parseHeapMb) {

  /** Largest file read, in MB. */
  public static final int DEFAULT_MAX_FILE_MB = 50;

  /** Characters of text kept per file. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  /** Seconds extraction and enrichment of one source may take. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 60;

  /**
   * Heap of a child parse, in MB: the hostile file set (a 300 MB zip bomb in a DOCX, 100,000-deep
   * HTML, broken and encrypted PDFs) is read within 256 MB ({@code HostileFilesTest}); a flate bomb
   * whose text PDFBox collects page by page is not, whatever the heap (2 GB exhausted in 37 s), and
   * is refused when the child runs out.
   */
  public static final int DEFAULT_PARSE_HEAP_MB = 256;

  /**
   * Files parsed in child processes at once, in one process (others wait their turn within their
   * time limit): one per core of the two-core machines this is made for, fewer on one core. With
   * the default parse heap, the children take at most 512 MB of heap together, outside the server's
   * own.
   */
  public static final int PARALLEL_CHILD_PARSES =
      Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  /**
   * {@value #DEFAULT_MAX_FILE_MB} MB per file, {@value #DEFAULT_MAX_CHARS} characters, {@value
   * #DEFAULT_TIMEOUT_SECONDS} s, parsed in this process.
   */
  public static final ExtractionLimits DEFAULTS =
      new ExtractionLimits(
          (long) DEFAULT_MAX_FILE_MB << 20,
          DEFAULT_MAX_CHARS,
          Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS),
          0);

  public ExtractionLimits {
    if (maxFileBytes <= 0
        || maxChars <= 0
        || timeout.isNegative()
        || timeout.isZero()
        || parseHeapMb < 0) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }

  /** These limits, parsed in this process. */
  public ExtractionLimits(long maxFileBytes, int maxChars, Duration timeout) {
    this(maxFileBytes, maxChars, timeout, 0);
  }

  /** These limits with each file parsed in a child JVM of this heap (0: in this process). */
  public ExtractionLimits withParseHeapMb(int heapMb) {
    return new ExtractionLimits(maxFileBytes, maxChars, timeout, heapMb);
  }

  /** True when files are parsed in child processes. */
  public boolean parsesInChild() {
    return parseHeapMb > 0;
  }
}
