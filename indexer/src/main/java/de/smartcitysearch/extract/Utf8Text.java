package de.smartcitysearch.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of a plain-text file that is valid UTF-8, decoded the way Tika's text parser gives it,
 * without Tika.
 *
 * <p>Text dumps of web pages (the seeds) are UTF-8; building Tika's parser for them costs a second
 * of start-up and its autodetection would find UTF-8 anyway. The result equals Tika's: a leading
 * byte-order mark dropped, characters XML cannot carry (controls other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF) replaced by U+FFFD, a line break after the text (Tika ends its
 * one paragraph with one), the text cut at the character limit. Bytes that are not UTF-8 are left
 * to Tika's charset detection.
 */
final class Utf8Text {

  private Utf8Text() {}

  /** The text, or empty when the bytes are not valid UTF-8. */
  static Optional<String> decode(byte[] bytes, int maxChars) {
    CharBuffer chars;
    try {
      chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    int from = chars.length() > 0 && chars.charAt(0) == '\uFEFF' ? 1 : 0;
    int to = Math.min(chars.length(), from + maxChars);
    StringBuilder text = new StringBuilder(to - from + 1);
    for (int i = from; i < to; i++) {
      char c = chars.charAt(i);
      boolean xmlChar =
          c >= 0x20 ? c != '\uFFFE' && c != '\uFFFF' : c == '\t' || c == '\n' || c == '\r';
      text.append(xmlChar ? c : '\uFFFD');
    }
    if (to - from < maxChars) {
      text.append('\n');
    }
    return Optional.of(text.toString());
  }
}
