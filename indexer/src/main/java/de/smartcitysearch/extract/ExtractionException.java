package de.smartcitysearch.extract;

/** A source that cannot be read into a page; the message is the reason shown to the user. */
public final class ExtractionException extends Exception {

  private final String field;

  public ExtractionException(String reason) {
    this(reason, null, null);
  }

  public ExtractionException(String reason, Throwable cause) {
    this(reason, null, cause);
  }

  private ExtractionException(String reason, String field, Throwable cause) {
    super(reason, cause);
    this.field = field;
  }

  /** A record whose field is missing or malformed; the reason names the field too. */
  public static ExtractionException inField(String field, String reason) {
    return new ExtractionException(reason, field, null);
  }

  /**
   * The record's field at fault, or null when the problem is not one field's (a broken file,
   * invalid JSON).
   */
  public String field() {
    return field;
  }
}
