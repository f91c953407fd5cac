package de.smartcitysearch.bench.relevance;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smartcitysearch.bench.corpus.GzipJsonLines;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The Karlsruhe council meetings of the shared data, with the fields judgements are made from. */
final class KarlsruheMeetings {

  /** The meetings file, relative to the shared data folder; the product indexes this very file. */
  static final String FILE = "karlsruhe-oparl/meetings.jsonl.gz";

  /**
   * The municipality of the records (they name none), as {@code smartcity-search index
   * --oparl-city} takes it.
   */
  static final String CITY = "Karlsruhe";

  /**
   * One meeting.
   *
   * @param id the OParl id, which the product keeps as the document id
   * @param body the name of the Gremium, or null when the record names none
   * @param date the day of the meeting as written in its start (local time), or null
   * @param agendaWords the folded words of all agenda item names
   * @param agendaItems the agenda item names
   */
  record Meeting(
      String id, String body, LocalDate date, Set<String> agendaWords, List<String> agendaItems) {

    /** Whether an agenda item name contains the word as a word (case and umlauts aside). */
    boolean mentions(String word) {
      return agendaWords.contains(Words.fold(word));
    }

    boolean ofBody(String name) {
      return name.equals(body);
    }

    boolean in(YearMonth month) {
      return date != null && YearMonth.from(date).equals(month);
    }

    boolean in(Year year) {
      return date != null && date.getYear() == year.getValue();
    }
  }

  private KarlsruheMeetings() {}

  /** The file the product indexes. */
  static Path file(Path data) {
    return data.resolve(FILE);
  }

  /** Every meeting, in file order. */
  static List<Meeting> load(Path data) {
    List<Meeting> meetings = new ArrayList<>();
    GzipJsonLines.read(
        file(data),
        record -> {
          List<String> items = new ArrayList<>();
          for (JsonElement item : array(record, "agendaItems")) {
            if (item.isJsonObject()) {
              String name = GzipJsonLines.string(item.getAsJsonObject(), "name").strip();
              if (!name.isEmpty()) {
                items.add(name);
              }
            }
          }
          meetings.add(
              new Meeting(
                  GzipJsonLines.string(record, "id"),
                  body(record),
                  day(record),
                  Words.foldedSet(String.join("\n", items)),
                  List.copyOf(items)));
          return true;
        });
    return List.copyOf(meetings);
  }

  /** The body as a query names it: without the quotation marks some names carry. */
  static String queryName(String body) {
    return body.replace("\"", "");
  }

  private static String body(JsonObject record) {
    for (JsonElement org : array(record, "organization")) {
      if (org.isJsonObject()) {
        String name = GzipJsonLines.string(org.getAsJsonObject(), "name").strip();
        return name.isEmpty() ? null : name; // every record names one body at most
      }
    }
    return null;
  }

  private static LocalDate day(JsonObject record) {
    try {
      String start = GzipJsonLines.string(record, "start");
      return start.isEmpty() ? null : OffsetDateTime.parse(start).toLocalDate();
    } catch (DateTimeParseException e) {
      return null; // a meeting without a readable date is never relevant to a date query
    }
  }

  private static List<JsonElement> array(JsonObject record, String member) {
    JsonElement value = record.get(member);
    return value != null && value.isJsonArray() ? value.getAsJsonArray().asList() : List.of();
  }
}
