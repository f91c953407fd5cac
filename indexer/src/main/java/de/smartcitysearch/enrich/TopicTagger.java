package de.smartcitysearch.enrich;

import de.smartcitysearch.analysis.BoundedCache;
import de.smartcitysearch.analysis.GermanAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * Tags a page with the topics of the smart-city taxonomy ({@code topics.txt}) that the page is
 * about.
 *
 * <p>A page is about a topic when its title or teaser uses one of the topic's trigger words, or
 * when its body uses them again and again: at least {@value #MIN_BODY_WORDS} words, and one in
 * every {@value #BODY_WORDS_PER_TRIGGER} words of the body (a line said twice counts once). So
 * "Mobilität" in the headline tags the page, a single "Transfer" or "Nachnutzung" in a long agenda
 * does not.
 *
 * <p>Text and triggers go through the same analysis (the product's index analyzer), so stemming and
 * compound splitting apply to both. A trigger of one word matches a text word that is it
 * ("Verkehr", "Verkehrs") or ends in it ("Radverkehr"), not one that merely begins with it: a
 * "Dorfkirche" is a church, not a village, and "Pflegearbeiten" in parks are no care; an acronym
 * ("KI") only a whole word. A compound trigger matches a text word that has all of its parts
 * ("Klimafolgenanpassung" has klima and anpassung of "Klimaanpassung").
 *
 * <p>The output is deterministic: topics in the order of the taxonomy, the reasons of each topic in
 * the order the page uses them. Why words are analysed one at a time: the index analyzer's filters
 * see one word of the tokenizer at a time ({@link GermanAnalysis#wordAnalyzer()}), so the text is
 * only cut into words and each distinct word is analysed once and remembered; running every page
 * through the whole chain (the index writer does that again) was a fifth of the indexing time.
 * Thread-safe: the memory of analysed words is concurrent.
 */
public final class TopicTagger {

  /** Trigger words the body must use at least for its topic, wherever it is long or short. */
  public static final int MIN_BODY_WORDS = 2;

  /**
   * The body must use a topic's trigger words once in so many words, so a long text needs more of
   * them.
   */
  public static final int BODY_WORDS_PER_TRIGGER = 400;

  /** Distinct words whose analysis is remembered; when full the memory is emptied and refills. */
  static final int REMEMBERED_WORDS = 200_000;

  private static final String FIELD = "body";

  /** The topics of a page and, per topic, the trigger words found. */
  public record TopicTags(List<String> topics, Map<String, List<String>> reasons) {}

  private record Trigger(String topic, String written, List<Word> words) {
    /** Whether the trigger's words stand in the text from word {@code i} on. */
    boolean matchesAt(List<TextWord> text, int i) {
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

  /**
   * One analysed trigger word: the term of the whole word, its parts (none for a simple word), and
   * whether it is an acronym ("KI", "OZG"), which only a whole word can be.
   */
  private record Word(String whole, List<String> parts, boolean acronym) {
    /** Whether a text word is this word, ends in it, or (for a compound) has all of its parts. */
    boolean isMatchedBy(TextWord textWord) {
      if (whole.equals(textWord.whole()) || !acronym && whole.equals(textWord.head())) {
        return true;
      }
      return !parts.isEmpty() && textWord.parts().containsAll(parts);
    }
  }

  /**
   * One word of a text, reduced to the trigger terms it has (null or empty where it has none): the
   * whole word's term, its last part (a compound's head, which says what the compound is), and all
   * of its parts.
   */
  private record TextWord(String whole, String head, List<String> parts) {
    boolean hasTriggerTerms() {
      return whole != null || head != null || !parts.isEmpty();
    }
  }

  /** The analysis of most words: one word, none of whose terms belongs to a trigger. */
  private static final List<TextWord> NO_TRIGGER_TERMS =
      List.of(new TextWord(null, null, List.of()));

  private final Analyzer wordCutter;
  private final Analyzer analyzer;
  private final List<String> labels = new ArrayList<>();

  /** Triggers by their first word's whole term. */
  private final Map<String, List<Trigger>> byWhole = new HashMap<>();

  /** Compound triggers by their first word's first part. */
  private final Map<String, List<Trigger>> byPart = new HashMap<>();

  /** Every term of every trigger word: a text word's other terms can match nothing. */
  private final Set<String> triggerTerms = new HashSet<>();

  /** Per word of the tokenizer: its analysed words. */
  private final BoundedCache<String, List<TextWord>> remembered =
      new BoundedCache<>(REMEMBERED_WORDS);

  /** A tagger with the built-in topic taxonomy, analysing with the analysis' index analyzer. */
  public TopicTagger(GermanAnalysis analysis) {
    this(analysis, "topics.txt");
  }

  /**
   * A tagger for who an event is for (Kommunen, Bürger, Wirtschaft, Wissenschaft), with the same
   * rules as topics.
   */
  public static TopicTagger audiences(GermanAnalysis analysis) {
    return new TopicTagger(analysis, "audiences.txt");
  }

  private TopicTagger(GermanAnalysis analysis, String vocabulary) {
    this.wordCutter = analysis.wordAnalyzer();
    this.analyzer = analysis.indexAnalyzer();
    for (String line : ResourceLines.read(vocabulary)) {
      String[] f = line.split("\\|", 2);
      String topic = label(line);
      labels.add(topic);
      for (String t : f[1].split(";")) {
        List<Word> words = analyse(t.strip(), isAcronym(t.strip()));
        if (!words.isEmpty()) {
          Trigger trigger = new Trigger(topic, t.strip(), words);
          Word first = words.get(0);
          byWhole.computeIfAbsent(first.whole(), k -> new ArrayList<>()).add(trigger);
          if (!first.parts().isEmpty()) {
            byPart.computeIfAbsent(first.parts().get(0), k -> new ArrayList<>()).add(trigger);
          }
          for (Word w : words) {
            triggerTerms.add(w.whole());
            triggerTerms.addAll(w.parts());
          }
        }
      }
    }
  }

  /** The labels of the taxonomy, in its order. */
  public List<String> labels() {
    return List.copyOf(labels);
  }

  /**
   * The labels of the topic taxonomy, in file order, read without analysing the trigger words (the
   * query core needs the names only; a tagger costs a pass of the analysis over the vocabulary).
   */
  public static List<String> taxonomy() {
    return ResourceLines.read("topics.txt").stream().map(TopicTagger::label).distinct().toList();
  }

  private static String label(String line) {
    return line.split("\\|", 2)[0].strip();
  }

  /** The topics of a page with this title, teaser (either may be empty) and body. */
  public TopicTags tag(String title, String teaser, String body) {
    Map<String, Evidence> evidence = new HashMap<>();
    collect(textWords(title), evidence, Part.TITLE);
    collect(textWords(teaser), evidence, Part.TEASER);
    List<TextWord> bodyWords = textWords(distinctLines(body));
    collect(bodyWords, evidence, Part.BODY);
    int bodyNeeds = Math.max(MIN_BODY_WORDS, ceilDiv(bodyWords.size(), BODY_WORDS_PER_TRIGGER));
    List<String> topics = new ArrayList<>();
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    for (String topic : labels) {
      Evidence e = evidence.get(topic);
      if (e != null && (e.inTitleOrTeaser || e.bodyWords.size() >= bodyNeeds)) {
        topics.add(topic);
        reasons.put(topic, List.copyOf(e.triggers));
      }
    }
    return new TopicTags(List.copyOf(topics), reasons);
  }

  /**
   * The body with each line once: a line said again (an agenda's item "9" and its amendment "9.1"
   * with the same title, a heading repeated on the page) is no repetition of the topic. Lines are
   * compared by their letters.
   */
  static String distinctLines(String body) {
    if (body == null) {
      return "";
    }
    Set<String> seen = new HashSet<>();
    StringBuilder out = new StringBuilder(body.length());
    for (String line : body.split("\n")) {
      if (seen.add(lineKey(line))) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * A line's letters in lower case, without what stands in brackets ("(einstimmig beschlossen)").
   */
  private static String lineKey(String line) {
    StringBuilder key = new StringBuilder(line.length());
    boolean inBrackets = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(') {
        inBrackets = true;
      } else if (c == ')') {
        inBrackets = false;
      } else if (!inBrackets && Character.isLetter(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    return key.toString();
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private enum Part {
    TITLE,
    TEASER,
    BODY
  }

  /**
   * Words, not triggers, are counted: "urbane Datenplattform" and "Datenplattform" ending on the
   * same word are one piece of evidence (the last word of a German phrase is its head noun).
   */
  private static final class Evidence {
    boolean inTitleOrTeaser;
    final Set<Integer> bodyWords = new HashSet<>();
    final Set<String> triggers = new LinkedHashSet<>();
  }

  private void collect(List<TextWord> text, Map<String, Evidence> evidence, Part part) {
    for (int i = 0; i < text.size(); i++) {
      TextWord word = text.get(i);
      if (!word.hasTriggerTerms()) {
        continue;
      }
      Set<Trigger> tried = new HashSet<>();
      if (word.whole() != null) {
        tryAll(byWhole.get(word.whole()), tried, text, i, evidence, part);
      }
      if (word.head() != null) {
        tryAll(byWhole.get(word.head()), tried, text, i, evidence, part);
      }
      for (String term : word.parts()) {
        tryAll(byPart.get(term), tried, text, i, evidence, part);
      }
    }
  }

  private void tryAll(
      List<Trigger> triggers,
      Set<Trigger> tried,
      List<TextWord> text,
      int i,
      Map<String, Evidence> evidence,
      Part part) {
    if (triggers == null) {
      return;
    }
    for (Trigger trigger : triggers) {
      if (tried.add(trigger) && trigger.matchesAt(text, i)) {
        Evidence e = evidence.computeIfAbsent(trigger.topic(), k -> new Evidence());
        if (part == Part.BODY) {
          e.bodyWords.add(i + trigger.words().size() - 1);
        } else {
          e.inTitleOrTeaser = true;
        }
        e.triggers.add(trigger.written());
      }
    }
  }

  /** The analysed words of a text, each as its trigger terms (mostly none). */
  private List<TextWord> textWords(String text) {
    List<TextWord> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    try (TokenStream ts = wordCutter.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.addAll(remembered.get(term.toString(), this::analyseWord));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text failed", e);
    }
    return out;
  }

  private List<TextWord> analyseWord(String word) {
    List<TextWord> analysed = new ArrayList<>();
    boolean any = false;
    for (Word w : analyse(word, false)) {
      String whole = triggerTerms.contains(w.whole()) ? w.whole() : null;
      String last = w.parts().isEmpty() ? null : w.parts().get(w.parts().size() - 1);
      String head = last != null && triggerTerms.contains(last) ? last : null;
      List<String> parts = w.parts().stream().filter(triggerTerms::contains).toList();
      TextWord textWord = new TextWord(whole, head, parts);
      any |= textWord.hasTriggerTerms();
      analysed.add(textWord);
    }
    // most words are one word without trigger terms: share that answer rather than keep a copy per
    // word
    return !any && analysed.size() == 1 ? NO_TRIGGER_TERMS : List.copyOf(analysed);
  }

  /** "KI", "OZG", "IoT": two or more letters, most of them capitals. */
  private static boolean isAcronym(String written) {
    if (written.length() < 2 || written.contains(" ")) {
      return false;
    }
    long capitals = written.chars().filter(Character::isUpperCase).count();
    return capitals >= 2 && capitals * 2 > written.length();
  }

  /**
   * The text through the index analyzer, grouped into words by offsets: the whole word's term, then
   * its parts.
   */
  private List<Word> analyse(String text, boolean acronym) {
    List<Word> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int start = -1;
      int end = -1;
      String whole = null;
      List<String> parts = null;
      while (ts.incrementToken()) {
        if (offset.startOffset() != start || offset.endOffset() != end) {
          if (whole != null) {
            words.add(new Word(whole, List.copyOf(parts), acronym));
          }
          start = offset.startOffset();
          end = offset.endOffset();
          whole = term.toString();
          parts = new ArrayList<>();
        } else if (!term.toString().equals(whole) && !parts.contains(term.toString())) {
          parts.add(term.toString());
        }
      }
      if (whole != null) {
        words.add(new Word(whole, List.copyOf(parts), acronym));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text failed", e);
    }
    return words;
  }
}
