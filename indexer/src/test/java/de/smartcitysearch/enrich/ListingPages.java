package de.smartcitysearch.enrich;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Web pages written from the real listings of {@code events-de-listings}, as a crawler would fetch
 * them: the listing's words on an HTML page, none of its fields declared (no schema.org data, no
 * city field).
 *
 * <p>A Christmas market page shows its name, its dates, opening hours, the address (street and
 * "postcode town" as the listing writes them), the organiser and the description. Where the address
 * stands and how it is labelled varies as it does on real pages (a fixed choice per listing, by its
 * number): "Ort: street, town", an "Adresse" heading over the lines, the lines alone,
 * "Veranstaltungsort:". A Berlin event page shows its name, its date text and its description,
 * which is all the listing has, and states the address it was published at (its canonical link).
 */
final class ListingPages {

  /**
   * One page with what the listing says is right, and whether the listing has a description of its
   * own.
   */
  record ListingPage(String id, String html, String goldTown, String goldLand, boolean described) {}

  private ListingPages() {}

  static Path listings() {
    return SharedData.dir().resolve("data/events-de-listings");
  }

  /** The Christmas markets that name their town (zip_city, or zip and city), 176 of 323. */
  static List<ListingPage> christmasMarkets() {
    List<ListingPage> pages = new ArrayList<>();
    List<String> lines = lines(listings().resolve("xmas_markets_2016.jsonl"));
    for (int i = 0; i < lines.size(); i++) {
      JsonObject r = JsonParser.parseString(lines.get(i)).getAsJsonObject();
      String zipCity = zipCity(r);
      if (zipCity.isEmpty()) {
        continue; // 147 Krefeld listings give no town at all
      }
      String source = text(r, "source_file");
      String town = zipCity.replaceFirst("^\\d{5}\\s*", "").strip();
      pages.add(
          new ListingPage(
              "xmas-" + (i + 1),
              marketPage(r, zipCity, i),
              town,
              landOf(source),
              !text(r, "remarks").isBlank()));
    }
    return pages;
  }

  /**
   * Berlin events that take place elsewhere, by their number in the file (from 1), labelled by
   * reading each listing's name and description: the city portal lists excursions into Brandenburg.
   * "Klaistower Spargelfest" is in Klaistow, a part of Beelitz; the Branitz park is in Cottbus; the
   * Erlebnispark Paaren is in Schönwalde-Glien; the Ritterfest listing names Oranienburg in its
   * title (its description is another event's).
   */
  static final Map<Integer, String> ELSEWHERE =
      Map.ofEntries(
          Map.entry(53, "Potsdam"),
          Map.entry(55, "Falkensee"),
          Map.entry(84, "Lübbenau/Spreewald"),
          Map.entry(86, "Cottbus"),
          Map.entry(105, "Potsdam"),
          Map.entry(112, "Potsdam"),
          Map.entry(113, "Beelitz"),
          Map.entry(114, "Beeskow"),
          Map.entry(144, "Beelitz"),
          Map.entry(145, "Cottbus"),
          Map.entry(146, "Oranienburg"),
          Map.entry(181, "Beelitz"),
          Map.entry(183, "Potsdam"),
          Map.entry(201, "Burg (Spreewald)"),
          Map.entry(230, "Potsdam"),
          Map.entry(231, "Müllrose"),
          Map.entry(232, "Bad Belzig"),
          Map.entry(275, "Potsdam"),
          Map.entry(276, "Schönwalde-Glien"),
          Map.entry(277, "Cottbus"));

  /**
   * Berlin events without one town: the Havelland music festival and the Brandenburg potters' day
   * and "Landpartie" (a region, a Land), the boat tour from Wannsee (Berlin) to Potsdam.
   */
  static final Set<Integer> NO_ONE_TOWN = Set.of(54, 85, 182, 224);

  /**
   * The Berlin events with one town: 337 in Berlin, 20 in Brandenburg ({@link #ELSEWHERE}), each
   * page with the address a crawler fetched it from, its {@code href} on www.berlin.de, as its
   * canonical link.
   */
  static List<ListingPage> berlinEvents() {
    return berlinEvents(true);
  }

