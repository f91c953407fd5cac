package de.smartcitysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the query core keeps per index reader, over the sample index. */
class IndexViewTest {

  @TempDir Path dir;

  @Test
  void aTypedWordIsCorrectedOncePerReader() throws IOException {
    SampleEvents.index(dir, SampleEvents.all());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexReader reader = DirectoryReader.open(d)) {
      IndexView view = IndexView.of(reader, EventSchema.facetsConfig());
      SpellingCorrector speller =
          new SpellingCorrector(SampleEvents.SCHEMA.analysis().exactAnalyzer());
      List<String> workedOut = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        assertEquals(
            "Konferenz",
            view.correction(
                "Konferens",
                w -> {
                  workedOut.add(w);
                  return speller.correct(w, new IndexVocabulary(reader));
                }));
        assertNull(
            view.correction("Konferenz", w -> speller.correct(w, new IndexVocabulary(reader))));
      }
      assertEquals(List.of("Konferens"), workedOut, "the index was searched for it once");
    }
  }

  @Test
  void onceFullItWorksOutFurtherWordsEachTime() throws IOException {
    SampleEvents.index(dir, SampleEvents.all());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexReader reader = DirectoryReader.open(d)) {
      IndexView view = IndexView.of(reader, EventSchema.facetsConfig());
      for (int i = 0; i < RememberedCorrections.LIMIT; i++) {
        view.correction("wort" + i, w -> null);
      }
      List<String> workedOut = new ArrayList<>();
      view.correction("Konferens", w -> workedOut.add(w) ? "Konferenz" : null);
      assertEquals(
          "Konferenz", view.correction("Konferens", w -> workedOut.add(w) ? "Konferenz" : null));
      assertEquals(2, workedOut.size(), "a word beyond the bound is not remembered");
    }
  }
}
