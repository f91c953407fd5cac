/**
 * The query core over an OpenSearch cluster: {@link
 * de.smartcitysearch.opensearch.search.OpenSearchSearchBackend} answers the same {@code
 * SearchBackend} as the embedded index, with the same graded matching; {@link
 * de.smartcitysearch.opensearch.search.OpenSearchTiers} runs its tiers as search requests, {@link
 * de.smartcitysearch.opensearch.search.LuceneQueryDsl} translates the query core's queries into
 * query DSL, {@link de.smartcitysearch.opensearch.search.FacetAggregations} counts facets with
 * drill-sideways semantics, {@link de.smartcitysearch.opensearch.search.ClusterVocabulary} offers
 * the shared spelling corrector the cluster's words near a typo.
 */
package de.smartcitysearch.opensearch.search;
