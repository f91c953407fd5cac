package de.smartcitysearch.server;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.search.Lands;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes an upload's fields as they are, without enrichment: the text becomes the body, the named city the venue
 * (its Land given, or looked up among the cities the index already knows).
 */
public final class PlainDocumentIntake implements DocumentIntake {

  private static final int MAX_ID_LENGTH = 200;

  private final Function<String, Optional<Place>> knownCities;

  /** An intake that finds the Land of a city without one through this lookup. */
  public PlainDocumentIntake(Function<String, Optional<Place>> knownCities) {
    this.knownCities = knownCities;
  }

  @Override
  public EventDocument toEvent(DocumentUpload u) {
    if (u.id() == null || u.id().isBlank() || u.id().length() > MAX_ID_LENGTH) {
      throw ApiException.badParameter("id", "id is required (at most " + MAX_ID_LENGTH + " characters)");
    }
    if (u.title() == null || u.title().isBlank()) {
      throw ApiException.badParameter("title", "title is required");
    }
    LocalDate start = date(u.start(), "start");
    LocalDate end = date(u.end(), "end");
    if (start != null && end != null && end.isBefore(start)) {
      throw ApiException.badParameter("end", "end " + end + " is before start " + start);
    }
    Place venue = venue(u);
    return EventDocument.builder(u.id().strip(), "api:" + u.id().strip(), DocumentKind.EVENT)
        .title(u.title().strip()).body(u.text()).url(u.url())
        .startDate(start).endDate(end)
        .venue(venue).cities(venue == null ? List.of() : List.of(venue))
        .organisations(u.organisations()).topics(u.topics())
        .build();
  }

  private Place venue(DocumentUpload u) {
    if (u.city() == null || u.city().isBlank()) {
      return null;
    }
    String city = u.city().strip();
    if (u.land() != null && !u.land().isBlank()) {
      String land = Lands.ALL.stream().filter(l -> l.equalsIgnoreCase(u.land().strip())).findFirst()
          .orElseThrow(() -> ApiException.badParameter("land", "unknown Land: " + u.land()));
      return new Place(city, land, "");
    }
    return knownCities.apply(city).orElseThrow(() -> ApiException.badParameter(
        "land", "the index does not know the city " + city + " yet: give its Land"));
  }

  private static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(field, field + " must be a date like 2026-04-18, not " + value);
    }
  }
}
