package de.smartcitysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.search.SampleEvents;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code smartcity-search serve} as a real process: it serves an index and stops cleanly on
 * SIGTERM.
 */
class ServeCommandTest {

  private static final Pattern HEAP =
      Pattern.compile(
          "serve: heap limit (\\d+) MB; uploaded files parsed in child "
              + "processes of 256 MB heap each");
  private static final Pattern LISTENING =
      Pattern.compile("serve: (\\d+) documents on http://127\\.0\\.0\\.1:(\\d+)/");

  @Test
  void servesAnIndexSaysItsHeapAndStopsGracefullyOnSigterm(@TempDir Path index) throws Exception {
    SampleEvents.index(index, SampleEvents.all());
    Process p =
        javaProcess("serve", "--index", index.toString(), "--port", "0", "--host", "127.0.0.1");
    // destroy() closes the process's streams, so its output is collected on the side as it comes
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (java.io.IOException closed) {
                // the stream ends when the process is destroyed
              }
            });
    reader.start();
    try {
      Matcher m = null;
      while (m == null) {
        String line = lines.poll(60, TimeUnit.SECONDS);
        assertNotNull(line, "the server announced where it listens");
        Matcher candidate = LISTENING.matcher(line);
        m = candidate.find() ? candidate : null;
      }
      assertEquals("7", m.group(1));
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(2) + "/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      ProcessHandle handle = p.toHandle();
      handle.destroy(); // SIGTERM, without closing our end of the output
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stopped within 20 s");
      reader.join(5000);
      assertTrue(lines.contains("serve: stopped"), lines.toString());
      Matcher heap =
          lines.stream()
              .map(HEAP::matcher)
              .filter(Matcher::find)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no heap line in " + lines));
      assertTrue(
          Math.abs(Integer.parseInt(heap.group(1)) - 512) <= 16,
          "the heap it runs with (-Xmx512m): " + heap.group());
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void withoutAnIndexItSaysWhatIsMissing(@TempDir Path empty) throws Exception {
    Process p = javaProcess("serve", "--index", empty.resolve("none").toString(), "--port", "0");
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, p.exitValue(), err);
    assertTrue(err.contains("no search index in"), err);
    assertTrue(!err.contains("Exception"), err);
  }

  @Test
  void aBadPortIsAUsageError() {
    assertEquals(2, SmartCitySearchCli.run("serve", "--port", "70000"));
    assertTrue(Files.exists(Path.of(".")));
  }

  @Test
  void connectionLimitsOutOfRangeAreUsageErrors() {
    assertEquals(2, SmartCitySearchCli.run("serve", "--idle-timeout", "0"));
    assertEquals(2, SmartCitySearchCli.run("serve", "--header-timeout", "-1"));
    assertEquals(2, SmartCitySearchCli.run("serve", "--max-connections-per-address", "-5"));
  }

  private static Process javaProcess(String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED",
                "--add-modules",
                "jdk.incubator.vector",
                "-cp",
                System.getProperty("java.class.path"),
                SmartCitySearchCli.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).start();
  }
}
