package de.smartcitysearch.bench.corpus;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fills an event text with paragraphs of real sentences until it reaches a size in bytes.
 *
 * <p>A paragraph is a run of 2 to 6 neighbouring sentences of one source text. Its first sentence
 * is drawn half of the time among the sentences on one of the event's topics, a fifth of the time
 * from the seed pages (smart-city event pages) and otherwise anywhere in the pool.
 */
final class ParagraphWriter {

  static final double TOPIC_SHARE = 0.5;
  static final double SEED_SHARE = 0.2;
  static final int MIN_SENTENCES = 2;
  static final int MAX_SENTENCES = 6;

  private final SentencePool pool;

  ParagraphWriter(SentencePool pool) {
    this.pool = pool;
  }

  /**
   * Appends paragraphs (each after a blank line) until the text has at least {@code targetBytes}
   * bytes; at least one paragraph, and every paragraph has at least one sentence.
   */
  void fill(StringBuilder text, RandomGenerator random, List<Topic> topics, int targetBytes) {
    int bytes = JsonSize.of(text);
    do {
      int start = firstSentence(random, topics);
      int end =
          Math.min(
              pool.size(),
              start + MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1));
      text.append("\n\n").append(pool.sentence(start));
      bytes +=
          4
              + JsonSize.of(
                  pool.sentence(start)); // each line break is written as the two characters \n
      // a paragraph never runs into the next source text
      for (int i = start + 1; i < end && bytes < targetBytes && !pool.startsText(i); i++) {
        text.append(' ').append(pool.sentence(i));
        bytes += 1 + JsonSize.of(pool.sentence(i));
      }
    } while (bytes < targetBytes);
  }

  private int firstSentence(RandomGenerator random, List<Topic> topics) {
    double roll = random.nextDouble();
    if (roll < TOPIC_SHARE) {
      int[] onTopic = pool.sentencesOn(topics.get(random.nextInt(topics.size())));
      if (onTopic.length > 0) {
        return onTopic[random.nextInt(onTopic.length)];
      }
    } else if (roll < TOPIC_SHARE + SEED_SHARE) {
      return random.nextInt(pool.seedSentences());
    }
    return random.nextInt(pool.size());
  }
}
