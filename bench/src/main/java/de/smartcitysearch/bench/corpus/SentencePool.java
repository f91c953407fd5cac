package de.smartcitysearch.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real German sentences the event texts are composed from, read at run time from the shared
 * data.
 *
 * <p>First the sentences of the seed pages ({@code seeds/*.txt}, in file-name order), then those of
 * the first {@code councilTexts} non-empty Karlsruhe council texts (in file order), each kept once.
 * Sentences of one source text stay together in source order, so a run of neighbouring sentences
 * reads as a paragraph.
 */
public final class SentencePool {

  /** The seed pages, relative to the shared folder. */
  public static final String SEEDS_DIR = "seeds";

  /**
   * The council texts (gzip JSON lines {@code {file_id, words, text}}), relative to the shared
   * folder.
   */
  public static final String COUNCIL_TEXTS = "data/karlsruhe-oparl/file_texts.jsonl.gz";

  private final String[] sentences;
  private final int seedSentences;
  private final BitSet startsText;
  private final Map<String, int[]> byTopic;

  private SentencePool(
      List<String> sentences, int seedSentences, BitSet startsText, List<Topic> topics) {
    this.sentences = sentences.toArray(String[]::new);
    this.seedSentences = seedSentences;
    this.startsText = startsText;
    this.byTopic = indexTopics(this.sentences, topics);
  }

  /** Reads the seed pages and the first {@code councilTexts} non-empty council texts. */
  public static SentencePool load(Path sharedDir, int councilTexts) {
    Builder builder = new Builder();
    for (Path seed : seedFiles(sharedDir)) {
      try {
        builder.addText(Files.readString(seed, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new SharedDataException(seed, "cannot read: " + e.getMessage(), e);
      }
    }
    int seedSentences = builder.sentences.size();
    readCouncilTexts(sharedDir.resolve(COUNCIL_TEXTS), councilTexts, builder);
    if (builder.sentences.size() == seedSentences) {
      throw new SharedDataException(
          sharedDir.resolve(COUNCIL_TEXTS), "no prose sentences in the council texts");
    }
    return new SentencePool(
        builder.sentences, seedSentences, builder.startsText, CorpusVocabulary.TOPICS);
  }

  private static List<Path> seedFiles(Path sharedDir) {
    Path dir = sharedDir.resolve(SEEDS_DIR);
    if (!Files.isDirectory(dir)) {
      throw new SharedDataException(dir, "seed folder not found");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> seeds =
          files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      if (seeds.isEmpty()) {
        throw new SharedDataException(dir, "no seed pages (*.txt)");
      }
      return seeds;
    } catch (IOException e) {
      throw new SharedDataException(dir, "cannot list: " + e.getMessage(), e);
    }
  }

  private static void readCouncilTexts(Path file, int wanted, Builder builder) {
    int[] read = {0};
    GzipJsonLines.read(
        file,
        councilText -> {
          String text = GzipJsonLines.string(councilText, "text");
          if (!text.isBlank()) {
            builder.addText(text);
            read[0]++;
          }
          return read[0] < wanted;
        });
  }

  private static Map<String, int[]> indexTopics(String[] sentences, List<Topic> topics) {
    List<List<Integer>> hits = new ArrayList<>();
    topics.forEach(t -> hits.add(new ArrayList<>()));
    for (int i = 0; i < sentences.length; i++) {
      String lower = sentences[i].toLowerCase(Locale.GERMAN);
      for (int t = 0; t < topics.size(); t++) {
        if (topics.get(t).matches(lower)) {
          hits.get(t).add(i);
        }
      }
    }
    Map<String, int[]> index = new LinkedHashMap<>();
    for (int t = 0; t < topics.size(); t++) {
      index.put(topics.get(t).label(), hits.get(t).stream().mapToInt(Integer::intValue).toArray());
    }
    return index;
  }

  /** Number of sentences. */
  public int size() {
    return sentences.length;
  }

  /** Number of sentences from the seed pages; they come first. */
  public int seedSentences() {
    return seedSentences;
  }

  /** The sentence at this position. */
  public String sentence(int index) {
    return sentences[index];
  }

  /** Whether the sentence is the first of its source text (a paragraph should not run into it). */
  public boolean startsText(int index) {
    return startsText.get(index);
  }

  /** Positions of the sentences on the topic (naming one of its keywords); empty when none does. */
  int[] sentencesOn(Topic topic) {
    return byTopic.getOrDefault(topic.label(), new int[0]);
  }

  /** Collects sentences of texts in order, each distinct sentence once. */
  private static final class Builder {
    final List<String> sentences = new ArrayList<>();
    final BitSet startsText = new BitSet();
    final Set<String> seen = new HashSet<>();

    void addText(String text) {
      boolean first = true;
      for (String sentence : GermanSentences.split(text)) {
        if (seen.add(sentence)) {
          if (first) {
            startsText.set(sentences.size());
            first = false;
          }
          sentences.add(sentence);
        }
      }
    }
  }
}
