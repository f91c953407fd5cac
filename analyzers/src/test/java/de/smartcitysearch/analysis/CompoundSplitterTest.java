package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the splitter makes of the words named in issue 14: verb forms stay whole, compounds whose
 * parts jWordSplitter's list lacks are split by their corpus frequencies, and a word more frequent
 * than its parts suggest stays whole.
 */
class CompoundSplitterTest {

  private static final CompoundSplitter SPLITTER = GermanAnalysis.defaults().splitter();
  private static final WordFrequencies FREQUENCIES = WordFrequencies.builtIn();

  @Test
  void anzugreifenIsNotSplitIntoAnzugAndReifen() {
    assertEquals(List.of(), SPLITTER.split("anzugreifen"));
    assertEquals(List.of(), SPLITTER.split("aufzubauen"));
  }

  @Test
  void festgehaltenIsNotSplitIntoFestAndGehalt() {
    assertEquals(List.of(), SPLITTER.split("festgehalten"));
    assertEquals(List.of(), SPLITTER.split("festgehaltenen"));
    assertEquals(List.of(), SPLITTER.split("vorgestellt"));
  }

  @Test
  void wordsTheCorpusWritesInLowerCaseAreNoNounCompounds() {
    assertEquals(List.of(), SPLITTER.split("herausstellen"), "not 'heraus' + 'Stellen'");
    assertEquals(List.of(), SPLITTER.split("unterbreiten"));
  }

  @Test
  void aCompoundEndingInAnAdjectiveIsNoNounCompound() {
    // "blüten|weiße" would index "blüten" as "blut" and let a search for "Blut" find white linen
    assertEquals(List.of(), SPLITTER.split("blütenweiße"));
  }

  @Test
  void energieerzeugungSplitsIntoEnergieAndErzeugung() {
    assertEquals(List.of("energie", "erzeugung"), SPLITTER.split("energieerzeugung"));
  }

  @Test
  void knoblauchpresseSplitsIntoKnoblauchAndPresse() {
    assertEquals(List.of("knoblauch", "presse"), SPLITTER.split("knoblauchpresse"));
  }

  @Test
  void aPrefixComesOffANewWordButNotOffAnEstablishedOne() {
    assertEquals(List.of("vor", "runde"), SPLITTER.split("vorrunde"));
    assertEquals(List.of(), SPLITTER.split("vorstellung"));
    assertEquals(List.of(), SPLITTER.split("vortrag"));
    // the noun of a separable verb ("nachschärfen", "zurufen") is a derivation, not prefix + noun
    assertEquals(List.of(), SPLITTER.split("nachschärfung"));
    assertEquals(List.of(), SPLITTER.split("zurufe"));
  }

  @Test
  void aSplitWhoseKnownPartsAreRarerThanTheWholeWordIsNotTaken() {
    // "Gesell" and "Schaft" are words of the corpus, but "Gesellschaft" is far more frequent than
    // they suggest
    double parts = Math.sqrt((double) FREQUENCIES.count("gesell") * FREQUENCIES.count("schaft"));
    assertTrue(
        FREQUENCIES.count("gesell") > 0 && FREQUENCIES.count("schaft") > 0,
        "both parts are known words");
    assertTrue(
        FREQUENCIES.count("gesellschaft") > parts,
        "the whole word beats the geometric mean of its parts");
    assertEquals(List.of(), SPLITTER.split("gesellschaft"));
    assertEquals(List.of(), SPLITTER.split("nutzungen"), "not 'Nuten' + 'Zungen'");
  }

  @Test
  void aCompoundOfEstablishedNounsIsSplitEvenWhereTheWholeWordIsMoreFrequent() {
    // the laws use "Kreditinstitute" and "Geltungsbereich" more often than the parts suggest, but
    // both parts are frequent nouns
    double parts = Math.sqrt((double) FREQUENCIES.count("kredit") * FREQUENCIES.count("institute"));
    assertTrue(FREQUENCIES.count("kreditinstitute") > parts);
    assertEquals(List.of("kredit", "institute"), SPLITTER.split("kreditinstitute"));
    assertEquals(List.of("geltung", "bereich"), SPLITTER.split("geltungsbereich"));
  }

