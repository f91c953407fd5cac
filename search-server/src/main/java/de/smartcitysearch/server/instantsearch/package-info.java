/**
 * Algolia's search protocol, as InstantSearch.js and the {@code algoliasearch} clients speak it,
 * answered by the same query core as {@code /api/search}: a second wire format, not a second
 * search.
 *
 * <p>{@link de.smartcitysearch.server.instantsearch.InstantSearchProtocol} serves {@code POST
 * /1/indexes/*}{@code /queries} (several queries in one call, facet-value searches among them),
 * {@code POST /1/indexes/{index}/query} and {@code POST /1/indexes/{index}/facets/{facet}/query}.
 * Each query's parameters are read and checked by {@link
 * de.smartcitysearch.server.instantsearch.QueryParameters}; facet and numeric filters become the
 * core's {@link de.smartcitysearch.search.SearchRequest} ({@link
 * de.smartcitysearch.server.instantsearch.FacetFilters}, {@link
 * de.smartcitysearch.server.instantsearch.DateFilters}); the answer is written back in Algolia's
 * shape ({@link de.smartcitysearch.server.instantsearch.ProtocolAnswer}). What the query core
 * cannot express exactly (excluding a facet value, two values of a topic both required) is refused
 * with a 400 that says so, never approximated.
 */
package de.smartcitysearch.server.instantsearch;
