package de.smartcitysearch.bench.corpus;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fills an event text with paragraphs of real sentences until it reaches a size in bytes.
 *
 * <p>A paragraph is a run of 2 to 6 neighbouring sentences of one source text. Its first sentence is drawn
 * half of the time among the sentences on one of the event's topics, a fifth of the time from the seed pages
 * (smart-city event pages) and otherwise anywhere in the pool.
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

  /** Appends paragraphs (each after a blank line) until the text has at least {@code targetBytes} bytes. */
  void fill(StringBuilder text, RandomGenerator random, List<Topic> topics, int targetBytes) {
    int bytes = JsonSize.of(text);
    do {
      int start = firstSentence(random, topics);
      int length = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
      text.append("\n\n");
      bytes += 4; // each line break is written as the two characters \n
      for (int i = start; i < start + length && i < pool.size() && bytes < targetBytes; i++) {
        if (i > start) {
          if (pool.startsText(i)) {
            break; // a paragraph never runs into the next source text
          }
          text.append(' ');
          bytes++;
        }
        String sentence = pool.sentence(i);
        text.append(sentence);
        bytes += JsonSize.of(sentence);
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
