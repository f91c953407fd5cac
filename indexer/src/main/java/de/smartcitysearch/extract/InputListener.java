package de.smartcitysearch.extract;

import java.nio.file.Path;

/** Receives what {@link InputReader} finds, in input order. */
public interface InputListener {

  /** A readable unit of input; extraction happens when the receiver asks for it. */
  void item(SourceItem item);

  /**
   * An input that cannot be read at all (a bad JSON line, an unreadable file): named and skipped.
   */
  void failed(String location, String reason);

  /** A file whose type is not indexed. */
  default void ignored(Path file) {}

  /** This many more bytes of input were read (compressed bytes for .gz files). */
  default void advanced(long bytes) {}
}
