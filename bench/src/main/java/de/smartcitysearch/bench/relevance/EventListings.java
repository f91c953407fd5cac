package de.smartcitysearch.bench.relevance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import de.smartcitysearch.bench.corpus.GzipJsonLines;
import de.smartcitysearch.bench.corpus.SharedDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The real event listings of the shared data (berlin.de events 2025, Christmas markets 2016), each
 * with the fields judgements are made from and the text of the page written from its fields.
 *
 * <p>A page carries no structured field: the product's enrichment has to find date and place in its
 * text, as on a crawled page. Berlin events: name (the title), description, the portal's own German
 * date text, and the town. Christmas markets: name, the dates (written as German dates, "21.11.2016
 * bis 26.12.2016", since the listing has only ISO fields), street, postcode and town, opening
 * hours, organiser, and the remarks with their HTML removed. The town line is written from the
 * listing's own postcode line; where that is empty, from its source, since each source is one
 * town's portal (berlin.de, krefeld.de, moers.de: see the data's README).
 */
final class EventListings {

  static final String BERLIN = "events-de-listings/berlin_events_de.json";
  static final String MARKETS = "events-de-listings/xmas_markets_2016.jsonl";

  /** Town of a market whose record names none, by its source file. */
  private static final Map<String, String> SOURCE_TOWN =
      Map.of("berlin", "Berlin", "krefeld", "Krefeld", "moers", "Moers");

  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /**
   * One listing.
   *
   * @param id the page's id (the product keeps it as the document id)
   * @param name the listing's name, which is also the page's title
   * @param nameWords the folded words of the name
   * @param town the town it takes place in
   * @param span its days from the date fields, or null when it has none
   * @param text the page's text
   */
  record Listing(
      String id, String name, Set<String> nameWords, String town, DaySpan span, String text) {

    static Listing of(String id, String name, String town, DaySpan span, String text) {
      return new Listing(id, name, Words.foldedSet(name), town, span, text);
    }

    boolean inTown(String otherTown) {
      return Words.fold(town).equals(Words.fold(otherTown));
    }

    /** Whether the name contains each of the words as a word (case and umlauts aside). */
    boolean namedBy(List<String> words) {
      return Words.containsAll(nameWords, words);
    }

    /** Whether it takes place in this month of any year. */
    boolean in(Month month) {
      return span != null && span.touches(month);
    }
  }

  private EventListings() {}

  /**
   * Every listing with a name and a town: the Berlin events first, then the markets, each in file
   * order.
   */
  static List<Listing> load(Path data) {
    List<Listing> listings = new ArrayList<>();
    JsonArray berlin = parse(data.resolve(BERLIN), read(data.resolve(BERLIN))).getAsJsonArray();
    for (int i = 0; i < berlin.size(); i++) {
      berlinEvent(i, berlin.get(i).getAsJsonObject(), listings);
    }
    List<String> lines = read(data.resolve(MARKETS)).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        market(i + 1, parse(data.resolve(MARKETS), lines.get(i)).getAsJsonObject(), listings);
      }
    }
    return List.copyOf(listings);
  }

  /** Writes the pages as JSON Lines with only {@code id}, {@code title} and {@code text}. */
  static void writePages(List<Listing> listings, Path file) throws IOException {
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Listing l : listings) {
        JsonObject page = new JsonObject();
        page.addProperty("id", l.id());
        page.addProperty("title", l.name());
        page.addProperty("text", l.text());
        out.write(page.toString());
        out.write('\n');
      }
    }
  }

  private static void berlinEvent(int index, JsonObject e, List<Listing> out) {
    String name = GzipJsonLines.string(e, "name").strip();
    if (name.isEmpty()) {
      return;
    }
    JsonObject date =
        e.has("date") && e.get("date").isJsonObject()
            ? e.getAsJsonObject("date")
            : new JsonObject();
    LocalDate start = isoDay(GzipJsonLines.string(date, "start"));
    DaySpan span =
        start == null ? null : new DaySpan(start, isoDay(GzipJsonLines.string(date, "end")));
    StringJoiner text = new StringJoiner("\n");
    text.add(GzipJsonLines.string(e, "description").strip());
    String dateText = GzipJsonLines.string(date, "originalString").strip();
    if (!dateText.isEmpty()) {
      text.add("Datum: " + dateText);
    }
    text.add("Ort: Berlin"); // the data's README: all events are in Berlin
    out.add(Listing.of("berlin-" + index, name, "Berlin", span, text.toString()));
  }

  private static void market(int line, JsonObject m, List<Listing> out) {
    String name = GzipJsonLines.string(m, "name").strip();
    String town = town(m);
    if (name.isEmpty() || town == null) {
      return;
    }
    LocalDate begin = isoDay(GzipJsonLines.string(m, "begin"));
    DaySpan span =
        begin == null ? null : new DaySpan(begin, isoDay(GzipJsonLines.string(m, "end")));
    StringJoiner text = new StringJoiner("\n");
    if (span != null) {
      text.add(
          "Datum: "
              + GERMAN_DATE.format(span.first())
              + (span.last().equals(span.first())
                  ? ""
                  : " bis " + GERMAN_DATE.format(span.last())));
    }
    String street = GzipJsonLines.string(m, "street").strip();
    String zipCity = GzipJsonLines.string(m, "zip_city").strip();
    text.add(
        "Ort: " + (street.isEmpty() ? "" : street + ", ") + (zipCity.isEmpty() ? town : zipCity));
    addIfPresent(text, "Öffnungszeiten: ", withoutHtml(GzipJsonLines.string(m, "hours")));
    addIfPresent(text, "Veranstalter: ", GzipJsonLines.string(m, "organizer").strip());
    addIfPresent(text, "", withoutHtml(GzipJsonLines.string(m, "remarks")));
    out.add(Listing.of("xmas-" + line, name, town, span, text.toString()));
  }

  /**
   * The town of a market: from "14059 Berlin" or "14547 Beelitz OT Klaistow" (Ortsteil), else by
   * its source.
   */
  static String town(JsonObject m) {
    String zipCity = GzipJsonLines.string(m, "zip_city").strip();
    String town = zipCity.replaceFirst("^\\d{5}\\s*", "").replaceFirst("\\s+OT\\s.*$", "").strip();
    if (town.isEmpty()) {
      town = GzipJsonLines.string(m, "city").strip();
    }
    if (town.isEmpty()) {
      town = SOURCE_TOWN.getOrDefault(GzipJsonLines.string(m, "source_file"), "");
    }
    return town.isEmpty() ? null : town;
  }

  /**
   * Paragraph and line breaks become new lines, other tags vanish (the remarks hold no entities).
   */
  static String withoutHtml(String html) {
    return html.replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
        .replaceAll("<[^>]*>", "")
        .replaceAll("[ \\t]*\\n[\\s]*", "\n")
        .strip();
  }

  private static void addIfPresent(StringJoiner text, String label, String value) {
    if (!value.isEmpty()) {
      text.add(label + value);
    }
  }

  /**
   * The day of "2025-01-09T05:00:00.000Z" or "2016-11-21"; null for a missing or impossible date
   * ("0000-00-00").
   */
  private static LocalDate isoDay(String value) {
    if (value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SharedDataException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static JsonElement parse(Path file, String json) {
    try {
      return JsonParser.parseString(json);
    } catch (JsonParseException e) {
      throw new SharedDataException(file, "not JSON: " + e.getMessage(), e);
    }
  }
}
