package de.smartcitysearch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * Finds the cut of a word the way Koehn and Knight (2003) do: of all ways to cut it into known
 * words, with linking elements between them, the one whose parts have the highest geometric mean of
 * their corpus frequencies; {@link CompoundSplitter} takes it only when it beats the frequency of
 * the whole word.
 *
 * <p>So a word the corpus has never seen but whose parts it knows well ("Energieerzeugung") has a
 * cut, and of two cuts of the same word the one into the more common words wins
 * ("Knoblauch|presse", not "Knob|lauch|presse"). The rules for parts:
 *
 * <ul>
 *   <li>A part is a word of the frequency table or of the splitter's word lists (jWordSplitter's
 *       dictionary and the domain vocabulary); a list word unknown to the corpus counts as {@value
 *       #LIST_WORD_COUNT} occurrence.
 *   <li>A part other than the last may end in a linking element: "-s-", "-es-", "-n-", "-en-"
 *       (Verkehr-s-, Energie-n-), or, when it is no word of its own, be a noun without its final
 *       "e" (Schul-buch) or a verb stem (Denk-fabrik, Entsende-staat); the part is then the word
 *       without the linking element, or the noun or the infinitive. A noun derived with "-ung",
 *       "-heit", "-keit", "-schaft", "-tion", "-tät" or "-ling" before a linking "s" is a modifier
 *       even when the corpus never saw it ("Entschlackungs|kur").
 *   <li>A part of three letters must be a word of the word lists that the corpus capitalises or has
 *       no evidence on ("Amt", "Tag", "Aal"), or, as the first part, a frequent word of the written
 *       corpus ("neu", "alt", "rot"): other short words ("ach", "sei", "oft", "Ing." of the
 *       engineers' titles) are chance substrings far more often than parts.
 *   <li>Only the first part may be a word the corpus writes in lower case (a verb or adjective stem
 *       as in "Schnell|zug", "Denk|fabrik"). The parts after it are no such words, except
 *       infinitives, which German turns into nouns ("Info|treffen"), but not participles
 *       ("frist|wahrenden"); where the corpus has no evidence of their case they must be words of
 *       the word lists. So an adjective or participle ending the word ("blüten|weiße",
 *       "fest|gehalten"), a subtitle word of unknown kind ("work|shop"), the suffix "-innen"
 *       ("Bewohner|innen") or the suffix "-schaft" ("Wissen|schaft") ends no compound.
 *   <li>A head in "-tion" after a modifier that is no noun ends a Latin word ("Mode|ration"), no
 *       compound.
 *   <li>A word of the word lists is a unit there; the frequencies cut it only into nouns
 *       ("Gemeinde|rat"), not into an adjective and a noun ("Platt|form", "Stark|regen"); one the
 *       corpus has never seen also into list words it has no case evidence on ("Info|stand").
 *   <li>Function words are no parts. A separable prefix ("vor", "ab", "auf" ...) is a first part
 *       only of a word the corpus has never seen ("Vor|runde"), never of an established word
 *       ("Vorstellung", "Vortrag"), and counts with the frequency of the rest, since its own
 *       frequency says nothing. The rest must not be a word the corpus writes in lower case, a noun
 *       in "-ung" or a genitive in "-ns": "Nach|schärfung" and "Ein|sammelns" come from the verbs
 *       "nachschärfen" and "einsammeln". "zu" is no such prefix ("Zu|rufe").
 * </ul>
 */
final class FrequencySplitter {

  /** Shorter parts are mostly chance substrings ("Ei", "Al"). */
  static final int MIN_PART_LENGTH = 3;

  /**
   * The one noun of two letters that heads many compounds ("Oliven|öl", "Heiz|öl"); "Ei" would cut
   * every derivation in "-ei" ("Bäcker|ei").
   */
  private static final String OIL = "öl";

  /**
   * A first part of three letters that is no noun ("neu", "alt", "rot") must be at least this
   * frequent.
   */
  static final int SHORT_MODIFIER_MIN_COUNT = 1000;

  /** A part this frequent (per hundred million words) is an established word, no chance cut. */
  static final int ESTABLISHED_MIN_COUNT = 100;

  /** At most this many parts; longer chains are rarer than chance cuts into short words. */
  static final int MAX_PARTS = 4;

  /** The frequency a list word has when the corpus never saw it. */
  static final int LIST_WORD_COUNT = 1;

  /** "Bewohner|innen" is the feminine plural of "Bewohner", not a compound with "innen". */
  private static final String FEMININE_PLURAL = "innen";

  /** Suffixes of derived nouns that take a linking "s" in a compound. */
  private static final List<String> DERIVATION_SUFFIXES =
      List.of("ung", "heit", "keit", "schaft", "tion", "tät", "ling");

  /** A derived modifier the corpus never saw must be this long (so not "Jungs", "Rings"). */
  static final int DERIVED_MODIFIER_MIN_LENGTH = 7;

  private static final List<String> LINKING_ELEMENTS = List.of("es", "en", "s", "n");

  /**
   * Prefixes that are never words ("Ver|siegelung"), though the laws capitalise some as
   * abbreviations.
   */
  private static final Set<String> INSEPARABLE_PREFIXES = Set.of("ver", "zer", "ent", "emp");

  private static final Set<String> PREFIXES =
      Set.of(
          "ab",
          "an",
          "auf",
          "aus",
          "bei",
          "durch",
          "ein",
          "gegen",
          "hinter",
          "mit",
          "nach",
          "neben",
          "über",
          "um",
          "unter",
          "vor",
          "wider",
          "zwischen");

  private final WordFrequencies frequencies;
  private final Predicate<String> listWord;
  private final VerbForms verbForms;

  FrequencySplitter(WordFrequencies frequencies, Predicate<String> listWord) {
    this.frequencies = frequencies;
    this.listWord = listWord;
    this.verbForms = new VerbForms(frequencies);
  }

  /** A split and the geometric mean of its parts' frequencies. */
  record Split(List<String> parts, double score) {

    static final Split NONE = new Split(List.of(), 0);

    boolean isNone() {
      return parts.isEmpty();
    }
  }

  /** The best cut of {@code word} (lower case) into known words, or {@link Split#NONE}. */
  Split best(String word) {
    Split best = Split.NONE;
    // a word of the word lists is a unit there ("Plattform", not "platt" + "Form") unless it is
    // made of nouns
    boolean nounsOnly = listWord.test(word);
    // ... and one the corpus has never seen may also be made of list words it has no case evidence
    // on ("Info|stand", "Neon|röhre"), while "Plattform", which it has seen, stays whole
    boolean seen = frequencies.count(word) > 0;
    for (Split candidate : cuts(word, 0, 1)) {
      if (candidate.score() > best.score()
          && (!nounsOnly
              || candidate.parts().stream()
                  .allMatch(p -> frequencies.isNoun(p) || (!seen && isListNoun(p))))) {
        best = candidate;
      }
    }
    boolean newWord = frequencies.count(word) == 0;
    if (newWord) {
      for (String prefix : PREFIXES) {
        if (word.length() >= prefix.length() + 4 && word.startsWith(prefix)) {
          String rest = word.substring(prefix.length());
          int restCount = count(rest);
          if (restCount > best.score()
              && !frequencies.isLowerCaseWord(rest)
              && !rest.endsWith("ns")
              && !rest.endsWith("ung")
              && !rest.endsWith("ungen")) {
            best = new Split(List.of(prefix, rest), restCount);
          }
        }
      }
    }
    return best;
  }

  /**
   * The geometric mean of the frequencies of {@code parts} (list words count as {@value
   * #LIST_WORD_COUNT}).
   */
  double score(List<String> parts) {
    double logSum = 0;
    for (String part : parts) {
      int c = count(part);
      if (c == 0) {
        return 0;
      }
      logSum += Math.log(c);
    }
    return parts.isEmpty() ? 0 : Math.exp(logSum / parts.size());
  }

  /**
   * How often the word occurs; a list word the corpus never saw counts {@value #LIST_WORD_COUNT}; 0
   * unknown.
   */
  int count(String word) {
    int c = frequencies.count(word);
    return c > 0 ? c : listWord.test(word) ? LIST_WORD_COUNT : 0;
  }

  /**
   * Every cut of {@code word} from {@code start} into at least two known parts, as a split of the
   * whole word.
   */
  private List<Split> cuts(String word, int start, int depth) {
    List<Split> result = new ArrayList<>();
    // "Oliven|öl": the one noun of two letters that heads compounds is tried as the last part too
    int lastEnd = word.length() - (word.endsWith(OIL) ? OIL.length() : MIN_PART_LENGTH);
    for (int end = start + MIN_PART_LENGTH; end <= lastEnd; end++) {
      List<Split> tails = null;
      for (String modifier : modifiers(word, start, end)) {
        String head = word.substring(end);
        int modifierCount = count(modifier);
        boolean derived =
            start == 0
                && modifierCount == 0
                && isDerivedNounWithLinkingS(word, start, end, modifier);
        if (derived) {
          modifierCount = LIST_WORD_COUNT;
        } else if (modifierCount == 0 || !isPart(modifier, start == 0)) {
          continue;
        }
        int headCount = count(head);
        if (headCount > 0
            && isPart(head, false)
            && !cutsLatinWord(modifier, head)
            && !verbForms.isParticipleSuffix(word.substring(start, end), head)) {
          result.add(
              new Split(List.of(modifier, head), Math.sqrt((double) modifierCount * headCount)));
        }
        if (depth + 1 < MAX_PARTS && !listWord.test(head)) {
          if (tails == null) {
            tails = cuts(word, end, depth + 1);
          }
          for (Split tail : tails) {
            List<String> parts = new ArrayList<>(tail.parts().size() + 1);
            parts.add(modifier);
            parts.addAll(tail.parts());
            int n = parts.size();
            double logScore = (Math.log(modifierCount) + Math.log(tail.score()) * (n - 1)) / n;
            result.add(new Split(List.copyOf(parts), Math.exp(logScore)));
          }
        }
      }
    }
    return result;
  }

  /**
   * "Entschlackungs|kur", "Initiations|ritual": a noun derived with "-ung", "-heit", "-keit",
   * "-schaft", "-tion", "-tät" or "-ling" takes the linking "s" before a head, so a cut right after
   * that "s" is a compound boundary even when the corpus has never seen the modifier.
   */
  private static boolean isDerivedNounWithLinkingS(
      String word, int start, int end, String modifier) {
    if (end - start != modifier.length() + 1 || word.charAt(end - 1) != 's') {
      return false;
    }
    if (modifier.length() < DERIVED_MODIFIER_MIN_LENGTH) {
      return false;
    }
    for (String suffix : DERIVATION_SUFFIXES) {
      if (modifier.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words {@code word[start, end)} can stand for as a non-final part: itself, without a linking
   * element, plus "e".
   */
  private List<String> modifiers(String word, int start, int end) {
    String surface = word.substring(start, end);
    List<String> result = new ArrayList<>(3);
    result.add(surface);
    for (String link : LINKING_ELEMENTS) {
      if (surface.length() - link.length() >= MIN_PART_LENGTH && surface.endsWith(link)) {
        result.add(surface.substring(0, surface.length() - link.length()));
      }
    }
    if (count(surface) == 0) {
      // a modifier that is no word of its own: a noun without its final "e" or a verb stem
      // ("Denk|fabrik")
      result.add(surface.endsWith("e") ? surface + "n" : surface + "e");
      if (!surface.endsWith("e")) {
        result.add(surface + "en");
      }
    }
    return result;
  }

  /**
   * "Mode|ration", "Trans|formation": a head in "-tion" right after a modifier that is no noun is
   * the end of a Latin word, not a German compound ("Energie|produktion" has a noun before its
   * head).
   */
  private boolean cutsLatinWord(String modifier, String head) {
    return head.endsWith("tion") && !frequencies.isNoun(modifier);
  }

  /**
   * True when every part is a noun of the corpus at least {@value #ESTABLISHED_MIN_COUNT} times per
   * hundred million words ({@value #SHORT_MODIFIER_MIN_COUNT} for a part of three letters, which is
   * more often a chance substring): a cut into such words is a compound even where the whole word
   * is more frequent than they suggest ("Geltungs|bereich" and "Kredit|institute" are frequent in
   * the laws).
   */
  boolean established(List<String> parts) {
    for (String part : parts) {
      int min = part.length() <= MIN_PART_LENGTH ? SHORT_MODIFIER_MIN_COUNT : ESTABLISHED_MIN_COUNT;
      if (!frequencies.isNoun(part) || frequencies.count(part) < min) {
        return false;
      }
    }
    return true;
  }

  /** A word of the word lists the corpus has no case evidence on ("Info", "Nazi"). */
  private boolean isListNoun(String part) {
    return !frequencies.hasCaseEvidence(part) && listWord.test(part);
  }

  /**
   * True when every part of a cut of {@code word} (jWordSplitter's, say) may be a part by the rules
   * above.
   */
  boolean allowed(String word, List<String> parts) {
    if (parts.size() < 2) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (!isPart(parts.get(i), i == 0)) {
        return false;
      }
    }
    String head = parts.get(parts.size() - 1);
    String modifier = parts.get(parts.size() - 2);
    int headStart = word.length() - head.length();
    int modifierStart = word.lastIndexOf(modifier, headStart - modifier.length());
    return modifierStart < 0
        || !verbForms.isParticipleSuffix(word.substring(modifierStart, headStart), head);
  }

  private boolean isPart(String word, boolean first) {
    if ((GermanAnalyzer.getDefaultStopSet().contains(word) && !frequencies.isNoun(word))
        || INSEPARABLE_PREFIXES.contains(word)) {
      return false;
    }
    if (word.length() < MIN_PART_LENGTH && !word.equals(OIL)) {
      return false;
    }
    if (word.length() <= MIN_PART_LENGTH
        && !((frequencies.isNoun(word) || !frequencies.hasCaseEvidence(word))
            && listWord.test(word))
        && !(first
            && frequencies.hasCaseEvidence(word)
            && !frequencies.isLowerCaseWord(word)
            && frequencies.count(word) >= SHORT_MODIFIER_MIN_COUNT)) {
      return false;
    }
    if (!first && (word.equals("schaft") || word.equals("schaften"))) {
      return false;
    }
    if (first || frequencies.isNoun(word)) {
      return true;
    }
    if (word.equals(FEMININE_PLURAL)) {
      return false;
    }
    if (frequencies.isLowerCaseWord(word)) {
      // a verb infinitive after a noun is a nominalised infinitive ("Info|treffen", "Abend|essen")
      return word.length() >= 5 && word.endsWith("en") && !verbForms.isParticiple(word);
    }
    // capitalised in part of its uses ("Bedarf" beside "bedarf", "Zentrale" beside "zentrale") is
    // noun enough; without any evidence only the word lists vouch for it
    return frequencies.hasCaseEvidence(word) || listWord.test(word);
  }
}
