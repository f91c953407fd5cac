package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.Place;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** City mentions in German text with the built-in gazetteer, and the venue among them. */
class CityRecognizerTest {

  private final CityRecognizer recognizer = new CityRecognizer(CityGazetteer.builtIn());

  private List<String> cityNames(String text) {
    return recognizer.cities(text).stream().map(Place::name).toList();
  }

  @Test
  void kielWithItsLandAndOfficialKey() {
    assertEquals(
        List.of(new Place("Kiel", "Schleswig-Holstein", "01002000")),
        recognizer.cities("Der Kongress fand in Kiel statt."));
  }

  @Test
  void adjectivesGenitivesAndCompoundRegionsNameTheCity() {
    assertEquals(List.of("Kiel"), cityNames("Die KielRegion leiste hier wertvolle Arbeit."));
    assertEquals(List.of("Kiel"), cityNames("dass die Kieler Region weit sei"));
    assertEquals(List.of("Kiel"), cityNames("Kiels Oberbürgermeister eröffnete"));
    assertEquals(List.of("Berlin"), cityNames("auf dem Berliner Messegelände"));
    assertEquals(List.of("München"), cityNames("die Münchner Verkehrsgesellschaft"));
    assertEquals(
        List.of("Solingen"), cityNames("Außerdem hatten die Solinger eine Stele mitgebracht."));
    assertEquals(
        List.of("Frankfurt (Oder)"), cityNames("Maik Jahn, Stadtverwaltung Frankfurt/Oder."));
  }

  @Test
  void ordinaryWordsAreNoCities() {
    assertEquals(List.of(), cityNames("Das Kielwasser des Schiffes glitzerte."));
    assertEquals(
        List.of(),
        cityNames(
            "Essen und Trinken sind inklusive. Weil es regnet, treffen wir uns in der"
                + " Halle auf dem Hof."));
    assertEquals(List.of(), cityNames("Wir essen, weil wir Hunger haben."));
    assertEquals(List.of("Essen"), cityNames("Die Tagung findet in Essen statt."));
    assertEquals(List.of("Weil am Rhein"), cityNames("Die Stadt Weil am Rhein lädt ein."));
    assertEquals(List.of("Halle (Saale)"), cityNames("Die Tagung in Halle war gut besucht."));
  }

  @Test
  void aLandNameIsNotACityButAStateCityIsBoth() {
    assertEquals(List.of(), cityNames("Smart-City-Teams in Brandenburg und Niedersachsen"));
    assertEquals(List.of("Berlin"), cityNames("Kommunen speziell aus Berlin und Brandenburg"));
  }

  @Test
  void aKreisIsNotTheCityOfTheSameName() {
    assertEquals(
        List.of("Pforzheim"),
        cityNames("digitale Mobilität (Landkreis Höxter) bis hin zu Pforzheim"));
    assertEquals(List.of("Höxter"), cityNames("Die Stadt Höxter liegt an der Weser."));
    assertEquals(List.of("Oldenburg (Oldb)"), cityNames("Die Universität Oldenburg forscht dazu."));
    assertEquals(List.of(), cityNames("Der Landkreis Oldenburg forscht dazu."));
  }

  @Test
  void venueFromThePostcodeLineOfTheAddressBlock() {
    String address =
        "Messegelände Berlin / hub27\nJafféstraße 2, Tor 25\n14055 Berlin\nDeutschland";
    assertEquals(
        Optional.of(new Place("Berlin", "Berlin", "11000000")),
        recognizer.venue(null, address, "Impulse für digitale Souveränität", ""));
  }

  @Test
  void venueFromTheHeadlineWhenThePageHasNoAddress() {
    assertEquals(
        "Kiel",
        recognizer
            .venue(
                null,
                null,
                "7. MPSC-Kongress in Kiel: Gekommen um zu bleiben – Zukunftsaufgabe Smart City",
                "")
            .orElseThrow()
            .name());
  }

  @Test
  void aStandortIsNoVenueLabel() {
    assertEquals(
        "Kiel",
        recognizer
            .venue(null, null, "Tagung in Kiel", "Standort: Rechenzentrum Bonn")
            .orElseThrow()
            .name());
    assertEquals(
        "Bonn",
        recognizer.venue(null, null, "Tagung in Kiel", "Ort: Rathaus Bonn").orElseThrow().name());
  }

  @Test
  void aDeclaredCityWins() {
    assertEquals(
        "Bamberg",
        recognizer.venue("Bamberg", "14055 Berlin", "Kongress in Kiel", "").orElseThrow().name());
  }

