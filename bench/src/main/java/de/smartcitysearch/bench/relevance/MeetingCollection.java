package de.smartcitysearch.bench.relevance;

import de.smartcitysearch.bench.relevance.KarlsruheMeetings.Meeting;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * karlsruhe-meetings: all council meetings of the shared data, read by the product's own OParl
 * meeting reader from the shared file itself; queries "topic + body", "topic + year" and "body +
 * month year".
 *
 * <p>A topic is a content word of one of the meeting's agenda items. A meeting is relevant when its
 * fields satisfy every part of the query: its body is the one named, its date lies in the year or
 * month named, an agenda item name contains the topic as a word.
 */
final class MeetingCollection {

  static final String NAME = "karlsruhe-meetings";
  static final String TOPIC_BODY = "topic + body";
  static final String TOPIC_YEAR = "topic + year";
  static final String BODY_MONTH = "body + month year";

  private MeetingCollection() {}

  static RelevanceCollection build(Path data, SuiteSize size, Random random) {
    List<Meeting> meetings = KarlsruheMeetings.load(data);
    QuerySet queries = new QuerySet(size.queriesPerKind());
    for (Meeting m : Sample.shuffled(meetings, random)) {
      String topic = topicWord(m, random, w -> true);
      if (topic != null && m.body() != null) {
        queries.offer(
            TOPIC_BODY,
            topic + " " + KarlsruheMeetings.queryName(m.body()),
            ids(meetings, x -> x.ofBody(m.body()) && x.mentions(topic)));
      }
      if (topic != null && m.date() != null) {
        Year year = Year.from(m.date());
        queries.offer(
            TOPIC_YEAR, topic + " " + year, ids(meetings, x -> x.in(year) && x.mentions(topic)));
      }
      if (m.body() != null && m.date() != null) {
        YearMonth month = YearMonth.from(m.date());
        queries.offer(
            BODY_MONTH,
            KarlsruheMeetings.queryName(m.body())
                + " "
                + GermanMonths.name(month.getMonth())
                + " "
                + month.getYear(),
            ids(meetings, x -> x.ofBody(m.body()) && x.in(month)));
      }
    }
    return new RelevanceCollection(
        NAME,
        meetings.size()
            + " Karlsruhe council meetings (OParl records as published), indexed with --oparl-city "
            + KarlsruheMeetings.CITY,
        List.of(KarlsruheMeetings.file(data)),
        KarlsruheMeetings.CITY,
        meetings.size(),
        queries.queries(),
        null);
  }

  /**
   * A content word of a random agenda item (one that passes {@code accept}), or null when there is
   * none.
   */
  static String topicWord(Meeting m, Random random, Predicate<String> accept) {
    if (m.agendaItems().isEmpty()) {
      return null;
    }
    List<String> words =
        Words.content(Sample.any(m.agendaItems(), random)).stream().filter(accept).toList();
    return words.isEmpty() ? null : Sample.any(words, random);
  }

  static Set<String> ids(List<Meeting> meetings, Predicate<Meeting> relevant) {
    return meetings.stream()
        .filter(relevant)
        .map(Meeting::id)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }
}
