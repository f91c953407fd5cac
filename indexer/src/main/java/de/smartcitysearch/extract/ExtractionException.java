package de.smartcitysearch.extract;

/** A source that cannot be read into a page; the message is the reason shown to the user. */
public final class ExtractionException extends Exception {

  public ExtractionException(String reason) {
    super(reason);
  }

  public ExtractionException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
