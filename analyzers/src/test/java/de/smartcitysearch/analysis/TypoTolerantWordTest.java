package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typo tolerance: which indexed words a mistyped word finds, how they rank, and what "did you mean" offers. */
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
    }
  }

  @Test
  void aMistypedWordFindsTheWordsWithinItsEditsClosestFirst() throws IOException {
    // one edit (kongress) before two (kongresse); pongress differs in the first letter, never taken for a typo
    assertEquals(List.of("a", "b", "c"), search(TypoTolerantWord.of("kongres", 2)));
  }

  @Test
  void didYouMeanOffersTheClosestIndexedWordThenTheMostFrequent() throws IOException {
    try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      assertEquals("datenplattform",
          TypoTolerantWord.of("datenplatform", 2).closestTerm(reader, List.of("w"), 0.75f));
      // "konstnaz" is one transposition from konstanz and two edits from konstanze (which has more documents)
      assertEquals("konstanz", TypoTolerantWord.of("konstnaz", 2).closestTerm(reader, List.of("w"), 0.75f));
      assertNull(TypoTolerantWord.of("kontsnaz", 2).closestTerm(reader, List.of("w"), 0.9f), "not similar enough");
    }
  }

  @Test
  void theEditsAllowedGrowWithTheWordAndAWordIsBuiltOnce() {
    assertEquals(List.of(0, 1, 2), List.of(TypoTolerantWord.editsFor("Kiel"), TypoTolerantWord.editsFor("Kieler"),
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

  private static List<String> search(TypoTolerantWord word) throws IOException {
    try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(word.in("w"), 10).scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get("id"));
      }
      return ids;
    }
  }
}
