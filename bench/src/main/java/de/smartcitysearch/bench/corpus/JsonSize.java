package de.smartcitysearch.bench.corpus;

/**
 * The number of bytes a string takes inside a UTF-8 JSON string literal (quotes, escapes and all).
 */
final class JsonSize {

  private JsonSize() {}

  /**
   * Bytes of the characters when written as a JSON string body in UTF-8, without the enclosing
   * quotes.
   */
  static int of(CharSequence text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t') {
        bytes += 2;
      } else if (c < 0x20) {
        bytes += 6;
      } else if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isSurrogate(c)) {
        bytes += 2; // a pair is four bytes in all
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
