package de.smartcitysearch.server;

import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.search.CountScope;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse.FacetValue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * Checks the preset filters of an embedded widget before it searches: a facet value is matched
 * against the values the index holds (and the dimension's reference list) ignoring case, so {@code
 * city="kiel"} becomes "Kiel"; an unknown value, a malformed date or an unknown order becomes a
 * problem with a German sentence the widget shows to the partner who embedded it (and the curator
 * console lists), with the nearest known values.
 */
final class WidgetPresets {

  /** The widget attributes that are not facet dimensions but search parameters of their own. */
  static final List<String> OTHER_PRESETS = List.of("from", "to", "when", "sort");

  private static final float SUGGESTION_SIMILARITY = 0.7f;
  private static final int SUGGESTIONS = 3;

  private final SearchBackend backend;
  private volatile KnownValues known;

  WidgetPresets(SearchBackend backend) {
    this.backend = backend;
  }

  /**
   * Every attribute a widget may preset: the filterable dimensions, then the dates, {@code when}
   * and {@code sort}.
   */
  static Set<String> attributes() {
    Set<String> names = new LinkedHashSet<>();
    FacetDimension.ALL.stream()
        .filter(FacetDimension::filterable)
        .forEach(d -> names.add(d.apiName()));
    names.addAll(OTHER_PRESETS);
    return names;
  }

  /**
   * One preset that cannot work as written.
   *
   * @param attribute the widget attribute ({@code city}, {@code from} ...)
   * @param value the value as the partner wrote it
   * @param message what is wrong, in German, addressed to the partner
   * @param suggestions known values close to the one written (may be empty)
   */
  record Problem(String attribute, String value, String message, List<String> suggestions) {}

  /**
   * The answer of a check.
   *
   * @param presets each given attribute with its values as the search API takes them (the index's
   *     spelling)
   * @param problems what cannot work; empty when every preset is fine
   */
  record Checked(Map<String, List<String>> presets, List<Problem> problems) {}

