package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The exact twin taken from the index analyzer's pass is what the exact analyzer itself makes of a
 * text.
 */
class ExactTwinTokensTest {

  private static final GermanAnalysis ANALYSIS = GermanAnalysis.defaults();

  /**
   * Terms with positions and offsets, then the state after end(): what the index writer takes from
   * a stream.
   */
  private static List<String> consume(TokenStream stream) throws IOException {
    List<String> out = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += posInc.getPositionIncrement();
        out.add(
            term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
      }
      stream.end();
      out.add("end +" + posInc.getPositionIncrement() + " [" + offset.endOffset() + "]");
    }
    return out;
  }

  private static void assertTwinIsTheExactAnalysis(String text) throws IOException {
    Analyzer index = ANALYSIS.indexAnalyzer();
    ExactTwinTokens twin = new ExactTwinTokens();
    List<String> recorded = consume(twin.record(index.tokenStream("body", text)));
    assertEquals(
        consume(index.tokenStream("body", text)), recorded, "the index tokens pass unchanged");
    assertEquals(
        consume(ANALYSIS.exactAnalyzer().tokenStream("body_exact", text)),
        consume(twin.replay()),
        text);
  }

  @Test
  void compoundsHyphensCamelCaseAndStopWordsGiveTheExactTokens() throws IOException {
    String text =
        "Die Klimafolgenanpassung der Smart-City-Lösungen in der KielRegion: diejenigen, die "
            + "Verkehrsverbund-Daten (E-Mail) nutzen, und das Stadtentwicklungs-Konzept. Und dann";
    assertTwinIsTheExactAnalysis(text);
    // the twin really lacks the parts: "anpassung" is a part of the first compound, not a word of
    // the text
    ExactTwinTokens twin = new ExactTwinTokens();
    List<String> index = consume(twin.record(ANALYSIS.indexAnalyzer().tokenStream("body", text)));
    assertTrue(index.stream().anyMatch(t -> t.startsWith("anpassung@")), index.toString());
    assertTrue(consume(twin.replay()).stream().noneMatch(t -> t.startsWith("anpassung@")));
  }

  @Test
  void everySeedParagraphGivesTheExactTokens() throws IOException {
    List<String> paragraphs = SeedParagraphs.read();
    assertTrue(paragraphs.size() > 50, "seed paragraphs: " + paragraphs.size());
    for (String paragraph : paragraphs) {
      assertTwinIsTheExactAnalysis(paragraph);
    }
    assertTwinIsTheExactAnalysis(String.join("\n\n", paragraphs));
  }

  @Test
  void anEmptyTextAndATextOfStopWordsOnlyGiveTheirEnd() throws IOException {
    assertTwinIsTheExactAnalysis("");
    assertTwinIsTheExactAnalysis("und die der");
  }

  @Test
  void theTwinCannotBeReadBeforeTheIndexTokens() throws IOException {
    ExactTwinTokens twin = new ExactTwinTokens();
    assertThrows(IllegalStateException.class, twin::replay);
    TokenStream recording = twin.record(ANALYSIS.indexAnalyzer().tokenStream("body", "Stadtwerke"));
    recording.reset();
    assertThrows(IllegalStateException.class, twin::replay, "not consumed to its end yet");
    recording.close();
  }
}
