package de.smartcitysearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The log of presets that partner widgets could not use: counted per site and value, newest first,
 * bounded.
 */
class PresetProblemLogTest {

  private static final Clock NOON =
      Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);

  private static WidgetPresets.Problem unknownCity(String value) {
    return new WidgetPresets.Problem(
        "city", value, "Stadt „" + value + "“ kommt in keiner Veranstaltung vor.", List.of());
  }

  @Test
  void theSameValueOnTheSameSiteIsCountedOnceMore() {
    PresetProblemLog log = new PresetProblemLog(10, NOON);
    log.record("https://a.example", unknownCity("Keil"));
    log.record("https://a.example", unknownCity("Keil"));
    log.record("https://b.example", unknownCity("Keil"));
    assertEquals(
        List.of("https://b.example 1", "https://a.example 2"),
        log.entries().stream().map(e -> e.site() + " " + e.count()).toList());
  }

  @Test
  void whenFullTheEntrySeenLongestAgoMakesRoom() {
    PresetProblemLog log = new PresetProblemLog(2, NOON);
    log.record(null, unknownCity("Alt"));
    log.record(null, unknownCity("Mittel"));
    log.record(null, unknownCity("Alt")); // seen again: now the most recent
    log.record(null, unknownCity("Neu"));
    assertEquals(
        List.of("Neu", "Alt"), log.entries().stream().map(PresetProblemLog.Entry::value).toList());
  }

  @Test
  void aLongValueIsCut() {
    PresetProblemLog log = new PresetProblemLog(2, NOON);
    log.record(null, unknownCity("x".repeat(5000)));
    assertEquals(PresetProblemLog.MAX_VALUE_LENGTH, log.entries().get(0).value().length());
  }
}
