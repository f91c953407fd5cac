/**
 * The Lucene event index: its schema ({@link de.smartcitysearch.index.EventSchema}), the incremental
 * writer ({@link de.smartcitysearch.index.EventIndexer}) and the JSON shape of hits
 * ({@link de.smartcitysearch.index.EventJson}).
 */
package de.smartcitysearch.index;
