package de.smartcitysearch.server.instantsearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.server.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Algolia's {@code facetFilters} (the outer list: all of them; an inner list: any of them;
 * {@code "attr:value"}) into the query core's selection, where several values of one dimension mean
 * any of them.
 *
 * <p>What the core cannot select exactly is refused, not approximated: excluding a value ({@code
 * "topic:-Energie"}), requiring two different values of a dimension an event can have several of
 * ({@code ["topic:A", "topic:B"]} as two outer filters), an inner list across dimensions, and two
 * outer filters on the venue (the core ORs Land and city values). For a format or type, of which an
 * event has one, two outer filters keep the values both allow.
 */
final class FacetFilters {

  static final String PARAMETER = "facetFilters";

  /** Selects events or program sessions only: {@code "kind:event"}. */
  static final String KIND = "kind";

  static final int MAX_VALUE_LENGTH = 200;
  private static final String VENUE = "venue";

  private FacetFilters() {}

  /** The selection the filters ask for; {@link Selection#NONE} when there are none. */
  static Selection read(JsonArray filters) {
    if (filters == null) {
      return Selection.NONE;
    }
    Map<Object, Set<Filter>> groups =
        new LinkedHashMap<>(); // by dimension (the venue levels as one): all required
    for (JsonElement element : filters) {
      List<Filter> anyOf = group(element);
      if (anyOf.isEmpty()) {
        continue;
      }
      Object key = anyOf.get(0).key();
      if (anyOf.stream().anyMatch(f -> !f.key().equals(key))) {
        throw unsupported(
            "an inner list means any of its values and must stay within one attribute (the venue "
                + "levels land, city, city.lvl0 and city.lvl1 count as one): "
                + element);
      }
      Set<Filter> values = new LinkedHashSet<>(anyOf);
      Set<Filter> before = groups.get(key);
      if (before == null) {
        groups.put(key, values);
      } else if (!before.equals(values)) {
        groups.put(key, both(key, before, values, element));
      }
    }
    Map<FacetDimension, Set<String>> selected = new LinkedHashMap<>();
    DocumentKind kind = null;
    boolean nothing = false;
    for (Set<Filter> group : groups.values()) {
      nothing |= group.isEmpty();
      for (Filter f : group) {
        if (f.attribute() == null) {
          kind =
              group.size() == 1
                  ? DocumentKind.fromId(f.value())
                  : null; // events or sessions: either
        } else {
          selected
              .computeIfAbsent(f.attribute().dimension(), d -> new LinkedHashSet<>())
              .add(f.value());
        }
      }
    }
    return new Selection(selected, kind, nothing);
  }

  /**
   * Two outer filters on one key: the values both allow, where an event has one value of the
   * attribute.
   */
  private static Set<Filter> both(Object key, Set<Filter> a, Set<Filter> b, JsonElement element) {
    boolean oneValue =
        key.equals(KIND)
            || (key instanceof FacetDimension d
                && FacetAttribute.named(d.apiName()).orElseThrow().oneValuePerEvent());
    if (!oneValue) {
      throw unsupported(
          "two filters that must both hold on "
              + (key.equals(VENUE) ? "the venue" : ((FacetDimension) key).apiName())
              + " ("
              + element
              + " and an earlier one) cannot be searched: the query "
              + "core selects any of several values of a dimension; put them into one inner list for any of them");
    }
    Set<Filter> out = new LinkedHashSet<>(a);
    out.retainAll(b);
    return out;
  }

  private static List<Filter> group(JsonElement element) {
    List<Filter> out = new ArrayList<>();
    if (element.isJsonArray()) {
      for (JsonElement inner : element.getAsJsonArray()) {
        if (!inner.isJsonPrimitive() || !inner.getAsJsonPrimitive().isString()) {
          throw bad(
              "facetFilters nest at most two lists deep, with \"attribute:value\" strings inside: "
                  + element);
        }
        out.add(filter(inner.getAsString()));
      }
    } else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
      out.add(filter(element.getAsString()));
    } else {
      throw bad("a facet filter is \"attribute:value\" or a list of them, not " + element);
    }
    return out;
  }

  private static Filter filter(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw bad("a facet filter is written \"attribute:value\", not \"" + text + "\"");
    }
    String name = text.substring(0, colon).strip();
    String value = text.substring(colon + 1);
    if (value.startsWith("-")) {
      throw unsupported(
          "excluding a value (\""
              + text
              + "\") is not supported: the query core has no exclusion "
              + "filter; write \\- for a value that starts with a minus sign");
    }
    if (value.startsWith("\\-")) {
      value = value.substring(1);
    }
    value = value.strip();
    if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
      throw bad("a facet value has 1 to " + MAX_VALUE_LENGTH + " characters: \"" + text + "\"");
    }
    if (name.equals(KIND)) {
      if (!value.equals("event") && !value.equals("session")) {
        throw bad("kind is event or session, not \"" + value + "\"");
      }
      return new Filter(null, value);
    }
    String attributeName = name;
    FacetAttribute attribute =
        FacetAttribute.named(name)
            .orElseThrow(
                () ->
                    bad(
                        "no facet attribute '"
                            + attributeName
                            + "'; known: "
                            + FacetAttribute.names()
                            + " and "
                            + KIND));
    if (!attribute.filterable()) {
      throw bad(name + " cannot be selected; choose months with numericFilters on date");
    }
    String core = attribute.read(value);
    if (core == null) {
      throw bad(
          name
              + " values are written \"Land"
              + FacetAttribute.LEVEL_SEPARATOR
              + "city\", not \""
              + value
              + "\"");
    }
    return new Filter(attribute, core);
  }

  private static ApiException bad(String message) {
    return QueryParameters.bad(PARAMETER, message);
  }

  private static ApiException unsupported(String message) {
    return new ApiException(400, "unsupported_filter", message, PARAMETER);
  }

  /** One "attribute:value", with the value as the core selects it; a null attribute is the kind. */
  private record Filter(FacetAttribute attribute, String value) {

    /**
     * What an inner list must share and outer filters are combined by: the dimension, the venue, or
     * the kind.
     */
    Object key() {
      return attribute == null ? KIND : attribute.venue() ? VENUE : attribute.dimension();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Filter f
          && f.key().equals(key())
          && f.value.equals(value)
          && (attribute == null || f.attribute.dimension().equals(attribute.dimension()));
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }
  }

  /**
   * What the filters select: values per dimension (any of them), the kind, or nothing at all.
   *
   * @param values per dimension, the values of which a hit has any (Land and city: any of the
   *     Länder or cities)
   * @param kind events or sessions only, or null for both
   * @param nothing true when outer filters contradict each other (format:Online and
   *     format:Präsenz): no hit
   */
  record Selection(Map<FacetDimension, Set<String>> values, DocumentKind kind, boolean nothing) {

    static final Selection NONE = new Selection(Map.of(), null, false);

    /** The selected values of a dimension; empty when it is not filtered. */
    Set<String> of(FacetDimension dimension) {
      return values.getOrDefault(dimension, Set.of());
    }

    /** True when the venue (Land or city) is filtered. */
    boolean venue() {
      return values.containsKey(FacetDimension.LAND) || values.containsKey(FacetDimension.CITY);
    }
  }
}
