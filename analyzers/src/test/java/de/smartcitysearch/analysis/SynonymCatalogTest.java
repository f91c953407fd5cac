package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in acronyms of the field, looked up both ways. */
class SynonymCatalogTest {

  private final SynonymCatalog catalog = GermanAnalysis.defaults().synonyms();

  @Test
  void acronymsOfTheSeedsAreKnown() {
    assertEquals(Optional.of("Künstliche Intelligenz"), catalog.meaningOf("KI"));
    assertEquals(Optional.of("Modellprojekte Smart Cities"), catalog.meaningOf("mpsc"));
    assertEquals(Optional.of("Oberbürgermeister"), catalog.meaningOf("OB"));
    assertEquals(Optional.of("Smart Country Convention"), catalog.meaningOf("SCCON"));
    assertEquals(
        Optional.of("Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen"),
        catalog.meaningOf("BMWSB"));
    assertTrue(
        catalog.meaningOf("KTS").orElseThrow().startsWith("Koordinierungs- und Transferstelle"));
    assertTrue(catalog.size() >= 40, "a few dozen entries: " + catalog.size());
  }

  @Test
  void theMeaningLeadsBackToTheAcronym() {
    assertEquals(List.of("KI"), catalog.expansionsOf("künstliche  Intelligenz"));
    assertEquals(List.of(), catalog.expansionsOf("Kiel"));
  }
}
