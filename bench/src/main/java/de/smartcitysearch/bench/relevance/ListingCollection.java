package de.smartcitysearch.bench.relevance;

import de.smartcitysearch.bench.relevance.EventListings.Listing;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * event-listings: the pages written from the real event listings ({@link EventListings}), as JSON
 * Lines with only id, title and text; queries "title words + town" and "title words + month" (a
 * German month name, no year).
 *
 * <p>Title words are up to two neighbouring content words of the listing's name, as a visitor
 * remembers part of a title. A listing is relevant when its name contains those words and its town
 * is the one named, or its date fields touch the month named (in any year: the query names none).
 */
final class ListingCollection {

  static final String NAME = "event-listings";
  static final String TITLE_TOWN = "title words + town";
  static final String TITLE_MONTH = "title words + month";

  /**
   * Two words of a title are what a visitor recalls; the whole title would make every query a title
   * lookup.
   */
  private static final int TITLE_WORDS = 2;

  private ListingCollection() {}

  static RelevanceCollection build(Path data, Path work, SuiteSize size, Random random)
      throws IOException {
    List<Listing> listings = EventListings.load(data);
    Path pages = work.resolve("listings.jsonl");
    EventListings.writePages(listings, pages);
    QuerySet queries = new QuerySet(size.queriesPerKind());
    for (Listing l : Sample.shuffled(listings, random)) {
      List<String> words = titleWords(l, random);
      if (words.isEmpty()) {
        continue;
      }
      String title = String.join(" ", words);
      queries.offer(
          TITLE_TOWN,
          title + " " + l.town(),
          ids(listings, x -> x.namedBy(words) && x.inTown(l.town())));
      if (l.span() != null) {
        Month month = Sample.any(l.span().months(), random).getMonth();
        queries.offer(
            TITLE_MONTH,
            title + " " + GermanMonths.name(month),
            ids(listings, x -> x.namedBy(words) && x.in(month)));
      }
    }
    return new RelevanceCollection(
        NAME,
        listings.size()
            + " pages written from berlin.de events and Christmas market listings (JSON Lines: id, title, "
            + "text; no structured field)",
        List.of(pages),
        null,
        listings.size(),
        queries.queries(),
        null);
  }

  /**
   * Up to {@link #TITLE_WORDS} neighbouring content words of the name but the town, from a random
   * place in it.
   */
  static List<String> titleWords(Listing l, Random random) {
    List<String> words = Words.content(l.name()).stream().filter(w -> !l.inTown(w)).toList();
    if (words.size() <= TITLE_WORDS) {
      return words;
    }
    int from = random.nextInt(words.size() - TITLE_WORDS + 1);
    return words.subList(from, from + TITLE_WORDS);
  }

  static Set<String> ids(List<Listing> listings, Predicate<Listing> relevant) {
    return listings.stream().filter(relevant).map(Listing::id).collect(Collectors.toSet());
  }
}
