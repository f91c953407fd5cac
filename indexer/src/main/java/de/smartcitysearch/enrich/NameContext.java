package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.AddressBlocks.Block;
import de.smartcitysearch.enrich.TextTokens.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One text being read for place names: its tokens and labelled blocks, and the tests of what
 * surrounds a name at tokens [from, to), characters [start, end).
 *
 * <p>Every test looks at a few characters or words next to the name, never at the whole text before
 * it, so reading a text costs time linear in its length.
 */
final class NameContext {

  private static final Set<String> DATE_WORDS =
      Set.of(
          "januar",
          "jänner",
          "februar",
          "märz",
          "april",
          "mai",
          "juni",
          "juli",
          "august",
          "september",
          "oktober",
          "november",
          "dezember",
          "jan",
          "feb",
          "mär",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "okt",
          "nov",
          "dez",
          "montag",
          "dienstag",
          "mittwoch",
          "donnerstag",
          "freitag",
          "samstag",
          "sonnabend",
          "sonntag",
          "uhr");
  private static final Set<String> LIST_WORDS = Set.of("und", "sowie", "oder");

  /**
   * Words before "in" and after a name that a date may be away from "in X" and still be its date.
   */
  private static final int DATE_WINDOW = 6;

  private static final int LIST_GAP_CHARS = 8;
  private static final int SHORT_LINE = 40;

  final String text;
  final List<Token> tokens;
  final List<Block> blocks;

  /** The whole text is an address (a venue detail, a declared location). */
  final boolean address;

  private Set<String> words;

  NameContext(String text, List<Token> tokens, List<Block> blocks, boolean address) {
    this.text = text;
    this.tokens = tokens;
    this.blocks = blocks;
    this.address = address;
  }

