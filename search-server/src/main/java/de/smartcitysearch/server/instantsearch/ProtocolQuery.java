package de.smartcitysearch.server.instantsearch;

import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchRequest.SortOrder;
import de.smartcitysearch.server.ApiException;
import de.smartcitysearch.server.instantsearch.DateFilters.Range;
import de.smartcitysearch.server.instantsearch.FacetFilters.Selection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One query of the protocol, read and checked: what to search (text, filters, dates, order), which
 * page, which facets and how to write the hits.
 *
 * @param index the index name as the client wrote it
 * @param order the order its name stands for ({@code events}: best match first; the replicas {@code
 *     events_date_asc} and {@code events_date_desc}: by start date)
 * @param text the visitor's text
 * @param page 0-based page
 * @param hitsPerPage hits per page; 0 for counts and facets only
 * @param facets the attributes to count, {@code date} for its facets_stats
 * @param maxValuesPerFacet the most values of one facet
 * @param selection the facet filters
 * @param dates the date filters
 * @param tags what marks a match in highlighted values
 * @param retrieve the hit fields to write, or null for all
 * @param highlightTitle whether hits carry {@code _highlightResult.title}
 * @param snippetText whether hits carry {@code _snippetResult.text}, a passage of the text with the
 *     matches
 */
record ProtocolQuery(
    String index,
    SortOrder order,
    String text,
    int page,
    int hitsPerPage,
    List<String> facets,
    int maxValuesPerFacet,
    Selection selection,
    Range dates,
    HighlightTags tags,
    Set<String> retrieve,
    boolean highlightTitle,
    boolean snippetText) {

  /** The index and its sorted replicas: the order is part of the index name in Algolia. */
  static final Map<String, SortOrder> INDEXES =
      Map.of(
          "events", SortOrder.RELEVANCE,
          "events_date_asc", SortOrder.DATE,
          "events_date_desc", SortOrder.DATE_DESC);

  /** The numeric attribute whose facets_stats a range widget reads. */
  static final String DATE = "date";

  static final int DEFAULT_HITS_PER_PAGE = 20;
  static final int DEFAULT_MAX_VALUES_PER_FACET = 100;
  static final int MAX_VALUES_PER_FACET = 1000;
  private static final int MAX_TAG_LENGTH = 100;

  /** The query these parameters ask for, on this index. */
  static ProtocolQuery read(String index, QueryParameters p) {
    SortOrder order = order(index);
    String text = p.text("query", "");
    if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new ApiException(
          400,
          "query_too_long",
          "the query has "
              + text.length()
              + " characters; at most "
              + SearchRequest.MAX_QUERY_LENGTH,
          "query");
    }
    int hitsPerPage = p.integer("hitsPerPage", DEFAULT_HITS_PER_PAGE, 0, SearchRequest.MAX_SIZE);
    int page = p.integer("page", 0, 0, SearchRequest.MAX_DEPTH);
    if ((long) (page + 1) * Math.max(1, hitsPerPage) > SearchRequest.MAX_DEPTH) {
      throw new ApiException(
          400,
          "page_too_deep",
          "page "
              + page
              + " of "
              + hitsPerPage
              + " hits reaches beyond hit "
              + SearchRequest.MAX_DEPTH
              + "; narrow the query instead",
          "page");
    }
    return new ProtocolQuery(
        index,
        order,
        text,
        page,
        hitsPerPage,
        facets(p),
        p.integer("maxValuesPerFacet", DEFAULT_MAX_VALUES_PER_FACET, 1, MAX_VALUES_PER_FACET),
        FacetFilters.read(p.filters(FacetFilters.PARAMETER)),
        DateFilters.read(p.filters(DateFilters.PARAMETER)),
        new HighlightTags(
            tag(p, "highlightPreTag", HighlightTags.DEFAULT.pre()),
            tag(p, "highlightPostTag", HighlightTags.DEFAULT.post())),
        retrieve(p.list("attributesToRetrieve")),
        highlightTitle(p.list("attributesToHighlight")),
        snippetText(p.list("attributesToSnippet")));
  }

  /** True when the filters contradict each other, so nothing can match. */
  boolean matchesNothing() {
    return selection.nothing() || dates.empty();
  }

  /** The query core's request for this query. */
  SearchRequest request() {
    SearchRequest.Builder b =
        SearchRequest.builder()
            .query(text)
            .from(dates.from())
            .to(dates.to())
            .sort(order)
            .page(page + 1)
            .size(Math.max(1, hitsPerPage))
            .kind(selection.kind());
    selection.values().forEach((dimension, values) -> b.filter(dimension, List.copyOf(values)));
    return b.build();
  }

  private static SortOrder order(String index) {
    SortOrder order = INDEXES.get(index);
    if (order == null) {
      throw new ApiException(
          404,
          "index_not_found",
          "there is no index '"
              + index
              + "'; this server has "
              + INDEXES.keySet().stream().sorted().toList()
              + " (the same events, best match first or by date)",
          "indexName");
    }
    return order;
  }

  private static List<String> facets(QueryParameters p) {
    List<String> asked = p.list("facets");
    if (asked == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String name : asked) {
      if (name.equals("*")) {
        out.addAll(FacetAttribute.names());
        out.add(DATE);
      } else if (name.equals(DATE) || FacetAttribute.named(name).isPresent()) {
        out.add(name);
      } else {
        throw QueryParameters.bad(
            "facets",
            "no facet '"
                + name
                + "'; known: "
                + FacetAttribute.names()
                + ", "
                + DATE
                + " (facets_stats only) or *");
      }
    }
    return new ArrayList<>(out);
  }

  private static String tag(QueryParameters p, String name, String fallback) {
    String tag = p.text(name, fallback);
    if (tag.length() > MAX_TAG_LENGTH) {
      throw QueryParameters.bad(name, name + " has at most " + MAX_TAG_LENGTH + " characters");
    }
    return tag;
  }

  private static Set<String> retrieve(List<String> asked) {
    if (asked == null || asked.contains("*")) {
      return null;
    }
    for (String name : asked) {
      if (!HitWriter.FIELDS.contains(name) && !name.equals(HitWriter.OBJECT_ID)) {
        throw QueryParameters.bad(
            "attributesToRetrieve",
            "no attribute '"
                + name
                + "'; a hit has "
                + HitWriter.FIELDS
                + " and objectID, or * for all");
      }
    }
    return Set.copyOf(asked);
  }

  private static boolean highlightTitle(List<String> asked) {
    if (asked == null) {
      return true;
    }
    for (String name : asked) {
      if (!name.equals("title") && !name.equals("*")) {
        throw QueryParameters.bad(
            "attributesToHighlight",
            "only title is highlighted whole, not '"
                + name
                + "'; a passage of the text with its matches is attributesToSnippet: [\"text\"]");
      }
    }
    return !asked.isEmpty();
  }

  private static boolean snippetText(List<String> asked) {
    if (asked == null) {
      return false;
    }
    for (String name : asked) {
      String attribute = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
      if (!attribute.equals("text") && !attribute.equals("*")) {
        throw QueryParameters.bad(
            "attributesToSnippet",
            "only text has a snippet (the query core chooses its "
                + "passages), not '"
                + name
                + "'");
      }
    }
    return !asked.isEmpty();
  }
}
