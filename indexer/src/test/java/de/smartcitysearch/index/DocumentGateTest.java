package de.smartcitysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.DocumentLimits;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.index.DocumentGate.Admitted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documents are held to the bounds on dates and facet values before they are written; each cut is
 * said.
 */
class DocumentGateTest {

  private static final ExtractedPage PAGE =
      new ExtractedPage("tag", "in/tag.txt", "hash", "Tag", "", "Text", Map.of(), List.of(), null);

  private static EventDocument.Builder event() {
    return EventDocument.builder("tag", "in/tag.txt", DocumentKind.EVENT).title("Tag");
  }

  @Test
  void anEndBeyond2200IsLeftOutAndTheStartKept() {
    Admitted a =
        DocumentGate.admit(
            PAGE,
            List.of(
                event()
                    .startDate(LocalDate.of(2026, 5, 1))
                    .endDate(LocalDate.of(9999, 12, 31))
                    .build()));
    assertEquals(LocalDate.of(2026, 5, 1), a.documents().getFirst().startDate());
    assertEquals(
        LocalDate.of(2026, 5, 1), a.documents().getFirst().endDate(), "a one-day event now");
    assertEquals(
        List.of("end 9999-12-31 lies outside the years 1900-2200 and is left out"), a.warnings());
  }

  @Test
  void aStartBefore1900TakesTheEndWithIt() {
    Admitted a =
        DocumentGate.admit(
            PAGE,
            List.of(
                event()
                    .startDate(LocalDate.of(1899, 12, 31))
                    .endDate(LocalDate.of(1900, 1, 2))
                    .build()));
    assertNull(a.documents().getFirst().startDate());
    assertNull(a.documents().getFirst().endDate());
    assertEquals(
        List.of("start 1899-12-31 lies outside the years 1900-2200 and is left out, with the end"),
        a.warnings());
  }

  @Test
  void aSessionOnADayOutOfRangeLosesItsDayAndTheWarningIsSaidOnce() {
    EventDocument session =
        EventDocument.builder("tag#s1", "in/tag.txt", DocumentKind.SESSION)
            .title("Vortrag")
            .startDate(LocalDate.of(202, 5, 4))
            .eventId("tag")
            .build();
    EventDocument session2 = session.toBuilder().build();
    Admitted a =
        DocumentGate.admit(
            PAGE, List.of(event().startDate(LocalDate.of(202, 5, 4)).build(), session, session2));
    a.documents().forEach(d -> assertNull(d.startDate(), d.id()));
    assertEquals(1, a.warnings().size(), a.warnings().toString());
  }

  @Test
  void organisationsAndCitiesOverTheirCapsAreCutInOrder() {
    List<String> organisations = new ArrayList<>();
    List<Place> cities = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      organisations.add("Verein " + i);
      cities.add(new Place("Ort " + i, "Bayern", ""));
    }
    Admitted a =
        DocumentGate.admit(
            PAGE, List.of(event().organisations(organisations).cities(cities).build()));
    EventDocument kept = a.documents().getFirst();
    assertEquals(organisations.subList(0, DocumentLimits.MAX_ORGANISATIONS), kept.organisations());
    assertEquals(cities.subList(0, DocumentLimits.MAX_CITIES), kept.cities());
    assertEquals(
        List.of(
            "organisations: 120 values, the first 50 are kept",
            "cities: 120 values, the first 100 are kept"),
        a.warnings());
  }

  @Test
  void theSourceHashIsThePagesWhateverTheEnricherSaid() {
    Admitted a = DocumentGate.admit(PAGE, List.of(event().contentHash("other").build()));
    assertEquals("hash", a.documents().getFirst().contentHash());
  }

  @Test
  void anEnricherThatBreaksItsContractIsStoppedHere() {
    assertThrows(IllegalStateException.class, () -> DocumentGate.admit(PAGE, List.of()));
    assertThrows(
        IllegalStateException.class,
        () ->
            DocumentGate.admit(
                PAGE,
                List.of(
                    EventDocument.builder("tag", "elsewhere.txt", DocumentKind.EVENT).build())));
    assertThrows(
        IllegalStateException.class,
        () ->
            DocumentGate.admit(
                PAGE,
                List.of(
                    EventDocument.builder("tag mit blank", "in/tag.txt", DocumentKind.EVENT)
                        .build())));
  }
}
