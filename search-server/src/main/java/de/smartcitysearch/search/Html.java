package de.smartcitysearch.search;

/**
 * HTML escaping for text that is shown inside markup (the highlighter escapes its own passages).
 */
public final class Html {
  private Html() {}

  /** The text with the five characters that markup gives meaning escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
