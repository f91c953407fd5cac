package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The German date texts of the 361 Berlin listings ({@code date.originalString}) against the
 * listing's own dates ({@code date.start}, {@code date.end}: the date part of 05:00 UTC), all 148
 * that have them.
 */
class BerlinListingDatesTest {

  private final EventDateExtractor dates = new EventDateExtractor();

  /** "08. und 09. Februar 2025": the listing keeps only the second day as start and end. */
  private static final Pattern TWO_DAYS =
      Pattern.compile("\\d{1,2}\\.(?:\\s+\\p{L}+)?\\s+und\\s+\\d{1,2}\\..*");

  @Test
  void everyDatedListingsTextParsesToItsDates() {
    int dated = 0;
    int right = 0;
    int twoDaysListedAsTheSecond = 0;
    List<String> wrong = new ArrayList<>();
    for (JsonElement element : ListingPages.berlinEventsJson()) {
      JsonObject date = element.getAsJsonObject().getAsJsonObject("date");
      if (!date.has("start")) {
        assertTrue(dates.parse(text(date), 0).isEmpty(), "no date in '" + text(date) + "'");
        continue;
      }
      dated++;
      LocalDate start = LocalDate.parse(date.get("start").getAsString().substring(0, 10));
      LocalDate end = LocalDate.parse(date.get("end").getAsString().substring(0, 10));
      Optional<DateSpan> parsed = dates.parse(text(date), 0);
      if (parsed.isPresent()
          && parsed.get().start().equals(start)
          && parsed.get().end().equals(end)) {
        right++;
      } else if (parsed.isPresent()
          && TWO_DAYS.matcher(text(date)).matches()
          && start.equals(end)
          && parsed.get().end().equals(end)
          && parsed.get().start().equals(end.minusDays(1))) {
        twoDaysListedAsTheSecond++;
      } else {
        wrong.add(
            text(date)
                + " -> "
                + parsed.map(Object::toString).orElse("none")
                + ", listed "
                + start
                + " - "
                + end);
      }
    }
    System.out.printf(
        "Berlin listing dates: %d dated, %d parse to the listing's dates, %d two-day texts the listing"
            + " keeps as their second day only, %d wrong%n",
        dated, right, twoDaysListedAsTheSecond, wrong.size());
    wrong.forEach(w -> System.out.println("  " + w));
    assertEquals(148, dated);
    assertEquals(List.of(), wrong);
  }

  private static String text(JsonObject date) {
    return date.has("originalString") ? date.get("originalString").getAsString() : "";
  }
}
