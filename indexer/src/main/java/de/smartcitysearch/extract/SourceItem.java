package de.smartcitysearch.extract;

/**
 * One unit of input (a file, a JSON line, an OParl meeting) whose identity and fingerprint are
 * known before the expensive extraction, so the indexer can skip unchanged sources without parsing
 * them.
 */
public interface SourceItem {

  /** The source name: the unit of incremental updates (see {@link ExtractedPage#source()}). */
  String source();

  /** Where a problem with this item is reported: the file name, with ":line" for JSON lines. */
  String location();

  /** SHA-256 of the raw input. */
  String contentHash();

  /**
   * Reads the page; a broken input is an {@link ExtractionException} with a human-readable reason.
   */
  ExtractedPage extract() throws ExtractionException;
}
