/**
 * The event index and the one path into it.
 *
 * <p>{@link de.smartcitysearch.index.EventSchema} defines the index (fields, analyzers, facets) for
 * indexer and query core. Every document — a file, a JSON Lines record, an OParl meeting, a record
 * or file sent to the admin API — becomes an {@link de.smartcitysearch.extract.ExtractedPage}, goes
 * through the same pipeline (extraction and enrichment within the per-source time limit, then the
 * bounds of {@link de.smartcitysearch.document.DocumentLimits}) and is written to the same {@link
 * de.smartcitysearch.index.EventStore}: in batches by {@link de.smartcitysearch.index.EventIndexer}
 * (the {@code index} and {@code serve} commands), one at a time by {@link
 * de.smartcitysearch.index.DocumentIngestion} (the admin API). The store is the embedded Lucene
 * index ({@link de.smartcitysearch.index.EventIndexWriter}) or an index in a search cluster ({@code
 * opensearch-backend/}). Deletes through the admin API leave {@link
 * de.smartcitysearch.index.Tombstones} with the commit, so a deleted document stays deleted until
 * its source changes or is uploaded again.
 */
package de.smartcitysearch.index;
