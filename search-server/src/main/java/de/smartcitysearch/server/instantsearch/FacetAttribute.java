package de.smartcitysearch.server.instantsearch;

import de.smartcitysearch.index.FacetField;
import de.smartcitysearch.search.FacetDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An attribute a query may facet on or filter by: every facet dimension under its API name, and the
 * venue once more as the levels InstantSearch's hierarchical menu reads ({@code city.lvl0} = the
 * Land, {@code city.lvl1} = "Land &gt; city"), named as in the OpenSearch mapping.
 *
 * @param name the attribute's name in {@code facets} and {@code facetFilters}
 * @param dimension the query core's dimension behind it
 * @param joinedWithLand true for {@code city.lvl1}, whose values are written "Land &gt; city"
 */
record FacetAttribute(String name, FacetDimension dimension, boolean joinedWithLand) {

  /**
   * Between the levels of a hierarchical value, as InstantSearch's hierarchical menu splits it by
   * default.
   */
  static final String LEVEL_SEPARATOR = " > ";

  /** Every attribute: the dimensions in their declared order, then the two venue levels. */
  static final List<FacetAttribute> ALL = all();

  /**
   * The fields an event has at most one value of (one format, one type, one venue): a filter on
   * them also fixes the counts of their other values (zero), where a topic filter leaves other
   * topics of the same events to be counted.
   */
  private static final Set<FacetField> ONE_VALUE_PER_EVENT =
      Set.of(FacetField.FORMAT, FacetField.TYPE, FacetField.CITY);

  /** The attribute with this name. */
  static Optional<FacetAttribute> named(String name) {
    return ALL.stream().filter(a -> a.name.equals(name)).findFirst();
  }

  /** The names, for error messages. */
  static List<String> names() {
    return ALL.stream().map(FacetAttribute::name).toList();
  }

  /**
   * True when a value can be selected ({@code month} is chosen by dates, with numericFilters on
   * {@code date}).
   */
  boolean filterable() {
    return dimension.filterable();
  }

  /**
   * True for the Land and city levels, which the query core keeps in one field and selects
   * together.
   */
  boolean venue() {
    return dimension.field() == FacetField.CITY;
  }

  /** True when an event has at most one value of this attribute. */
  boolean oneValuePerEvent() {
    return ONE_VALUE_PER_EVENT.contains(dimension.field());
  }

  /** The value as the protocol writes it: a city of {@code city.lvl1} behind its Land. */
  String write(String value, String land) {
    return joinedWithLand ? land + LEVEL_SEPARATOR + value : value;
  }

  /**
   * The value as the query core selects it: the city of a "Land &gt; city" value; null when it is
   * malformed.
   */
  String read(String value) {
    if (!joinedWithLand) {
      return value;
    }
    int cut = value.lastIndexOf(LEVEL_SEPARATOR);
    return cut > 0 && cut + LEVEL_SEPARATOR.length() < value.length()
        ? value.substring(cut + LEVEL_SEPARATOR.length())
        : null;
  }

  private static List<FacetAttribute> all() {
    List<FacetAttribute> out = new ArrayList<>();
    FacetDimension.ALL.forEach(d -> out.add(new FacetAttribute(d.apiName(), d, false)));
    out.add(new FacetAttribute(FacetField.CITY.fieldName() + ".lvl0", FacetDimension.LAND, false));
    out.add(new FacetAttribute(FacetField.CITY.fieldName() + ".lvl1", FacetDimension.CITY, true));
    return List.copyOf(out);
  }
}
