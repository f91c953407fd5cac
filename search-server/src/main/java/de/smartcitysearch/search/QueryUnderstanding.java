package de.smartcitysearch.search;

import de.smartcitysearch.document.Place;
import de.smartcitysearch.enrich.ResourceLines;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a city, a Land, a year or a month name among the plain words of a query ("Kieler Digitaltag
 * April 2026"), and the words of asking ("Wann", "gibt es", "Veranstaltungen") that need not match.
 *
 * <p>Quoted phrases and excluded words are left alone: the visitor spelled those out as text on
 * purpose.
 */
public final class QueryUnderstanding {

  private static final Pattern CHUNK = Pattern.compile("-?\"[^\"]*\"?|\\S+");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final String PUNCTUATION = ",.;:!?()";
  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("januar", Month.JANUARY),
          Map.entry("februar", Month.FEBRUARY),
          Map.entry("märz", Month.MARCH),
          Map.entry("maerz", Month.MARCH),
          Map.entry("april", Month.APRIL),
          Map.entry("mai", Month.MAY),
          Map.entry("juni", Month.JUNE),
          Map.entry("juli", Month.JULY),
          Map.entry("august", Month.AUGUST),
          Map.entry("september", Month.SEPTEMBER),
          Map.entry("oktober", Month.OCTOBER),
          Map.entry("november", Month.NOVEMBER),
          Map.entry("dezember", Month.DECEMBER));

  /** Question and request words, from {@code query-filler-words.txt}. */
  private static final Set<String> FILLER =
      Set.copyOf(ResourceLines.read(QueryUnderstanding.class, "query-filler-words.txt"));

  private QueryUnderstanding() {}

  /**
   * Splits the query.
   *
   * @param today decides which April a bare "April" means: the coming one (or the current month)
   */
  public static UnderstoodQuery understand(String query, PlaceLexicon places, LocalDate today) {
    List<String> text = new ArrayList<>();
    List<String> filler = new ArrayList<>();
    List<String> placeWords = new ArrayList<>();
    List<String> dateWords = new ArrayList<>();
    Place city = null;
    String land = null;
    Integer year = null;
    Month month = null;
    Matcher m = CHUNK.matcher(query);
    while (m.find()) {
      String chunk = m.group();
      String word = strip(chunk);
      if (chunk.startsWith("-") || chunk.startsWith("\"") || word.isEmpty()) {
        text.add(chunk);
        continue;
      }
      Optional<Place> asCity =
          city == null && land == null ? places.lookup(word) : Optional.empty();
      Optional<String> asLand =
          city == null && land == null ? Lands.lookup(word) : Optional.empty();
      if (asCity.isPresent()) {
        city = asCity.get();
        placeWords.add(word);
      } else if (asLand.isPresent()) {
        land = asLand.get();
        placeWords.add(word);
      } else if (year == null && YEAR.matcher(word).matches()) {
        year = Integer.parseInt(word);
        dateWords.add(word);
      } else if (month == null && MONTHS.containsKey(word.toLowerCase(Locale.GERMAN))) {
        month = MONTHS.get(word.toLowerCase(Locale.GERMAN));
        dateWords.add(word);
      } else if (FILLER.contains(word.toLowerCase(Locale.GERMAN))) {
        filler.add(word);
      } else {
        text.add(chunk);
      }
    }
    LocalDate from = null;
    LocalDate to = null;
    if (month != null) {
      YearMonth ym = YearMonth.of(year != null ? year : today.getYear(), month);
      if (year == null && ym.isBefore(YearMonth.from(today))) {
        ym = ym.plusYears(1);
      }
      from = ym.atDay(1);
      to = ym.atEndOfMonth();
    } else if (year != null) {
      from = LocalDate.of(year, 1, 1);
      to = LocalDate.of(year, 12, 31);
    }
    Interpretation interpretation =
        new Interpretation(
            city == null ? null : city.name(),
            city == null ? land : city.land(),
            from,
            to,
            dateWords.isEmpty() ? null : String.join(" ", dateWords));
    return new UnderstoodQuery(
        String.join(" ", text),
        filler,
        city,
        land,
        placeWords,
        dateWords,
        month,
        year,
        interpretation);
  }

  private static String strip(String chunk) {
    int start = 0;
    int end = chunk.length();
    while (start < end && PUNCTUATION.indexOf(chunk.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && PUNCTUATION.indexOf(chunk.charAt(end - 1)) >= 0) {
      end--;
    }
    return chunk.substring(start, end);
  }
}
