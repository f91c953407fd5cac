package de.smartcitysearch.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a web page saved as plain text (the seed pages): headline, teaser, the
 * "Event details" block, the program table and the contacts.
 *
 * <p>Such dumps start with an image block (alt text, then a caption ending in a photo credit such
 * as "Reinaldo Coddou" or "wal_172619 / pixabay") or with widget labels ("Teaser Bild", "Image"),
 * so the headline is the first line after them, not the first line of the file. Image blocks inside
 * the page and navigation words are dropped from the body. Paragraphs are separated by blank lines
 * in a dump; that is the structure this parser relies on.
 */
public final class PageDumpParser {

  /** Widget labels and link texts of the page templates: never a title, never body text. */
  private static final Set<String> NOISE =
      Set.of(
          "Paragraphs",
          "Main content",
          "Teaser Bild",
          "Teaser Text",
          "Image",
          "Bild der Veranstaltung",
          "Gruppenbild",
          "Content Module Text",
          "Text",
          "Zur Webmeldung",
          "Zum ausführlichen Rückblick",
          "Jetzt kostenlos anmelden",
          "Jetzt anmelden",
          "Weitere Informationen",
          "Mehr erfahren",
          "Uhrzeit",
          "Zurück",
          "Teilen",
          "Drucken",
          "Nach oben",
          "Menü",
          "Suche",
          "Skip to main content");

  private static final Pattern NOISE_PATTERN =
      Pattern.compile("Erscheinungsjahr \\d{4}|Vorschaubild für Datei .*");

  private static final Set<String> DETAILS_MARKERS =
      Set.of("Event details", "Event location", "Veranstaltungsdetails");
  private static final Set<String> CONTACT_MARKERS =
      Set.of(
          "Contacts",
          "Main and Other Contacts",
          "Kontakt",
          "Kontakte",
          "Ansprechpartner",
          "Ansprechpartnerin");

  /** Labels of the details blocks, as the pages write them. */
  private static final Set<String> LABELS =
      Set.of(
          "Datum",
          "Uhrzeit",
          "Zeit",
          "Termin",
          "Ort",
          "Veranstaltungsort",
          "Art der Veranstaltung",
          "Format",
          "Veranstalter",
          "Anmeldung",
          "Anmeldeschluss",
          "Kosten",
          "Teilnahmegebühr",
          "Zielgruppe",
          "Dokumentation");

  private static final Pattern INLINE_LABEL =
      Pattern.compile("(" + String.join("|", LABELS) + "):\\s+(\\S.{0,200})");
  static final String CONTACT_LABEL = "Kontakt";

  /** A caption's last sentence followed by a credit of one to five capitalised words. */
  private static final Pattern CREDIT_TAIL =
      Pattern.compile(
          ".{30,}[.?!“”\"]\\s+(\\p{Lu}[\\p{L}\\d_-]*(?:\\s+\\p{Lu}[\\p{L}\\d_-]*){0,4})");

