package de.smartcitysearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The labelled blocks of a page that say where an event is ("Ort: Gemeindehaus, Lienen", a heading
 * "Veranstaltungsort" over the address lines) or who runs it ("Veranstalter:", "Kontakt:").
 *
 * <p>A label is a short start of a line (at most {@value #MAX_LABEL_CHARS} characters) ending in a
 * colon, or a short line of its own, that contains a label word ("Datum und Ort:", "Ort der
 * Veranstaltung:", "Adresse"). Its block is the rest of the line, or, where nothing follows the
 * label, the next lines up to a blank line (at most {@value #MAX_BLOCK_LINES} lines, {@value
 * #MAX_BLOCK_CHARS} characters). "Standort" or "Wohnort" are no labels: whole words are compared.
 * One pass over the text, each block read once: the cost is linear in the text's length.
 */
final class AddressBlocks {

  /** What a block tells. */
  enum Kind {
    VENUE,
    CONTACT
  }

  /** A block of the text: characters [start, end). */
  record Block(Kind kind, int start, int end) {
    boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  static final int MAX_LABEL_CHARS = 40;
  static final int MAX_LABEL_WORDS = 4;
  static final int MAX_BLOCK_LINES = 4;

  /** An address is short: a longer value is cut (a one-line page after "Ort:" is no address). */
  static final int MAX_BLOCK_CHARS = 300;

  private static final Set<String> VENUE_WORDS =
      Set.of(
          "ort",
          "veranstaltungsort",
          "tagungsort",
          "austragungsort",
          "spielort",
          "treffpunkt",
          "adresse",
          "anschrift",
          "location",
          "wo",
          "venue");
  private static final Set<String> CONTACT_WORDS =
      Set.of(
          "veranstalter",
          "veranstalterin",
          "kontakt",
          "ansprechpartner",
          "ansprechpartnerin",
          "impressum",
          "herausgeber",
          "anmeldung",
          "organisator",
          "organisation",
          "telefon",
          "tel",
          "fax",
          "mail",
          "email");

  private AddressBlocks() {}

  /** The blocks of a text, in text order. */
  static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = lineEnd(text, lineStart);
      int colon = indexOf(text, ':', lineStart, Math.min(lineEnd, lineStart + MAX_LABEL_CHARS));
      int labelEnd = colon >= 0 ? colon : lineEnd - lineStart <= MAX_LABEL_CHARS ? lineEnd : -1;
      Kind kind = labelEnd < 0 ? null : labelKind(text.substring(lineStart, labelEnd));
      if (kind != null) {
        int valueStart = colon >= 0 ? colon + 1 : lineEnd;
        if (!isBlank(text, valueStart, lineEnd)) {
          blocks.add(new Block(kind, valueStart, Math.min(lineEnd, valueStart + MAX_BLOCK_CHARS)));
        } else {
          int end = blockBelow(text, lineEnd);
          if (end > lineEnd) {
            blocks.add(new Block(kind, lineEnd, Math.min(end, lineEnd + MAX_BLOCK_CHARS)));
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return blocks;
  }

  /**
   * The kind of a label, or null when it is none: a venue word wins ("Veranstalter und Ort"). A
   * label is a few words ("Ort der Veranstaltung"), no sentence ("... vor Ort. Unterzeichnet von").
   */
  private static Kind labelKind(String label) {
    List<TextTokens.Token> words = TextTokens.of(label);
    if (words.isEmpty() || words.size() > MAX_LABEL_WORDS || label.indexOf('.') >= 0) {
      return null;
    }
    Kind kind = null;
    for (TextTokens.Token t : words) {
      String word = t.text().toLowerCase(Locale.GERMAN);
      if (VENUE_WORDS.contains(word)) {
        return Kind.VENUE;
      }
      if (CONTACT_WORDS.contains(word)) {
        kind = Kind.CONTACT;
      }
    }
    return kind;
  }

  /**
   * The end of the lines under a label line: one blank line may come first, the next one ends the
   * block.
   */
  private static int blockBelow(String text, int labelLineEnd) {
    int n = text.length();
    int pos = labelLineEnd + 1;
    int lines = 0;
    int end = labelLineEnd;
    boolean skippedBlank = false;
    while (pos < n && lines < MAX_BLOCK_LINES) {
      int lineEnd = lineEnd(text, pos);
      if (isLabelLine(text, pos, lineEnd)) {
        break; // "Veranstalter:" under the address lines starts a block of its own
      }
      if (isBlank(text, pos, lineEnd)) {
        if (skippedBlank || lines > 0) {
          break;
        }
        skippedBlank = true;
      } else {
        lines++;
        end = lineEnd;
      }
      pos = lineEnd + 1;
    }
    return end;
  }

  private static boolean isLabelLine(String text, int lineStart, int lineEnd) {
    int colon = indexOf(text, ':', lineStart, Math.min(lineEnd, lineStart + MAX_LABEL_CHARS));
    return colon >= 0 && labelKind(text.substring(lineStart, colon)) != null;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static int indexOf(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
