package de.smartcitysearch.document;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for document ids, enforced wherever a document enters (JSON Lines, OParl, the admin
 * API, files), so that every stored document can be fetched at {@code /api/events/{id}} and deleted
 * at {@code DELETE /api/documents/{id}}: an id is {@value #RULE}.
 *
 * <p>Ids that are URLs (OParl ids, links used as ids) are mapped to a stable form that follows the
 * rule; ids of files derive from their source name. A session's id is its event's id, {@code #s}
 * and its number: {@code #} never occurs in an event id, so a session id never collides with one.
 */
public final class DocumentId {

  /** The longest event id. */
  public static final int MAX_LENGTH = 200;

  /** The rule in words, for error messages and the README. */
  public static final String RULE =
      "1 to " + MAX_LENGTH + " characters of A-Z a-z 0-9 . _ : -, the first a letter or digit";

  // the first character keeps "." and ".." (which a URL path resolves away) and option-like ids out
  private static final String EVENT_ID_PATTERN =
      "[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}";
  private static final Pattern EVENT_ID = Pattern.compile(EVENT_ID_PATTERN);
  private static final Pattern SESSION_ID = Pattern.compile(EVENT_ID_PATTERN + "#s[1-9][0-9]{0,5}");
  private static final Pattern URL = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://");
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9._:-]+");
  private static final Pattern EDGES = Pattern.compile("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$");

  /** Room left for the hash that keeps a shortened or rewritten id unique. */
  private static final int READABLE_PART = MAX_LENGTH - 20;

  private DocumentId() {}

  /** Whether the id is one an event may have. */
  public static boolean isValid(String id) {
    return id != null && EVENT_ID.matcher(id).matches();
  }

  /** Whether the id is one a stored document (an event or a session) may have. */
  public static boolean isStored(String id) {
    return isValid(id) || id != null && SESSION_ID.matcher(id).matches();
  }

  /**
   * The id an input gives, as the index keeps it: a URL mapped by {@link #ofUrl}, anything else as
   * it is, provided it follows the rule.
   *
   * @throws IllegalArgumentException naming the id and the rule
   */
  public static String given(String id) {
    String stripped = id == null ? "" : id.strip();
    if (URL.matcher(stripped).find()) {
      return ofUrl(stripped);
    }
    if (!isValid(stripped)) {
      throw new IllegalArgumentException(
          "id '" + printable(stripped) + "' is not valid: an id is " + RULE);
    }
    return stripped;
  }

  /**
   * A stable id for a URL: without the scheme, slashes as colons ({@code
   * https://example.org/oparl/meetings/12} -> {@code example.org:oparl:meetings:12}); when that
   * still breaks the rule, the allowed characters with a hash of the whole URL, so two URLs never
   * share an id.
   */
  public static String ofUrl(String url) {
    String rest = URL.matcher(url.strip()).replaceFirst("");
    while (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    String readable = rest.replace('/', ':');
    if (isValid(readable)) {
      return readable;
    }
    String slug = NOT_ALLOWED.matcher(readable).replaceAll("-");
    if (slug.length() > READABLE_PART) {
      slug = slug.substring(0, READABLE_PART);
    }
    slug = EDGES.matcher(slug).replaceAll("");
    String hash = Sha256.hex(url.strip()).substring(0, 12);
    return slug.isEmpty() ? hash : slug + ":" + hash;
  }

  /**
   * The id of a file's event: the first 16 hex digits of the SHA-256 of its source name (folders
   * included).
   */
  public static String ofSource(String source) {
    return Sha256.hex(source).substring(0, 16);
  }

  /** The id of the {@code number}th session (from 1) of an event. */
  public static String session(String eventId, int number) {
    return eventId + "#s" + number;
  }

  /**
   * The id with control characters shown as escapes, so that an error message stays one readable
   * line.
   */
  private static String printable(String id) {
    StringBuilder out = new StringBuilder();
    String shown = id.length() > MAX_LENGTH + 20 ? id.substring(0, MAX_LENGTH + 20) + "…" : id;
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      out.append(
          Character.isISOControl(c)
              ? String.format(Locale.ROOT, "\\u%04x", (int) c)
              : String.valueOf(c));
    }
    return out.toString();
  }
}
