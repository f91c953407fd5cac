/**
 * The query core: {@link de.smartcitysearch.search.SearchBackend}, the one interface the HTTP API,
 * the pages and the command line ask, and its embedded Lucene implementation {@link
 * de.smartcitysearch.search.LuceneSearchBackend} (an OpenSearch cluster's is in {@code
 * opensearch-backend}, built from the same parts).
 *
 * <p>A search runs one way: {@link de.smartcitysearch.search.QueryUnderstanding} takes the place,
 * date and words of asking out of the visitor's text; {@link
 * de.smartcitysearch.search.SpellingCorrector} replaces words the index lacks by the word clearly
 * meant, among the neighbours each engine offers (here {@link
 * de.smartcitysearch.search.IndexVocabulary}); {@link de.smartcitysearch.search.QueryComposer}
 * builds a {@link de.smartcitysearch.search.MatchPlan} (each word and constraint as something a
 * page has or lacks, compounds through the analysis module's query builder); {@link
 * de.smartcitysearch.search.SearchPipeline} decides its tiers from strict to graded and picks the
 * page, while a {@link de.smartcitysearch.search.TierEngine} runs them ({@link
 * de.smartcitysearch.search.LuceneTiers} here, a cluster's engine in {@code opensearch-backend});
 * {@link de.smartcitysearch.search.HitAssembler} reads and highlights only the hits shown, {@link
 * de.smartcitysearch.search.FacetBlocks} turns any engine's {@link
 * de.smartcitysearch.search.FacetCounts} into the answer's facets. Curators' exact counts come from
 * {@link de.smartcitysearch.search.CuratorQueries}, over any engine's counter. What is derived per
 * index reader (facet state, cities, suggestions) is built once per refresh by {@link
 * de.smartcitysearch.search.ReaderViews}. Facet dimensions come from the indexer's declaration
 * ({@link de.smartcitysearch.index.FacetField}) through {@link
 * de.smartcitysearch.search.FacetDimension}.
 */
package de.smartcitysearch.search;
