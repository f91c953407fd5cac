package de.smartcitysearch.index;

/** A document the admin API cannot take, with the reason for the person who sent it. */
public final class RejectedDocument extends Exception {

  /** Why, in the terms of an HTTP answer. */
  public enum Reason {
    /** The body is not one JSON object. */
    INVALID_JSON,
    /** A field (or the id in a path) is missing or malformed; {@link #field()} names it. */
    INVALID_FIELD,
    /** Files of this kind are not indexed. */
    UNSUPPORTED_TYPE,
    /** The file or record is well-formed but cannot be read or enriched within the limits. */
    UNREADABLE,
    /** The id belongs to a document of another source. */
    ID_TAKEN
  }

  private final Reason reason;
  private final String field;

  RejectedDocument(Reason reason, String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  /** The field at fault ({@code id}, {@code title}, {@code filename} ...), or null. */
  public String field() {
    return field;
  }
}
