/**
 * Benchmarks run by {@code bench/run.sh} (see bench/README.md): JMH benchmarks of the analysis
 * chain and the enrichment, each against its stock Lucene counterpart in the same run.
 */
package de.smartcitysearch.bench;
