package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official register read from the real Destatis GV100AD file of 30.11.2025. */
class GazetteerLoaderTest {

  private static List<GazetteerEntry> official;

  @BeforeAll
  static void readOfficialFile() {
    official = GazetteerLoader.read(SharedData.gv100ad());
  }

  private static List<GazetteerEntry> ofKind(Kind kind) {
    return official.stream().filter(e -> e.kind() == kind).toList();
  }

  @Test
  void readsAllLaenderKreiseAndMunicipalityRecords() {
    assertEquals(16, ofKind(Kind.LAND).size());
    assertEquals(400, ofKind(Kind.KREIS).size());
    assertEquals(10_953, ofKind(Kind.MUNICIPALITY).size());
  }

  @Test
  void kielIsTheStateCapitalOfSchleswigHolsteinWithItsOfficialKey() {
    GazetteerEntry kiel =
        ofKind(Kind.MUNICIPALITY).stream()
            .filter(e -> e.name().equals("Kiel"))
            .findFirst()
            .orElseThrow();
    assertEquals("Schleswig-Holstein", kiel.land());
    assertEquals("01002000", kiel.ags());
    assertEquals("Kiel", kiel.kreis(), "Kiel is a kreisfreie Stadt, its own Kreis");
    assertTrue(
        kiel.population() > 200_000 && kiel.population() < 300_000,
        "Kiel has about a quarter million");
  }

  @Test
  void officialSuffixesAreNotPartOfTheName() {
    Set<String> names =
        ofKind(Kind.MUNICIPALITY).stream().map(GazetteerEntry::name).collect(Collectors.toSet());
    assertTrue(names.contains("Darmstadt"));
    assertTrue(names.contains("Frankfurt am Main"));
    assertFalse(names.stream().anyMatch(n -> n.contains(", Stadt")));
  }

  @Test
  void theElevenNeuenkirchenStaySeparateWithTheirOwnKeysLaenderAndKreise() {
    List<GazetteerEntry> neuenkirchen =
        ofKind(Kind.MUNICIPALITY).stream().filter(e -> e.name().equals("Neuenkirchen")).toList();
    assertEquals(11, neuenkirchen.size());
    assertEquals(11, neuenkirchen.stream().map(GazetteerEntry::ags).distinct().count());
    assertEquals(
        Set.of(
            "Schleswig-Holstein", "Niedersachsen", "Nordrhein-Westfalen", "Mecklenburg-Vorpommern"),
        neuenkirchen.stream().map(GazetteerEntry::land).collect(Collectors.toSet()));
    assertTrue(neuenkirchen.stream().allMatch(e -> !e.kreis().isEmpty()));
  }

  @Test
  void everyMunicipalityHasItsOwnOfficialKey() {
    // keys as the derived register table gemeinden_gv100ad_2025-11-30.tsv gives them
    Map<String, String> byKey =
        ofKind(Kind.MUNICIPALITY).stream()
            .collect(Collectors.toMap(GazetteerEntry::ags, GazetteerEntry::name));
    assertEquals(10_953, byKey.size(), "no two municipalities share a key");
    assertEquals("Albersdorf", byKey.get("01051001"));
    assertEquals("Arkebek", byKey.get("01051002"));
    assertEquals("Neuenkirchen", byKey.get("05566060"));
  }

  @Test
  void everyMunicipalityHasThePostcodeOfItsSeat() {
    GazetteerEntry kiel =
        ofKind(Kind.MUNICIPALITY).stream()
            .filter(e -> e.ags().equals("01002000"))
            .findFirst()
            .orElseThrow();
    assertEquals("24103", kiel.postcode());
    List<String> neuenkirchen =
        ofKind(Kind.MUNICIPALITY).stream()
            .filter(e -> e.name().equals("Neuenkirchen"))
            .map(GazetteerEntry::postcode)
            .toList();
    assertEquals(11, neuenkirchen.stream().distinct().count(), neuenkirchen.toString());
    long withPostcode =
        ofKind(Kind.MUNICIPALITY).stream().filter(e -> e.postcode().matches("\\d{5}")).count();
    assertTrue(withPostcode >= 10_750, "inhabited municipalities have a seat: " + withPostcode);
  }

  @Test
  void anAmbiguousNameWithoutContextGoesToTheMostPopulousPlace() {
    CityGazetteer gazetteer = CityGazetteer.of(official);
    GazetteerEntry first = gazetteer.forms("Neuenkirchen").get(0).entry();
    // Neuenkirchen in Kreis Steinfurt (NRW) is by far the largest of the eleven (about 14,000).
    assertEquals("Nordrhein-Westfalen", first.land());
    assertEquals("Steinfurt", first.kreis());
  }

  @Test
  void aFileThatIsNotGv100adIsNamedWithTheReason(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("gemeinden.csv");
    Files.writeString(bad, "ags;name\n01002000;Kiel\n");
    GazetteerFormatException e =
        assertThrows(GazetteerFormatException.class, () -> GazetteerLoader.read(bad));
    assertTrue(e.getMessage().contains("gemeinden.csv"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    Path missing = dir.resolve("nope.txt");
    assertTrue(
        assertThrows(GazetteerFormatException.class, () -> GazetteerLoader.read(missing))
            .getMessage()
            .contains("nope.txt"));
  }
}
