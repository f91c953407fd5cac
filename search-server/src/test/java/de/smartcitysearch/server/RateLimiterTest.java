package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket: bursts, steady refill, separate clients, bounded memory. */
class RateLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final RateLimiter limiter = new RateLimiter(new ServerConfig.RateLimit(2, 4), now::get);

  @Test
  void aBurstIsAllowedThenTheClientWaitsForTheRefill() {
    for (int i = 0; i < 4; i++) {
      assertTrue(limiter.acquire("a").allowed());
    }
    RateLimiter.Decision refused = limiter.acquire("a");
    assertFalse(refused.allowed());
    assertEquals(
        1,
        refused.retryAfterSeconds(),
        "two tokens a second: the next one is less than a second away");
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500)); // half a second brings back one token
    assertTrue(limiter.acquire("a").allowed());
    assertFalse(limiter.acquire("a").allowed());
  }

  @Test
  void clientsHaveSeparateBuckets() {
    for (int i = 0; i < 4; i++) {
      limiter.acquire("a");
    }
    assertFalse(limiter.acquire("a").allowed());
    assertTrue(limiter.acquire("b").allowed());
  }

  @Test
  void aSlowRateGivesARetryAfterOfSeveralSeconds() {
    RateLimiter slow = new RateLimiter(new ServerConfig.RateLimit(0.1, 1), now::get);
    assertTrue(slow.acquire("a").allowed());
    assertEquals(10, slow.acquire("a").retryAfterSeconds(), "one token every ten seconds");
  }

  @Test
  void quietClientsAreForgottenSoSpoofedAddressesCannotFillTheMemory() {
    for (int i = 0; i <= RateLimiter.MAX_TRACKED_CLIENTS; i++) {
      limiter.acquire("client-" + i);
    }
    now.addAndGet(TimeUnit.SECONDS.toNanos(2)); // every bucket is full again
    limiter.acquire("one-more");
    assertTrue(
        limiter.trackedClients() <= 1,
        "only the new client is tracked, was " + limiter.trackedClients());
  }
}
