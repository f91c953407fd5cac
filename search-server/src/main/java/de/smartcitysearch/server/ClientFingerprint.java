package de.smartcitysearch.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Tells clients apart without keeping who they are: a client address becomes 64 bits of a SHA-256
 * under a random salt that lives only in this process, so the numbers cannot be turned back into
 * addresses, not even by trying all IPv4 addresses. An IPv6 client is its /64 network: one host is
 * given a whole /64 and could otherwise count as millions.
 */
final class ClientFingerprint {

  private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private final byte[] salt = new byte[16];

  ClientFingerprint() {
    new SecureRandom().nextBytes(salt);
  }

  /** The fingerprint of a client address (as {@link ClientAddress} names it). */
  long of(String address) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    sha256.update(salt);
    sha256.update(network(address));
    return ByteBuffer.wrap(sha256.digest()).getLong();
  }

  /**
   * The bytes that identify the client: an IPv6 address's first 64 bits, else the address as
   * written.
   */
  static byte[] network(String address) {
    if (address.indexOf(':') >= 0 && IPV6_LITERAL.matcher(address).matches()) {
      try {
        byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
        if (bytes.length == 16) {
          return Arrays.copyOf(bytes, 8);
        }
      } catch (UnknownHostException notAnAddress) {
        // hashed as written
      }
    }
    return address.getBytes(StandardCharsets.UTF_8);
  }
}
