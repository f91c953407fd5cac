package de.smartcitysearch.bench.corpus;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes event headlines the way German event calendars do.
 *
 * <p>Public events: type, topic, city and year in one of a few common patterns ("Regionalkonferenz
 * Klimaanpassung Kiel 2026", "3. Fachtag Digitale Verwaltung"); citizens' dialogues and information
 * evenings sometimes name a real agenda item. Council sessions: the body and the city, often with a
 * real agenda item of the Karlsruhe council ("Gemeinderat Mannheim: Vorstellung Projekt
 * Glasfaserausbau ...").
 */
final class EventTitles {

  private final List<String> agendaItems;

  EventTitles(List<String> agendaItems) {
    this.agendaItems = agendaItems;
  }

  /** A real agenda item name. */
  String agendaItem(RandomGenerator random) {
    return agendaItems.get(random.nextInt(agendaItems.size()));
  }

  /** The headline of a public event. */
  String event(RandomGenerator random, EventType type, Topic topic, String city, int year) {
    String name = type.name();
    String label = topic.label();
    if ((name.equals("Bürgerdialog") || name.equals("Informationsveranstaltung"))
        && random.nextBoolean()) {
      return name + " in " + city + ": " + agendaItem(random);
    }
    return switch (random.nextInt(5)) {
      case 0 -> name + " " + label + " " + city + " " + year;
      case 1 -> name + " " + label + " " + city;
      case 2 -> (1 + random.nextInt(12)) + ". " + name + " " + label;
      case 3 -> name + " „" + label + "“ in " + city;
      default -> label + ": " + name + " in " + city;
    };
  }

  /** The headline of a council or committee session; {@code item} is its leading agenda item. */
  String councilSession(
      RandomGenerator random, EventType type, String body, String city, String item) {
    return switch (random.nextInt(3)) {
      case 0 -> type.name() + " " + body + " " + city;
      case 1 -> body + " " + city + ": " + item;
      default -> "Öffentliche Sitzung " + body + " " + city + ": " + item;
    };
  }
}
