package de.smartcitysearch.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each request takes a token, tokens come back at a steady rate up to
 * the burst size.
 *
 * <p>Memory stays bounded under address spoofing or many clients: when more than {@link
 * #MAX_TRACKED_CLIENTS} buckets exist, the ones that are full again (their client has been quiet
 * long enough) are dropped; a full bucket carries no information, so dropping it changes no answer.
 */
final class RateLimiter {

  static final int MAX_TRACKED_CLIENTS = 100_000;

  /** What a request may do: go ahead, or wait this many seconds. */
  record Decision(boolean allowed, long retryAfterSeconds) {}

  private final double perNano;
  private final double burst;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(ServerConfig.RateLimit limit, LongSupplier nanoTime) {
    if (!limit.enabled()) {
      throw new IllegalArgumentException("a rate limiter needs a positive rate");
    }
    this.perNano = limit.perSecond() / TimeUnit.SECONDS.toNanos(1);
    this.burst = limit.burst();
    this.nanoTime = nanoTime;
  }

  RateLimiter(ServerConfig.RateLimit limit) {
    this(limit, System::nanoTime);
  }

  /** Takes a token for this client if one is there. */
  Decision acquire(String client) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > MAX_TRACKED_CLIENTS) {
      buckets.values().removeIf(b -> b.fullAt(now));
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now);
  }

  /** Clients currently tracked (for the memory bound test). */
  int trackedClients() {
    return buckets.size();
  }

  private final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    synchronized Decision take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return new Decision(true, 0);
      }
      double waitNanos = (1 - tokens) / perNano;
      return new Decision(
          false, Math.max(1, (long) Math.ceil(waitNanos / TimeUnit.SECONDS.toNanos(1))));
    }

    synchronized boolean fullAt(long now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(long now) {
      tokens = Math.min(burst, tokens + Math.max(0, now - updated) * perNano);
      updated = now;
    }
  }
}