  /**
   * Checks the attributes given as request parameters (several values of one attribute repeat the
   * parameter).
   */
  Checked check(Params p) throws IOException {
    Map<String, List<String>> presets = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    KnownValues values = knownValues();
    for (FacetDimension dim : FacetDimension.ALL) {
      if (!dim.filterable()) {
        continue;
      }
      List<String> canonical = new ArrayList<>();
      for (String value : p.values(dim.apiName())) {
        List<String> matches = values.matching(dim, value);
        if (matches.isEmpty()) {
          List<String> near = values.near(dim, value);
          problems.add(
              new Problem(
                  dim.apiName(),
                  value,
                  "%s „%s“ kommt in keiner Veranstaltung vor.%s"
                      .formatted(
                          dim.label(),
                          value,
                          near.isEmpty() ? "" : " Meinten Sie " + alternatives(near) + "?"),
                  near));
        }
        canonical.addAll(matches);
      }
      if (!p.values(dim.apiName()).isEmpty()) {
        presets.put(dim.apiName(), List.copyOf(new LinkedHashSet<>(canonical)));
      }
    }
    LocalDate from = date(p, "from", presets, problems);
    LocalDate to = date(p, "to", presets, problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          new Problem(
              "to",
              to.toString(),
              "„to“ (%s) liegt vor „from“ (%s).".formatted(to, from),
              List.of()));
    }
    choice(p, "when", SearchRequest.When.class, presets, problems);
    choice(p, "sort", SearchRequest.SortOrder.class, presets, problems);
    return new Checked(presets, List.copyOf(problems));
  }

  private static LocalDate date(
      Params p, String name, Map<String, List<String>> presets, List<Problem> problems) {
    String given = single(p, name, problems);
    if (given == null) {
      return null;
    }
    try {
      LocalDate date = p.date(name);
      presets.put(name, List.of(date.toString()));
      return date;
    } catch (ApiException e) {
      problems.add(
          new Problem(
              name,
              given,
              "„%s“ ist kein Datum wie 2026-04-18 (zwischen 1900 und 2200).".formatted(given),
              List.of()));
      return null;
    }
  }

  private static <E extends Enum<E>> void choice(
      Params p,
      String name,
      Class<E> type,
      Map<String, List<String>> presets,
      List<Problem> problems) {
    String given = single(p, name, problems);
    if (given == null) {
      return;
    }
    List<String> allowed =
        Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    String value = given.strip().toLowerCase(Locale.ROOT);
    if (allowed.contains(value)) {
      presets.put(name, List.of(value));
    } else {
      problems.add(
          new Problem(
              name,
              given,
              "„%s“ ist für „%s“ nicht vorgesehen; möglich: %s."
                  .formatted(
                      given,
                      name,
                      allowed.stream().map(a -> "„" + a + "“").collect(Collectors.joining(", "))),
              List.of()));
    }
  }

  /** The one value of an attribute that takes one, or null; several are a problem. */
  private static String single(Params p, String name, List<Problem> problems) {
    List<String> values = p.values(name);
    if (values.size() > 1) {
      problems.add(
          new Problem(
              name,
              String.join(";", values),
              "„%s“ nimmt nur einen Wert, nicht %d.".formatted(name, values.size()),
              List.of()));
      return null;
    }
    return values.isEmpty() ? null : values.get(0);
  }

  private static String alternatives(List<String> values) {
    List<String> quoted = values.stream().map(v -> "„" + v + "“").toList();
    return quoted.size() == 1
        ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1))
            + " oder "
            + quoted.get(quoted.size() - 1);
  }

  /**
   * The values of the current index version, read once per version (a widget checks on every page
   * view).
   */
  private KnownValues knownValues() throws IOException {
    long version = backend.indexState().version();
    KnownValues current = known;
    if (current == null || current.version() != version) {
      current = KnownValues.read(backend, version);
      known = current;
    }
    return current;
  }

  /**
   * Each filterable dimension's values: those of events and sessions, and of its reference list.
   */
  private record KnownValues(long version, Map<FacetDimension, List<String>> values) {

    private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();

    static KnownValues read(SearchBackend backend, long version) throws IOException {
      Map<FacetDimension, List<String>> values = new LinkedHashMap<>();
      for (FacetDimension dim : FacetDimension.ALL) {
        if (!dim.filterable()) {
          continue;
        }
        Set<String> all = new LinkedHashSet<>();
        for (DocumentKind kind : DocumentKind.values()) {
          backend.facetValues(dim, "", null, CountScope.of(kind)).stream()
              .map(FacetValue::value)
              .forEach(all::add);
        }
        if (dim.reference() != null) {
          backend.references().get(dim.reference()).ifPresent(all::addAll);
        }
        values.put(dim, List.copyOf(all));
      }
      return new KnownValues(version, values);
    }

    /**
     * The known values equal to this one but for case and spacing; the exact spelling alone when it
     * is known.
     */
    List<String> matching(FacetDimension dim, String value) {
      String wanted = fold(value);
      List<String> same = values.get(dim).stream().filter(v -> fold(v).equals(wanted)).toList();
      return same.contains(value) ? List.of(value) : same;
    }

    /**
     * Up to three known values that look like a misspelling of this one, or start with it, the
     * closest first.
     */
    List<String> near(FacetDimension dim, String value) {
      String wanted = fold(value);
      record Scored(String value, float similarity) {}
      return values.get(dim).stream()
          .map(
              v ->
                  new Scored(
                      v,
                      fold(v).startsWith(wanted) && wanted.length() >= 3
                          ? 1f
                          : DISTANCE.getDistance(wanted, fold(v))))
          .filter(s -> s.similarity() >= SUGGESTION_SIMILARITY)
          .sorted(
              Comparator.comparingDouble(Scored::similarity)
                  .reversed()
                  .thenComparing(Scored::value))
          .limit(SUGGESTIONS)
          .map(Scored::value)
          .toList();
    }

    private static String fold(String value) {
      return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }
  }
}
