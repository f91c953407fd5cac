package de.smartcitysearch.bench.relevance;

/**
 * How big a run is. {@link #QUICK} is what {@code mvn verify} runs and pins (collections a–d, sized
 * to stay well under 90 s on two shared cores); {@link #FULL} adds the law questions and samples
 * more of everything.
 *
 * @param papers council papers sampled for karlsruhe-papers (their texts are the documents, each
 *     gives a query)
 * @param queriesPerKind most queries per kind in the meeting and listing collections
 * @param questionsPerKind most questions per template in the questions collection
 * @param lawSections law sections sampled for law-questions (0: the collection is left out)
 * @param lawQuestions most questions over them
 */
record SuiteSize(
    String name,
    int papers,
    int queriesPerKind,
    int questionsPerKind,
    int lawSections,
    int lawQuestions) {

  static final SuiteSize QUICK = new SuiteSize("quick", 100, 40, 25, 0, 0);

  /**
   * 20,000 law sections: the size of the external measurement the law questions mirror (DESIGN.md
   * 6a).
   */
  static final SuiteSize FULL = new SuiteSize("full", 1000, 200, 100, 20_000, 500);

  static SuiteSize named(String name) {
    return switch (name) {
      case "quick" -> QUICK;
      case "full" -> FULL;
      default ->
          throw new IllegalArgumentException("run size must be quick or full, not '" + name + "'");
    };
  }
}
