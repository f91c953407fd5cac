package de.smartcitysearch.extract;

import java.util.List;

/**
 * The schema.org {@code Event} an HTML page declares (JSON-LD or microdata); absent values are null
 * or empty.
 *
 * @param name the event's name
 * @param description its description
 * @param start startDate
 * @param end endDate
 * @param city the location's addressLocality
 * @param location the location as text (place name and street address)
 * @param organisers names of the organizer(s)
 * @param url the event's url
 * @param format "Präsenz", "Online" or "Hybrid" from eventAttendanceMode
 */
public record SchemaOrgEvent(
    String name,
    String description,
    DeclaredDate start,
    DeclaredDate end,
    String city,
    String location,
    List<String> organisers,
    String url,
    String format) {}
