package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.smartcitysearch.enrich.AddressBlocks.Block;
import de.smartcitysearch.enrich.AddressBlocks.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The venue and contact blocks of a page, found by their labels. */
class AddressBlocksTest {

  private static List<String> blocks(String text, Kind kind) {
    return AddressBlocks.of(text).stream()
        .filter(b -> b.kind() == kind)
        .map(b -> text.substring(b.start(), b.end()).strip())
        .toList();
  }

  @Test
  void aLabelWithAColonStartsABlockOnItsLine() {
    String page =
        "Adventsmarkt\nOrt: Gemeindehaus, Lienen\nDatum und Ort: 3. Dezember, Recke\nVeranstalter: Heimatverein";
    assertEquals(List.of("Gemeindehaus, Lienen", "3. Dezember, Recke"), blocks(page, Kind.VENUE));
    assertEquals(List.of("Heimatverein"), blocks(page, Kind.CONTACT));
  }

  @Test
  void aHeadingOfItsOwnTakesTheLinesBelowUpToTheNextLabel() {
    String page =
        "Veranstaltungsort\n\nBürgerhaus\nFerrières-Straße 9\n48369 Saerbeck\nKontakt: Gemeinde Saerbeck\n";
    assertEquals(
        List.of("Bürgerhaus\nFerrières-Straße 9\n48369 Saerbeck"), blocks(page, Kind.VENUE));
    assertEquals(List.of("Gemeinde Saerbeck"), blocks(page, Kind.CONTACT));
  }

  @Test
  void wordsThatContainALabelOrSentencesThatEndInOneAreNoLabels() {
    assertEquals(List.of(), AddressBlocks.of("Standort: Rechenzentrum Bonn\nWohnort: Kiel"));
    assertEquals(
        List.of(),
        AddressBlocks.of("Die Prüfung erfolgt vor Ort. Unterzeichnet von: Michael Borner"));
  }

  @Test
  void aBlockIsAtMostAnAddressLong() {
    String page = "Ort: " + "Kiel, ".repeat(10_000);
    Block block = AddressBlocks.of(page).get(0);
    assertEquals(AddressBlocks.MAX_BLOCK_CHARS, block.end() - block.start());
  }
}
