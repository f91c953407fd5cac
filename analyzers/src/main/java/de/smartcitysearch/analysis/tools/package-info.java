/**
 * Command-line tools beside the analysis they serve: {@link
 * de.smartcitysearch.analysis.tools.CountWordFrequencies} builds the shipped word frequency table
 * ({@code word-frequencies.tsv.gz}) from the federal laws and the OpenSubtitles frequency list, and
 * {@link de.smartcitysearch.analysis.tools.EvaluateCompoundSplits} measures the compound splitter
 * on a GermaNet-format compound list and a list of words that must stay whole.
 *
 * <p>They live in the analyzers module because the table is a resource of this module and the
 * measurement drives this module's splitter; both need nothing but the JDK and the module itself,
 * so they run with {@code java -cp analyzers/target/classes:...} without a build of the rest.
 */
package de.smartcitysearch.analysis.tools;
