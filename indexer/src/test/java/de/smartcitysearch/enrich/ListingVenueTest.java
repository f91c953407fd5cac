package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.Place;
import de.smartcitysearch.enrich.ListingPages.ListingPage;
import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.extract.ExtractionLimits;
import de.smartcitysearch.extract.FilePageReader;
import de.smartcitysearch.extract.TikaExtractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The venue city of real listings, read from pages written from them without their structured
 * fields ({@link ListingPages}), through the product's own page reader and enricher.
 */
class ListingVenueTest {

  /**
   * Himmelpfort is an Ortsteil of Fürstenberg/Havel (16798): the municipality is the right facet
   * value.
   */
  private static final Map<String, String> ORTSTEILE = Map.of("Himmelpfort", "Fürstenberg/Havel");

  private static final FilePageReader reader =
      new FilePageReader(new TikaExtractor(ExtractionLimits.DEFAULT_MAX_CHARS));
  private static final EventEnricher ENRICHER = EventEnricher.withDefaults();

  /** Right, wrong and empty answers over a set of pages, with the failures named. */
  record Score(int right, int wrong, int empty, List<String> failures) {
    int total() {
      return right + wrong + empty;
    }

    double accuracy() {
      return (double) right / total();
    }

    @Override
    public String toString() {
      return String.format(
          "%d pages: %d right (%.1f %%), %d wrong, %d empty",
          total(), right, 100 * accuracy(), wrong, empty);
    }
  }

  static Score score(List<ListingPage> pages) throws Exception {
    int right = 0;
    int wrong = 0;
    int empty = 0;
    List<String> failures = new ArrayList<>();
    for (ListingPage p : pages) {
      ExtractedPage page =
          reader.read(
              p.html().getBytes(StandardCharsets.UTF_8),
              p.id() + ".html",
              p.id(),
              p.id() + ".html",
              "");
      Place venue = ENRICHER.enrich(page).get(0).venue();
      if (venue == null) {
        empty++;
        failures.add(p.id() + " (" + p.goldTown() + "): none | " + page.title());
      } else if (sameTown(venue, p.goldTown()) && venue.land().equals(p.goldLand())) {
        right++;
      } else {
        wrong++;
        failures.add(
            p.id()
                + " ("
                + p.goldTown()
                + "): "
                + venue.name()
                + ", "
                + venue.land()
                + " | "
                + page.title());
      }
    }
    return new Score(right, wrong, empty, failures);
  }

  /**
   * "Werder (Havel)" is "Werder/Havel", "Beelitz" is "Beelitz OT Klaistow", "Baruth/Mark" is
   * "Baruth".
   */
  static boolean sameTown(Place venue, String goldTown) {
    String gold = ORTSTEILE.getOrDefault(goldTown, goldTown.replaceFirst("\\s+OT\\s+.*", ""));
    return baseName(venue.name()).equals(baseName(gold));
  }

  private static String baseName(String name) {
    return name.replaceFirst("\\s*[(/].*", "").replaceFirst("\\s+bei\\s+.*", "").strip();
  }

  @Test
  void christmasMarketsAreFoundInTheTownOfTheirAddress() throws Exception {
    Score score = score(ListingPages.christmasMarkets());
    System.out.println("venue of Christmas market pages: " + score);
    score.failures().forEach(f -> System.out.println("  " + f));
    assertEquals(176, score.total());
    assertTrue(score.accuracy() >= 0.98, score.toString());
  }

  /**
   * 113 of the 361 listings name no place at all ("Das Indian Film Festival präsentiert die
   * Vielfalt des indischen Kinos"); the page's address on the city's portal says Berlin. The 20
   * pages on events in Brandenburg are found there or left empty, never put in Berlin: their text
   * or their section of the portal ("/tourismus/brandenburg/") names the other place.
   */
  @Test
  void berlinEventsAreInBerlinWhenThePageOrItsPublisherSaysSo() throws Exception {
    Score score = score(ListingPages.berlinEvents());
    System.out.println("venue of Berlin event pages: " + score);
    score.failures().forEach(f -> System.out.println("  " + f));
    assertEquals(357, score.total());
    assertEquals(0, score.wrong(), score.toString());
    assertTrue(score.accuracy() >= 0.98, score.toString());
  }

  /** Without their address the pages that name no place stay empty; what is found is right. */
  @Test
  void berlinEventsWithoutTheirAddressAreRightWhereTheTextSaysSo() throws Exception {
    Score score = score(ListingPages.berlinEvents(false));
    System.out.println("venue of Berlin event pages without their address: " + score);
    assertEquals(0, score.wrong(), score.toString());
    assertTrue(score.accuracy() >= 0.6, score.toString());
  }

  /**
   * No ordinary word is taken for a place on the 533 pages, which write "Essen" 7 times, "Burg" 12,
   * "Berg" 6, "Hof" 5, "Bad" 3, "Stelle" 2, "Weil" and "Au" once, capitalised; the only town among
   * them, Burg (Spreewald), is written with its qualifier, a name of two words.
   */
  @Test
  void noOrdinaryWordIsTakenForAPlaceOnTheListingPages() throws Exception {
    CityGazetteer gazetteer = CityGazetteer.builtIn();
    CityRecognizer recognizer = new CityRecognizer(gazetteer);
    List<String> taken = new ArrayList<>();
    List<ListingPage> pages = new ArrayList<>(ListingPages.christmasMarkets());
    pages.addAll(ListingPages.berlinEvents());
    for (ListingPage p : pages) {
      ExtractedPage page =
          reader.read(
              p.html().getBytes(StandardCharsets.UTF_8),
              p.id() + ".html",
              p.id(),
              p.id() + ".html",
              "");
      for (CityRecognizer.Mention m : recognizer.mentions(page.title() + "\n" + page.body())) {
        if (gazetteer.isCommonWord(m.surface())) {
          taken.add(p.id() + ": " + m.surface() + " = " + m.entry().name());
        }
      }
    }
    assertEquals(List.of(), taken);
  }
}
