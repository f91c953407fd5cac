package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import de.smartcitysearch.extract.ExtractionLimits;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.testing.HostileFiles;
import de.smartcitysearch.testing.TestFiles;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF of 2.6 MB whose page inflates to 1 GB of text operators, uploaded to a real server whose
 * uploads are parsed in child processes of 256 MB: it is refused with 422 naming the memory limit,
 * the server's own heap stays within the share an upload may take (in this process the same file
 * exhausted a 2 GB heap in 37 s), searches keep answering while it is parsed, and the next upload
 * is read as before.
 */
class FlateBombUploadTest {

  /**
   * What one upload may add to the server's old generation: its body (held twice while read) and
   * its text.
   */
  private static final long UPLOAD_SHARE_BYTES = 64L << 20;

  @Test
  void aFlateBombIsRefusedWith422AndTheServerHeapStaysWithinAnUploadsShare(
      @TempDir Path dir, @TempDir Path files) throws Exception {
    Path bomb = HostileFiles.flateBombPdf(files.resolve("programm.pdf"), 1024);
    InputOptions uploads = new InputOptions(ExtractionLimits.DEFAULTS.withParseHeapMb(256), null);
    ServerConfig config =
        new ServerConfig("127.0.0.1", 0, List.of(), TestServer.ADMIN_KEY)
            .withRateLimit(ServerConfig.RateLimit.OFF);
    try (TestServer server = new TestServer(dir, config, uploads)) {
      assertEquals(200, server.get("/api/search?q=Kiel").statusCode());
      long oldBefore = oldGenerationAfterGc();
      resetPeaks();

      AtomicBoolean uploading = new AtomicBoolean(true);
      CompletableFuture<List<long[]>> searches =
          CompletableFuture.supplyAsync(() -> searchWhile(server, uploading));
      long start = System.nanoTime();
      HttpResponse<String> refused = server.send(upload(server, "programm.pdf", bomb));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      uploading.set(false);
      List<long[]> answered = searches.get();
      long oldPeak = oldGenerationPeak();

      assertEquals(422, refused.statusCode(), refused.body());
      String message =
          JsonParser.parseString(refused.body())
              .getAsJsonObject()
              .getAsJsonObject("error")
              .get("message")
              .getAsString();
      assertEquals(
          "programm.pdf: needs more than the 256 MB of memory a file may take to parse (a compression "
              + "bomb?)",
          message);
      long slowest = answered.stream().mapToLong(a -> a[1]).max().orElse(-1);
      System.out.printf(
          "flate bomb: refused after %d ms; %d searches meanwhile, all 200: %s, slowest %d ms; old "
              + "generation %.1f MB before, peak %.1f MB%n",
          took.toMillis(),
          answered.size(),
          answered.stream().allMatch(a -> a[0] == 200),
          slowest,
          oldBefore / 1048576.0,
          oldPeak / 1048576.0);
      assertTrue(
          answered.size() >= 3, "searches ran while the file was parsed: " + answered.size());
      assertTrue(answered.stream().allMatch(a -> a[0] == 200), "every search answered");
      assertTrue(slowest < 10_000, "slowest search " + slowest + " ms");
      assertTrue(
          oldPeak - oldBefore < UPLOAD_SHARE_BYTES,
          "old generation grew by " + (oldPeak - oldBefore) / 1048576 + " MB");

      Path programme =
          TestFiles.pdf(
              files.resolve("tagesordnung.pdf"),
              "Tagesordnung",
              "Ratssitzung zur Datenplattform in Kiel");
      HttpResponse<String> next = server.send(upload(server, "kiel/tagesordnung.pdf", programme));
      assertEquals(201, next.statusCode(), next.body());
    }
  }

  private static HttpRequest.Builder upload(TestServer server, String name, Path file)
      throws Exception {
    return HttpRequest.newBuilder(server.uri("/api/documents?filename=" + name))
        .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
        .header("Content-Type", "application/pdf")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)));
  }

  /** Status and milliseconds of searches sent one after another while the upload runs. */
  private static List<long[]> searchWhile(TestServer server, AtomicBoolean running) {
    List<long[]> answered = new ArrayList<>();
    String[] queries = {"Kiel", "Konferenz", "Digitaltag", "Bürgerbeteiligung", "Datenplattform"};
    for (int i = 0; running.get(); i++) {
      long start = System.nanoTime();
      try {
        int status =
            server
                .get("/api/search?q=" + queries[i % queries.length] + "&page=" + (1 + i % 7))
                .statusCode();
        answered.add(new long[] {status, (System.nanoTime() - start) / 1_000_000});
        Thread.sleep(200);
      } catch (Exception e) {
        answered.add(new long[] {-1, (System.nanoTime() - start) / 1_000_000});
      }
    }
    return answered;
  }

  private static List<MemoryPoolMXBean> oldGeneration() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(
            p ->
                p.getType() == MemoryType.HEAP
                    && (p.getName().contains("Old") || p.getName().contains("Tenured")))
        .toList();
  }

  private static void resetPeaks() {
    oldGeneration().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long oldGenerationPeak() {
    return oldGeneration().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long oldGenerationAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return oldGeneration().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }
}
