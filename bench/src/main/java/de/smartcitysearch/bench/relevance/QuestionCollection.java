package de.smartcitysearch.bench.relevance;

import de.smartcitysearch.bench.relevance.EventListings.Listing;
import de.smartcitysearch.bench.relevance.KarlsruheMeetings.Meeting;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * questions: German questions written by templates from the data's own fields, over one index
 * holding the council meetings and the listing pages of the other two collections; relevant by the
 * same field rules as there.
 *
 * <p>The Karlsruhe bodies are all masculine (Rat, Ausschuss, Beirat), hence "der {Gremium}". Title
 * words in "einen {Titelwort}" are capitalised content words (nouns), whatever their gender.
 */
final class QuestionCollection {

  static final String NAME = "questions";
  static final String WHEN_LISTING = "Wann findet {Name} in {Ort} statt?";
  static final String LISTING_IN_MONTH = "Gibt es im {Monat} einen {Titelwort} in {Ort}?";
  static final String MEETING_IN_MONTH = "Welche Sitzung hatte der {Gremium} im {Monat} {Jahr}?";
  static final String MEETING_ON_TOPIC = "Wann hat der {Gremium} über {Thema} beraten?";

  private QuestionCollection() {}

  static RelevanceCollection build(Path data, Path work, SuiteSize size, Random random)
      throws IOException {
    List<Listing> listings = EventListings.load(data);
    List<Meeting> meetings = KarlsruheMeetings.load(data);
    Path pages = work.resolve("listings.jsonl");
    EventListings.writePages(listings, pages);
    QuerySet questions = new QuerySet(size.questionsPerKind());

    for (Listing l : Sample.shuffled(listings, random)) {
      List<String> nameWords = Words.content(l.name());
      if (!nameWords.isEmpty()) {
        questions.offer(
            WHEN_LISTING,
            "Wann findet " + l.name() + " in " + l.town() + " statt?",
            ListingCollection.ids(listings, x -> x.namedBy(nameWords) && x.inTown(l.town())));
      }
      List<String> nouns =
          nameWords.stream().filter(QuestionCollection::isNoun).filter(w -> !l.inTown(w)).toList();
      if (l.span() != null && !nouns.isEmpty()) {
        String noun = Sample.any(nouns, random);
        Month month = Sample.any(l.span().months(), random).getMonth();
        questions.offer(
            LISTING_IN_MONTH,
            "Gibt es im " + GermanMonths.name(month) + " einen " + noun + " in " + l.town() + "?",
            ListingCollection.ids(
                listings, x -> x.namedBy(List.of(noun)) && x.inTown(l.town()) && x.in(month)));
      }
    }
    for (Meeting m : Sample.shuffled(meetings, random)) {
      if (m.body() == null) {
        continue;
      }
      String body = KarlsruheMeetings.queryName(m.body());
      if (m.date() != null) {
        YearMonth month = YearMonth.from(m.date());
        questions.offer(
            MEETING_IN_MONTH,
            "Welche Sitzung hatte der "
                + body
                + " im "
                + GermanMonths.name(month.getMonth())
                + " "
                + month.getYear()
                + "?",
            MeetingCollection.ids(meetings, x -> x.ofBody(m.body()) && x.in(month)));
      }
      String topic = MeetingCollection.topicWord(m, random, QuestionCollection::isNoun);
      if (topic != null) {
        questions.offer(
            MEETING_ON_TOPIC,
            "Wann hat der " + body + " über " + topic + " beraten?",
            MeetingCollection.ids(meetings, x -> x.ofBody(m.body()) && x.mentions(topic)));
      }
    }
    return new RelevanceCollection(
        NAME,
        meetings.size()
            + " council meetings and "
            + listings.size()
            + " listing pages in one index",
        List.of(KarlsruheMeetings.file(data), pages),
        KarlsruheMeetings.CITY,
        meetings.size() + listings.size(),
        questions.queries(),
        RelevanceSuite.productIndexOf(work.resolveSibling(MeetingCollection.NAME)));
  }

  /** German nouns are capitalised; a capitalised word that is all capitals is an abbreviation. */
  static boolean isNoun(String word) {
    return Character.isUpperCase(word.charAt(0))
        && !word.equals(word.toUpperCase(java.util.Locale.GERMAN));
  }
}