  /**
   * Whether the offset lies in a block of that kind (blocks are in text order and do not overlap).
   */
  boolean inBlock(int offset, AddressBlocks.Kind kind) {
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Block b = blocks.get(mid);
      if (b.end() <= offset) {
        lo = mid + 1;
      } else if (b.start() > offset) {
        hi = mid - 1;
      } else {
        return b.kind() == kind;
      }
    }
    return false;
  }

  /** Whether the text has this word, as written. */
  boolean hasWord(String word) {
    if (words == null) {
      Set<String> all = new HashSet<>();
      tokens.forEach(t -> all.add(t.text()));
      words = all;
    }
    return words.contains(word);
  }

  String lower(int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).text().toLowerCase(Locale.GERMAN);
  }

  /** Whether only white space stands between tokens i and j. */
  boolean gapIsSpace(int i, int j) {
    for (int c = tokens.get(i).end(); c < tokens.get(j).start(); c++) {
      if (!Character.isWhitespace(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token i is a postcode: five digits, not part of a longer number ("12.34567", "0431
   * 12345").
   */
  boolean isPostcode(int i) {
    Token t = tokens.get(i);
    if (!t.number() || t.text().length() != 5) {
      return false;
    }
    return t.start() == 0
        || !Character.isDigit(text.charAt(t.start() - 1))
            && text.charAt(t.start() - 1) != '.'
            && text.charAt(t.start() - 1) != '/';
  }

  /** Whether the word before token i (with only space between) is one of these words. */
  boolean after(int i, Set<String> words) {
    return i > 0 && words.contains(lower(i - 1)) && gapIsSpace(i - 1, i);
  }

  boolean afterPostcode(int i) {
    return i > 0 && isPostcode(i - 1) && gapIsSpace(i - 1, i);
  }

  /**
   * Whether a date word or a numeric date stands within a few words of tokens [from, to), in the
   * same sentence.
   */
  boolean nearDate(int from, int to) {
    for (int i = from - 1; i >= Math.max(0, from - DATE_WINDOW) && !sentenceEndAfter(i); i--) {
      if (isDate(i)) {
        return true;
      }
    }
    for (int i = to;
        i < Math.min(tokens.size(), to + DATE_WINDOW) && !sentenceEndAfter(i - 1);
        i++) {
      if (isDate(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isDate(int i) {
    return DATE_WORDS.contains(lower(i)) || isYear(tokens.get(i)) || isNumericDate(i);
  }

  /**
   * Whether a sentence ends after token i: ". ", "!", "?", ":" or a line break, but not the dot of
   * "12."
   */
  private boolean sentenceEndAfter(int i) {
    if (i < 0 || i + 1 >= tokens.size()) {
      return false;
    }
    for (int c = tokens.get(i).end(); c < tokens.get(i + 1).start(); c++) {
      char ch = text.charAt(c);
      if (ch == '\n'
          || ch == '!'
          || ch == '?'
          || ch == ':'
          || ch == '.' && !tokens.get(i).number()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(Token t) {
    return t.number()
        && t.text().length() == 4
        && (t.text().startsWith("19") || t.text().startsWith("20"));
  }

  /** "12.03." or "12.03.2025": a day, a dot and the month right after it. */
  private boolean isNumericDate(int i) {
    Token t = tokens.get(i);
    return t.number()
        && t.text().length() <= 2
        && i + 1 < tokens.size()
        && tokens.get(i + 1).number()
        && t.end() < text.length()
        && text.charAt(t.end()) == '.'
        && tokens.get(i + 1).start() == t.end() + 1;
  }

  /** Whether the name stands alone between separators of an address ("Gemeindehaus, Lienen"). */
  boolean aloneInSegment(int start, int end) {
    int before = start - 1;
    while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
      before--;
    }
    int after = end;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    return (before < 0 || ",;:|\n\r".indexOf(text.charAt(before)) >= 0)
        && (after >= text.length() || ",;|\n\r(.".indexOf(text.charAt(after)) >= 0);
  }

  /** Whether token i starts a line of at most {@value #SHORT_LINE} characters. */
  boolean opensShortLine(int i) {
    int start = tokens.get(i).start();
    int before = start - 1;
    while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
      before--;
    }
    if (before >= 0 && text.charAt(before) != '\n') {
      return false;
    }
    int end = text.indexOf('\n', start);
    return (end < 0 ? text.length() : end) - start <= SHORT_LINE;
  }

  /**
   * "Karls- ruhe", "Werner-von-Siemens": a hyphen and a lower-case word go on with the word, it is
   * no name.
   */
  boolean continuedInLowerCase(int end) {
    if (end >= text.length() || text.charAt(end) != '-') {
      return false;
    }
    int next = end + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < text.length() && Character.isLowerCase(text.charAt(next));
  }

  /** "Smart City Ulm", "Modellprojekt Smart Cities Guben". */
  boolean afterSmartCities(int i) {
    return i > 1
        && (lower(i - 1).equals("city") || lower(i - 1).equals("cities"))
        && lower(i - 2).equals("smart")
        && gapIsSpace(i - 1, i);
  }

  /**
   * A name that fills brackets, as pages add the place to a project: "Datenplattformen
   * (Eichenzell)".
   */
  boolean inBrackets(int start, int end) {
    return start > 0
        && text.charAt(start - 1) == '('
        && end < text.length()
        && text.charAt(end) == ')';
  }

  /** Whether a number or a single letter follows the name ("Halle 3", "Halle B"). */
  boolean numberedAfter(int to) {
    return to < tokens.size()
        && gapIsSpace(to - 1, to)
        && (tokens.get(to).number() || tokens.get(to).text().length() == 1);
  }

  /**
   * Whether only list separators stand between two names, at least one of them ("Jena, Bamberg",
   * "Kiel und Lübeck"; not "Obere Hardt Rheinstetten") from the first name's end (token {@code
   * aTo}, character {@code aEnd}) to the second's start; {@code coordinating} asks for "und",
   * "sowie", "oder", "&" or "/".
   */
  boolean listGap(int aTo, int aEnd, int bFrom, int bStart, boolean coordinating) {
    if (bStart - aEnd > LIST_GAP_CHARS || bStart < aEnd) {
      return false;
    }
    boolean separated = false;
    for (int i = aTo; i < bFrom; i++) {
      if (!LIST_WORDS.contains(lower(i))) {
        return false;
      }
      separated = true;
    }
    for (int c = aEnd; c < bStart; c++) {
      char ch = text.charAt(c);
      if (Character.isLetter(ch) || Character.isWhitespace(ch)) {
        continue;
      }
      if (",&/".indexOf(ch) < 0) {
        return false;
      }
      separated |= ch != ',' || !coordinating;
    }
    return separated;
  }
}
