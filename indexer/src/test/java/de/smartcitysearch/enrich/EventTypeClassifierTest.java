package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The type of event named by its headline, teaser or text. */
class EventTypeClassifierTest {

  private final EventTypeClassifier types = new EventTypeClassifier();

  private Optional<String> ofTitle(String title) {
    return types.classify(null, title, "", "");
  }

  @Test
  void typeWordsAloneOrAtTheEndOfACompound() {
    assertEquals(
        Optional.of("Kongress"), ofTitle("7. MPSC-Kongress in Kiel: Gekommen um zu bleiben"));
    assertEquals(Optional.of("Messe"), ofTitle("Das war die Smart Country Convention 2025"));
    assertEquals(
        Optional.of("Regionalkonferenz"),
        ofTitle("23. Regionalkonferenz der Modellprojekte Smart Cities"));
    assertEquals(Optional.of("Konferenz"), ofTitle("Fachtagung Smarte Region"));
    assertEquals(Optional.of("Workshop"), ofTitle("Werkstatt 3: Urbane digitale Zwillinge"));
    assertEquals(
        Optional.of("Podiumsdiskussion"),
        ofTitle("Paneldiskussion: Das Zusammenspiel entscheidet"));
    assertEquals(Optional.of("Ratssitzung"), ofTitle("Öffentliche Sitzung des Gemeinderates"));
    assertEquals(Optional.of("Webinar"), ofTitle("Webinar: Open Data in der Praxis"));
  }

  @Test
  void aWordThatOnlyStartsACompoundIsNoType() {
    assertEquals(Optional.empty(), ofTitle("Am zweiten Kongresstag auf dem Messegelände"));
  }

  @Test
  void titleFirstThenTeaserThenBodyAndDeclaredWins() {
    assertEquals(
        Optional.of("Regionalkonferenz"),
        types.classify(
            null,
            "Gemeinsam voraus",
            "das zeigt die Regionalkonferenz der Modellprojekte",
            "Workshops beleuchten Erfolgsfaktoren"));
    assertEquals(Optional.of("Ratssitzung"), types.classify("Ratssitzung", "Kongress", "", ""));
  }
}
