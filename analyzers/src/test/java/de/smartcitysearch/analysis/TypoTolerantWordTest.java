package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typo tolerance: which indexed words are near enough to a mistyped word to be what the visitor
 * meant.
 */
class TypoTolerantWordTest {

  @TempDir static Path dir;

  @BeforeAll
  static void index() throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new KeywordAnalyzer()))) {
      add(w, "a", "kongress");
      add(w, "b", "kongress");
      add(w, "c", "kongresse");
      add(w, "d", "pongress"); // differs in the first letter
      add(w, "e", "konstanz");
      add(w, "f", "konstanze");
      add(w, "g", "konstanze");
      add(w, "h", "datenplattform");
      add(w, "i", "kongresz");
    }
  }

  @Test
  void theNeighboursAreTheIndexedTermsWithinTheToleratedEditsKeepingTheFirstLetter()
      throws IOException {
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      // pongress differs in the first letter: never taken for a typo of kongress
      assertEquals(
          Set.of(
              new TypoTolerantWord.Neighbour("kongress", 2),
              new TypoTolerantWord.Neighbour("kongresz", 1)),
          Set.copyOf(TypoTolerantWord.of("kongres", 1).near(reader, List.of("w"))));
      // "konstnaz" is one transposition from konstanz and two edits from konstanze
      assertEquals(
          Set.of(
              new TypoTolerantWord.Neighbour("konstanz", 1),
              new TypoTolerantWord.Neighbour("konstanze", 2)),
          Set.copyOf(TypoTolerantWord.of("konstnaz", 2).near(reader, List.of("w"))));
      assertEquals(
          List.of(new TypoTolerantWord.Neighbour("konstanz", 1)),
          TypoTolerantWord.of("konstnaz", 1).near(reader, List.of("w")));
      assertTrue(TypoTolerantWord.of("kontsnaz", 1).near(reader, List.of("w")).isEmpty());
      assertTrue(TypoTolerantWord.of("kongres", 1).near(reader, List.of("nofield")).isEmpty());
    }
  }

  @Test
  void theEditsAllowedGrowWithTheWordAndAWordIsBuiltOnce() {
    assertEquals(
        List.of(0, 1, 1, 2),
        List.of(
            TypoTolerantWord.editsFor("Bad"),
            TypoTolerantWord.editsFor("Kiel"),
            TypoTolerantWord.editsFor("Kieler"),
            TypoTolerantWord.editsFor("Datenplatform")));
    assertSame(TypoTolerantWord.of("kiell", 1), TypoTolerantWord.of("kiell", 1));
    assertThrows(IllegalArgumentException.class, () -> TypoTolerantWord.of("kiell", 3));
  }

  private static void add(IndexWriter w, String id, String word) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new TextField("w", word, Field.Store.NO));
    w.addDocument(doc);
  }
}
