package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    GazetteerEntry kiel = ofKind(Kind.MUNICIPALITY).stream().filter(e -> e.name().equals("Kiel")).findFirst()
        .orElseThrow();
    assertEquals("Schleswig-Holstein", kiel.land());
    assertEquals("01002000", kiel.ags());
    assertEquals("Kiel", kiel.kreis(), "Kiel is a kreisfreie Stadt, its own Kreis");
    assertTrue(kiel.population() > 200_000 && kiel.population() < 300_000, "Kiel has about a quarter million");
  }

  @Test
  void officialSuffixesAreNotPartOfTheName() {
    Set<String> names = ofKind(Kind.MUNICIPALITY).stream().map(GazetteerEntry::name).collect(Collectors.toSet());
    assertTrue(names.contains("Darmstadt"));
    assertTrue(names.contains("Frankfurt am Main"));
    assertFalse(names.stream().anyMatch(n -> n.contains(", Stadt")));
  }

  @Test
  void theElevenNeuenkirchenStaySeparateWithTheirOwnKeysLaenderAndKreise() {
    List<GazetteerEntry> neuenkirchen = ofKind(Kind.MUNICIPALITY).stream()
        .filter(e -> e.name().equals("Neuenkirchen")).toList();
    assertEquals(11, neuenkirchen.size());
    assertEquals(11, neuenkirchen.stream().map(GazetteerEntry::ags).distinct().count());
    assertEquals(Set.of("Schleswig-Holstein", "Niedersachsen", "Nordrhein-Westfalen", "Mecklenburg-Vorpommern"),
        neuenkirchen.stream().map(GazetteerEntry::land).collect(Collectors.toSet()));
    assertTrue(neuenkirchen.stream().allMatch(e -> !e.kreis().isEmpty()));
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
  void theBuiltInGazetteerAgreesWithTheOfficialRegister() {
    Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    for (GazetteerEntry e : official) {
      byName.computeIfAbsent(e.kind() + ":" + e.name(), k -> new ArrayList<>()).add(e);
      // "Cottbus" is the everyday name of the official "Cottbus/Chóśebuz"
      for (String shortName : PlaceNameForms.shortNames(e.name())) {
        byName.computeIfAbsent(e.kind() + ":" + shortName, k -> new ArrayList<>()).add(e);
      }
    }
    List<String> disagreements = new ArrayList<>();
    for (GazetteerEntry mine : CityGazetteer.builtIn().entries()) {
      List<GazetteerEntry> same = byName.getOrDefault(mine.kind() + ":" + mine.name(), List.of());
      if (same.stream().noneMatch(e -> e.land().equals(mine.land()))) {
        disagreements.add(mine.kind() + " " + mine.name() + " in " + mine.land() + ": official "
            + same.stream().map(GazetteerEntry::land).toList());
      } else if (!mine.ags().isEmpty() && same.stream().noneMatch(e -> e.ags().equals(mine.ags()))) {
        disagreements.add(mine.name() + " AGS " + mine.ags() + ": official "
            + same.stream().map(GazetteerEntry::ags).toList());
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  void theBuiltInGazetteerListsEveryLandAndKreisAndNoEntryTwice() {
    List<GazetteerEntry> builtIn = CityGazetteer.builtIn().entries();
    assertEquals(16, builtIn.stream().filter(e -> e.kind() == Kind.LAND).count());
    Set<String> officialKreise = ofKind(Kind.KREIS).stream().map(e -> e.land() + "/" + e.name())
        .collect(Collectors.toSet());
    Set<String> myKreise = new HashSet<>();
    for (GazetteerEntry e : builtIn) {
      if (e.kind() == Kind.KREIS || (e.kind() == Kind.MUNICIPALITY && e.kreis().equals(e.name()))) {
        myKreise.add(e.land() + "/" + e.name());
      }
    }
    Set<String> missing = new HashSet<>(officialKreise);
    missing.removeAll(myKreise);
    assertEquals(Set.of(), missing, "Kreise and kreisfreie Städte missing from the built-in list");
    Set<String> seen = new HashSet<>();
    List<String> twice = builtIn.stream().map(e -> e.kind() + " " + e.land() + "/" + e.name())
        .filter(k -> !seen.add(k)).toList();
    assertEquals(List.of(), twice);
  }

  @Test
  void aFileThatIsNotGv100adIsNamedWithTheReason(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("gemeinden.csv");
    Files.writeString(bad, "ags;name\n01002000;Kiel\n");
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> GazetteerLoader.read(bad));
    assertTrue(e.getMessage().contains("gemeinden.csv"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    Path missing = dir.resolve("nope.txt");
    assertTrue(assertThrows(GazetteerFormatException.class, () -> GazetteerLoader.read(missing)).getMessage()
        .contains("nope.txt"));
  }

  @Test
  void theBuiltInListCoversMostMunicipalitiesOfTwentyThousandOrMore() {
    Set<String> mine = new HashSet<>();
    for (GazetteerEntry e : CityGazetteer.builtIn().entries()) {
      mine.add(e.land() + "/" + e.name());
      e.aliases().forEach(a -> mine.add(e.land() + "/" + a));
    }
    List<GazetteerEntry> large = ofKind(Kind.MUNICIPALITY).stream()
        .filter(e -> e.population() >= CityGazetteer.WELL_KNOWN_POPULATION).toList();
    long covered = large.stream().filter(e -> mine.contains(e.land() + "/" + e.name())
        || e.aliases().stream().anyMatch(a -> mine.contains(e.land() + "/" + a))).count();
    double share = (double) covered / large.size();
    System.out.printf("built-in gazetteer covers %d of %d municipalities with >= 20,000 inhabitants (%.1f%%)%n",
        covered, large.size(), 100 * share);
    assertTrue(share >= 0.85, "coverage " + share);
  }
}
