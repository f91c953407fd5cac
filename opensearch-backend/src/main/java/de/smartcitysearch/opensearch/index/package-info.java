/**
 * Indexing into OpenSearch: the product's {@code EventDocument}s in an index of the cluster,
 * written by the indexer's one ingestion path through OpenSearch's official Java client.
 *
 * <h2>Entry point</h2>
 *
 * {@link de.smartcitysearch.opensearch.index.OpenSearchEventWriter}, the cluster's {@link
 * de.smartcitysearch.index.EventStore}: {@code connect(urls, indexName, options, retries)}, {@code
 * createIndexIfMissing(shape)} (index template and index), then whatever {@code EventIndexer} or
 * {@code DocumentIngestion} write, ending in {@code commit()}. The mapping is {@link
 * de.smartcitysearch.opensearch.index.EventIndexMapping}, built from {@code EventSchema}'s field
 * names; {@link de.smartcitysearch.opensearch.index.EventSource} maps a document to its {@code
 * _source} and back.
 *
 * <p>The text fields use the analyzers of the {@code smartcity-search-analysis} plugin ({@code
 * opensearch-plugin/}), which must be installed on every node.
 */
package de.smartcitysearch.opensearch.index;
