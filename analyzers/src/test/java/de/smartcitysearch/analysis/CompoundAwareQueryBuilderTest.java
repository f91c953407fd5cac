package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** How the visitor's text is taken apart and which Lucene query it becomes. */
class CompoundAwareQueryBuilderTest {

  private final CompoundAwareQueryBuilder builder =
      GermanAnalysis.defaults().queryBuilder(Map.of("title", 3f, "body", 1f), 2f);

  @Test
  void parseSeparatesWordsPhrasesAndExclusions() {
    VisitorQuery q =
        builder.parse("Datenplattform \"urbane Daten\" -Kiel -„offene Daten“ Smart-City  ");
    assertEquals(List.of("Datenplattform", "Smart-City"), q.words());
    assertEquals(List.of("urbane Daten"), q.phrases());
    assertEquals(List.of("Kiel", "offene Daten"), q.exclusions());
    assertEquals(List.of("Smart-City"), q.withoutWord("datenplattform").words());
  }

  @Test
  void parseToleratesOddInput() {
    assertTrue(builder.parse("   ").isEmpty());
    assertTrue(builder.parse(null).isEmpty());
    assertEquals(List.of("offene Daten"), builder.parse("\"offene Daten").phrases());
    assertEquals(List.of("-"), builder.parse("Kiel - Lübeck").words().subList(1, 2));
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.parse("x".repeat(CompoundAwareQueryBuilder.MAX_QUERY_LENGTH + 1)));
  }

  @Test
  void aCompoundNeverMatchesByASinglePart() {
    Query query = builder.build("Wissenstransfer");
    List<Query> leaves = leaves(query);
    assertTrue(leaves.contains(new TermQuery(new Term("body", "wissenstransf"))));
    assertTrue(leaves.contains(new TermQuery(new Term("body_exact", "wissenstransf"))));
    assertFalse(
        leaves.contains(new TermQuery(new Term("body", "transf"))), "no lone part: " + query);
    PhraseQuery parts =
        leaves.stream()
            .filter(PhraseQuery.class::isInstance)
            .map(PhraseQuery.class::cast)
            .filter(p -> p.getTerms()[0].field().equals("body"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(new Term("body", "wiss"), new Term("body", "transf")), List.of(parts.getTerms()));
    assertEquals(CompoundAwareQueryBuilder.PART_SLOP, parts.getSlop());
  }

  @Test
  void wordsAreCombinedWithAndStopWordsAreIgnored() {
    BooleanQuery all = assertInstanceOf(BooleanQuery.class, matching("Plattform für offene Daten"));
    assertEquals(3, all.clauses().size(), "für is not required");
    assertTrue(all.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST));
    assertInstanceOf(MatchNoDocsQuery.class, builder.build("für und die"));
  }

  @Test
  void eachWordAndPhraseIsOneThingADocumentHasOrLacks() {
    List<QueryWord> words =
        builder.words(builder.parse("Plattform für „offene Daten“ Künstliche Intelligenz -Kiel"));
    assertEquals(
        List.of("Plattform", "Künstliche Intelligenz", "offene Daten"),
        words.stream().map(QueryWord::text).toList(),
        "stop words and exclusions are no words to have");
    assertTrue(
        leaves(builder.excluded(builder.parse("Plattform -Kiel")))
            .contains(new TermQuery(new Term("body", "kiel"))));
    assertEquals(null, builder.excluded(builder.parse("Plattform")));
  }

  @Test
  void exclusionsAreMustNotAndAloneExcludeFromEverything() {
    BooleanQuery q = assertInstanceOf(BooleanQuery.class, builder.build("-Kiel"));
    assertEquals(
        1, q.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.MUST_NOT).count());
    assertEquals(
        1, q.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.MUST).count());
  }

  @Test
  void acronymsExpandToTheirMeaningAsAPhrase() {
    List<Query> leaves = leaves(builder.build("KI"));
    assertTrue(leaves.contains(new TermQuery(new Term("body", "ki"))));
    assertTrue(
        leaves.stream()
            .anyMatch(
                q ->
                    q instanceof PhraseQuery p
                        && p.getTerms().length == 2
                        && p.getTerms()[1].equals(new Term("body", "intelligenz"))),
        leaves.toString());
  }

  @Test
  void unquotedWordsFormingASynonymEntryAlsoMatchTheAcronym() {
    BooleanQuery q = assertInstanceOf(BooleanQuery.class, matching("Künstliche Intelligenz Kiel"));
    assertEquals(2, q.clauses().size(), "the two words count as one requirement: " + q);
    assertTrue(leaves(q).contains(new TermQuery(new Term("body", "ki"))), q.toString());
  }

  @Test
  void badFieldWeightsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> GermanAnalysis.defaults().queryBuilder(Map.of(), 2f));
    assertThrows(
        IllegalArgumentException.class,
        () -> GermanAnalysis.defaults().queryBuilder(Map.of("body", -1f), 2f));
    assertThrows(
        IllegalArgumentException.class,
        () -> GermanAnalysis.defaults().queryBuilder(Map.of("body", 1f), 0f));
  }

  /**
   * Which documents match (build() adds the exact-spelling bonus as one optional clause on top).
   */
  private Query matching(String text) {
    return builder.matching(builder.parse(text));
  }

  private static List<Query> leaves(Query query) {
    List<Query> leaves = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            leaves.add(q);
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return leaves;
  }
}
