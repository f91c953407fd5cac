package de.smartcitysearch.bench.corpus;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Composes one realistic event: type, city, dates, topics, organisations, headline and text.
 *
 * <p>Every draw comes from the random generator handed in, in a fixed order, so a seeded generator
 * gives the same corpus every time. The figures below are the generator's distributions; {@code
 * CORPUS.md} lists them together with what {@link CorpusStats} measured.
 */
final class EventComposer {

  /** Zipf exponent of the topic ranks. */
  static final double TOPIC_EXPONENT = 0.8;

  /** Zipf exponent of the organisation ranks. */
  static final double ORGANISATION_EXPONENT = 1.0;

  /** Probability of 1, 2 and 3 topics. */
  static final double[] TOPIC_COUNT_WEIGHTS = {0.50, 0.35, 0.15};

  /** Probability of 0, 1, 2 and 3 organisations for public events (council sessions have none). */
  static final double[] ORGANISATION_COUNT_WEIGHTS = {0.15, 0.50, 0.25, 0.10};

  /** Share of events with a link. */
  static final double URL_SHARE = 0.85;

  /** Standard deviation of the log-normal document size factor (mean 1). */
  static final double SIZE_SPREAD = 0.5;

  /** Bytes of the JSON keys and punctuation of a line, without the values. */
  private static final int JSON_SKELETON_BYTES = 110;

  private static final int MIN_TEXT_BYTES = 300;

  /**
   * The text stops after the sentence that reaches the target: about half a sentence too long on
   * average.
   */
  private static final int MEAN_OVERSHOOT_BYTES = 70;

  private final WeightedChoice<Municipality> cities;
  private final WeightedChoice<Topic> topics =
      WeightedChoice.zipf(CorpusVocabulary.TOPICS, TOPIC_EXPONENT);
  private final WeightedChoice<Organisation> organisations =
      WeightedChoice.zipf(CorpusVocabulary.ORGANISATIONS, ORGANISATION_EXPONENT);
  private final WeightedChoice<EventType> types =
      WeightedChoice.of(CorpusVocabulary.EVENT_TYPES, EventType::weight);
  private final WeightedChoice<String> formats =
      WeightedChoice.of(CorpusVocabulary.FORMATS, CorpusVocabulary.FORMAT_WEIGHTS);
  private final WeightedChoice<Integer> topicCounts =
      WeightedChoice.of(List.of(1, 2, 3), TOPIC_COUNT_WEIGHTS);
  private final WeightedChoice<Integer> organisationCounts =
      WeightedChoice.of(List.of(0, 1, 2, 3), ORGANISATION_COUNT_WEIGHTS);
  private final EventDates dates = new EventDates();
  private final EventTitles titles;
  private final ParagraphWriter paragraphs;
  private final int meanBytes;

  EventComposer(
      List<Municipality> register, List<String> agendaItems, SentencePool pool, int meanBytes) {
    this.cities = WeightedChoice.of(register, Municipality::population);
    this.titles = new EventTitles(agendaItems);
    this.paragraphs = new ParagraphWriter(pool);
    this.meanBytes = meanBytes;
  }

  /** The event with this running number (1, 2, ...). */
  CorpusEvent compose(int number, RandomGenerator random) {
    String id = String.format(Locale.ROOT, "ev-%07d", number);
    EventType type = types.draw(random);
    Municipality city = cities.draw(random);
    List<Topic> eventTopics = topics.drawDistinct(random, topicCounts.draw(random));
    StringBuilder text = new StringBuilder(meanBytes + 512);
    String title;
    EventSchedule schedule;
    List<Organisation> hosts;
    if (type.councilMeeting()) {
      schedule = dates.councilSession(random);
      hosts = List.of();
      List<String> bodies =
          type.name().equals("Ratssitzung")
              ? CorpusVocabulary.COUNCILS
              : CorpusVocabulary.COMMITTEES;
      String body = bodies.get(random.nextInt(bodies.size()));
      String leadingItem = titles.agendaItem(random);
      title = titles.councilSession(random, type, body, city.name(), leadingItem);
      writeSessionDetails(text, random, body, city, schedule, leadingItem);
    } else {
      schedule = dates.event(random);
      hosts = organisations.drawDistinct(random, organisationCounts.draw(random));
      title =
          titles.event(
              random, type, eventTopics.get(0), city.name(), schedule.startDay().getYear());
      writeEventDetails(text, formats.draw(random), city, schedule, hosts);
    }
    String url =
        random.nextDouble() < URL_SHARE
            ? "https://kalender.example.org/" + slug(city.name()) + "/" + id
            : null;
    List<String> hostNames = hosts.stream().map(Organisation::name).toList();
    List<String> topicLabels = eventTopics.stream().map(Topic::label).toList();
    int metadataBytes =
        JSON_SKELETON_BYTES
            + id.length()
            + JsonSize.of(title)
            + (url == null ? 0 : url.length())
            + schedule.isoStart().length()
            + schedule.isoEnd().length()
            + JsonSize.of(city.name())
            + listBytes(hostNames)
            + listBytes(topicLabels);
    paragraphs.fill(
        text,
        random,
        eventTopics,
        Math.max(MIN_TEXT_BYTES, documentBytes(random) - metadataBytes - MEAN_OVERSHOOT_BYTES));
    return new CorpusEvent(
        id,
        title,
        text.toString(),
        url,
        schedule.isoStart(),
        schedule.isoEnd(),
        city.name(),
        hostNames,
        topicLabels);
  }

  /**
   * The size this document should have: the configured mean times a log-normal factor of mean 1.
   */
  private int documentBytes(RandomGenerator random) {
    double factor = Math.exp(SIZE_SPREAD * random.nextGaussian() - SIZE_SPREAD * SIZE_SPREAD / 2);
    return (int) (meanBytes * Math.min(5.0, Math.max(0.2, factor)));
  }

  /** The "Event details" block as on the seed pages. */
  private static void writeEventDetails(
      StringBuilder text,
      String format,
      Municipality city,
      EventSchedule schedule,
      List<Organisation> hosts) {
    text.append("Datum\n")
        .append(schedule.german())
        .append("\nArt der Veranstaltung\n")
        .append(format)
        .append("\nVeranstaltungsort\n")
        .append(city.name())
        .append(", ")
        .append(city.bundesland());
    if (!hosts.isEmpty()) {
      text.append("\nVeranstalter\n");
      for (int i = 0; i < hosts.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(hosts.get(i).mention());
      }
    }
  }

  /** The head of a council session's invitation: date, place and agenda of real item names. */
  private void writeSessionDetails(
      StringBuilder text,
      RandomGenerator random,
      String body,
      Municipality city,
      EventSchedule schedule,
      String leadingItem) {
    text.append("Öffentliche Sitzung: ")
        .append(body)
        .append(' ')
        .append(city.name())
        .append("\nDatum\n")
        .append(schedule.german())
        .append("\nSitzungsort\nRathaus ")
        .append(city.name())
        .append("\nTagesordnung\n1. ")
        .append(leadingItem);
    int items = 3 + random.nextInt(6);
    for (int i = 2; i <= items; i++) {
      text.append('\n').append(i).append(". ").append(titles.agendaItem(random));
    }
  }

  private static int listBytes(List<String> values) {
    return values.stream().mapToInt(v -> JsonSize.of(v) + 3).sum();
  }

  /** A URL path segment: lower case, umlauts transcribed, anything else a hyphen. */
  static String slug(String name) {
    String lower =
        name.toLowerCase(Locale.GERMAN)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
