package de.smartcitysearch.search;

/**
 * A hit as a search engine ranked it: its handle in that engine (a Lucene doc id, an OpenSearch
 * {@code _id}) and its score.
 *
 * @param doc the engine's handle of the document
 * @param score the ranking score (only comparable within one search)
 */
public record Scored<D>(D doc, float score) {}
