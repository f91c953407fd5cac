package de.smartcitysearch.bench.corpus;

import java.nio.file.Path;

/**
 * A file of the shared data folder is missing or not in the expected shape; the message names it.
 */
public final class SharedDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SharedDataException(Path file, String reason) {
    super(file + ": " + reason);
  }

  public SharedDataException(Path file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
  }
}
