package de.smartcitysearch.enrich;

import de.smartcitysearch.analysis.BoundedCache;
import de.smartcitysearch.analysis.GermanAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Tags a page with the topics of the smart-city taxonomy ({@code topics.txt}) whose trigger words it uses.
 *
 * <p>Text and triggers go through the same analysis (the product's index analyzer), so stemming and
 * compound splitting apply to both. The analysed text is grouped by word (every term an analyzer emits for
 * one word shares that word's offsets); a trigger word matches a text word when the word has the
 * trigger's term, or, for a compound trigger, all of the trigger's parts ("Klimafolgenanpassung" contains
 * klima and anpassung of "Klimaanpassung"). A topic needs {@value #MIN_EVIDENCE} points of evidence: a
 * word in the title counts two, one in the text one, so a single passing word tags nothing.
 *
 * <p>Why words are analysed one at a time: the index analyzer's filters see one word of the tokenizer at a
 * time ({@link GermanAnalysis#wordAnalyzer()}), so the text is only cut into words and each distinct word
 * is analysed once and remembered; running every page through the whole chain (the index writer does that
 * again) was a fifth of the indexing time. Thread-safe: the memory of analysed words is concurrent.
 */
public final class TopicTagger {

  /** Evidence a topic needs. */
  public static final int MIN_EVIDENCE = 2;

  /** Distinct words whose analysis is remembered; when full the memory is emptied and refills. */
  static final int REMEMBERED_WORDS = 200_000;

  private static final String FIELD = "body";

  /** The analysis of most words: one word, none of whose terms belongs to a trigger. */
  private static final List<Set<String>> NO_TRIGGER_TERMS = List.of(Set.of());

  /** The topics of a page and, per topic, the trigger words found. */
  public record TopicTags(List<String> topics, Map<String, List<String>> reasons) {}

  private record Trigger(String topic, String written, List<Word> words) {
    /** Whether the trigger's words stand in the text from word {@code i} on. */
    boolean matchesAt(List<Set<String>> text, int i) {
      if (i + words.size() > text.size()) {
        return false;
      }
      for (int j = 0; j < words.size(); j++) {
        if (!words.get(j).isMatchedBy(text.get(i + j))) {
          return false;
        }
      }
      return true;
    }
  }

  /** One analysed word: the term of the whole word, and all its terms (parts included). */
  private record Word(String whole, Set<String> terms) {
    /** Whether a text word with these terms is this (trigger) word or has all of its parts. */
    boolean isMatchedBy(Set<String> textTerms) {
      if (textTerms.contains(whole)) {
        return true;
      }
      return terms.size() > 1 && textTerms.containsAll(parts());
    }

    Set<String> parts() {
      Set<String> parts = new HashSet<>(terms);
      parts.remove(whole);
      return parts;
    }
  }

  private final Analyzer wordCutter;
  private final Analyzer analyzer;
  private final List<String> labels = new ArrayList<>();
  /** Triggers by a term their first word's text word must have: its whole term, or one of its parts. */
  private final Map<String, List<Trigger>> byTerm = new HashMap<>();
  /** Every term of every trigger word: a text word's other terms can match nothing. */
  private final Set<String> triggerTerms = new HashSet<>();
  /** Per word of the tokenizer: its analysed words, each as its terms that are trigger terms. */
  private final BoundedCache<String, List<Set<String>>> remembered = new BoundedCache<>(REMEMBERED_WORDS);

  /** A tagger with the built-in taxonomy, analysing with the analysis' index analyzer. */
  public TopicTagger(GermanAnalysis analysis) {
    this.wordCutter = analysis.wordAnalyzer();
    this.analyzer = analysis.indexAnalyzer();
    for (String line : ResourceLines.read("topics.txt")) {
      String[] f = line.split("\\|", 2);
      String topic = f[0].strip();
      labels.add(topic);
      for (String t : f[1].split(";")) {
        List<Word> words = analyse(t.strip());
        if (!words.isEmpty()) {
          Trigger trigger = new Trigger(topic, t.strip(), words);
          Word first = words.get(0);
          byTerm.computeIfAbsent(first.whole(), k -> new ArrayList<>()).add(trigger);
          first.parts().stream().findFirst()
              .ifPresent(part -> byTerm.computeIfAbsent(part, k -> new ArrayList<>()).add(trigger));
          words.forEach(w -> triggerTerms.addAll(w.terms()));
        }
      }
    }
  }

  /** The labels of the taxonomy, in its order. */
  public List<String> labels() {
    return List.copyOf(labels);
  }

  /** The topics of a page whose title weighs double. */
  public TopicTags tag(String headline, String body) {
    Map<String, Evidence> evidence = new HashMap<>();
    collect(textWords(headline), evidence, true);
    collect(textWords(body), evidence, false);
    List<String> topics = new ArrayList<>();
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    for (String topic : labels) {
      Evidence e = evidence.get(topic);
      if (e != null && e.points() >= MIN_EVIDENCE) {
        topics.add(topic);
        reasons.put(topic, List.copyOf(e.triggers));
      }
    }
    return new TopicTags(List.copyOf(topics), reasons);
  }

  /**
   * Words, not triggers, are counted: "urbane Datenplattform" and "Datenplattform" ending on the same word
   * are one piece of evidence (the last word of a German phrase is its head noun).
   */
  private static final class Evidence {
    final Set<Integer> headWords = new HashSet<>();
    final Set<Integer> bodyWords = new HashSet<>();
    final Set<String> triggers = new LinkedHashSet<>();

    int points() {
      return 2 * headWords.size() + bodyWords.size();
    }
  }

  private void collect(List<Set<String>> text, Map<String, Evidence> evidence, boolean head) {
    for (int i = 0; i < text.size(); i++) {
      Set<Trigger> tried = new HashSet<>();
      for (String term : text.get(i)) {
        for (Trigger trigger : byTerm.getOrDefault(term, List.of())) {
          if (tried.add(trigger) && trigger.matchesAt(text, i)) {
            Evidence e = evidence.computeIfAbsent(trigger.topic(), k -> new Evidence());
            (head ? e.headWords : e.bodyWords).add(i + trigger.words().size() - 1);
            e.triggers.add(trigger.written());
          }
        }
      }
    }
  }

  /** The analysed words of a text, each as its trigger terms (mostly none). */
  private List<Set<String>> textWords(String text) {
    List<Set<String>> out = new ArrayList<>();
    try (TokenStream ts = wordCutter.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.addAll(analysedWord(term.toString()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text failed", e);
    }
    return out;
  }

  private List<Set<String>> analysedWord(String word) {
    return remembered.get(word, this::analyseWord);
  }

  private List<Set<String>> analyseWord(String word) {
    List<Set<String>> analysed = new ArrayList<>();
    for (Word w : analyse(word)) {
      // a HashSet like the word's own, so the terms are tried in the same order (it orders the reasons)
      Set<String> terms = new HashSet<>(w.terms());
      terms.retainAll(triggerTerms);
      analysed.add(terms.isEmpty() ? Set.of() : Collections.unmodifiableSet(terms));
    }
    // most words are one word without trigger terms: share that answer rather than keep a copy per word
    return analysed.equals(NO_TRIGGER_TERMS) ? NO_TRIGGER_TERMS : List.copyOf(analysed);
  }

  /** The text through the index analyzer, grouped into words by offsets. */
  private List<Word> analyse(String text) {
    List<Word> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int start = -1;
      int end = -1;
      String whole = null;
      Set<String> terms = null;
      while (ts.incrementToken()) {
        if (offset.startOffset() != start || offset.endOffset() != end) {
          if (terms != null) {
            words.add(new Word(whole, terms));
          }
          start = offset.startOffset();
          end = offset.endOffset();
          whole = term.toString();
          terms = new HashSet<>();
        }
        terms.add(term.toString());
      }
      if (terms != null) {
        words.add(new Word(whole, terms));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text failed", e);
    }
    return words;
  }
}
