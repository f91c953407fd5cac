package de.smartcitysearch.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertHitCount;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.opensearch.index.SeedDocuments;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * {@code smartcity-search index --opensearch URL --index-name NAME} indexes pages into a real
 * three-node cluster through the product's one ingestion path: incrementally, a broken file named
 * while the others are indexed, bad arguments and an unreachable cluster a clear message without a
 * stack trace.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 3,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class IndexCommandOnClusterTest extends EventClusterTestCase {

  private static final Path SEEDS =
      Path.of(System.getProperty("project.root", "..")).resolve("seeds");

  @Test
  public void theSeedPagesAreIndexedFromTheCommandLineAndOnlyChangesAreWrittenAgain()
      throws IOException {
    Path input =
        createTempDir()
            .resolve("seeds"); // a source is named from its input folder on: the same ids
    Files.createDirectories(input);
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path seed : seeds) {
      Files.copy(seed, input.resolve(seed.getFileName().toString()));
    }
    Files.write(
        input.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));

    CommandLineRun first = index("--input", input.toString(), "--shards", "2", "--replicas", "1");
    assertEquals(first.all(), 0, first.code());
    assertTrue(
        first.all(),
        first
            .out()
            .contains("added " + seeds.size() + ", updated 0, unchanged 0, removed 0, failed 1"));
    assertTrue(first.all(), first.out().contains("failed: seeds/broken.pdf: cannot be parsed"));

    Settings settings = settingsOf("events");
    assertEquals(2, settings.getAsInt("index.number_of_shards", 0).intValue());
    assertEquals(1, settings.getAsInt("index.number_of_replicas", 0).intValue());
    List<EventDocument> documents = SeedDocuments.read();
    assertHitCount(client().prepareSearch("events").setSize(0).get(), documents.size());
    assertHitCount(
        client()
            .prepareSearch("events")
            .setSize(0)
            .setQuery(QueryBuilders.termQuery(EventSchema.KIND, "event"))
            .get(),
        seeds.size());
    for (EventDocument document : documents) {
      assertTrue(document.id(), client().prepareGet("events", document.id()).get().isExists());
    }
    assertTrue(documents.stream().anyMatch(d -> d.kind() == DocumentKind.SESSION));

    CommandLineRun again = index("--input", input.toString());
    assertEquals(again.all(), 0, again.code());
    assertTrue(
        again.all(),
        again
            .out()
            .contains("added 0, updated 0, unchanged " + seeds.size() + ", removed 0, failed 1"));

    assertHitCount(client().prepareSearch("events").setSize(0).setQuery(nachtrag()).get(), 0);
    Path changed = input.resolve(seeds.get(0).getFileName().toString());
    String page = Files.readString(changed, StandardCharsets.UTF_8);
    int afterTitle = page.indexOf('\n') + 1;
    Files.writeString(
        changed,
        page.substring(0, afterTitle)
            + "Nachtrag: Anmeldeschluss ist Ende Mai.\n\n"
            + page.substring(afterTitle),
        StandardCharsets.UTF_8);
    CommandLineRun third = index("--input", input.toString());
    assertTrue(
        third.all(), third.out().contains("added 0, updated 1, unchanged " + (seeds.size() - 1)));
    assertHitCount(client().prepareSearch("events").setSize(0).get(), documents.size());
    assertHitCount(client().prepareSearch("events").setSize(0).setQuery(nachtrag()).get(), 1);
  }

  private static QueryBuilder nachtrag() {
    return QueryBuilders.boolQuery()
        .filter(QueryBuilders.termQuery(EventSchema.KIND, "event"))
        .must(QueryBuilders.matchQuery(EventSchema.BODY, "Nachtrag"));
  }

  @Test
  public void badArgumentsAndAnUnreachableClusterAreClearErrors() throws IOException {
    String seeds = SEEDS.toString();
    CommandLineRun noScheme =
        CommandLineRun.of(
            "index", "--opensearch", "localhost:9200", "--index-name", "events", "--input", seeds);
    assertEquals(noScheme.all(), 2, noScheme.code());
    assertTrue(noScheme.all(), noScheme.err().contains("http://localhost:9200"));

    CommandLineRun noName =
        CommandLineRun.of("index", "--opensearch", ClusterNodes.httpUrls(), "--input", seeds);
    assertEquals(noName.all(), 2, noName.code());
    assertTrue(noName.all(), noName.err().contains("--index-name"));

    CommandLineRun badName =
        CommandLineRun.of(
            "index",
            "--opensearch",
            ClusterNodes.httpUrls(),
            "--index-name",
            "Events",
            "--input",
            seeds);
    assertEquals(badName.all(), 2, badName.code());
    assertTrue(badName.all(), badName.err().contains("'Events'"));

    CommandLineRun both =
        CommandLineRun.of(
            "index",
            "--opensearch",
            ClusterNodes.httpUrls(),
            "--index-name",
            "events",
            "--index",
            createTempDir().toString(),
            "--input",
            seeds);
    assertEquals(both.all(), 2, both.code());

    CommandLineRun shardsOfAFolder =
        CommandLineRun.of(
            "index", "--index", createTempDir().toString(), "--shards", "2", "--input", seeds);
    assertEquals(shardsOfAFolder.all(), 2, shardsOfAFolder.code());
    assertTrue(shardsOfAFolder.all(), shardsOfAFolder.err().contains("--opensearch"));

    CommandLineRun noShards =
        CommandLineRun.of(
            "index",
            "--opensearch",
            ClusterNodes.httpUrls(),
            "--index-name",
            "events",
            "--shards",
            "0",
            "--input",
            seeds);
    assertEquals(noShards.all(), 2, noShards.code());
    assertTrue(noShards.all(), noShards.err().contains("at least 1 shard"));

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String unreachable = "http://127.0.0.1:" + closedPort;
    CommandLineRun down =
        CommandLineRun.of(
            "index",
            "--opensearch",
            unreachable,
            "--index-name",
            "events",
            "--input",
            seeds,
            "--quiet");
    assertEquals(down.all(), 1, down.code());
    assertTrue(down.all(), down.err().contains(unreachable) && down.err().contains("failed after"));
    assertFalse("no stack trace: " + down.all(), down.all().contains("\tat "));
  }

  private CommandLineRun index(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "index",
                "--opensearch",
                ClusterNodes.httpUrls(),
                "--index-name",
                "events",
                "--quiet"));
    all.addAll(List.of(args));
    return CommandLineRun.of(all.toArray(String[]::new));
  }
}
