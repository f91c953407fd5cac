package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address counts as the client's, with and without trusted proxies. */
class ClientAddressTest {

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertEquals("192.0.2.1", new ClientAddress(List.of()).of("192.0.2.1", List.of("203.0.113.5")));
  }

  @Test
  void aPeerThatIsNoTrustedProxyCannotClaimAnotherAddress() {
    ClientAddress clients = new ClientAddress(List.of("10.0.0.1"));
    assertEquals("192.0.2.1", clients.of("192.0.2.1", List.of("203.0.113.5")));
  }

  @Test
  void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
    ClientAddress clients = new ClientAddress(List.of("10.0.0.1", "10.0.0.2"));
    assertEquals("203.0.113.5", clients.of("10.0.0.1", List.of("6.6.6.6, 203.0.113.5, 10.0.0.2")));
    assertEquals(
        "203.0.113.5",
        clients.of("10.0.0.1", List.of("6.6.6.6", "203.0.113.5")),
        "repeated headers");
    assertEquals("10.0.0.1", clients.of("10.0.0.1", List.of()), "no header: the proxy itself");
  }

  @Test
  void ipv6AddressesAreComparedInOneSpelling() {
    ClientAddress clients = new ClientAddress(List.of("[::1]"));
    assertEquals("2001:db8::7", clients.of("::1", List.of("2001:DB8::7")));
  }
}
