package de.smartcitysearch.cli;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.enrich.CityGazetteer;
import de.smartcitysearch.enrich.TopicTagger;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.GazetteerPlaceLexicon;
import de.smartcitysearch.search.LuceneSearchBackend;
import de.smartcitysearch.search.PlaceLexicon;
import java.time.Clock;
import org.apache.lucene.search.SearcherManager;

/**
 * The configured parts the commands share: the German analysis (with the user's vocabulary folder,
 * if one is set), the index schema built on it, and the query core with the gazetteer's places and
 * the taxonomy's topics.
 */
public final class Searchers {

  private Searchers() {}

  /**
   * The analysis of this process: built-in vocabulary plus the folder named by {@value
   * GermanAnalysis#VOCABULARY_DIR_ENV}, if set.
   *
   * @throws IllegalArgumentException naming the file and line when a vocabulary file is malformed
   */
  static GermanAnalysis analysis() {
    return GermanAnalysis.fromEnvironment();
  }

  /** The index schema over {@link #analysis()}. */
  static EventSchema schema() {
    return new EventSchema(analysis());
  }

  /**
   * The query core over an index, knowing the built-in gazetteer's cities and the topic taxonomy.
   */
  static LuceneSearchBackend create(SearcherManager manager, EventSchema schema) {
    return create(manager, schema, Clock.systemDefaultZone());
  }

  /** The built-in gazetteer's cities, the words a query names a city with. */
  static PlaceLexicon places() {
    return new GazetteerPlaceLexicon(CityGazetteer.builtIn());
  }

  /** The same, with the clock that decides what is upcoming (tests and benchmarks fix it). */
  public static LuceneSearchBackend create(
      SearcherManager manager, EventSchema schema, Clock clock) {
    return LuceneSearchBackend.builder(manager, schema)
        .places(places())
        .topics(TopicTagger.taxonomy())
        .clock(clock)
        .build();
  }
}
