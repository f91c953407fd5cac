package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The title of a program slot as the seed programs write it, with the label above it read apart.
 */
class SessionHeadingTest {

  @Test
  void aStageAboveTheTitleIsTheRoom() {
    SessionHeading h =
        SessionHeading.of(
            "Raum Beta 3 I hub 27\nUrbane Datenplattformen im Realitätscheck: Was "
                + "Kommunen wirklich weiterbringt\nUrbane Datenplattformen gelten als Schlüssel.");
    assertEquals(
        "Urbane Datenplattformen im Realitätscheck: Was Kommunen wirklich weiterbringt", h.title());
    assertEquals("Raum Beta 3 | hub 27", h.room());
    assertEquals("Urbane Datenplattformen gelten als Schlüssel.", h.rest());
  }

  @Test
  void aParallelWorkshopNamedByANumberIsATrackAndItsTitleGoesOnAfterAColon() {
    SessionHeading h =
        SessionHeading.of(
            "Werkstatt 3\nUrbane digitale Zwillinge:\nErfahrungen aus vier Jahren "
                + "Stadtpraxis\nRosa Thoneick und Fabrice Radrizzani | KTS");
    assertEquals("Urbane digitale Zwillinge: Erfahrungen aus vier Jahren Stadtpraxis", h.title());
    assertEquals("Werkstatt 3", h.room());
    assertEquals("Rosa Thoneick und Fabrice Radrizzani | KTS", h.rest());
  }

  @Test
  void aFormatAboveTheTitleIsTheFormat() {
    SessionHeading h = SessionHeading.of("Paneldiskussion\nMPSC-Kommunen im Dialog");
    assertEquals("MPSC-Kommunen im Dialog", h.title());
    assertEquals("Paneldiskussion", h.format());
    assertNull(h.room());
  }

  @Test
  void aLineBrokenAfterAnArticleGoesOn() {
    SessionHeading h =
        SessionHeading.of(
            "Acht interaktive Werkstätten aus den\nArbeits- und "
                + "Entwicklungsgemeinschaften der\nKoordinierungs- und Transferstelle Modellprojekte Smart Cities\nWerkstatt A");
    assertEquals(
        "Acht interaktive Werkstätten aus den Arbeits- und Entwicklungsgemeinschaften der "
            + "Koordinierungs- und Transferstelle Modellprojekte Smart Cities",
        h.title());
    assertEquals("Werkstatt A", h.rest());
  }

  @Test
  void aTitleThatEndsIsNotJoinedWithTheNextLine() {
    SessionHeading h =
        SessionHeading.of(
            "Erfolg ist, wenn andere es nachmachen!\nWas Smart-City-Lösungen wirklich "
                + "übertragbar macht");
    assertEquals("Erfolg ist, wenn andere es nachmachen!", h.title());
    assertNull(h.room());
  }

  @Test
  void aLabelWithOnlyAPlaceholderStaysTheTitle() {
    SessionHeading h = SessionHeading.of("Werkstatt 4\ntbd\nGudrun Schwarz | BMWSB");
    assertEquals("Werkstatt 4", h.title());
    assertNull(h.room());
  }

  @Test
  void aTitleThatMerelyContainsARoomWordIsATitle() {
    SessionHeading h = SessionHeading.of("Digital.Raum.Werkstatt 2.0\nMelanie Humann");
    assertEquals("Digital.Raum.Werkstatt 2.0", h.title());
    assertNull(h.room());
    SessionHeading alone = SessionHeading.of("Plaza Stage");
    assertEquals("Plaza Stage", alone.title());
  }
}
