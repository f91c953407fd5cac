package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.CityGazetteer.FormType;
import de.smartcitysearch.enrich.CityGazetteer.NameForm;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Decides from data which written forms of place names are also ordinary German words ("Senden",
 * "Essen", "Wald", "Recke"), so that they count as places only in a place context.
 *
 * <p>Evidence: a German lexicon (jWordSplitter's word list) and word counts of a large corpus (the
 * 50,000 most frequent words of OpenSubtitles 2018). A name is an ordinary word when the lexicon
 * has it or the corpus counts it, unless the corpus counts it no more often than a place of its
 * size is talked about: fewer than {@value #NAME_COUNTS_PER_THOUSAND} per 1,000 inhabitants. So
 * "berlin" (4,123 for 3.7 million), "münchen" (891 for 1.5 million, also in the lexicon) and
 * "hagen" are names, while "essen" (67,594 for 575,000), "senden" (2,515 for 23,600) and "frechen"
 * (128 for 52,000) are words; "recke" is in the lexicon and too rare to be counted, so it is a
 * word. An adjective or genitive ("Lager" of "Lage", "Kieler") is a word when the corpus counts it
 * as often as a word: the lexicon lists the adjectives of cities as parts of compounds ("kieler",
 * "berliner"), so it is no evidence for them; the genitive of a word is a word anyway ({@link
 * CityGazetteer#isCommonWord}). Names of a Land and names of several words are never ordinary
 * words.
 */
final class CommonWordForms {

  /**
   * How often the corpus may count a name per 1,000 inhabitants of its place for it to be a name:
   * between the most talked-about names (Dachau 1.8, Hagen 1.6, Berlin 1.1) and the rarest words
   * among them (Geldern 2.4, Frechen 2.4).
   */
  static final double NAME_COUNTS_PER_THOUSAND = 2.2;

  private final Predicate<String> lexicon;
  private final Map<String, Long> counts;

  /**
   * @param lexicon whether a lower-case word is in the German lexicon
   * @param counts corpus counts of lower-case words (missing: too rare to be counted)
   */
  CommonWordForms(Predicate<String> lexicon, Map<String, Long> counts) {
    this.lexicon = lexicon;
    this.counts = counts;
  }

  /**
   * The forms of the gazetteer's municipalities, districts and Kreise that are ordinary words,
   * sorted.
   */
  Set<String> of(CityGazetteer gazetteer) {
    Set<String> words = new TreeSet<>();
    for (String key : gazetteer.formKeys()) {
      List<NameForm> forms = gazetteer.formsWithDistricts(key);
      if (key.contains(" ")
          || forms.stream().anyMatch(f -> f.entry().kind() == GazetteerEntry.Kind.LAND)) {
        continue; // "Sachsen b.Ansbach" does not make the Land an ordinary word
      }
      boolean name =
          forms.stream().anyMatch(f -> f.type() == FormType.NAME || f.type() == FormType.ALIAS);
      if (name ? isWord(key, population(forms)) : isCountedAsWord(key, population(forms))) {
        words.add(key);
      }
    }
    return words;
  }

  private boolean isWord(String form, long population) {
    String word = form.toLowerCase(Locale.GERMAN);
    long count = counts.getOrDefault(word, 0L);
    if (count > 0 && count < NAME_COUNTS_PER_THOUSAND * population / 1000.0) {
      return false;
    }
    return count > 0 || lexicon.test(word);
  }

  /**
   * An adjective or genitive is a word when the corpus counts it as often as a word ("Lager" of
   * "Lage").
   */
  private boolean isCountedAsWord(String form, long population) {
    long count = counts.getOrDefault(form.toLowerCase(Locale.GERMAN), 0L);
    return count > 0 && count >= NAME_COUNTS_PER_THOUSAND * population / 1000.0;
  }

  /**
   * The inhabitants of the largest municipality or district written so (a Kreis counts as none).
   */
  private static long population(List<NameForm> forms) {
    return forms.stream().mapToLong(NameForm::population).max().orElse(0);
  }
}
