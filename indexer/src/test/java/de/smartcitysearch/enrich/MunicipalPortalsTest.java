package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which municipality's own portal published a page, read from its address. */
class MunicipalPortalsTest {

  private static final MunicipalPortals PORTALS = new MunicipalPortals(CityGazetteer.builtIn());

  private static String publisher(String url) {
    return PORTALS.publisher(url).map(GazetteerEntry::name).orElse("none");
  }

  @Test
  void aCityPublishesUnderItsNameWithOrWithoutWwwAndADesignation() {
    assertEquals("Berlin", publisher("https://www.berlin.de/events/2853968-tanztage.html"));
    assertEquals("Kiel", publisher("https://kiel.de/veranstaltungen"));
    assertEquals("Köln", publisher("https://www.stadt-koeln.de/leben-in-koeln/"));
    assertEquals("Lienen", publisher("http://www.gemeinde-lienen.de/kalender"));
    assertEquals("Bad Belzig", publisher("https://www.bad-belzig.de/termine"));
  }

  @Test
  void umlautsAndSharpSAreWrittenOutOrAsAnInternationalisedName() {
    assertEquals("München", publisher("https://www.muenchen.de/veranstaltungen"));
    assertEquals("Lübeck", publisher("https://www.luebeck.de/"));
    assertEquals("Weißenfels", publisher("https://www.weissenfels.de/"));
    assertEquals("München", publisher("https://xn--mnchen-3ya.de/"));
  }

  @Test
  void aNameSeveralMunicipalitiesShareNamesNone() {
    assertEquals("none", publisher("https://www.neuenkirchen.de/"), "eleven Neuenkirchen");
    assertEquals("none", publisher("https://frankfurt.de/"), "am Main or (Oder)");
  }

  @Test
  void aNameThatIsAnOrdinaryWordCountsOnlyWithADesignation() {
    assertEquals("none", publisher("https://www.datteln.de/"));
    assertEquals("none", publisher("https://www.wald.de/"));
    assertEquals("none", publisher("https://www.giessen.de/"), "gießen: to pour");
    assertEquals("Datteln", publisher("https://www.stadt-datteln.de/"));
    assertEquals("none", publisher("https://www.stadt-essen.de/"), "also Essen (Oldenburg)");
  }

  @Test
  void otherHostsAndBrokenAddressesNameNone() {
    assertEquals("none", publisher("https://www.tu-berlin.de/"), "a university in the city");
    assertEquals("none", publisher("https://www.berlin.com/"));
    assertEquals("none", publisher("https://www.berlin.deundefined"));
    assertEquals("none", publisher("https://service.kreuzberg.de/"), "a district names no city");
    assertEquals("none", publisher("ftp://berlin.de/"));
    assertEquals("none", publisher("not a url at all"));
    assertEquals("none", publisher(null));
    assertEquals(Optional.empty(), PORTALS.publisher(""));
  }

  @Test
  void aSectionOnAnotherPlaceOrTheSurroundingsIsNoEvidenceOfTheCity() {
    assertEquals(
        "none",
        publisher(
            "https://www.berlin.de/tourismus/brandenburg/veranstaltungen/4330012-made-in-potsdam.html"));
    assertEquals("none", publisher("https://www.kiel.de/umland/ausflug.html"));
    assertEquals(
        "Berlin",
        publisher("https://www.berlin.de/berlin/kultur/"),
        "its own name is no elsewhere");
    assertEquals(
        "Berlin",
        publisher("https://www.berlin.de/events/4322500-karneval-in-cottbus.html"),
        "the page's own name is its title, which the text's place test reads");
  }
}
