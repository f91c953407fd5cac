package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Typo tolerance: which indexed word a mistyped word is taken for, and when a short word is
 * corrected at all.
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
  void didYouMeanOffersTheClosestIndexedWordThenTheMostFrequent() throws IOException {
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      assertEquals(
          "datenplattform",
          TypoTolerantWord.of("datenplatform", 2).closestTerm(reader, List.of("w"), 0.75f).term());
      // "konstnaz" is one transposition from konstanz and two edits from konstanze (which has more
      // documents)
      assertEquals(
          "konstanz",
          TypoTolerantWord.of("konstnaz", 2).closestTerm(reader, List.of("w"), 0.75f).term());
      // pongress differs in the first letter: never taken for a typo of kongress
      assertEquals(
          "kongress",
          TypoTolerantWord.of("kongres", 1).closestTerm(reader, List.of("w"), 0.75f).term());
      assertNull(
          TypoTolerantWord.of("kontsnaz", 2).closestTerm(reader, List.of("w"), 0.9f),
          "not similar enough");
    }
  }

  @Test
  void aShortWordIsCorrectedOnlyToAClearlyMoreFrequentNeighbour() throws IOException {
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      // "kongresq": kongress (2 documents) and kongresz (1) are both one substitution away
      TypoTolerantWord.Neighbour kongress =
          TypoTolerantWord.of("kongresq", 1).closestTerm(reader, List.of("w"), 0.75f);
      assertEquals("kongress", kongress.term());
      assertEquals(2, kongress.docFreq());
      assertEquals(1, kongress.rivalDocFreq());
      assertTrue(kongress.isClearAndFrequent(2));
      assertFalse(kongress.isClearAndFrequent(3), "not frequent enough");
      // "konstanzee": konstanze (2 documents) is one edit away, nothing else is
      assertEquals(
          0,
          TypoTolerantWord.of("konstanzee", 1)
              .closestTerm(reader, List.of("w"), 0.75f)
              .rivalDocFreq());
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
