package de.smartcitysearch.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a visitor types into a Lucene query that understands German compounds.
 *
 * <p>Visitor syntax: plain words, {@code "quoted phrases"} (also „German quotes“) and a leading
 * minus for exclusion ({@code -Kiel}, {@code -"offene Daten"}). Per plain word, in every field
 * {@code f}:
 *
 * <ul>
 *   <li>the word itself, analysed without splitting (so "Datenplattform" finds "Datenplattformen";
 *       a hyphenated or CamelCase word matches as a whole or as its parts in a row);
 *   <li>if it is a compound: all of its parts near each other, in any order, within {@value
 *       #PART_SLOP} positions ("Plattform für offene Daten" for "Datenplattform") — never a single
 *       part alone, which would turn "Wissenstransfer" into "Transfer"; checked only in documents
 *       without the compound itself, whose parts the index holds at the compound's position anyway;
 *   <li>its acronyms and synonyms from the {@link SynonymCatalog} (KI also finds the phrase
 *       "künstliche intelligenz");
 *   <li>the word in the twin field {@code f + "_exact"}, weighted {@code exactBoost} times the
 *       field's weight, so the exact spelling ranks before matches by parts.
 * </ul>
 *
 * {@link #words} gives each word's query on its own, so the query core can require all of them or
 * rank by how many a document has; {@link #matching} requires all of them. Unquoted words that
 * together form a synonym entry ("Künstliche Intelligenz") count as one: all of them, or their
 * synonym ("KI"). Stop words typed by the visitor are ignored, since they are not indexed.
 * Hyphenated and CamelCase query words match as a whole or as their parts in a row; a compound
 * inside them ("KI-Datenplattform") is not decomposed further. Instances are immutable and
 * thread-safe.
 */
public final class CompoundAwareQueryBuilder {

  /** Suffix of the non-splitting twin of every field. */
  public static final String EXACT_SUFFIX = "_exact";

  /** How far apart (in positions, either order) the parts of a compound may be. */
  public static final int PART_SLOP = 4;

  /** Longer query text is refused rather than turned into a huge query. */
  public static final int MAX_QUERY_LENGTH = 500;

  private static final int MAX_SYNONYM_WORDS = 8;

  private final GermanAnalysis analysis;
  private final Map<String, Float> fieldWeights;
  private final float exactBoost;
  private final QueryBuilder lucene;

  CompoundAwareQueryBuilder(
      GermanAnalysis analysis, Map<String, Float> fieldWeights, float exactBoost) {
    if (fieldWeights == null || fieldWeights.isEmpty()) {
      throw new IllegalArgumentException("at least one field with a weight is needed");
    }
    fieldWeights.forEach(
        (field, weight) -> {
          if (field == null || field.isBlank() || weight == null || !(weight > 0)) {
            throw new IllegalArgumentException(
                "field weights must be positive, got " + field + "=" + weight);
          }
        });
    if (!(exactBoost > 0)) {
      throw new IllegalArgumentException("exactBoost must be positive, got " + exactBoost);
    }
    this.analysis = analysis;
    this.fieldWeights = new LinkedHashMap<>(fieldWeights);
    this.exactBoost = exactBoost;
    this.lucene = new QueryBuilder(analysis.queryAnalyzer());
    // "KielRegion" -> kielregion OR "kiel region" (as a phrase, not as two loose words)
    lucene.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /**
   * Takes apart what a visitor typed; never fails on odd input (an unclosed quote runs to the end).
   *
   * @throws IllegalArgumentException if the text is longer than {@value #MAX_QUERY_LENGTH}
   *     characters
   */
  public VisitorQuery parse(String text) {
    if (text == null) {
      return new VisitorQuery(List.of(), List.of(), List.of());
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "query is "
              + text.length()
              + " characters long; at most "
              + MAX_QUERY_LENGTH
              + " are accepted");
    }
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    List<String> exclusions = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      boolean exclude =
          text.charAt(i) == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1));
      if (exclude) {
        i++;
      }
      String item;
      boolean phrase = isQuote(text.charAt(i));
      if (phrase) {
        int end = i + 1;
        while (end < n && !isQuote(text.charAt(end))) {
          end++;
        }
        item = text.substring(i + 1, end).strip();
        i = end + 1;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(text.charAt(end)) && !isQuote(text.charAt(end))) {
          end++;
        }
        item = text.substring(i, end);
        i = end;
      }
      if (!item.isEmpty()) {
        (exclude ? exclusions : phrase ? phrases : words).add(item);
      }
    }
    return new VisitorQuery(words, phrases, exclusions);
  }

  /** Parses and builds in one step. */
  public Query build(String text) {
    return build(parse(text));
  }

  /**
   * The Lucene query for {@code query}, every word required; a {@link MatchNoDocsQuery} when
   * nothing searchable is left (e.g. only stop words), all documents minus the exclusions when only
   * exclusions were typed. Scores like {@link #matching} plus {@link #exactSpelling} and matches
   * like {@link #matching}.
   */
  public Query build(VisitorQuery query) {
    Query matches = matching(query);
    Query exact = matches instanceof MatchNoDocsQuery ? null : exactSpelling(query);
    return exact == null
        ? matches
        : new BooleanQuery.Builder().add(matches, Occur.MUST).add(exact, Occur.SHOULD).build();
  }

  /**
   * Which documents have every word, without the exact-spelling twins: every document an
   * exact-spelling clause matches is matched by its word in the field itself already, so counting
   * and faceting need not read the twins' postings. Together with {@link #exactSpelling} it scores
   * like {@link #build}.
   */
  public Query matching(VisitorQuery query) {
    List<QueryWord> wanted = words(query);
    Query unwanted = excluded(query);
    if (wanted.isEmpty()
        && (unwanted == null || !query.words().isEmpty() || !query.phrases().isEmpty())) {
      return new MatchNoDocsQuery("nothing searchable in the query");
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    if (wanted.isEmpty()) {
      all.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
    }
    wanted.forEach(w -> all.add(w.query(), Occur.MUST));
    if (unwanted != null) {
      all.add(unwanted, Occur.MUST_NOT);
    }
    return all.build();
  }

  /**
   * The words and phrases of the query, each with the query a document must match to have it, in
   * the order typed. Unquoted words that together form a synonym entry ("Künstliche Intelligenz")
   * count as one; a word that is only a stop word is left out, since stop words are not indexed.
   * Exclusions are not among them.
   */
  public List<QueryWord> words(VisitorQuery query) {
    List<QueryWord> out = new ArrayList<>();
    List<String> words = query.words();
    for (int i = 0; i < words.size(); ) {
      int run = synonymRunAt(words, i);
      if (run > 1) {
        List<String> entry = words.subList(i, i + run);
        addIfPresent(out, String.join(" ", entry), wordsOrTheirSynonym(entry));
        i += run;
      } else {
        addIfPresent(out, words.get(i), wordQuery(words.get(i)));
        i++;
      }
    }
    for (String phrase : query.phrases()) {
      addIfPresent(out, phrase, phraseQuery(phrase));
    }
    return List.copyOf(out);
  }

  /**
   * What the excluded words and phrases match (a document with any of them is excluded); null when
   * none.
   */
  public Query excluded(VisitorQuery query) {
    List<Query> unwanted = new ArrayList<>();
    for (String exclusion : query.exclusions()) {
      addIfPresent(unwanted, exclusionQuery(exclusion));
    }
    return unwanted.isEmpty() ? null : anyOf(unwanted);
  }

  /**
   * The extra score for the exact spelling of the visitor's words and phrases (the twin fields,
   * weighted {@code exactBoost} times the field's weight), to add to {@link #matching} as an
   * optional clause; null when the query has no word.
   */
  public Query exactSpelling(VisitorQuery query) {
    List<Query> exact = new ArrayList<>();
    for (String word : query.words()) {
      for (Map.Entry<String, Float> field : fieldWeights.entrySet()) {
        addIfPresent(
            exact,
            exactWordInField(
                field.getKey(), word, analysis.synonyms().expansionsOf(word), field.getValue()));
      }
    }
    for (String phrase : query.phrases()) {
      for (Map.Entry<String, Float> field : fieldWeights.entrySet()) {
        addIfPresent(exact, exactPhraseInField(field.getKey(), phrase, field.getValue()));
      }
    }
    return exact.isEmpty() ? null : anyOf(exact);
  }

  /**
   * Length of the longest run of words starting at {@code start} that the synonym catalog knows as
   * one entry ("künstliche intelligenz"), or 0.
   */
  private int synonymRunAt(List<String> words, int start) {
    for (int end = Math.min(words.size(), start + MAX_SYNONYM_WORDS); end > start + 1; end--) {
      if (!analysis
          .synonyms()
          .expansionsOf(String.join(" ", words.subList(start, end)))
          .isEmpty()) {
        return end - start;
      }
    }
    return 0;
  }

  /** Unquoted words that form a synonym entry: all of the words, or one of the entry's synonyms. */
  private Query wordsOrTheirSynonym(List<String> words) {
    BooleanQuery.Builder allWords = new BooleanQuery.Builder();
    boolean any = false;
    for (String word : words) {
      Query q = wordQuery(word);
      if (q != null) {
        allWords.add(q, Occur.MUST);
        any = true;
      }
    }
    List<Query> alternatives = new ArrayList<>();
    if (any) {
      alternatives.add(allWords.build());
    }
    for (String synonym : analysis.synonyms().expansionsOf(String.join(" ", words))) {
      addIfPresent(
          alternatives, synonym.strip().contains(" ") ? phraseQuery(synonym) : wordQuery(synonym));
    }
    return alternatives.isEmpty() ? null : anyOf(alternatives);
  }

  private Query wordQuery(String word) {
    List<String> parts = compoundPartTerms(word);
    List<String> synonyms = analysis.synonyms().expansionsOf(word);
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : fieldWeights.entrySet()) {
      String name = field.getKey();
      Query whole = lucene.createBooleanQuery(name, word, Occur.MUST);
      if (whole == null) {
        return null; // a stop word: not indexed, so it must not be required
      }
      List<Query> alternatives = new ArrayList<>();
      alternatives.add(whole);
      if (parts.size() >= 2) {
        Query near = partsNearEachOther(name, parts);
        alternatives.add(
            whole instanceof TermQuery
                // a document with the compound itself has its parts at the compound's position too:
                // checking the
                // positions of the parts there would only add to a score the compound already
                // earned
                ? new BooleanQuery.Builder()
                    .add(near, Occur.MUST)
                    .add(whole, Occur.MUST_NOT)
                    .build()
                : near);
      }
      synonyms.forEach(s -> addIfPresent(alternatives, lucene.createPhraseQuery(name, s)));
      anyField.add(new BoostQuery(anyOf(alternatives), field.getValue()), Occur.SHOULD);
    }
    return anyField.build();
  }

  /**
   * The word (or a synonym) as spelled, in the field's exact twin; null when nothing of it is
   * indexed.
   */
  private Query exactWordInField(String field, String word, List<String> synonyms, float weight) {
    String exact = field + EXACT_SUFFIX;
    List<Query> exactAlternatives = new ArrayList<>();
    addIfPresent(exactAlternatives, lucene.createBooleanQuery(exact, word, Occur.MUST));
    synonyms.forEach(s -> addIfPresent(exactAlternatives, lucene.createPhraseQuery(exact, s)));
    return exactAlternatives.isEmpty()
        ? null
        : new BoostQuery(anyOf(exactAlternatives), weight * exactBoost);
  }

  /** The phrase in the field's exact twin; null when nothing of it is indexed. */
  private Query exactPhraseInField(String field, String phrase, float weight) {
    Query exact = lucene.createPhraseQuery(field + EXACT_SUFFIX, phrase);
    return exact == null ? null : new BoostQuery(exact, weight * exactBoost);
  }

  private Query phraseQuery(String phrase) {
    List<String> synonyms = analysis.synonyms().expansionsOf(phrase);
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    boolean any = false;
    for (Map.Entry<String, Float> field : fieldWeights.entrySet()) {
      String name = field.getKey();
      List<Query> alternatives = new ArrayList<>();
      addIfPresent(alternatives, lucene.createPhraseQuery(name, phrase));
      synonyms.forEach(s -> addIfPresent(alternatives, lucene.createPhraseQuery(name, s)));
      if (alternatives.isEmpty()) {
        continue;
      }
      any = true;
      anyField.add(new BoostQuery(anyOf(alternatives), field.getValue()), Occur.SHOULD);
    }
    return any ? anyField.build() : null;
  }

  private Query exclusionQuery(String text) {
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    boolean any = false;
    for (String name : fieldWeights.keySet()) {
      for (String field : List.of(name, name + EXACT_SUFFIX)) {
        Query query = lucene.createPhraseQuery(field, text);
        if (query != null) {
          anyField.add(query, Occur.SHOULD);
          any = true;
        }
      }
    }
    return any ? anyField.build() : null;
  }

  /** The analysed parts of a compound typed by the visitor; empty when the word is no compound. */
  private List<String> compoundPartTerms(String word) {
    if (!GermanVocabulary.isLetters(word)) {
      return List.of();
    }
    Set<String> terms = new LinkedHashSet<>();
    for (String part : analysis.splitter().split(word.toLowerCase(Locale.GERMAN))) {
      terms.addAll(AnalyzedToken.terms(analysis.queryAnalyzer(), part));
    }
    return List.copyOf(terms);
  }

  private static Query partsNearEachOther(String field, List<String> parts) {
    PhraseQuery.Builder near = new PhraseQuery.Builder();
    near.setSlop(PART_SLOP);
    for (int i = 0; i < parts.size(); i++) {
      near.add(new Term(field, parts.get(i)), i);
    }
    return near.build();
  }

  private static Query anyOf(List<Query> alternatives) {
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    alternatives.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  private static void addIfPresent(List<QueryWord> words, String text, Query query) {
    if (query != null) {
      words.add(new QueryWord(text, query));
    }
  }

  private static void addIfPresent(List<Query> queries, Query query) {
    if (query != null) {
      queries.add(query);
    }
  }

  private static boolean isQuote(char c) {
    return c == '"'
        || c == '\u201E'
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u00AB'
        || c == '\u00BB';
  }
}