  @Test
  void seed000ConventionInBerlinNamesTheCitiesOfTheProgramme() {
    String page = SharedData.seed("000");
    List<String> cities = cityNames(page);
    assertTrue(
        cities.containsAll(
            List.of(
                "Berlin",
                "Hannover",
                "Konstanz",
                "Freiburg im Breisgau",
                "Oberhausen",
                "Würzburg",
                "Osnabrück",
                "Kempten (Allgäu)",
                "Süderbrarup",
                "Bochum",
                "Dresden",
                "Jena",
                "Bamberg",
                "Solingen",
                "Mannheim",
                "Gütersloh",
                "Lemgo",
                "Kalletal",
                "Köln",
                "Mönchengladbach",
                "Regensburg",
                "Kiel",
                "Gelsenkirchen",
                "Ulm",
                "Geestland",
                "Lübeck")),
        cities.toString());
    assertEquals(26, cities.size(), "no city beyond those the page names: " + cities);
    assertEquals(
        "Berlin", recognizer.venue(null, null, "", page).map(Place::name).orElse("Berlin"));
  }

  @Test
  void seed001KielCongress() {
    String page = SharedData.seed("001");
    List<String> cities = cityNames(page);
    assertEquals(
        List.of(
            "Kiel",
            "Süderbrarup",
            "Lübeck",
            "Eichenzell",
            "Pforzheim",
            "Wuppertal",
            "Wolfsburg",
            "Guben",
            "Mönchengladbach",
            "Bamberg"),
        cities);
  }

  @Test
  void seed002Convention2022() {
    List<String> cities = cityNames(SharedData.seed("002"));
    assertEquals(
        List.of(
            "Berlin",
            "Solingen",
            "Jena",
            "Hamburg",
            "Leipzig",
            "München",
            "Guben",
            "Frankfurt (Oder)",
            "Mannheim",
            "Ulm"),
        cities);
  }

  @Test
  void seed003BerlinCongressVenueFromTheHeadline() {
    String page = SharedData.seed("003");
    assertEquals(List.of("Berlin", "Leipzig"), cityNames(page));
    assertEquals(
        "Berlin",
        recognizer
            .venue(
                null,
                null,
                "Gekommen, um zu bleiben: Vom Machen ins Wirken – MPSC-Kongress in Berlin",
                page)
            .orElseThrow()
            .name());
  }

  @Test
  void seed004ConstanceVenueFromTheVeranstaltungsortLine() {
    String page = SharedData.seed("004");
    assertEquals(List.of("Konstanz", "Aalen", "Zwönitz"), cityNames(page));
    assertEquals(
        "Konstanz", recognizer.venue(null, null, "Gemeinsam voraus", page).orElseThrow().name());
    assertFalse(
        recognizer.cities(page).stream()
            .anyMatch(p -> p.name().equals("Brandenburg an der Havel")));
  }

  @Test
  void aGv100adFileLoadedInsteadNamesTheSameCitiesOnTheSeeds() {
    CityRecognizer loaded = new CityRecognizer(CityGazetteer.load(SharedData.gv100ad()));
    for (String seed : List.of("000", "001", "002", "003", "004")) {
      String page = SharedData.seed(seed);
      // "Wissen", "Stelle" and "Berg" are small towns of the register and ordinary words on these
      // pages
      assertEquals(
          cityNames(page), loaded.cities(page).stream().map(Place::name).toList(), "seed " + seed);
    }
  }

  @Test
  void ordinaryWordsThatAreTownsAreNoPlacesOutsideAPlaceContext() {
    assertEquals(List.of(), cityNames("Wir senden Ihnen die Unterlagen bis zum 12. März zu."));
    assertEquals(List.of(), cityNames("Senden Sie uns Ihre Anmeldung. Vielen Dank!"));
    assertEquals(
        List.of(), cityNames("Nach dem Senden der Unterlagen erhalten Sie eine Bestätigung."));
    assertEquals(List.of(), cityNames("Ein Recke im Wald, ein Hof in der Au und ein Bad im See."));
    assertEquals(
        List.of(),
        cityNames("Essen und Trinken: ein Mittagsangebot aus Essen, Freizeit und Ruhe."));
    assertEquals(List.of(), cityNames("Wissen teilen: Die Stelle für Wissen und Lage im Norden."));
    assertEquals(
        List.of(),
        cityNames("Ist die Verwaltung in Besitz von Kenntnissen? Der Stand vom März 2013."));
    assertEquals(
        List.of(),
        cityNames("Der Workshop findet in Senden statt."),
        "\"in\" alone: no date, no address");
    assertEquals(List.of(), cityNames("Unser Stand steht in Halle 3 der Messe."));
  }

  @Test
  void ordinaryWordsThatAreTownsArePlacesInAPlaceContext() {
    assertEquals(List.of("Senden"), cityNames("Anmeldung: 48308 Senden, Münsterstraße 30"));
    assertEquals(List.of("Senden"), cityNames("Die Gemeinde Senden lädt ein."));
    assertEquals(
        List.of("Senden"), cityNames("Der Workshop findet am 12. März 2026 in Senden statt."));
    assertEquals(List.of("Recke"), cityNames("Ort: Marktplatz, Recke"));
    assertEquals(
        List.of("Essen"),
        cityNames("Die Tagung findet in Essen statt."),
        "a big city after \"in\"");
    assertEquals(List.of("Aalen", "Zwönitz"), cityNames("Modellprojekte von Aalen bis Zwönitz"));
  }

