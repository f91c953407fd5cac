package de.smartcitysearch.bench.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.smartcitysearch.bench.relevance.CouncilPapers.Paper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperCollectionTest {

  private static List<String> query(String name) {
    return PaperCollection.queryWords(new Paper("p", name, List.of("f")));
  }

  @Test
  void aQueryIsTheContentWordsOfTheNameWithoutWhoAsks() {
    assertEquals(
        List.of(
            "Knotenpunkt", "Grezzo", "Fröbel", "Eisenbahnstraße", "Einrichtung", "Kreisverkehrs"),
        query(
            "Antrag CDU: Knotenpunkt Grezzo-/Fröbel-/Eisenbahnstraße, Einrichtung eines Kreisverkehrs"));
    assertEquals(
        List.of("Ausgleich", "Verkleinerung", "Landschaftsschutzgebietes", "Nördliche", "Hardt"),
        query(
            "Ergänzungsantrag GRÜNE: Ausgleich für die Verkleinerung des Landschaftsschutzgebietes \"Nördliche Hardt\""));
  }

  @Test
  void aLongNameGivesItsFirstSixContentWords() {
    assertEquals(
        List.of("Absichtserklärung", "Letter", "Intent", "Erwerb", "Grundstücks", "Gebäude"),
        query(
            "Absichtserklärung (Letter of Intent) zum Erwerb des Grundstücks Nr. 6720, mit 3.427 m², Gebäude- und "
                + "Freifläche, Alte Friedrichstraße 145, Gemarkung Neureut"));
  }

  @Test
  void aColonThatIsNotARequestsPrefixStays() {
    assertEquals(
        List.of(
            "Landschaftsschutzgebiet",
            "Neureuter",
            "Feldflur",
            "Anhörung",
            "Gemeinde",
            "Verordnungsentwurf"),
        query(
            "Landschaftsschutzgebiet \"Neureuter Feldflur\": Anhörung der Gemeinde zum Verordnungsentwurf"));
  }
}
