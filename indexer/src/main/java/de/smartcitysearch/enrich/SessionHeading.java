package de.smartcitysearch.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The title of a program session, read from the lines of its slot, and the label that stands above
 * the title in many programs: a room or stage ("Plaza Stage", "Raum Beta 3 I hub 27"), a parallel
 * track ("Werkstatt 1", "Werkstatt A") or a format ("Paneldiskussion").
 *
 * <p>Read from the seed programs: a label stands alone on the slot's first line and the real title
 * follows on the next; a title broken over lines ends its first line with a colon (the subtitle
 * follows: "Urbane digitale Zwillinge: / Erfahrungen aus vier Jahren Stadtpraxis"), a word that
 * cannot end a phrase ("aus den", "der", "und") or a hyphen of a shared word part ("Koordinierungs-
 * / und Transferstelle"). A label followed only by a placeholder ("tbd") stays the title.
 *
 * @param title the session's title
 * @param room the room, stage or track the label names, or null
 * @param format the format the label names ("Paneldiskussion"), or null
 * @param rest the lines after the title, joined by line breaks (may be empty)
 */
public record SessionHeading(String title, String room, String format, String rest) {

  /**
   * A stage or room: "Plaza Stage", "Forum Stage - hub26.c", "Raum Beta 3 I hub 27", "hub 27 / Raum
   * Gamma 9".
   */
  private static final Pattern ROOM =
      Pattern.compile(
          "(?iu)(?:\\p{L}+\\s+(?:Stage|Bühne)|(?:Raum|Saal|Hörsaal|Halle|Bühne|Stage|hub\\s?\\d+)\\b)[^:!?]{0,40}");

  /**
   * A parallel track named by a letter or number alone: "Werkstatt 1", "Werkstatt H", "Session 2".
   */
  private static final Pattern TRACK =
      Pattern.compile("(?:Werkstatt|Workshop|Track|Session|Forum)\\s+[A-Z0-9]{1,2}");

  /** Formats written as a label over the title. */
  private static final Set<String> FORMATS =
      Set.of(
          "paneldiskussion",
          "podiumsdiskussion",
          "panel",
          "keynote",
          "impulsvortrag",
          "vortrag",
          "diskussion",
          "fishbowl",
          "workshop");

  private static final Set<String> PLACEHOLDERS = Set.of("tbd", "tba", "n.n.", "folgt");

  /** Words that cannot end a German phrase: a line ending in one goes on in the next. */
  private static final Set<String> OPEN_ENDINGS =
      Set.of(
          "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
          "einen", "und", "oder", "sowie", "für", "aus", "mit", "von", "vom", "zu", "zum", "zur",
          "im", "in", "am", "an", "auf", "bei", "nach", "über", "unter", "durch", "als", "wie");

  /**
   * A joined title longer than this is running text, not a heading: the first line is then the
   * title.
   */
  private static final int MAX_TITLE = 200;

  /**
   * The heading of a session's text (lines separated by line breaks, the first non-empty one its
   * start).
   */
  public static SessionHeading of(String text) {
    List<String> lines =
        Arrays.stream(text.strip().split("\n"))
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    if (lines.isEmpty()) {
      return new SessionHeading("", null, null, "");
    }
    int first = 0;
    String room = null;
    String format = null;
    String label = lines.get(0);
    boolean titleFollows =
        lines.size() > 1 && !PLACEHOLDERS.contains(lines.get(1).toLowerCase(Locale.ROOT));
    if (titleFollows && (ROOM.matcher(label).matches() || TRACK.matcher(label).matches())) {
      room = label.replace(" I ", " | ");
      first = 1;
    } else if (titleFollows && FORMATS.contains(label.toLowerCase(Locale.ROOT))) {
      format = label;
      first = 1;
    }
    StringBuilder title = new StringBuilder(lines.get(first));
    int next = first + 1;
    while (next < lines.size()
        && continues(title)
        && title.length() + lines.get(next).length() < MAX_TITLE) {
      title.append(' ').append(lines.get(next));
      next++;
    }
    String rest = String.join("\n", lines.subList(next, lines.size()));
    return new SessionHeading(title.toString(), room, format, rest);
  }

  /**
   * True when a title line ends where the heading cannot end: a colon, an open word, a hyphenated
   * part.
   */
  private static boolean continues(CharSequence title) {
    String line = title.toString();
    if (line.endsWith(":") || line.endsWith("-")) {
      return true;
    }
    int space = line.lastIndexOf(' ');
    String last = line.substring(space + 1);
    return OPEN_ENDINGS.contains(last);
  }
}
