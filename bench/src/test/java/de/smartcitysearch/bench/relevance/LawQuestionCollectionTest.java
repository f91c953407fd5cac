package de.smartcitysearch.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LawQuestionCollectionTest {

  @Test
  void theArticleFollowsTheLeadingWordOfTheLawsTitle() {
    assertEquals("das", LawQuestionCollection.article("Investitionszulagengesetz 1996"));
    assertEquals(
        "das",
        LawQuestionCollection.article(
            "Gesetz über die Zusammenlegung des Bundesamtes für Wirtschaft"));
    assertEquals(
        "das", LawQuestionCollection.article("Zweites Gesetz zur Änderung des Tierschutzgesetzes"));
    assertEquals("die", LawQuestionCollection.article("Abgabenordnung"));
    assertEquals(
        "die", LawQuestionCollection.article("Zweite Verordnung zur Durchführung des Gesetzes"));
  }
}
