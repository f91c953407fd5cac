package de.smartcitysearch.enrich;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.enrich.TextTokens.Token;
import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.extract.ExtractedPage.Declared;
import de.smartcitysearch.extract.ExtractedPage.ProgramEntry;
import de.smartcitysearch.extract.PageEnricher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an extracted page into its event document and one document per program session.
 *
 * <p>Composes the enrichment steps: dates ({@link EventDateExtractor}), venue and cities ({@link
 * CityRecognizer}), organisations ({@link OrganisationRecognizer}), topics ({@link TopicTagger}),
 * format ({@link FormatClassifier}), type ({@link EventTypeClassifier}) and sessions ({@link
 * ProgramSessionBuilder}). Values the input declares win over what the text suggests.
 *
 * <p>Thread-safe once built (the gazetteer and vocabularies are read-only, Lucene analyzers reuse
 * their token streams per thread, the topic tagger's memory of analysed words is concurrent), so
 * one instance can serve parallel indexing.
 */
public final class EventEnricher implements PageEnricher {

  private static final List<String> DATE_LABELS =
      List.of("datum", "termin", "wann", "zeit", "date");
  private static final List<String> VENUE_LABELS =
      List.of("veranstaltungsort", "ort", "event location", "location", "tagungsort", "adresse");
  private static final List<String> KIND_LABELS =
      List.of("art der veranstaltung", "format", "veranstaltungsart");
  private static final String DECLARED = "(angegeben)";

  private final EventDateExtractor dates = new EventDateExtractor();
  private final CityGazetteer gazetteer;
  private final CityRecognizer cities;
  private final MunicipalPortals portals;
  private final OrganisationRecognizer organisations;
  private final TopicTagger topics;
  private final TopicTagger audiences;
  private final FormatClassifier formats = new FormatClassifier();
  private final EventTypeClassifier types = new EventTypeClassifier();
  private final ProgramSessionBuilder sessions;

  /** An enricher with this gazetteer, analysing topics with this analysis' index analyzer. */
  public EventEnricher(CityGazetteer gazetteer, GermanAnalysis analysis) {
    this.gazetteer = gazetteer;
    this.cities = new CityRecognizer(gazetteer);
    this.portals = new MunicipalPortals(gazetteer);
    this.organisations = new OrganisationRecognizer(gazetteer);
    this.topics = new TopicTagger(analysis);
    this.audiences = TopicTagger.audiences(analysis);
    this.sessions = new ProgramSessionBuilder(dates, cities, organisations, topics, types);
  }

  /** The built-in gazetteer and the product's index analyzer. */
  public static EventEnricher withDefaults() {
    return new EventEnricher(CityGazetteer.builtIn(), GermanAnalysis.defaults());
  }

  @Override
  public List<EventDocument> enrich(ExtractedPage page) {
    Objects.requireNonNull(page, "page");
    Declared declared = page.declared();
    String headline = page.title() + "\n" + page.teaser();
    String allText =
        String.join(
            "\n",
            headline,
            page.body(),
            String.join("\n", page.details().values()),
            programText(page.program()));

    Optional<DateSpan> span = eventDates(page);
    String location = firstNonBlank(declared.location(), detail(page, VENUE_LABELS));
    Optional<Place> venue =
        declaredVenue(declared)
            .or(() -> cities.venue(declared.city(), location, headline, page.body()))
            .or(() -> publisherVenue(declared.url(), allText));

    // the whole text is cut into words once, for places, organisations and the title's names
    List<Token> allTokens = TextTokens.of(allText);
    Set<Place> named = new LinkedHashSet<>();
    venue.ifPresent(named::add);
    named.addAll(cities.cities(allText, allTokens));

    Set<String> orgs = new LinkedHashSet<>();
    for (String written : declared.organisations()) {
      List<String> known = organisations.organisations(written);
      orgs.addAll(known.isEmpty() ? List.of(written.strip()) : known);
    }
    orgs.addAll(organisations.organisations(allText, allTokens));

    // allText begins with the title and a line break, so its first words are the title's
    String title =
        organisations.withoutNames(
            page.title(), TextTokens.before(allTokens, page.title().length()));
    // who and where are not what about: a council meeting's title is the committee's name
    // ("Ausschuss für
    // Umwelt und Gesundheit"), its teaser the room ("Musiksaal der Heinz-Barth-Schule")
    List<String> bodies = new ArrayList<>(declared.organisations());
    if (declared.location() != null) {
      bodies.add(declared.location());
    }
    String titleText = withoutNames(title, bodies);
    String teaserText = withoutNames(organisations.withoutNames(page.teaser()), bodies);
    String bodyText =
        withoutNames(
            organisations.withoutNames(page.body() + "\n" + programText(page.program())), bodies);
    TopicTagger.TopicTags tags = topics.tag(titleText, teaserText, bodyText);
    List<String> topicList = new ArrayList<>(declared.topics());
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    declared.topics().forEach(t -> reasons.put(t, List.of(DECLARED)));
    for (String t : tags.topics()) {
      if (!topicList.contains(t)) {
        topicList.add(t);
        reasons.put(t, tags.reasons().get(t));
      }
    }

    boolean hasVenue = venue.isPresent() || detail(page, VENUE_LABELS) != null;
    EventDocument event =
        EventDocument.builder(page.id(), page.source(), DocumentKind.EVENT)
            .title(page.title())
            .teaser(page.teaser())
            .body(page.body())
            .url(declared.url())
            .startDate(span.map(DateSpan::start).orElse(null))
            .endDate(span.map(DateSpan::end).orElse(null))
            .startTime(declared.start() != null ? declared.startTime() : null)
            .venue(venue.orElse(null))
            .location(location)
            .cities(List.copyOf(named))
            .organisations(List.copyOf(orgs))
            .topics(topicList)
            .topicReasons(reasons)
            .audiences(
                declaredFirst(
                    declared.audiences(), audiences.tag(titleText, teaserText, bodyText).topics()))
            .format(
                formats
                    .classify(declared.format(), detail(page, KIND_LABELS), allText, hasVenue)
                    .orElse(null))
            .eventType(
                types
                    .classify(declared.eventType(), page.title(), page.teaser(), page.body())
                    .orElse(null))
            .contentHash(page.contentHash())
            .build();

    List<EventDocument> result = new ArrayList<>();
    result.add(event);
    result.addAll(sessions.sessions(event, page.program()));
    return List.copyOf(result);
  }

  /**
   * A page that names no place published on a municipality's own portal ({@link MunicipalPortals}):
   * a city's events calendar names the hall and leaves the city unsaid. Not when the text names, or
   * may name, another place: then the page says where it is, only not clearly enough.
   */
  private Optional<Place> publisherVenue(String url, String text) {
    return portals
        .publisher(url)
        .filter(m -> !cities.namesPlaceBeyond(m, text))
        .map(GazetteerEntry::toPlace);
  }

  /**
   * Declared start and end; else the "Datum" detail; else the dates of the headline and text; else
   * the span of the program's day headings.
   */
  private Optional<DateSpan> eventDates(ExtractedPage page) {
    Declared declared = page.declared();
    if (declared.start() != null) {
      return Optional.of(new DateSpan(declared.start(), declared.end(), declared.startTime()));
    }
    String text = page.title() + "\n" + page.teaser() + "\n" + page.body();
    int year = EventDateExtractor.mostFrequentYear(text + "\n" + programText(page.program()));
    String dateDetail = detail(page, DATE_LABELS);
    Optional<DateSpan> span = dateDetail == null ? Optional.empty() : dates.parse(dateDetail, year);
    if (span.isEmpty()) {
      span = dates.extract(text).event();
    }
    Optional<DateSpan> programDays = programDays(page.program(), year);
    if (span.isEmpty()) {
      return programDays;
    }
    if (programDays.isPresent() && span.get().contains(programDays.get().start())) {
      return Optional.of(span.get().union(programDays.get()));
    }
    return span;
  }

  /**
   * A declared city in a declared Land: the gazetteer's municipality where it lies in that Land,
   * else the city as written, placed in that Land (the input knows a municipality the gazetteer
   * lacks).
   */
  private Optional<Place> declaredVenue(Declared declared) {
    if (declared.city() == null || declared.land() == null) {
      return Optional.empty();
    }
    Optional<String> land =
        gazetteer
            .land(declared.land())
            .or(
                () ->
                    gazetteer.entries().stream()
                        .filter(
                            e ->
                                e.kind() == GazetteerEntry.Kind.LAND
                                    && e.name().equalsIgnoreCase(declared.land()))
                        .findFirst())
            .map(GazetteerEntry::name);
    if (land.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        cities
            .venue(declared.city(), null, null, null)
            .filter(p -> p.land().equals(land.get()))
            .orElse(new Place(declared.city().strip(), land.get(), "")));
  }

  private Optional<DateSpan> programDays(List<ProgramEntry> program, int year) {
    Optional<DateSpan> days = Optional.empty();
    for (ProgramEntry entry : program) {
      Optional<DateSpan> day = dates.parse(entry.day(), year);
      if (day.isPresent()) {
        days = Optional.of(days.map(d -> d.union(day.get())).orElse(day.get()));
      }
    }
    return days;
  }

  private static String detail(ExtractedPage page, List<String> labels) {
    for (Map.Entry<String, String> e : page.details().entrySet()) {
      String label = e.getKey().strip().toLowerCase(Locale.GERMAN);
      if (labels.contains(label) && e.getValue() != null && !e.getValue().isBlank()) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String programText(List<ProgramEntry> program) {
    StringBuilder sb = new StringBuilder();
    for (ProgramEntry e : program) {
      sb.append(e.day()).append('\n').append(e.text()).append('\n');
    }
    return sb.toString();
  }

  /** The text with these names blanked out. */
  /** The declared values, then those found that were not declared. */
  private static List<String> declaredFirst(List<String> declared, List<String> found) {
    List<String> out = new ArrayList<>(declared);
    found.stream().filter(v -> !out.contains(v)).forEach(out::add);
    return out;
  }

  private static String withoutNames(String text, List<String> names) {
    for (String name : names) {
      if (!name.isBlank()) {
        text = text.replace(name.strip(), " ");
      }
    }
    return text;
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
