package de.smartcitysearch.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * <p>Text and triggers go through the same {@link Analyzer} (the product's index analyzer), so stemming and
 * compound splitting apply to both. The analysed text is grouped by word (every term an analyzer emits for
 * one word shares that word's offsets); a trigger word matches a text word when the word has the
 * trigger's term, or, for a compound trigger, all of the trigger's parts ("Klimafolgenanpassung" contains
 * klima and anpassung of "Klimaanpassung"). A topic needs {@value #MIN_EVIDENCE} points of evidence: a
 * word in the title counts two, one in the text one, so a single passing word tags nothing.
 */
public final class TopicTagger {

  /** Evidence a topic needs. */
  public static final int MIN_EVIDENCE = 2;

  private static final String FIELD = "body";

  /** The topics of a page and, per topic, the trigger words found. */
  public record TopicTags(List<String> topics, Map<String, List<String>> reasons) {}

  private record Trigger(String written, List<Word> words) {}

  /** One analysed word: the term of the whole word, and all its terms (parts included). */
  private record Word(String whole, Set<String> terms) {
    boolean matches(Word trigger) {
      if (terms.contains(trigger.whole)) {
        return true;
      }
      return trigger.terms.size() > 1 && terms.containsAll(partsOf(trigger));
    }

    private static Set<String> partsOf(Word w) {
      Set<String> parts = new HashSet<>(w.terms);
      parts.remove(w.whole);
      return parts;
    }
  }

  private final Analyzer analyzer;
  private final Map<String, List<Trigger>> taxonomy = new LinkedHashMap<>();

  /** A tagger with the built-in taxonomy, analysing with the given analyzer. */
  public TopicTagger(Analyzer analyzer) {
    this.analyzer = analyzer;
    for (String line : ResourceLines.read("topics.txt")) {
      String[] f = line.split("\\|", 2);
      List<Trigger> triggers = new ArrayList<>();
      for (String t : f[1].split(";")) {
        List<Word> words = analyse(t.strip());
        if (!words.isEmpty()) {
          triggers.add(new Trigger(t.strip(), words));
        }
      }
      taxonomy.put(f[0].strip(), triggers);
    }
  }

  /** The labels of the taxonomy, in its order. */
  public List<String> labels() {
    return List.copyOf(taxonomy.keySet());
  }

  /** The topics of a page whose title weighs double. */
  public TopicTags tag(String headline, String body) {
    List<Word> head = analyse(headline);
    List<Word> text = analyse(body);
    List<String> topics = new ArrayList<>();
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    for (Map.Entry<String, List<Trigger>> topic : taxonomy.entrySet()) {
      // Words, not triggers, are counted: "urbane Datenplattform" and "Datenplattform" on the same word are
      // one piece of evidence.
      Set<Integer> headWords = new HashSet<>();
      Set<Integer> bodyWords = new HashSet<>();
      Set<String> found = new LinkedHashSet<>();
      for (Trigger trigger : topic.getValue()) {
        boolean inHead = matchAll(head, trigger, headWords);
        boolean inBody = matchAll(text, trigger, bodyWords);
        if (inHead || inBody) {
          found.add(trigger.written());
        }
      }
      if (2 * headWords.size() + bodyWords.size() >= MIN_EVIDENCE) {
        topics.add(topic.getKey());
        reasons.put(topic.getKey(), List.copyOf(found));
      }
    }
    return new TopicTags(List.copyOf(topics), reasons);
  }

  /** Adds the index of the word each match ends on; whether the trigger matched at all. */
  private static boolean matchAll(List<Word> text, Trigger trigger, Set<Integer> matchedWords) {
    List<Word> words = trigger.words();
    boolean any = false;
    for (int i = 0; i + words.size() <= text.size(); i++) {
      boolean all = true;
      for (int j = 0; j < words.size() && all; j++) {
        all = text.get(i + j).matches(words.get(j));
      }
      if (all) {
        matchedWords.add(i + words.size() - 1); // the last word of a German phrase is its head noun
        any = true;
      }
    }
    return any;
  }

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
