package de.smartcitysearch.server.instantsearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Rewrites the query core's highlighting (HTML-escaped text, matches in {@code <mark>}) the way
 * Algolia answers it: the raw text with the client's own tags around the matches ({@code
 * highlightPreTag}, {@code highlightPostTag}). InstantSearch asks for placeholder tags and escapes
 * the text itself before it turns them into {@code <mark>}.
 *
 * @param pre the tag before a match
 * @param post the tag after a match
 */
record HighlightTags(String pre, String post) {

  /** Algolia's own default tags. */
  static final HighlightTags DEFAULT = new HighlightTags("<em>", "</em>");

  private static final String MARK_OPEN = "<mark>";
  private static final String MARK_CLOSE = "</mark>";

  /**
   * One highlighted attribute as {@code _highlightResult} and {@code _snippetResult} write it.
   *
   * @param marked the core's highlight: escaped text with {@code <mark>} around matches
   * @param everyWord true when the hit has every word of the query (then a match level is "full")
   */
  JsonObject result(String marked, boolean everyWord) {
    StringBuilder value = new StringBuilder();
    Set<String> matched = new LinkedHashSet<>();
    int at = 0;
    while (at < marked.length()) {
      int open = marked.indexOf(MARK_OPEN, at);
      int close = open < 0 ? -1 : marked.indexOf(MARK_CLOSE, open);
      if (open < 0 || close < 0) {
        value.append(unescape(marked.substring(at)));
        break;
      }
      String word = unescape(marked.substring(open + MARK_OPEN.length(), close));
      value.append(unescape(marked.substring(at, open))).append(pre).append(word).append(post);
      matched.add(word.toLowerCase(Locale.GERMAN));
      at = close + MARK_CLOSE.length();
    }
    JsonObject out = new JsonObject();
    out.addProperty("value", value.toString());
    out.addProperty("matchLevel", matched.isEmpty() ? "none" : everyWord ? "full" : "partial");
    JsonArray words = new JsonArray();
    matched.forEach(words::add);
    out.add("matchedWords", words);
    out.addProperty(
        "fullyHighlighted",
        matched.size() == 1
            && value.toString().startsWith(pre)
            && value.toString().endsWith(post)
            && value.indexOf(pre, pre.length()) < 0);
    return out;
  }

  /**
   * Text back from HTML: the named entities the core writes and every numeric one (Lucene writes
   * "&#228;").
   */
  static String unescape(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      int semicolon = c == '&' ? html.indexOf(';', i) : -1;
      if (semicolon < 0 || semicolon - i > 10) {
        out.append(c);
        i++;
        continue;
      }
      String entity = html.substring(i + 1, semicolon);
      String text =
          switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> numeric(entity);
          };
      if (text == null) {
        out.append(c);
        i++;
      } else {
        out.append(text);
        i = semicolon + 1;
      }
    }
    return out.toString();
  }

  private static String numeric(String entity) {
    if (!entity.startsWith("#") || entity.length() < 2) {
      return null;
    }
    try {
      boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
      int code = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(code) ? Character.toString(code) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
