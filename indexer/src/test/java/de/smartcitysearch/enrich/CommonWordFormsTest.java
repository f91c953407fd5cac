package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which place names are ordinary words, decided from a lexicon and corpus counts against the
 * place's size.
 */
class CommonWordFormsTest {

  private static GazetteerEntry town(String name, String ags, long population) {
    return new GazetteerEntry(
        Kind.MUNICIPALITY, name, "Nordrhein-Westfalen", ags, "", population, "", List.of());
  }

  private static final List<GazetteerEntry> PLACES =
      List.of(
          new GazetteerEntry(
              Kind.LAND, "Nordrhein-Westfalen", "Nordrhein-Westfalen", "05", "", 0, "", List.of()),
          town("Berlin", "11000000", 3_685_265),
          town("Essen", "05113000", 574_682),
          town("Senden", "05558044", 23_641),
          town("Recke", "05566076", 11_341),
          town("Kiel", "01002000", 252_668),
          town("Lage", "05766044", 35_054));

  private static Set<String> words(Set<String> lexicon, Map<String, Long> counts) {
    return new CommonWordForms(lexicon::contains, counts)
        .of(CityGazetteer.withoutCommonWords(PLACES, List.of()));
  }

  @Test
  void aNameCountedNoMoreOftenThanAPlaceOfItsSizeIsTalkedAboutIsAName() {
    // counts of OpenSubtitles 2018: "berlin" 4,123 (1.1 per 1,000 inhabitants), "essen" 67,594 (118
    // per 1,000)
    Set<String> words =
        words(Set.of(), Map.of("berlin", 4_123L, "essen", 67_594L, "senden", 2_515L));
    assertEquals(Set.of("Essen", "Senden"), words);
  }

  @Test
  void aNameOfTheLexiconTooRareToBeCountedIsAWord() {
    assertEquals(Set.of("Recke"), words(Set.of("recke"), Map.of()));
  }

  @Test
  void theLexiconIsNoEvidenceForAdjectivesButCountsAre() {
    // jWordSplitter lists "kieler" as a part of compounds; "Essener" would be a word if counted as
    // often as one
    assertEquals(
        Set.of("Essener"), words(Set.of("kieler"), Map.of("essener", 5_000L, "kieler", 10L)));
  }

  @Test
  void aLandNameIsNeverAWord() {
    assertEquals(Set.of(), words(Set.of("nordrhein westfalen"), Map.of()));
  }
}
