package de.smartcitysearch.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What extraction read from one input record (a file, a JSON line, an OParl meeting), before
 * enrichment.
 *
 * <p>Extraction keeps the page's own structure; enrichment turns it into event documents. Values
 * that the input states explicitly (JSON Lines fields, schema.org {@code Event} data, OParl fields)
 * are carried as {@link Declared} and take precedence over what enrichment finds in the text.
 *
 * @param id stable id of the event (derived from the source, or the id the input gives)
 * @param source file path or URL, the unit of incremental updates
 * @param contentHash hash of the raw input, to skip unchanged sources
 * @param title the headline (never an image caption, photo credit or navigation word), may be empty
 * @param teaser the introduction under the headline, may be empty
 * @param body the running text without navigation and captions
 * @param details labelled blocks as on the page, label to text ("Datum" to "30.09, 10:00 -
 *     02.10.25, 17:00", "Veranstaltungsort" to the address lines, "Art der Veranstaltung" to
 *     "Offline (persönlich)"), in page order
 * @param program schedule lines of the page's program, in page order
 * @param declared explicit values from the input format
 */
public record ExtractedPage(
    String id,
    String source,
    String contentHash,
    String title,
    String teaser,
    String body,
    Map<String, String> details,
    List<ProgramEntry> program,
    Declared declared) {

  public ExtractedPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    contentHash = contentHash == null ? "" : contentHash;
    title = title == null ? "" : title;
    teaser = teaser == null ? "" : teaser;
    body = body == null ? "" : body;
    details = details == null ? Map.of() : details;
    program = program == null ? List.of() : List.copyOf(program);
    declared = declared == null ? Declared.NONE : declared;
  }

  /**
   * One line of a program: a time slot and what happens in it.
   *
   * @param day the day heading the line stands under as written ("Tag 1: 30. September"), may be
   *     empty
   * @param time the time as written ("14:30 Uhr", "10:00 - 11:00"), may be empty
   * @param text the session text ("Datenplattform CIVITAS CORE: ... Einblicke aus Jena, Bamberg")
   */
  public record ProgramEntry(String day, String time, String text) {
    public ProgramEntry {
      day = day == null ? "" : day;
      time = time == null ? "" : time;
      text = text == null ? "" : text;
    }
  }

  /**
   * Values an input states explicitly; each may be null (or empty) when the input does not say.
   * Built by name: {@code Declared.builder().start(date).city("Kiel").build()}.
   *
   * @param url link to the original page
   * @param start first day of the event
   * @param end last day (never before the start; null for one day)
   * @param startTime time of day the event starts
   * @param city venue city as written ("Kiel")
   * @param land the venue city's Land as written ("Schleswig-Holstein"), which places a city the
   *     gazetteer lacks
   * @param location venue text as written ("Bürgersaal im Rathaus, Pfinztalstr. 33")
   * @param organisations organisations as written (organiser, OParl body)
   * @param topics topic labels as given
   * @param audiences who the event is for, as given
   * @param eventType the type, where the format implies it (an OParl meeting is a "Ratssitzung")
   * @param format "Präsenz", "Online" or "Hybrid"
   */
  public record Declared(
      String url,
      LocalDate start,
      LocalDate end,
      LocalTime startTime,
      String city,
      String land,
      String location,
      List<String> organisations,
      List<String> topics,
      List<String> audiences,
      String eventType,
      String format) {

    /** Nothing declared. */
    public static final Declared NONE = builder().build();

    public Declared {
      organisations = organisations == null ? List.of() : List.copyOf(organisations);
      topics = topics == null ? List.of() : List.copyOf(topics);
      audiences = audiences == null ? List.of() : List.copyOf(audiences);
      if (start != null && end != null && end.isBefore(start)) {
        end = null; // OParl data often gives midnight of the start day as the end
      }
    }

    /** These values with the link to the original page set. */
    public Declared withUrl(String v) {
      return new Declared(
          v,
          start,
          end,
          startTime,
          city,
          land,
          location,
          organisations,
          topics,
          audiences,
          eventType,
          format);
    }

    /** A builder with nothing declared yet. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds {@link Declared} values by name. */
    public static final class Builder {
      private String url;
      private LocalDate start;
      private LocalDate end;
      private LocalTime startTime;
      private String city;
      private String land;
      private String location;
      private List<String> organisations;
      private List<String> topics;
      private List<String> audiences;
      private String eventType;
      private String format;

      private Builder() {}

      public Builder url(String v) {
        url = v;
        return this;
      }

      public Builder start(LocalDate v) {
        start = v;
        return this;
      }

      public Builder end(LocalDate v) {
        end = v;
        return this;
      }

      public Builder startTime(LocalTime v) {
        startTime = v;
        return this;
      }

      public Builder city(String v) {
        city = v;
        return this;
      }

      public Builder land(String v) {
        land = v;
        return this;
      }

      public Builder location(String v) {
        location = v;
        return this;
      }

      public Builder organisations(List<String> v) {
        organisations = v;
        return this;
      }

      public Builder topics(List<String> v) {
        topics = v;
        return this;
      }

      public Builder audiences(List<String> v) {
        audiences = v;
        return this;
      }

      public Builder eventType(String v) {
        eventType = v;
        return this;
      }

      public Builder format(String v) {
        format = v;
        return this;
      }

      public Declared build() {
        return new Declared(
            url,
            start,
            end,
            startTime,
            city,
            land,
            location,
            organisations,
            topics,
            audiences,
            eventType,
            format);
      }
    }
  }
}