  /** A credit line on its own: "wal_172619 / pixabay", "© Stadt Kiel", "Foto: ...". */
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "[\\w.-]+ / [\\w.-]+|(?i)(©|foto:|bild:|quelle:).{0,60}|.{0,40}\\b(pixabay|unsplash|shutterstock|adobe ?stock|istock)\\b.{0,20}");

  private static final Pattern DATE_LINE = Pattern.compile("(\\d{1,2}\\.\\d{1,2}\\.\\d{4})");
  private static final Pattern DATE_PREFIX =
      Pattern.compile("(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s+[—–-]\\s+(.+)", Pattern.DOTALL);
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

  private final ProgramReader program = new ProgramReader();

  /** Parses the text of one page dump. */
  public PageDump parse(String text) {
    List<List<String>> blocks = blocks(text);
    int next = 0;
    while (next < blocks.size()
        && (isImageBlock(blocks.get(next)) || isNoiseBlock(blocks.get(next)))) {
      next++;
    }
    String title = "";
    if (next < blocks.size()) {
      List<String> first = blocks.get(next);
      title = first.getFirst();
      if (first.size() > 1) {
        blocks.set(next, first.subList(1, first.size()));
      } else {
        next++;
      }
    }
    LocalDate published = null;
    if (next < blocks.size()
        && blocks.get(next).size() == 1
        && DATE_LINE.matcher(blocks.get(next).getFirst()).matches()) {
      published = germanDate(blocks.get(next).getFirst());
      next++;
    }
    while (next < blocks.size() && isNoiseBlock(blocks.get(next))) {
      next++;
    }
    String teaser = "";
    if (next < blocks.size() && isTeaser(blocks.get(next))) {
      teaser = blocks.get(next).getFirst();
      next++;
    }
    PageReader reader = new PageReader(published);
    for (List<String> block : blocks.subList(next, blocks.size())) {
      if (!isImageBlock(block)) {
        reader.block(block);
      }
    }
    return new PageDump(
        title,
        teaser,
        reader.body(),
        reader.details(),
        program.read(reader.bodyLines()),
        reader.published);
  }

  /** Reads the blocks after the teaser: body paragraphs, details and contacts. */
  private static final class PageReader {
    private enum State {
      BODY,
      DETAILS,
      CONTACTS
    }

    private State state = State.BODY;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> bodyLines = new ArrayList<>();
    private final Map<String, String> details = new LinkedHashMap<>();
    private final Set<String> contacts = new LinkedHashSet<>();
    private String label;
    private final List<String> value = new ArrayList<>();
    private boolean valueClosed;
    private LocalDate published;

    PageReader(LocalDate published) {
      this.published = published;
    }

    void block(List<String> block) {
      List<String> paragraph = new ArrayList<>();
      for (String line : block) {
        if (!line(line, paragraph)) {
          flushParagraph(paragraph);
        }
      }
      flushParagraph(paragraph);
      if (state == State.DETAILS && label != null && !value.isEmpty()) {
        valueClosed = true; // a blank line ends a value; the next line must be a label
      }
    }

    /** Handles one line; false when it ends the current paragraph. */
    private boolean line(String line, List<String> paragraph) {
      if (DETAILS_MARKERS.contains(line)) {
        flushLabel();
        state = State.DETAILS;
        return false;
      }
      if (CONTACT_MARKERS.contains(line)) {
        flushLabel();
        state = State.CONTACTS;
        return false;
      }
      switch (state) {
        case DETAILS -> {
          String bare = line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
          if (LABELS.contains(bare)) {
            flushLabel();
            label = bare;
            return true;
          }
          if (label != null && !valueClosed && !isNoise(line)) {
            value.add(line);
            return true;
          }
          flushLabel();
          state = State.BODY;
          return bodyLine(line, paragraph);
        }
        case CONTACTS -> {
          if (!isNoise(line)) {
            contacts.add(line);
          }
          return true;
        }
        default -> {
          return bodyLine(line, paragraph);
        }
      }
    }

    private boolean bodyLine(String line, List<String> paragraph) {
      Matcher inline = INLINE_LABEL.matcher(line);
      if (inline.matches()) {
        details.putIfAbsent(inline.group(1), inline.group(2).trim());
        return false;
      }
      if (isNoise(line)) {
        return false;
      }
      if (published == null && paragraphs.isEmpty() && paragraph.isEmpty()) {
        Matcher dated = DATE_PREFIX.matcher(line);
        if (dated.matches()) { // "14.08.2025 — Vom Hochwasserschutz ...": the date the article was
          // published
          published = germanDate(dated.group(1));
          line = dated.group(2);
        }
      }
      paragraph.add(line);
      bodyLines.add(line);
      return true;
    }

    private void flushParagraph(List<String> paragraph) {
      if (!paragraph.isEmpty()) {
        String text = String.join("\n", paragraph);
        if (paragraphs.isEmpty()
            || !paragraphs.getLast().equals(text)) { // accordions repeat their heading
          paragraphs.add(text);
        }
        paragraph.clear();
      }
      bodyLines.add("");
    }

    private void flushLabel() {
      if (label != null && !value.isEmpty()) {
        details.putIfAbsent(label, String.join("\n", value));
      }
      label = null;
      value.clear();
      valueClosed = false;
    }

    String body() {
      return String.join("\n\n", paragraphs);
    }

    List<String> bodyLines() {
      return bodyLines;
    }

    Map<String, String> details() {
      flushLabel();
      if (!contacts.isEmpty()) {
        details.putIfAbsent(CONTACT_LABEL, String.join("\n", contacts));
      }
      return Collections.unmodifiableMap(details);
    }
  }

  private static boolean isTeaser(List<String> block) {
    String line = block.getFirst();
    return block.size() == 1
        && line.split("\\s+").length >= 8
        && !isNoise(line)
        && !DETAILS_MARKERS.contains(line)
        && !CONTACT_MARKERS.contains(line);
  }

  static boolean isNoise(String line) {
    return NOISE.contains(line) || NOISE_PATTERN.matcher(line).matches();
  }

  private static boolean isNoiseBlock(List<String> block) {
    return block.stream().allMatch(PageDumpParser::isNoise);
  }

  /** Alt text plus a caption ending in a photo credit, or a credit line on its own. */
  static boolean isImageBlock(List<String> block) {
    if (block.size() > 3 || block.getFirst().contains(" | ")) {
      return false;
    }
    String last = block.getLast();
    return CREDIT_TAIL.matcher(last).matches() || CREDIT_LINE.matcher(last).matches();
  }

  private static LocalDate germanDate(String text) {
    try {
      return LocalDate.parse(text, GERMAN_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The page's lines, trimmed, grouped into blocks separated by blank lines. */
  private static List<List<String>> blocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String raw : text.split("\\R", -1)) {
      String line = raw.replace('\u00a0', ' ').strip().replaceAll("\\s{2,}", " ");
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }
}
