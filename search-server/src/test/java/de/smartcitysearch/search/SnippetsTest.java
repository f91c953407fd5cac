package de.smartcitysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets stay short on long pages and show the passage where the words matched. */
class SnippetsTest {

  @Test
  void aLongPageGivesAShortSnippetAroundTheMatch(@TempDir Path dir) throws IOException {
    // a run-on page without a single full stop, as extraction often delivers
    String filler = "Stadtverwaltung Vorhaben Quartier Verkehr Schulen Bauamt ".repeat(80);
    String body = filler + "und dann der Wärmeplan für alle Stadtteile " + filler;
    SampleEvents.index(
        dir,
        List.of(
            EventDocument.builder("long", "seed:long", DocumentKind.EVENT)
                .title("Ratssitzung")
                .body(body)
                .build()));
    try (FSDirectory d = FSDirectory.open(dir);
        SearcherManager m = new SearcherManager(d, null)) {
      LuceneSearchBackend searcher = LuceneSearchBackend.builder(m, SampleEvents.SCHEMA).build();
      SearchResponse r = searcher.search(SearchRequest.of("Wärmeplan"));
      assertEquals(1, r.total());
      String snippet = r.hits().get(0).highlight().snippet();
      assertTrue(snippet.contains("<mark>Wärmeplan</mark>"), snippet);
      assertTrue(snippet.length() < 600, snippet.length() + " characters: " + snippet);
    }
  }

  @Test
  void aPassageStartsAtAWordNotAtThePunctuationBeforeIt() {
    assertEquals(
        "Kooperation als Stärke der <mark>Region</mark>",
        snippetFrom("Ende des Satzes. Kooperation als Stärke der Region", ". Kooperation"));
    assertEquals(
        "„Kooperation“ als Stärke der <mark>Region</mark>",
        snippetFrom("Ende des Satzes.„Kooperation“ als Stärke der Region", "„Kooperation"),
        "an opening quote belongs to the passage");
  }

  /** One passage from where {@code from} starts to the end, matching "Region". */
  private static String snippetFrom(String content, String from) {
    Passage passage = new Passage();
    passage.setStartOffset(content.indexOf(from));
    passage.setEndOffset(content.length());
    int match = content.indexOf("Region");
    passage.addMatch(match, match + "Region".length(), null, 1);
    return new Snippets.PassagesFromAWord().format(new Passage[] {passage}, content);
  }
}
