package de.smartcitysearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into words and numbers with their offsets, the unit names are matched in.
 *
 * <p>Hyphens, slashes, brackets and dots separate words, so "Baden-Württemberg" and "Frankfurt
 * (Oder)" match "Baden Württemberg" and "Frankfurt/Oder". A word written in CamelCase
 * ("KielRegion") is split where a capital follows a capitalised word of three or more letters, so
 * the region is found but "Kielwasser" stays one word.
 */
public final class TextTokens {

  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Lu}\\p{Ll}{2,})(?=\\p{Lu})");

  /** One word or number and where it stands. */
  public record Token(String text, int start, int end) {
    boolean capitalised() {
      return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean number() {
      return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }
  }

  private TextTokens() {}

  /** The tokens of a text, in order. */
  public static List<Token> of(String text) {
    // a hand-written scan for what the pattern [\p{L}\p{M}]+|\d+ finds: the regex was a twelfth of
    // the
    // indexing time (every page is tokenised several times)
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int end;
      boolean innerCapital = false;
      if (isLetterOrMark(cp)) {
        end = i + Character.charCount(cp);
        while (end < n && isLetterOrMark(cp = text.codePointAt(end))) {
          // a capital after the first character, tested char by char: a supplementary character is
          // none
          innerCapital |=
              cp < 128
                  ? cp >= 'A' && cp <= 'Z'
                  : cp <= Character.MAX_VALUE && Character.isUpperCase((char) cp);
          end += Character.charCount(cp);
        }
      } else if (isDigit(cp)) {
        end = i + 1;
        while (end < n && isDigit(text.charAt(end))) {
          end++;
        }
      } else {
        i += Character.charCount(cp);
        continue;
      }
      add(tokens, text.substring(i, end), i, innerCapital);
      i = end;
    }
    return tokens;
  }

  private static void add(List<Token> tokens, String word, int offset, boolean innerCapital) {
    if (!innerCapital) {
      tokens.add(new Token(word, offset, offset + word.length()));
      return;
    }
    for (String part : CAMEL.split(word)) {
      tokens.add(new Token(part, offset, offset + part.length()));
      offset += part.length();
    }
  }

  /** {@code \p{L}} or {@code \p{M}} as the regex means them (Unicode general categories). */
  private static boolean isLetterOrMark(int cp) {
    if (cp < 128) {
      int lower = cp | 0x20;
      return lower >= 'a' && lower <= 'z';
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK ->
          true;
      default -> false;
    };
  }

  /** {@code \d} as the regex means it by default: ASCII digits only. */
  private static boolean isDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  /**
   * The tokens of a text's beginning up to {@code end}, from the tokens of the whole text: the same
   * as the tokens of that beginning alone when no word runs across {@code end} (a line break there,
   * say).
   */
  static List<Token> before(List<Token> tokens, int end) {
    int n = 0;
    while (n < tokens.size() && tokens.get(n).end() <= end) {
      n++;
    }
    return tokens.subList(0, n);
  }

  /** The key a name is looked up by: its words joined by single spaces. */
  public static String key(String name) {
    if (isPlainWord(name)) {
      return name; // most names and forms: the word itself, without cutting it into tokens
    }
    List<Token> tokens = of(name);
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }

  /**
   * ASCII or Latin-1 letters only, no capital after the first character (which CamelCase would
   * split).
   */
  private static boolean isPlainWord(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c < 256 && Character.isLetter(c);
      if (!letter || i > 0 && Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** The key of tokens [from, to). */
  static String key(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }
}
