package de.smartcitysearch.document;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One searchable entry: an event, or a program session inside an event, with everything enrichment
 * found.
 *
 * <p>This is what flows from extraction and enrichment into the index; {@code EventSchema} maps it
 * to Lucene fields and back. Optional values are {@code null} (dates, times, venue, format, type,
 * url) or empty (lists, maps, strings).
 *
 * @param id stable id, unique in the index (sessions: the event id plus "#s" and a number)
 * @param source the file path or URL the entry came from; all entries of one source are replaced
 *     together
 * @param kind event or session
 * @param title headline
 * @param teaser the short introduction under the headline, may be empty
 * @param body the running text
 * @param url link to the original page, may be null
 * @param startDate first day of the event (or the session's day)
 * @param endDate last day; equal to startDate for one-day events
 * @param startTime start time of a session, or of an event whose input declares one; else null
 * @param venue the city where the event takes place
 * @param location the venue as the input writes it (place name, address), may be null
 * @param cities every city the text names, venue included
 * @param organisations canonical organisation names (acronym and full name merged)
 * @param topics topic labels of the taxonomy
 * @param topicReasons per topic, the trigger words that matched (kept for curators)
 * @param audiences who the event is for ("Kommunen", "Bürger", "Wirtschaft", "Wissenschaft")
 * @param format "Präsenz", "Online" or "Hybrid"
 * @param eventType "Kongress", "Messe", "Regionalkonferenz", "Workshop", "Podiumsdiskussion",
 *     "Ratssitzung", ...
 * @param eventId for sessions, the id of the event they belong to; null for events
 * @param eventTitle for sessions, the title of their event; null for events
 * @param contentHash hash of the source content, used to skip unchanged input
 */
public record EventDocument(
    String id,
    String source,
    DocumentKind kind,
    String title,
    String teaser,
    String body,
    String url,
    LocalDate startDate,
    LocalDate endDate,
    LocalTime startTime,
    Place venue,
    String location,
    List<Place> cities,
    List<String> organisations,
    List<String> topics,
    Map<String, List<String>> topicReasons,
    List<String> audiences,
    String format,
    String eventType,
    String eventId,
    String eventTitle,
    String contentHash) {

  public EventDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    title = title == null ? "" : title;
    teaser = teaser == null ? "" : teaser;
    body = body == null ? "" : body;
    cities = cities == null ? List.of() : List.copyOf(cities);
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    topics = topics == null ? List.of() : List.copyOf(topics);
    // in the order given (the topics' order): Map.copyOf would order the keys differently in every
    // JVM run
    topicReasons =
        topicReasons == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(topicReasons));
    audiences = audiences == null ? List.of() : List.copyOf(audiences);
    contentHash = contentHash == null ? "" : contentHash;
    if (endDate == null) {
      endDate = startDate;
    }
  }

  /** A builder starting from an id, a source and a kind. */
  public static Builder builder(String id, String source, DocumentKind kind) {
    return new Builder(id, source, kind);
  }

  /** A builder holding a copy of this document's values. */
  public Builder toBuilder() {
    return new Builder(id, source, kind)
        .title(title)
        .teaser(teaser)
        .body(body)
        .url(url)
        .startDate(startDate)
        .endDate(endDate)
        .startTime(startTime)
        .venue(venue)
        .location(location)
        .cities(cities)
        .organisations(organisations)
        .topics(topics)
        .topicReasons(topicReasons)
        .audiences(audiences)
        .format(format)
        .eventType(eventType)
        .eventId(eventId)
        .eventTitle(eventTitle)
        .contentHash(contentHash);
  }

  /** Builds an {@link EventDocument} field by field. */
  public static final class Builder {
    private final String id;
    private final String source;
    private final DocumentKind kind;
    private String title;
    private String teaser;
    private String body;
    private String url;
    private LocalDate startDate;
    private LocalDate endDate;
    private LocalTime startTime;
    private Place venue;
    private String location;
    private List<Place> cities;
    private List<String> organisations;
    private List<String> topics;
    private Map<String, List<String>> topicReasons;
    private List<String> audiences;
    private String format;
    private String eventType;
    private String eventId;
    private String eventTitle;
    private String contentHash;

    private Builder(String id, String source, DocumentKind kind) {
      this.id = id;
      this.source = source;
      this.kind = kind;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder teaser(String v) {
      teaser = v;
      return this;
    }

    public Builder body(String v) {
      body = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder startDate(LocalDate v) {
      startDate = v;
      return this;
    }

    public Builder endDate(LocalDate v) {
      endDate = v;
      return this;
    }

    public Builder startTime(LocalTime v) {
      startTime = v;
      return this;
    }

    public Builder venue(Place v) {
      venue = v;
      return this;
    }

    public Builder location(String v) {
      location = v;
      return this;
    }

    public Builder cities(List<Place> v) {
      cities = v;
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

    public Builder topicReasons(Map<String, List<String>> v) {
      topicReasons = v;
      return this;
    }

    public Builder audiences(List<String> v) {
      audiences = v;
      return this;
    }

    public Builder format(String v) {
      format = v;
      return this;
    }

    public Builder eventType(String v) {
      eventType = v;
      return this;
    }

    public Builder eventId(String v) {
      eventId = v;
      return this;
    }

    public Builder eventTitle(String v) {
      eventTitle = v;
      return this;
    }

    public Builder contentHash(String v) {
      contentHash = v;
      return this;
    }

    public EventDocument build() {
      return new EventDocument(
          id,
          source,
          kind,
          title,
          teaser,
          body,
          url,
          startDate,
          endDate,
          startTime,
          venue,
          location,
          cities,
          organisations,
          topics,
          topicReasons,
          audiences,
          format,
          eventType,
          eventId,
          eventTitle,
          contentHash);
    }
  }
}