  @Test
  void theSuffixSchaftIsNoHead() {
    // "Wissen|schaft", "Partner|schaft": derivations, and "Schaft" (a shaft) is no part of them
    assertEquals(List.of(), SPLITTER.split("wissenschaft"));
    assertEquals(List.of(), SPLITTER.split("partnerschaft"));
    assertEquals(List.of(), SPLITTER.split("bürgerschaft"));
    assertEquals(List.of(), SPLITTER.split("wirtschaft"));
  }

  @Test
  void aPresentParticipleUsedAsANounStaysWhole() {
    // "Reis|ende", "Vorsitz|ende" would let a search for "Ende" find every chairwoman
    assertEquals(List.of(), SPLITTER.split("reisende"));
    assertEquals(List.of(), SPLITTER.split("vorsitzende"));
    assertEquals(List.of("wochen", "ende"), SPLITTER.split("wochenende"));
    assertEquals(List.of("krieg", "ende"), SPLITTER.split("kriegsende"));
    // a compound whose head is such a noun is still a compound
    assertEquals(List.of("vorstand", "vorsitzende"), SPLITTER.split("vorstandsvorsitzende"));
    assertEquals(List.of("dienst", "reisende"), SPLITTER.split("dienstreisende"));
    assertEquals(List.of("radio", "sender"), SPLITTER.split("radiosender"));
  }

  @Test
  void aStreetNamedAfterAnUnknownNameHasTheNameAsAPart() {
    assertEquals(List.of("jahn", "straße"), SPLITTER.split("jahnstraße"));
    assertEquals(List.of("winterfeldt", "platz"), SPLITTER.split("winterfeldtplatz"));
  }

  @Test
  void aPlaceNameMadeOfWordsStaysWhole() {
    // GeoNames' German places: "Kreuz|berg" would let a search for "Berg" find the Berlin district
    assertEquals(List.of(), SPLITTER.split("kreuzberg"));
    assertEquals(List.of(), SPLITTER.split("aschaffenburg"));
    assertEquals(List.of(), SPLITTER.split("hamburger"), "and its adjective");
  }

  @Test
  void oilIsTheOneTwoLetterHead() {
    assertEquals(List.of("motor", "öl"), SPLITTER.split("motoröl"));
    assertEquals(List.of(), SPLITTER.split("bäckerei"), "not 'Bäcker' + 'Ei'");
  }

  @Test
  void theLinkingEsComesOffWhereTheShorterWordIsTheMoreCommonOne() {
    assertEquals(List.of("land", "regierungen"), SPLITTER.split("landesregierungen"));
  }

  @Test
  void aParticipleEndsNoCompound() {
    // "frist|wahrenden" is an adjective, not a noun compound with the infinitive "Wahren"
    assertEquals(List.of(), SPLITTER.split("fristwahrenden"));
  }

  @Test
  void aDerivedNounBeforeALinkingSIsAModifierEvenWhenTheCorpusNeverSawIt() {
    assertEquals(List.of("entschlackung", "kur"), SPLITTER.split("entschlackungskur"));
    assertEquals(List.of("initiation", "ritual"), SPLITTER.split("initiationsritual"));
  }

  @Test
  void aLexicalisedUnitOfTheWordListsStaysWholeInsideACompound() {
    assertEquals(List.of("daten", "plattform"), SPLITTER.split("datenplattform"));
    assertEquals(List.of(), SPLITTER.split("plattform"));
  }

  @Test
  void weekdaysStayWhole() {
    assertEquals(List.of(), SPLITTER.split("freitag"));
    assertEquals(List.of(), SPLITTER.split("donnerstag"));
  }

  @Test
  void withoutFrequenciesTheSplitterTrustsItsWordListsAlone() {
    CompoundSplitter listsOnly =
        new CompoundSplitter(GermanVocabulary.load(null), WordFrequencies.empty());
    assertEquals(List.of("daten", "plattform"), listsOnly.split("datenplattform"));
    assertEquals(
        List.of(),
        listsOnly.split("energieerzeugung"),
        "'erzeugung' is not on jWordSplitter's list");
  }
}
