package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile requests against the real server: none may get a 5xx, every error is the JSON
 * error shape, no answer takes longer than a second, and the server holds no more threads or heap
 * afterwards than before.
 *
 * <p>CI sends {@code fuzz.requests} (default 5,000); the full run is {@code mvn -B -pl
 * search-server -am verify -Dtest=HostileRequestsFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.requests=100000} (the seed is {@code fuzz.seed}, default 20260422).
 */
class HostileRequestsFuzzTest {

  private static final int CLIENT_THREADS = 4;
  private static final long SLOWEST_ALLOWED_MS = 1_000;
  private static final int THREAD_TOLERANCE = 8;
  private static final long HEAP_TOLERANCE_BYTES = 24L << 20;
  private static final int MAX_REPORTED = 10;

  @Test
  void hostileRequestsGetJsonAnswersQuicklyAndLeakNothing(@TempDir Path dir) throws Exception {
    int requests = Integer.getInteger("fuzz.requests", 5_000);
    long seed = Long.getLong("fuzz.seed", 20260422L);
    ExecutorService clientThreads = Executors.newFixedThreadPool(CLIENT_THREADS);
    ExecutorService clientIo = Executors.newFixedThreadPool(2);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(clientIo)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try (TestServer server = new TestServer(dir, List.of(), TestServer.ADMIN_KEY)) {
      // the first requests load classes and compile code: their shape counts, their time does not
      Run warmUp =
          send(
              server,
              client,
              clientThreads,
              new HostileRequests(seed - 1),
              Math.min(2_000, requests),
              false);
      Resources before = Resources.measure();
      Run run = send(server, client, clientThreads, new HostileRequests(seed), requests, true);
      Resources after = Resources.measure();

      System.out.printf(
          "fuzz: %d requests (seed %d): %s; warm-up %s; threads %d -> %d, heap after GC %.1f -> %.1f MB%n",
          requests,
          seed,
          run,
          warmUp,
          before.threads,
          after.threads,
          before.heapMb(),
          after.heapMb());
      assertTrue(
          run.problems.isEmpty() && warmUp.problems.isEmpty(),
          run.problems.size()
              + " problems:\n"
              + String.join(
                  "\n", run.problems.subList(0, Math.min(MAX_REPORTED, run.problems.size())))
              + "\nwarm-up: "
              + warmUp.problems.subList(0, Math.min(MAX_REPORTED, warmUp.problems.size())));
      assertTrue(
          run.slowestMs() <= SLOWEST_ALLOWED_MS, "slowest answer took " + run.slowestMs() + " ms");
      assertTrue(
          after.threads <= before.threads + THREAD_TOLERANCE,
          "threads grew from " + before.threads + " to " + after.threads);
      assertTrue(
          after.heapBytes <= before.heapBytes + HEAP_TOLERANCE_BYTES,
          "heap after GC grew from " + before.heapMb() + " MB to " + after.heapMb() + " MB");
    } finally {
      clientThreads.shutdownNow();
      clientIo.shutdownNow();
    }
  }

  /**
   * Sends the requests from a few threads; the generator is shared under a lock so the sequence is
   * the seed's.
   */
  private static Run send(
      TestServer server,
      HttpClient client,
      ExecutorService threads,
      HostileRequests generator,
      int count,
      boolean timed)
      throws Exception {
    Run run = new Run(timed);
    AtomicLong next = new AtomicLong();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < CLIENT_THREADS; t++) {
      workers.add(
          threads.submit(
              () -> {
                while (next.getAndIncrement() < count) {
                  String pathAndQuery;
                  synchronized (generator) {
                    pathAndQuery = generator.next();
                  }
                  run.check(pathAndQuery, client, server.uri("/"));
                }
                return null;
              }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    return run;
  }

  /** Status counts, the slowest answer and every violation of the rules. */
  private static final class Run {
    private final AtomicLongArray statusClasses = new AtomicLongArray(6);
    private final AtomicLong slowestNanos = new AtomicLong();
    private final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    private final boolean timed;

    Run(boolean timed) {
      this.timed = timed;
    }

    void check(String pathAndQuery, HttpClient client, URI base) {
      URI uri;
      try {
        uri = URI.create(base + pathAndQuery.substring(1));
      } catch (IllegalArgumentException e) {
        problem("generator made an invalid URI: " + abbreviate(pathAndQuery));
        return;
      }
      long start = System.nanoTime();
      try {
        HttpResponse<String> r = send(client, uri);
        long nanos = System.nanoTime() - start;
        slowestNanos.accumulateAndGet(nanos, Math::max);
        int status = r.statusCode();
        statusClasses.incrementAndGet(Math.min(5, status / 100));
        if (status >= 500) {
          problem(status + " for " + abbreviate(pathAndQuery) + ": " + abbreviate(r.body()));
        } else if (status >= 400 && !isJsonError(r.body())) {
          problem(
              status
                  + " without the JSON error shape for "
                  + abbreviate(pathAndQuery)
                  + ": "
                  + abbreviate(r.body()));
        }
        if (timed && nanos > SLOWEST_ALLOWED_MS * 1_000_000) {
          problem(nanos / 1_000_000 + " ms for " + abbreviate(pathAndQuery));
        }
      } catch (Exception e) {
        problem("no answer for " + abbreviate(pathAndQuery) + ": " + e);
      }
    }

    private static HttpResponse<String> send(HttpClient client, URI uri)
        throws IOException, InterruptedException {
      return client.send(
          HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private void problem(String description) {
      problems.add(abbreviate(description));
    }

    long slowestMs() {
      return slowestNanos.get() / 1_000_000;
    }

    @Override
    public String toString() {
      return "2xx "
          + statusClasses.get(2)
          + ", 4xx "
          + statusClasses.get(4)
          + ", 5xx "
          + statusClasses.get(5)
          + ", slowest "
          + slowestMs()
          + " ms";
    }

    private static boolean isJsonError(String body) {
      try {
        JsonElement json = JsonParser.parseString(body);
        JsonObject error = json.getAsJsonObject().getAsJsonObject("error");
        return error != null
            && error.get("code").isJsonPrimitive()
            && !error.get("message").getAsString().isBlank();
      } catch (RuntimeException e) {
        return false;
      }
    }

    private static String abbreviate(String s) {
      return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
    }
  }

  /** Live threads and heap in use after a full collection. */
  private record Resources(int threads, long heapBytes) {
    static Resources measure() throws InterruptedException {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      for (int i = 0; i < 3; i++) {
        System.gc();
        Thread.sleep(100);
      }
      return new Resources(
          ManagementFactory.getThreadMXBean().getThreadCount(),
          memory.getHeapMemoryUsage().getUsed());
    }

    double heapMb() {
      return heapBytes / 1048576.0;
    }
  }
}
