package de.smartcitysearch.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the project's one digest: fingerprints of sources (to skip unchanged input), ids derived
 * from names, the admin key compared in constant time, ETags.
 */
public final class Sha256 {

  private Sha256() {}

  /** The digest of the bytes. */
  public static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }

  /** The digest of the text's UTF-8 bytes. */
  public static byte[] digest(String text) {
    return digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The digest of the bytes in lower-case hex (64 digits). */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(digest(bytes));
  }

  /** The digest of the text's UTF-8 bytes in lower-case hex (64 digits). */
  public static String hex(String text) {
    return HexFormat.of().formatHex(digest(text));
  }
}
