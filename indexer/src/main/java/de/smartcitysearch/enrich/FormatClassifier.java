package de.smartcitysearch.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Says whether an event takes place in person ("Präsenz"), online ("Online") or both ("Hybrid").
 *
 * <p>A declared format wins, then the page's "Art der Veranstaltung" ("Offline (persönlich)",
 * "Online (virtuell)", "Hybrid"); otherwise the text decides: hybrid words, or online words
 * together with a venue (a livestream of an event on site is hybrid), make it hybrid; online words
 * alone make it online; a venue alone makes it in person. Without any of these the format stays
 * unknown.
 */
public final class FormatClassifier {

  public static final String PRESENCE = "Präsenz";
  public static final String ONLINE = "Online";
  public static final String HYBRID = "Hybrid";

  private static final Pattern HYBRID_WORDS =
      Pattern.compile("(?i)\\bhybrid|vor ort (?:und|oder) online|online (?:und|oder) vor ort");
  private static final Pattern ONLINE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:online[- ]?(?:veranstaltung|seminar|konferenz|format|event|workshop)\\w*|webinar\\w*|livestream\\w*"
              + "|virtuell\\w*|videokonferenz\\w*|per zoom|via zoom|über zoom|webex|ms teams|microsoft teams)");

  /** Every match of {@link #HYBRID_WORDS} contains one of these, in any ASCII case. */
  private static final List<String> HYBRID_CUES = List.of("hybrid", "online");

  /** Every match of {@link #ONLINE_WORDS} contains one of these, in any ASCII case. */
  private static final List<String> ONLINE_CUES =
      List.of(
          "online",
          "webinar",
          "livestream",
          "virtuell",
          "videokonferenz",
          "zoom",
          "webex",
          "teams");

  private static final Pattern PRESENCE_WORDS =
      Pattern.compile("(?iu)\\b(?:offline|präsenz\\w*|persönlich|vor ort)\\b");

  /**
   * The format, if it can be told.
   *
   * @param declared the format the input states, may be null
   * @param kindDetail the page's "Art der Veranstaltung" value, may be null
   * @param text the page's text
   * @param hasVenue whether the page names a venue (address, "Veranstaltungsort", venue city)
   */
  public Optional<String> classify(
      String declared, String kindDetail, String text, boolean hasVenue) {
    Optional<String> stated = fromLabel(declared).or(() -> fromLabel(kindDetail));
    if (stated.isPresent()) {
      return stated;
    }
    String t = text == null ? "" : text;
    String lowered = Cues.lowerAscii(t);
    boolean online = Cues.containsAny(lowered, ONLINE_CUES) && ONLINE_WORDS.matcher(t).find();
    boolean hybrid = Cues.containsAny(lowered, HYBRID_CUES) && HYBRID_WORDS.matcher(t).find();
    if (hybrid || (online && hasVenue)) {
      return Optional.of(HYBRID);
    }
    if (online) {
      return Optional.of(ONLINE);
    }
    return hasVenue ? Optional.of(PRESENCE) : Optional.empty();
  }

  /**
   * A short label as the pages and inputs write it: "Offline (persönlich)", "online", "Präsenz",
   * "hybrid".
   */
  static Optional<String> fromLabel(String label) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String l = label.toLowerCase(Locale.GERMAN);
    if (HYBRID_WORDS.matcher(l).find()) {
      return Optional.of(HYBRID);
    }
    boolean online =
        l.contains("online")
            || l.contains("virtuell")
            || l.contains("digital")
            || ONLINE_WORDS.matcher(l).find();
    boolean presence = PRESENCE_WORDS.matcher(l).find();
    if (online && presence) {
      return Optional.of(HYBRID);
    }
    if (online) {
      return Optional.of(ONLINE);
    }
    return presence ? Optional.of(PRESENCE) : Optional.empty();
  }
}
