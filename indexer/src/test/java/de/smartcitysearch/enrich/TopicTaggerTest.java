package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.enrich.TopicTagger.TopicTags;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

/** Smart-city topics from trigger words on the analysed text, with the reasons kept. */
class TopicTaggerTest {

  private static final Analyzer ANALYZER = GermanAnalysis.defaults().indexAnalyzer();
  private final TopicTagger tagger = new TopicTagger(GermanAnalysis.defaults());

  private TopicTags tagSeed(String number) {
    return tagger.tag("", "", SharedData.seed(number));
  }

  @Test
  void theTaxonomyReadWithoutATaggerHasTheTaggersLabels() {
    assertEquals(tagger.labels(), TopicTagger.taxonomy());
  }

  @Test
  void theTaxonomyHasAboutTwentyFiveTopics() {
    assertTrue(
        tagger.labels().size() >= 22 && tagger.labels().size() <= 30, tagger.labels().toString());
    assertTrue(
        tagger
            .labels()
            .containsAll(
                List.of(
                    "Urbane Datenplattformen",
                    "Digitale Zwillinge",
                    "Klimaanpassung",
                    "Mobilität",
                    "Künstliche Intelligenz",
                    "Bürgerbeteiligung",
                    "Open Source und digitale Souveränität",
                    "Verstetigung",
                    "Wissenstransfer",
                    "Ländlicher Raum")));
  }

  @Test
  void inflectedTriggerWordsCountAndTheReasonIsKept() {
    TopicTags tags =
        tagger.tag("", "", "Die Datenplattformen der Städte und eine weitere Datenplattform.");
    assertEquals(List.of("Urbane Datenplattformen"), tags.topics());
    assertEquals(List.of("Datenplattform"), tags.reasons().get("Urbane Datenplattformen"));
  }

  @Test
  void onePassingWordTagsNothingButInTheHeadlineItCountsDouble() {
    assertEquals(List.of(), tagger.tag("", "", "Am Rande ging es auch um Mobilität.").topics());
    assertEquals(
        List.of("Mobilität"),
        tagger.tag("Smart City & Mobilität", "", "Die Stadt interaktiv erleben.").topics());
  }

  @Test
  void aPhraseAndItsWordOnTheSameSpotAreOnePieceOfEvidence() {
    assertFalse(
        tagger
            .tag("", "", "Eine urbane Datenplattform wurde vorgestellt.")
            .topics()
            .contains("Urbane Datenplattformen"));
  }

  /**
   * Needs the compound-splitting index analyzer: "Klimafolgenanpassung" is not a trigger word; only
   * its parts klima + anpassung can match the trigger "Klimaanpassung".
   */
  @Test
  void aCompoundContainingATriggersPartsCountsOnceTheAnalyzerSplitsCompounds() throws IOException {
    assertTrue(splitsCompounds(), "the index analyzer splits Klimafolgenanpassung into its parts");
    TopicTags tags =
        tagger.tag(
            "Klimafolgenanpassung in der Bodenseeregion",
            "",
            "Hochwasser und Hitze: Beispiele der Klimafolgenanpassung.");
    assertTrue(tags.topics().contains("Klimaanpassung"), tags.toString());
    assertTrue(tags.reasons().get("Klimaanpassung").contains("Klimaanpassung"), tags.toString());
  }

  private static boolean splitsCompounds() throws IOException {
    int terms = 0;
    try (TokenStream ts = ANALYZER.tokenStream("body", "Klimafolgenanpassung")) {
      ts.reset();
      while (ts.incrementToken()) {
        terms++;
      }
      ts.end();
    }
    return terms > 1;
  }

  @Test
  void seed000ConventionTopics() {
    List<String> topics = tagSeed("000").topics();
    assertTrue(
        topics.containsAll(
            List.of(
                "Urbane Datenplattformen",
                "Open Source und digitale Souveränität",
                "Verstetigung",
                "Wissenstransfer",
                "Künstliche Intelligenz",
                "Digitale Daseinsvorsorge",
                "Klimaanpassung",
                "Mobilität")),
        topics.toString());
  }

  @Test
  void seed001KielCongressTopics() {
    List<String> topics = tagSeed("001").topics();
    assertTrue(
        topics.containsAll(
            List.of("Verstetigung", "Digitale Zwillinge", "Interkommunale Kooperation")),
        topics.toString());
  }

  @Test
  void seed002Convention2022Topics() {
    List<String> topics = tagSeed("002").topics();
    assertTrue(
        topics.containsAll(List.of("Digitale Zwillinge", "Wissenstransfer")), topics.toString());
  }

  @Test
  void seed003BerlinCongressTopicsFromItsTextAlone() {
    List<String> topics = tagSeed("003").topics();
    // Its 1,729 words come back to Verstetigung and exchange again and again; "Klimaanpassung mit
    // digitalen
    // Tools" and the two workshops on digital twins are titles among many (their sessions carry
    // those topics).
    assertTrue(
        topics.containsAll(
            List.of("Verstetigung", "Wissenstransfer", "Interkommunale Kooperation")),
        topics.toString());
    assertFalse(topics.contains("Klimaanpassung"), topics.toString());
    assertFalse(topics.contains("Digitale Zwillinge"), topics.toString());
  }

  @Test
  void aWordOnceInALongTextTagsNothingButInTheTitleOrTeaserItDoes() {
    String longText = "Die Stadt plant ihre Zukunft gemeinsam mit vielen Menschen. ".repeat(100);
    assertEquals(
        List.of(),
        tagger.tag("", "", longText + "Auch die Mobilität kam zur Sprache. " + longText).topics());
    assertEquals(List.of("Mobilität"), tagger.tag("Mobilität im Quartier", "", longText).topics());
    assertEquals(List.of("Mobilität"), tagger.tag("", "Es geht um Mobilität.", longText).topics());
    String repeated =
        ("Der Radverkehr wächst. "
                + "Die Stadt plant ihre Zukunft mit vielen Menschen. ".repeat(20))
            .repeat(10);
    assertEquals(
        List.of("Mobilität"), tagger.tag("", "", repeated).topics(), "ten times in 1,000 words");
  }

  @Test
  void aWordThatBeginsACompoundIsNotItsTopicButOneThatEndsItIs() {
    assertEquals(List.of(), tagger.tag("Adventsmarkt an der Dorfkirche", "", "").topics());
    assertEquals(List.of("Mobilität"), tagger.tag("Ausbau im Radverkehr", "", "").topics());
    assertEquals(
        List.of(), tagger.tag("Vergabe der Pflegearbeiten in den Grünanlagen", "", "").topics());
  }

  @Test
  void anAcronymIsAWholeWordOnly() {
    assertEquals(List.of(), tagger.tag("Projekte PaxxAn und BiZuKi", "", "").topics());
    assertEquals(
        List.of("Künstliche Intelligenz"), tagger.tag("KI in der Verwaltung", "", "").topics());
  }

  @Test
  void aLineSaidTwiceIsNoRepetition() {
    String agenda =
        "9 Finanzierung der Fraktionen (beschlossen)\n9.1 Finanzierung der Fraktionen (abgelehnt)\n";
    assertEquals(List.of(), tagger.tag("", "", agenda).topics());
  }

  @Test
  void seed004ConstanceConferenceTopics() {
    TopicTags tags = tagSeed("004");
    assertTrue(
        tags.topics()
            .containsAll(
                List.of("Interkommunale Kooperation", "Wissenstransfer", "Klimaanpassung")),
        tags.topics().toString());
    assertTrue(
        tags.reasons().get("Klimaanpassung").contains("Hochwasserschutz"),
        tags.reasons().toString());
  }
}
