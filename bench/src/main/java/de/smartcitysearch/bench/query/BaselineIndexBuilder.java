package de.smartcitysearch.bench.query;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Builds the baseline index of the query benchmark: the very documents of a product index (read
 * back from its stored fields, so enrichment and facet values are identical), re-indexed with the
 * same {@link EventSchema} fields and facets but Lucene's stock {@link GermanAnalyzer} on the text
 * fields and without the exact twins.
 *
 * <p>Usage: {@code BaselineIndexBuilder <product index> <baseline index>} (the target is
 * overwritten).
 */
public final class BaselineIndexBuilder {

  private BaselineIndexBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BaselineIndexBuilder <product index dir> <baseline index dir>");
      System.exit(2);
    }
    long started = System.nanoTime();
    long docs = build(Path.of(args[0]), Path.of(args[1]));
    System.out.printf(
        "baseline index %s: %,d documents in %.1f s%n",
        args[1], docs, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Copies every live document of the product index into a fresh baseline index; returns how many.
   */
  public static long build(Path productIndex, Path baselineIndex) throws IOException {
    // the schema's analysis is only used to read stored fields back; the writer below analyses with
    // GermanAnalyzer
    EventSchema schema = new EventSchema(GermanAnalysis.defaults());
    IndexWriterConfig config =
        new IndexWriterConfig(new GermanAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(256);
    long count = 0;
    try (Directory from = FSDirectory.open(productIndex);
        DirectoryReader reader = DirectoryReader.open(from);
        Directory to = FSDirectory.open(baselineIndex);
        IndexWriter writer = new IndexWriter(to, config)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            writer.addDocument(
                withoutExactTwins(schema.toDocument(schema.fromStored(stored.document(doc)))));
            count++;
          }
        }
      }
      writer.forceMerge(segmentsLike(reader));
      writer.commit();
    }
    return count;
  }

  private static Document withoutExactTwins(Document doc) {
    for (String field : EventSchema.TEXT_FIELDS) {
      doc.removeFields(field + EventSchema.EXACT_SUFFIX);
    }
    return doc;
  }

  /**
   * Same segment count as the product index, so that neither side gains from fewer, larger
   * segments.
   */
  private static int segmentsLike(DirectoryReader reader) {
    return Math.max(1, reader.leaves().size());
  }
}