  /** {@link #berlinEvents()}, with or without the page's address. */
  static List<ListingPage> berlinEvents(boolean withAddress) {
    List<ListingPage> pages = new ArrayList<>();
    JsonArray events = berlinEventsJson();
    for (int i = 0; i < events.size(); i++) {
      if (NO_ONE_TOWN.contains(i + 1)) {
        continue;
      }
      JsonObject e = events.get(i).getAsJsonObject();
      String date =
          e.getAsJsonObject("date").has("originalString")
              ? e.getAsJsonObject("date").get("originalString").getAsString()
              : "";
      String html =
          "<html><head><title>"
              + escape(text(e, "name"))
              + "</title>\n"
              + (withAddress
                  ? "<link rel=\"canonical\" href=\""
                      + escape(text(e, "href")).replace("\"", "&quot;")
                      + "\">"
                  : "")
              + "</head><body>\n"
              + "<h1>"
              + escape(text(e, "name"))
              + "</h1>\n"
              + "<p>"
              + escape(date)
              + "</p>\n"
              + "<p>"
              + escape(text(e, "description"))
              + "</p>\n</body></html>";
      String town = ELSEWHERE.getOrDefault(i + 1, "Berlin");
      pages.add(
          new ListingPage(
              "berlin-" + (i + 1),
              html,
              town,
              town.equals("Berlin") ? "Berlin" : "Brandenburg",
              !text(e, "description").isBlank()));
    }
    return pages;
  }

  static JsonArray berlinEventsJson() {
    try {
      return JsonParser.parseString(
              Files.readString(listings().resolve("berlin_events_de.json"), StandardCharsets.UTF_8))
          .getAsJsonArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String marketPage(JsonObject r, String zipCity, int number) {
    String street = text(r, "street").strip();
    String name = text(r, "name");
    StringBuilder html =
        new StringBuilder("<html><head><title>")
            .append(escape(name))
            .append("</title></head><body>\n<h1>")
            .append(escape(name))
            .append("</h1>\n");
    html.append("<p>")
        .append(germanDate(text(r, "begin")))
        .append(" bis ")
        .append(germanDate(text(r, "end")))
        .append("</p>\n");
    if (!text(r, "hours").isBlank()) {
      html.append("<p>Öffnungszeiten:<br>").append(text(r, "hours")).append("</p>\n");
    }
    String lines = street.isEmpty() ? escape(zipCity) : escape(street) + "<br>" + escape(zipCity);
    switch (number % 4) {
      case 0 ->
          html.append("<p>Ort: ")
              .append(street.isEmpty() ? "" : escape(street) + ", ")
              .append(escape(zipCity))
              .append("</p>\n");
      case 1 -> html.append("<h2>Adresse</h2>\n<p>").append(lines).append("</p>\n");
      case 2 -> html.append("<p>").append(lines).append("</p>\n");
      default -> html.append("<p>Veranstaltungsort:<br>").append(lines).append("</p>\n");
    }
    if (!text(r, "organizer").isBlank()) {
      html.append("<p>Veranstalter: ")
          .append(escape(text(r, "organizer")).replaceAll("\\r?\\n", "<br>"))
          .append("</p>\n");
    }
    html.append(text(r, "remarks")).append("\n</body></html>");
    return html.toString();
  }

  private static String zipCity(JsonObject r) {
    String zipCity = text(r, "zip_city").strip();
    if (!zipCity.isEmpty()) {
      return zipCity;
    }
    String zip = text(r, "zip");
    return (zip.isEmpty() ? "" : zip + " ") + text(r, "city").strip();
  }

  private static String landOf(String sourceFile) {
    return switch (sourceFile) {
      case "berlin" -> "Berlin";
      case "brandenburg" -> "Brandenburg";
      case "moers", "krefeld" -> "Nordrhein-Westfalen";
      default -> throw new IllegalStateException("unknown source " + sourceFile);
    };
  }

  /** "2016-11-21" as a German page writes it: "21.11.2016". */
  private static String germanDate(String iso) {
    String[] p = iso.split("-");
    return p.length == 3 ? p[2] + "." + p[1] + "." + p[0] : iso;
  }

  private static String text(JsonObject o, String field) {
    JsonElement e = o.get(field);
    return e == null || e.isJsonNull() ? "" : e.getAsString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