  @Test
  void smallTownsAreVenuesInAVenueContext() {
    for (String town :
        List.of(
            "Lienen",
            "Recke",
            "Rhede",
            "Senden",
            "Tecklenburg",
            "Nordwalde",
            "Saerbeck",
            "Nottuln")) {
      Optional<Place> venue =
          recognizer.venue(null, null, "Adventsmarkt", "Ort: Gemeindehaus, " + town);
      assertEquals(town, venue.map(Place::name).orElse(null), town);
    }
    assertEquals(
        "Lienen",
        recognizer.venue(null, "Gemeindehaus, Lienen", "Adventsmarkt", "").orElseThrow().name());
    assertEquals(
        "Saerbeck",
        recognizer
            .venue(
                null,
                null,
                "Adventsmarkt",
                "Veranstaltungsort:\nBürgerhaus\nFerrières-Straße 9\n48369 Saerbeck\n\nVeranstalter: Kiel Marketing")
            .orElseThrow()
            .name());
  }

  @Test
  void theElevenNeuenkirchenAreToldApartByPostcodeAndStayApartByAgs() {
    Place steinfurt =
        recognizer.venue(null, "Kirchplatz 1, 48485 Neuenkirchen", "", "").orElseThrow();
    Place cuxhaven =
        recognizer.venue(null, "Dorfstraße 2, 21763 Neuenkirchen", "", "").orElseThrow();
    Place heidekreis =
        recognizer
            .venue(null, null, "Adventsmarkt", "Ort: Kirchstraße 4, 29643 Neuenkirchen")
            .orElseThrow();
    assertEquals(
        List.of("Nordrhein-Westfalen", "Niedersachsen", "Niedersachsen"),
        List.of(steinfurt.land(), cuxhaven.land(), heidekreis.land()));
    assertEquals(3, java.util.Set.of(steinfurt.ags(), cuxhaven.ags(), heidekreis.ags()).size());
    assertEquals("03352", cuxhaven.ags().substring(0, 5), "Landkreis Cuxhaven");
    assertEquals("03358", heidekreis.ags().substring(0, 5), "Heidekreis");
  }

  @Test
  void aPostcodeNamesTheMunicipalityOfAVillageItDoesNotKnow() {
    assertEquals(
        "Fürstenberg/Havel",
        recognizer.venue(null, "Klosterstraße 1, 16798 Himmelpfort", "", "").orElseThrow().name());
  }

  @Test
  void theDistrictsOfBigCitiesNameTheCity() {
    assertEquals(List.of("Berlin"), cityNames("Das Stadtteilfest in Lichtenberg lädt ein."));
    assertEquals(List.of("Hamburg"), cityNames("Ein Flohmarkt in Ottensen."));
    assertEquals(
        List.of(), cityNames("Der Wedding-Planer berät."), "a district name alone is no place");
    Place village = recognizer.cities("Die Gemeinde Lichtenberg im Erzgebirge").get(0);
    assertEquals(
        "Sachsen",
        village.land(),
        "after \"Gemeinde\" the municipality, not the district: " + village);
  }

  @Test
  void anAdjectiveBeforeAStreetWordNamesAStreetNotTheCity() {
    assertEquals(
        List.of(), cityNames("Treffpunkt am Potsdamer Platz, dann über die Frankfurter Allee."));
    assertEquals(List.of(), cityNames("Die Ausstellung im Hamburger Bahnhof zeigt Malerei."));
    assertEquals(
        Optional.of(new Place("Berlin", "Berlin", "11000000")),
        recognizer.venue(
            null, null, "Weihnachts-Rummel", "Ort: Landsberger Allee 5, 10249 Berlin"));
  }

  @Test
  void aContactAddressIsNoVenue() {
    String page =
        "Weihnachtsmarkt auf dem Schlossplatz\n\nVeranstalter: Stadtmarketing, 24103 Kiel\n";
    assertEquals(Optional.empty(), recognizer.venue(null, null, "Weihnachtsmarkt", page));
  }

  @Test
  void anAmbiguousNameOfTheRegisterIsResolvedByTheKreisOrLandNamedNearby() {
    CityRecognizer full = new CityRecognizer(CityGazetteer.load(SharedData.gv100ad()));
    Place cuxhaven =
        full.cities("Die Gemeinde Neuenkirchen im Landkreis Cuxhaven lädt ein.").get(0);
    assertEquals("Neuenkirchen", cuxhaven.name());
    assertEquals("03352038", cuxhaven.ags(), "the AGS of the register (gemeinden_gv100ad TSV)");
    Place mv = full.cities("In Neuenkirchen (Mecklenburg-Vorpommern) beginnt die Reihe.").get(0);
    assertEquals("Mecklenburg-Vorpommern", mv.land());
    Place noContext = full.cities("Der Workshop in Neuenkirchen war gut besucht.").get(0);
    assertEquals("Nordrhein-Westfalen", noContext.land(), "without context the most populous one");
  }
}
