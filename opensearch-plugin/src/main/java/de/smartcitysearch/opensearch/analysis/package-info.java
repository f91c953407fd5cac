/**
 * The project's German analysis as an OpenSearch analysis plugin.
 *
 * <h2>Entry point</h2>
 *
 * {@link de.smartcitysearch.opensearch.analysis.SmartCityAnalysisPlugin}, named in the zip's {@code
 * plugin-descriptor.properties}. It registers the analyzers {@code smartcity_german} (index time,
 * splits compounds), {@code smartcity_german_exact} (no splitting, for the {@code _exact} twins),
 * {@code smartcity_german_query} (query text) and the token filter {@code
 * smartcity_german_compound_split}; each takes the optional setting {@code vocabulary_path} (a
 * folder inside the node's config folder with the vocabulary files described in {@code
 * de.smartcitysearch.analysis}).
 *
 * <h2>Same code, same Lucene</h2>
 *
 * The plugin contains no analysis code of its own: it runs the {@code analyzers} jar, and the whole
 * project is built on the Lucene version OpenSearch runs (10.5.1 for OpenSearch 3.9), so the
 * cluster and the embedded index analyse text with the same classes. The zip holds this jar, the
 * analyzers jar and jWordSplitter (with its word list and licences); Lucene and OpenSearch are the
 * node's.
 */
package de.smartcitysearch.opensearch.analysis;
