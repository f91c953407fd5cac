package de.smartcitysearch.extract;

import de.smartcitysearch.extract.ExtractedPage.ProgramEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the program table of a page dump: day headings, then time slots each followed by what
 * happens.
 *
 * <p>The program starts at a heading that names it ("Tagesordnung und Programm", "Das war unser
 * Programm auf der SCCON 2025") or at the first day heading ("Dienstag, 30.09.2025", "Mittwoch, 29.
 * April 2026"). A line starting with a time opens an entry; the lines up to the next time, day
 * heading or remark belong to it. Bare hour ranges without "Uhr" ("10:00–11:00") are the grid of a
 * table layout, not sessions. Parallel workshops or tracks under one time ("Werkstatt 1", "Track 2:
 * ...") are entries of their own.
 */
final class ProgramReader {

  private static final String WEEKDAY =
      "(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)";
  private static final Pattern DAY_HEADING =
      Pattern.compile(
          WEEKDAY
              + ",?\\s+\\d{1,2}\\.\\s*(?:\\d{1,2}\\.\\d{2,4}|\\p{L}+\\s+\\d{4})|Tag \\d+\\b.{0,40}");
  private static final Pattern PROGRAM_HEADING =
      Pattern.compile(".{0,50}\\b(?:Programm|Tagesordnung|Agenda|Ablauf)\\b.{0,50}");
  private static final Pattern TIME =
      Pattern.compile(
          "((?:ab\\s+)?\\d{1,2}:\\d{2}(\\s*[–-]\\s*\\d{1,2}:\\d{2})?)(\\s*Uhr\\b)?(\\s.*)?");
  private static final Pattern PARALLEL =
      Pattern.compile("(?:Werkstatt|Track|Session)\\s+[A-Z0-9]{1,2}\\b(?!-).*");
  private static final Pattern DOWNLOAD = Pattern.compile(".*\\.(?:pdf|docx?|xlsx?|pptx?|odt|zip)");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^(?:[–|-]|I)\\s+");

  /** Reads the entries from the body lines ("" marks a paragraph break). */
  List<ProgramEntry> read(List<String> lines) {
    List<ProgramEntry> entries = new ArrayList<>();
    boolean inProgram = false;
    String day = "";
    String time = null;
    List<String> text = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      if (DAY_HEADING.matcher(line).matches()) {
        add(entries, day, time, text);
        time = null;
        inProgram = true;
        day = line;
        continue;
      }
      if (!inProgram) {
        inProgram =
            PROGRAM_HEADING.matcher(line).matches() && !line.endsWith("?") && !line.endsWith(".");
        continue;
      }
      if (DOWNLOAD.matcher(line).matches()) {
        break; // the download teaser after a program table ends it
      }
      Slot slot = slot(line);
      if (slot != null) {
        add(entries, day, time, text);
        time = slot.time;
        if (!slot.rest.isEmpty()) {
          text.add(slot.rest);
        }
      } else if (line.startsWith("(") && line.endsWith(")")) {
        add(entries, day, time, text); // "(Änderungen im Programmablauf vorbehalten.)"
        time = null;
      } else if (time != null && PARALLEL.matcher(line).matches()) {
        add(entries, day, time, text);
        text.add(line);
      } else if (time != null) {
        text.add(line);
      }
    }
    add(entries, day, time, text);
    return entries;
  }

  private record Slot(String time, String rest) {}

  /**
   * The time slot a line starts with; a bare grid range gives an empty slot that only closes the
   * previous entry.
   */
  private static Slot slot(String line) {
    Matcher m = TIME.matcher(line);
    if (!m.matches()) {
      return null;
    }
    boolean uhr = m.group(3) != null;
    boolean range = m.group(2) != null;
    String rest = m.group(4) == null ? "" : m.group(4).trim();
    if (range && !uhr) {
      Slot inner = rest.isEmpty() ? null : slot(rest);
      return inner != null
          ? inner
          : rest.isEmpty() ? new Slot(null, "") : new Slot(m.group(1), clean(rest));
    }
    String time = (m.group(1) + (uhr ? " Uhr" : "")).replaceAll("\\s+", " ");
    return new Slot(time, clean(rest));
  }

  private static String clean(String rest) {
    return LEADING_SEPARATOR.matcher(rest).replaceFirst("").trim();
  }

  private static void add(List<ProgramEntry> entries, String day, String time, List<String> text) {
    if (time != null && !text.isEmpty()) {
      entries.add(new ProgramEntry(day, time, String.join("\n", text)));
    }
    text.clear();
  }
}
