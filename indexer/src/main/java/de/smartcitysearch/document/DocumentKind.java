package de.smartcitysearch.document;

/** Whether a search hit is a whole event or one program session inside an event. */
public enum DocumentKind {
  EVENT,
  SESSION;

  /** The lower-case name used in the index, the JSON output and the {@code --type} option. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses "event" or "session" (any case). */
  public static DocumentKind fromId(String id) {
    return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
