package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The forms in which German text writes a place name. */
class PlaceNameFormsTest {

  @Test
  void adjectivesByRuleAndByException() {
    assertEquals(List.of("Kieler"), PlaceNameForms.adjectives("Kiel"));
    assertEquals(List.of("Berliner"), PlaceNameForms.adjectives("Berlin"));
    assertEquals(List.of("Hamburger"), PlaceNameForms.adjectives("Hamburg"));
    assertEquals(List.of("Solinger"), PlaceNameForms.adjectives("Solingen"));
    assertEquals(List.of("Karlsruher"), PlaceNameForms.adjectives("Karlsruhe"));
    assertEquals(List.of("Münchner", "Münchener"), PlaceNameForms.adjectives("München"));
    assertEquals(List.of("Dresdner"), PlaceNameForms.adjectives("Dresden"));
    assertEquals(List.of("Bremer"), PlaceNameForms.adjectives("Bremen"));
    assertEquals(
        List.of(), PlaceNameForms.adjectives("Hof"), "\"Hofer\" is no reliable sign of the city");
  }

  @Test
  void genitiveExceptAfterAHissingSound() {
    Set<String> kiel = PlaceNameForms.inflectedForms("Kiel");
    assertTrue(kiel.contains("Kiels") && kiel.contains("Kieler"));
    assertTrue(!PlaceNameForms.inflectedForms("Konstanz").contains("Konstanzs"));
    assertEquals(Set.of(), PlaceNameForms.inflectedForms("Frankfurt am Main"));
  }

  @Test
  void everydayNamesOfOfficialNames() {
    assertEquals(List.of("Frankfurt"), PlaceNameForms.shortNames("Frankfurt am Main"));
    assertEquals(List.of("Halle"), PlaceNameForms.shortNames("Halle (Saale)"));
    assertEquals(List.of("Freiburg"), PlaceNameForms.shortNames("Freiburg im Breisgau"));
    assertEquals(List.of("Cottbus"), PlaceNameForms.shortNames("Cottbus/Chóśebuz"));
    assertEquals(List.of(), PlaceNameForms.shortNames("Kiel"));
    assertEquals(
        List.of("Burg (Spreewald)", "Burg"),
        PlaceNameForms.shortNames("Burg (Spreewald)/Bórkowy (Błota)"));
    assertEquals(
        List.of("Lübbenau/Spreewald", "Lübbenau"),
        PlaceNameForms.shortNames("Lübbenau/Spreewald / Lubnjow/Błota"));
    assertEquals(List.of("Bad Homburg"), PlaceNameForms.shortNames("Bad Homburg v. d. Höhe"));
    assertEquals(List.of("Rade"), PlaceNameForms.shortNames("Rade b. Rendsburg"));
  }
}
