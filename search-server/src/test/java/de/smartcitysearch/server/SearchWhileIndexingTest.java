package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Visitors keep getting answers while a curator adds documents through the admin API. */
class SearchWhileIndexingTest {

  private static final int ADDED = 30;
  private static final int READERS = 4;
  private static final List<String> QUERIES =
      List.of(
          "/api/search?q=Kiel",
          "/api/search?q=Datenplattform&sort=date",
          "/api/search?q=Sensornetz",
          "/api/suggest?q=Sens",
          "/api/facets/city",
          "/api/search?land=Sachsen&size=50");

  @Test
  void searchesSucceedWhileDocumentsAreAddedAndTheNewOnesBecomeVisible(@TempDir Path dir)
      throws Exception {
    try (TestServer server = new TestServer(dir, List.of(), TestServer.ADMIN_KEY)) {
      int before = server.json("/api/search?q=Sensornetz").get("total").getAsInt();
      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      Map<String, Integer> failures = new ConcurrentHashMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(READERS);
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        int offset = r;
        readers.add(
            pool.submit(
                () -> {
                  for (int i = offset; writing.get(); i++) {
                    String path = QUERIES.get(i % QUERIES.size());
                    HttpResponse<String> res = server.get(path);
                    searches.incrementAndGet();
                    if (res.statusCode() / 100 != 2) {
                      failures.merge(path + " -> " + res.statusCode(), 1, Integer::sum);
                    }
                  }
                  return null;
                }));
      }
      try {
        for (int i = 0; i < ADDED; i++) {
          HttpResponse<String> added =
              server.send(
                  AdminApiTest.post(
                      server,
                      """
              {"id":"sensor-%d","title":"Sensornetz Werkstatt %d","text":"Ein Sensornetz für Dresden, Teil %d.",
               "start":"2026-05-%02d","city":"Dresden","land":"Sachsen"}"""
                          .formatted(i, i, i, 1 + i % 28),
                      TestServer.ADMIN_KEY));
          assertEquals(201, added.statusCode(), added.body());
        }
      } finally {
        writing.set(false);
        for (Future<?> f : readers) {
          f.get();
        }
        pool.shutdown();
      }
      assertTrue(failures.isEmpty(), "non-2xx answers while indexing: " + failures);
      assertTrue(searches.get() >= READERS, "the readers searched " + searches.get() + " times");
      int after =
          JsonParser.parseString(server.get("/api/search?q=Sensornetz").body())
              .getAsJsonObject()
              .get("total")
              .getAsInt();
      assertEquals(before + ADDED, after, "every added document is found");
    }
  }
}
