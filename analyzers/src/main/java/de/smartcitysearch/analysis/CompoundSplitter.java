package de.smartcitysearch.analysis;

import de.danielnaber.jwordsplitter.EmbeddedGermanDictionary;
import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * Splits a lowercase German compound into its parts with jWordSplitter, the domain vocabulary and
 * corpus frequencies ({@link WordFrequencies}).
 *
 * <p>The decision, in order:
 *
 * <ol>
 *   <li>a word on the never-split list, or a stop word, stays whole; an explicit split of the
 *       vocabulary wins;
 *   <li>a word the corpus writes in lower case (a verb, adjective or adverb, so no noun compound)
 *       and a verb form ("anzugreifen", "festgehalten", see {@link VerbForms}) stay whole;
 *   <li>jWordSplitter's cut is taken when every part may be a part ({@link
 *       FrequencySplitter#allowed}) and, as Koehn and Knight (2003) weigh it, the geometric mean of
 *       the parts' corpus frequencies is above the frequency of the whole word ("Gesellschaft" is
 *       far more frequent than "Gesell" and "Schaft" suggest, so it stays whole), or every part is
 *       an established noun ({@link FrequencySplitter#established}: "Kredit|institute" and
 *       "Geltungs|bereich" are frequent in the laws, but so are their parts);
 *   <li>otherwise the best cut by frequency alone ({@link FrequencySplitter}: "Energie|erzeugung",
 *       "Knoblauch|presse", "Vor|runde"), which must beat the whole word by {@link
 *       #FREQUENCY_CUT_MARGIN} or be made of established nouns.
 * </ol>
 *
 * jWordSplitter goes first because its dictionary keeps lexicalised units whole ("Daten|plattform",
 * not "Daten|platt|form"), which the frequencies alone do not.
 *
 * <p>One instance is shared by all analyzers and threads: jWordSplitter only reads its word list
 * after construction, the frequency table is immutable, and the split results are kept in a {@link
 * BoundedCache} of {@link #CACHE_SIZE} words.
 */
public final class CompoundSplitter {

  /** jWordSplitter refuses longer input (it throws); longer tokens are passed through unsplit. */
  public static final int MAX_WORD_LENGTH = 70;

  /** Shorter words are never compounds worth splitting (two parts of at least three letters). */
  public static final int MIN_WORD_LENGTH = 6;

  /**
   * The 100k benchmark corpus has about 85,000 distinct candidate words; with room for 50,000 the
   * cache was emptied again and again and jWordSplitter was a twentieth of the indexing time.
   * 200,000 words hold a large corpus' vocabulary in about 30 MB.
   */
  static final int CACHE_SIZE = 200_000;

  /**
   * A cut that only the frequencies propose (jWordSplitter found none) must beat the whole word by
   * this factor: on the tuning words a margin of 2 kept "Transformation" and "Partnerschaft" whole
   * at no cost.
   */
  static final int FREQUENCY_CUT_MARGIN = 2;

  private static final int LINKING_S_MIN_STEM = 5;
  private static final List<String> INFLECTION_ENDINGS =
      List.of("e", "en", "er", "es", "em", "n", "s");

  private static final List<String> NOT_A_COMPOUND = List.of();

  /** The nouns that end street names; "weg" and "ring" are left out ("hinweg", "Hering"). */
  private static final List<String> STREET_HEADS =
      List.of("straße", "straßen", "strasse", "platz", "allee", "gasse", "promenade", "damm");

  private static final int STREET_NAME_MIN_LENGTH = 3;

  private final GermanWordSplitter splitter;
  private final Set<String> words;
  private final CompletableFuture<Evidence> evidence;
  private final Set<String> neverSplit;
  private final Map<String, List<String>> explicitSplits;
  private final BoundedCache<String, List<String>> cache = new BoundedCache<>(CACHE_SIZE);

  CompoundSplitter(GermanVocabulary vocabulary) {
    this(vocabulary, WordFrequencies::builtIn);
  }

  /**
   * A splitter that weighs its cuts with {@code frequencies} ({@link WordFrequencies#empty()}: word
   * lists only).
   */
  CompoundSplitter(GermanVocabulary vocabulary, WordFrequencies frequencies) {
    this(vocabulary, () -> frequencies);
  }

  /**
   * The frequency table is read in the background while jWordSplitter reads its dictionary (each
   * takes about a sixth of a second), so neither waits for the other at start-up; the first split
   * waits for both.
   */
  private CompoundSplitter(GermanVocabulary vocabulary, Supplier<WordFrequencies> frequencies) {
    CompletableFuture<WordFrequencies> table = CompletableFuture.supplyAsync(frequencies);
    Set<String> words = new HashSet<>(EmbeddedGermanDictionary.getWords());
    words.addAll(vocabulary.compoundWords);
    try {
      splitter = new GermanWordSplitter(true, words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load jWordSplitter's German dictionary", e);
    }
    splitter.setStrictMode(true);
    this.words = words;
    this.neverSplit = Set.copyOf(vocabulary.neverSplit);
    this.explicitSplits = Map.copyOf(vocabulary.explicitSplits);
    this.evidence = table.thenApply(Evidence::new);
  }

  private Evidence corpus() {
    try {
      return evidence.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** The corpus frequencies the splitter weighs its cuts with (waits until they are read). */
  WordFrequencies frequencies() {
    return corpus().frequencies;
  }

  /** What the corpus says, and the two helpers that read it. */
  private final class Evidence {

    final WordFrequencies frequencies;
    final FrequencySplitter frequencySplitter;
    final VerbForms verbForms;

    Evidence(WordFrequencies frequencies) {
      this.frequencies = frequencies;
      this.frequencySplitter = new FrequencySplitter(frequencies, words::contains);
      this.verbForms = new VerbForms(frequencies);
    }
  }

  /**
   * The parts of {@code word} (lowercase, umlauts kept), or an empty list when it is not a
   * compound, is in the never-split list, or is not a plain word of letters within the length
   * limits.
   */
  public List<String> split(String word) {
    if (word.length() < MIN_WORD_LENGTH
        || word.length() > MAX_WORD_LENGTH
        || !GermanVocabulary.isLetters(word)) {
      return NOT_A_COMPOUND;
    }
    return splitPlainWord(word);
  }

  /** {@link #split} for a word already known to be letters only, within the length limits. */
  List<String> splitPlainWord(String word) {
    return cache.get(word, this::computeSplit);
  }

  private List<String> computeSplit(String word) {
    String lower = word.toLowerCase(Locale.GERMAN);
    if (isProtected(lower)) {
      return NOT_A_COMPOUND;
    }
    List<String> explicit = explicitSplits.get(lower);
    if (explicit != null) {
      return explicit;
    }
    Evidence corpus = corpus();
    WordFrequencies frequencies = corpus.frequencies;
    FrequencySplitter frequencySplitter = corpus.frequencySplitter;
    if (frequencies.isLowerCaseWord(lower) || corpus.verbForms.isVerbForm(lower)) {
      return NOT_A_COMPOUND;
    }
    int wholeCount = frequencies.count(lower);
    List<String> listCut = listCut(lower, frequencies);
    if (!listCut.isEmpty()
        && frequencySplitter.allowed(lower, listCut)
        && (frequencySplitter.score(listCut) > wholeCount
            || frequencySplitter.established(listCut))) {
      return listCut;
    }
    FrequencySplitter.Split best = frequencySplitter.best(lower);
    if (!best.isNone() && best.score() > FREQUENCY_CUT_MARGIN * wholeCount) {
      return best.parts();
    }
    return streetName(lower);
  }

  /**
   * "Jahn|straße", "Winterfeldt|platz": a street or square named after a person or place the word
   * lists do not know. The name is a part of its own, so a search for "Jahnstraße" finds
   * "Jahn-Straße" and "Jahnstr." alike.
   */
  private static List<String> streetName(String lower) {
    for (String head : STREET_HEADS) {
      int nameLength = lower.length() - head.length();
      if (nameLength >= STREET_NAME_MIN_LENGTH && lower.endsWith(head)) {
        return List.of(lower.substring(0, nameLength), head);
      }
    }
    return NOT_A_COMPOUND;
  }

  /** jWordSplitter's cut, a non-final part without its linking s; empty when it finds none. */
  private List<String> listCut(String lower, WordFrequencies frequencies) {
    List<String> raw = splitter.splitWord(lower);
    if (raw.size() < 2) {
      return NOT_A_COMPOUND;
    }
    List<String> parts = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String part = raw.get(i).toLowerCase(Locale.GERMAN);
      parts.add(i < raw.size() - 1 ? withoutLinkingS(part, frequencies) : part);
    }
    return parts.stream().filter(p -> !p.isEmpty()).distinct().toList();
  }

  /**
   * A never-split word, as listed or with one of the usual inflection endings (Kandidat-en,
   * Kiel-er).
   */
  private boolean isProtected(String word) {
    // stop words are removed after splitting, so a long one ("diejenigen") must not leave parts
    // behind
    if (neverSplit.contains(word) || GermanAnalyzer.getDefaultStopSet().contains(word)) {
      return true;
    }
    for (String ending : INFLECTION_ENDINGS) {
      if (word.endsWith(ending)
          && neverSplit.contains(word.substring(0, word.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * jWordSplitter's list holds genitive forms such as "verkehrs" and "quartiers", so the linking s
   * of "Verkehrsverbund" stays on the part and "Verkehr" would not find it. A non-final part loses
   * a final s when the rest is a known word of at least five letters (short ones are real words:
   * Kurs, Eis), or a final "es" when the rest is a word of the lists more frequent than the word
   * without the s ("Landes" is "Land", not "Lande").
   */
  private String withoutLinkingS(String part, WordFrequencies frequencies) {
    if (part.length() > LINKING_S_MIN_STEM && part.endsWith("s")) {
      String stem = part.substring(0, part.length() - 1);
      String shorter = part.substring(0, part.length() - 2);
      // "Landes|regierung" has the linking "es" of "Land", not the "s" of the dative "Lande"
      if (part.endsWith("es")
          && words.contains(shorter)
          && frequencies.count(shorter) > frequencies.count(stem)) {
        return shorter;
      }
      if (words.contains(stem)) {
        return stem;
      }
    }
    return part;
  }

  /** Number of words whose split is cached now (for tests of the bound). */
  int cachedWords() {
    return cache.size();
  }
}
