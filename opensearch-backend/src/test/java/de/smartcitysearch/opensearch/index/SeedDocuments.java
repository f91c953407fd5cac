package de.smartcitysearch.opensearch.index;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.enrich.EventEnricher;
import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.extract.ExtractionException;
import de.smartcitysearch.extract.InputListener;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.InputReader;
import de.smartcitysearch.extract.SourceItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of the seed pages, made by the indexer's own reading and enrichment (as {@code
 * index} makes them).
 */
public final class SeedDocuments {

  private static List<EventDocument> cached;

  private SeedDocuments() {}

  /** The documents, read once per test JVM (extraction and enrichment take a while). */
  public static synchronized List<EventDocument> read() throws IOException {
    if (cached == null) {
      cached = List.copyOf(readNow());
    }
    return cached;
  }

  private static List<EventDocument> readNow() throws IOException {
    Path seeds = Path.of(System.getProperty("project.root", "..")).resolve("seeds");
    EventEnricher enricher = EventEnricher.withDefaults();
    List<EventDocument> documents = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    new InputReader(InputOptions.DEFAULTS)
        .read(
            List.of(seeds),
            new InputListener() {
              @Override
              public void item(SourceItem item) {
                try {
                  ExtractedPage page = item.extract();
                  for (EventDocument document : enricher.enrich(page)) {
                    documents.add(document.toBuilder().contentHash(item.contentHash()).build());
                  }
                } catch (ExtractionException e) {
                  failures.add(item.location() + ": " + e.getMessage());
                }
              }

              @Override
              public void failed(String location, String reason) {
                failures.add(location + ": " + reason);
              }
            });
    if (!failures.isEmpty() || documents.isEmpty()) {
      throw new UncheckedIOException(new IOException("seed pages could not be read: " + failures));
    }
    return documents;
  }
}
