package de.smartcitysearch.search;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a query core is configured with besides its index, the same for every engine: place words,
 * the topic taxonomy, the clock, the time limit and the exact-count bound, each with a default.
 *
 * @param <B> the engine's own builder, returned by every setter
 */
public abstract class QueryCoreBuilder<B extends QueryCoreBuilder<B>> {

  private PlaceLexicon places;
  private List<String> topics = List.of();
  private Clock clock = Clock.systemDefaultZone();
  private Duration timeout = Duration.ofSeconds(2);
  private int exactUpTo = SearchResponse.EXACT_UP_TO;

  /** The settings as given, for the engine's constructor. */
  public record Settings(
      PlaceLexicon places, List<String> topics, Clock clock, Duration timeout, int exactUpTo) {}

  protected QueryCoreBuilder() {}

  /** This builder as the engine's own type. */
  protected abstract B self();

  /**
   * Which words name cities, consulted before the venue cities of the index and their adjective
   * forms.
   */
  public B places(PlaceLexicon lexicon) {
    places = lexicon;
    return self();
  }

  /** The topic taxonomy's labels: the reference list "topics" and the default coverage columns. */
  public B topics(List<String> labels) {
    topics = List.copyOf(labels);
    return self();
  }

  /** The clock deciding what is upcoming (tests fix it). */
  public B clock(Clock c) {
    clock = Objects.requireNonNull(c);
    return self();
  }

  /**
   * The time limit of one query (on a cluster, of one tier's search); a query over it returns what
   * it found so far, flagged.
   */
  public B timeout(Duration limit) {
    timeout = Objects.requireNonNull(limit);
    return self();
  }

  /**
   * Up to how many hits a search counts its total and facets exactly ({@link
   * SearchResponse#EXACT_UP_TO}; tests use a small bound on a small index). Curators' counts are
   * exact whatever it is.
   */
  public B exactUpTo(int hits) {
    if (hits < 1) {
      throw new IllegalArgumentException("the exact count bound must be at least 1, not " + hits);
    }
    exactUpTo = hits;
    return self();
  }

  /** The settings given so far. */
  public Settings settings() {
    return new Settings(places, topics, clock, timeout, exactUpTo);
  }
}
