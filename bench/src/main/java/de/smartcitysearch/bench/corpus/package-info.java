/**
 * A deterministic generator of realistic German event documents (JSON Lines) for the benchmarks.
 *
 * <p>The text is composed at run time from real German text in the shared data folder (the seed
 * pages and the Karlsruhe council texts); nothing of it is stored in the repository. Cities are
 * drawn by population from the official municipality register, topics and organisations with a
 * Zipf-like skew. {@link de.smartcitysearch.bench.corpus.EventCorpusGenerator} is the command-line
 * entry, {@link de.smartcitysearch.bench.corpus.CorpusStats} measures what a generated corpus
 * contains.
 */
package de.smartcitysearch.bench.corpus;
