/**
 * Indexing into OpenSearch: the product's {@code EventDocument}s in an index of the cluster, through OpenSearch's
 * official Java client.
 *
 * <h2>Entry point</h2>
 * {@link de.smartcitysearch.opensearch.index.OpenSearchEventWriter}: {@code connect(url, indexName, options)},
 * {@code createIndexIfMissing(shape)}, then per run {@code isUnchanged(source, hash)} (skip extraction),
 * {@code write(documents)} (incremental by content hash, bulk with retries, every refused document named),
 * {@code removeSources(...)} and {@code refresh()}. The mapping is
 * {@link de.smartcitysearch.opensearch.index.EventIndexMapping}, built from {@code EventSchema}'s field names;
 * {@link de.smartcitysearch.opensearch.index.EventSource} maps a document to its {@code _source} and back.
 *
 * <p>The text fields use the analyzers of the {@code smartcity-search-analysis} plugin ({@code opensearch-plugin/}),
 * which must be installed on every node.
 */
package de.smartcitysearch.opensearch.index;
