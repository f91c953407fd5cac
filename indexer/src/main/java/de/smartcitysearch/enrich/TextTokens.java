package de.smartcitysearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and numbers with their offsets, the unit names are matched in.
 *
 * <p>Hyphens, slashes, brackets and dots separate words, so "Baden-Württemberg" and "Frankfurt (Oder)"
 * match "Baden Württemberg" and "Frankfurt/Oder". A word written in CamelCase ("KielRegion") is split
 * where a capital follows a capitalised word of three or more letters, so the region is found but
 * "Kielwasser" stays one word.
 */
public final class TextTokens {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\d+");
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
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      int offset = m.start();
      if (!hasInnerCapital(word)) {
        tokens.add(new Token(word, offset, offset + word.length()));
        continue;
      }
      for (String part : CAMEL.split(word)) {
        tokens.add(new Token(part, offset, offset + part.length()));
        offset += part.length();
      }
    }
    return tokens;
  }

  private static boolean hasInnerCapital(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The key a name is looked up by: its words joined by single spaces. */
  public static String key(String name) {
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
