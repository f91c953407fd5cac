package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** In person, online or hybrid, as the pages say it. */
class FormatClassifierTest {

  private final FormatClassifier formats = new FormatClassifier();

  @Test
  void theArtDerVeranstaltungDetailOfThePages() {
    assertEquals(Optional.of("Präsenz"), formats.classify(null, "Offline (persönlich)", "", false));
    assertEquals(Optional.of("Online"), formats.classify(null, "Online (virtuell)", "", true));
    assertEquals(Optional.of("Hybrid"), formats.classify(null, "Hybrid", "", true));
  }

  @Test
  void aDeclaredFormatWins() {
    assertEquals(
        Optional.of("Hybrid"), formats.classify("hybrid", "Offline (persönlich)", "", true));
  }

  @Test
  void fromTheTextWhenNothingIsStated() {
    assertEquals(
        Optional.of("Online"),
        formats.classify(null, null, "Das Webinar findet digital statt.", false));
    assertEquals(
        Optional.of("Hybrid"),
        formats.classify(null, null, "Die Konferenz wird per Livestream übertragen.", true));
    assertEquals(
        Optional.of("Hybrid"),
        formats.classify(null, null, "Teilnahme vor Ort und online möglich.", false));
    assertEquals(
        Optional.of("Präsenz"), formats.classify(null, null, "Der Kongress in Kiel.", true));
    assertEquals(Optional.empty(), formats.classify(null, null, "Ein Bericht.", false));
  }
}
