/**
 * The query benchmarks: the product's query core ({@link
 * de.smartcitysearch.bench.query.ProductSearch}) against stock Lucene ({@link
 * de.smartcitysearch.bench.query.BaselineSearch}: GermanAnalyzer, classic QueryParser, the same
 * facets) on the same documents, as JMH benchmarks and as a per-query CPU report.
 */
package de.smartcitysearch.bench.query;
