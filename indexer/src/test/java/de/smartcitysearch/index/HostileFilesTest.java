package de.smartcitysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.testing.HostileFiles;
import de.smartcitysearch.testing.IndexRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of hostile files indexed by a child JVM limited to 256 MB of heap: every file is either
 * indexed or named with a reason, the run completes, and the index afterwards is sound and
 * searchable.
 */
class HostileFilesTest {

  private static final int TIMEOUT_SECONDS = 10;
  private static final long RUN_LIMIT_SECONDS = 300;

  @TempDir static Path tmp;
  static Path folder;
  static Path index;
  static int exitCode;
  static String output;

  /** Failure reason per file name, from the run's summary. */
  static Map<String, String> failed = new LinkedHashMap<>();

  /** File names with at least one document in the index. */
  static Set<String> indexed = new HashSet<>();

  @BeforeAll
  static void indexTheHostileSet() throws Exception {
    folder = Files.createDirectories(tmp.resolve("hostile"));
    index = tmp.resolve("index");
    HostileFiles.writeSet(folder);

    Process child =
        new ProcessBuilder(IndexRun.command("256m", index, TIMEOUT_SECONDS, folder))
            .redirectErrorStream(true)
            .start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    child.getInputStream().transferTo(out);
                  } catch (IOException ignored) {
                    // the process ended
                  }
                });
    boolean finished = child.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      child.destroyForcibly();
    }
    reader.join();
    output = out.toString(StandardCharsets.UTF_8);
    exitCode = finished ? child.exitValue() : -1;
    System.out.println(
        output
            .lines()
            .filter(l -> l.startsWith(IndexRun.SUMMARY))
            .reduce("", (a, b) -> a + b + "\n"));
    for (String line : output.lines().toList()) {
      if (line.startsWith(IndexRun.SUMMARY + "failed: ")) {
        String failure = line.substring((IndexRun.SUMMARY + "failed: ").length());
        String location = failure.substring(0, failure.indexOf(": "));
        failed.put(
            location.substring(location.lastIndexOf('/') + 1),
            failure.substring(location.length() + 2));
      }
    }
    if (exitCode == 0) {
      try (FSDirectory dir = FSDirectory.open(index);
          DirectoryReader reader2 = DirectoryReader.open(dir)) {
        StoredFields stored = reader2.storedFields();
        for (int i = 0; i < reader2.maxDoc(); i++) {
          String source = stored.document(i).get(EventSchema.SOURCE);
          indexed.add(source.substring(source.lastIndexOf('/') + 1));
        }
      }
    }
  }

  @Test
  void theRunCompletesWithin256MegabytesOfHeap() {
    assertEquals(0, exitCode, "exit code (3 would be an OutOfMemoryError); output:\n" + output);
    assertTrue(output.contains(IndexRun.SUMMARY + "added "), output);
  }

  @Test
  void everyFileIsIndexedOrNamedWithAReason() throws IOException {
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        boolean skipped = failed.containsKey(name) && !failed.get(name).isBlank();
        assertTrue(
            indexed.contains(name) ^ skipped,
            name
                + ": indexed "
                + indexed.contains(name)
                + ", failed "
                + failed.get(name)
                + "\n"
                + output);
      }
    }
  }

  @Test
  void filesThatCannotBeReadAreSkippedForTheRightReason() {
    assertTrue(failed.get("encrypted.pdf").contains("encrypted"), failed.toString());
    assertTrue(failed.get("empty.txt").contains("empty"), failed.toString());
    assertTrue(failed.get("huge.txt").contains("too large"), failed.toString());
  }

  @Test
  void readableFilesAreSearchableAfterTheRun() throws IOException {
    assertEquals(Set.of("ok.txt"), sourcesMatching("Werkstatt"));
    assertEquals(
        Set.of("Tag der offenen Tür .. Köln..txt"), sourcesMatching("Quartiersmanagement"));
    assertEquals(
        Set.of("script.pdf"),
        sourcesMatching("Stadtteilkonferenz"),
        "the PDF's text, its script ignored");
    assertEquals(
        Set.of("broken-utf8.txt"),
        sourcesMatching("Quartiersentwicklung"),
        "the valid words around broken bytes are kept");
  }

  @Test
  void aZipBombYieldsAtMostTheWriteLimitOfText() throws IOException {
    // streamed, the 300 MB of document.xml stop at the 2,000,000-character write limit (or are
    // refused)
    if (indexed.contains("zipbomb.docx")) {
      try (FSDirectory dir = FSDirectory.open(index);
          DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        var hits =
            searcher.search(
                    new org.apache.lucene.search.TermQuery(
                        new org.apache.lucene.index.Term(
                            EventSchema.SOURCE, "hostile/zipbomb.docx")),
                    10)
                .scoreDocs;
        assertEquals(1, hits.length);
        String body = searcher.storedFields().document(hits[0].doc).get(EventSchema.BODY);
        assertTrue(body.length() <= 2_000_000, "body of " + body.length() + " characters");
      }
    } else {
      assertFalse(failed.get("zipbomb.docx").isBlank());
    }
  }

  @Test
  void theIndexIsSoundAfterTheRun() throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(new PrintStream(OutputStream.nullOutputStream()));
      assertTrue(check.checkIndex().clean);
    }
    assertFalse(indexed.isEmpty());
  }

  private static Set<String> sourcesMatching(String word) throws IOException {
    EventSchema schema = new EventSchema(GermanAnalysis.defaults());
    QueryBuilder builder = new QueryBuilder(schema.indexAnalyzer());
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    // the exact-spelling fields: compound parts ("Quartier") must not make other files match
    for (String field :
        List.of(EventSchema.TITLE_EXACT, EventSchema.TEASER_EXACT, EventSchema.BODY_EXACT)) {
      anyField.add(builder.createBooleanQuery(field, word), BooleanClause.Occur.SHOULD);
    }
    Query query = anyField.build();
    Set<String> sources = new HashSet<>();
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
        String source = searcher.storedFields().document(hit.doc).get(EventSchema.SOURCE);
        sources.add(source.substring(source.lastIndexOf('/') + 1));
      }
    }
    return sources;
  }
}
