/**
 * German text analysis for smart-city event pages: compound splitting, stemming, domain vocabulary,
 * acronyms, and the compound-aware query builder.
 *
 * <h2>Entry point</h2>
 *
 * {@link de.smartcitysearch.analysis.GermanAnalysis}: {@code defaults()}, {@code
 * withUserVocabulary(dir)} or {@code fromEnvironment()}; from it {@code indexAnalyzer()} (splits
 * compounds), {@code exactAnalyzer()} (for the {@code <field>_exact} twins), {@code
 * queryAnalyzer()}, {@code synonyms()}, {@code splitter()} and {@code queryBuilder(fieldWeights,
 * exactBoost)}.
 *
 * <h2>The index chain</h2>
 *
 * hyphen to U+2027 (MappingCharFilter, so "Smart-City-Lösungen" stays one token) ->
 * StandardTokenizer -> WordDelimiterGraphFilter (parts of hyphenated and CamelCase words plus the
 * whole, all with the whole word's offsets; run only on tokens it would change) -> LowerCaseFilter
 * -> {@link de.smartcitysearch.analysis.CompoundSplitFilter} (jWordSplitter 4.7 plus the
 * vocabulary, checked and completed by corpus frequencies, see {@link
 * de.smartcitysearch.analysis.CompoundSplitter}; the whole word stays, its parts follow at the same
 * position with the whole word's offsets; before umlaut folding, since the word list has umlauts)
 * -> German stop words -> {@link de.smartcitysearch.analysis.NounStemGuardFilter} (the "st" of
 * "Dienst", "Kunst", "Herbst" kept, which the light stemmer cuts like the verb ending of "kommst")
 * -> GermanNormalizationFilter -> GermanLightStemFilter -> duplicates at one position dropped. The
 * exact chain is the same without splitting. FlattenGraphFilter is left out on purpose: for these
 * word-delimiter flags its output was identical on real text and it cost about a quarter of the
 * time ({@code CustomAnalyzerAssemblyTest} checks the equality on the seed pages). By SPI name the
 * splitting filter is {@value de.smartcitysearch.analysis.CompoundSplitFilterFactory#NAME}, the
 * noun guard {@value de.smartcitysearch.analysis.NounStemGuardFilterFactory#NAME}.
 *
 * <h2>Vocabulary files</h2>
 *
 * Built in under {@code de/smartcitysearch/analysis/vocabulary/}. A user adds to them, without
 * recompiling, with a folder holding any of the same file names, given by {@code
 * GermanAnalysis.withUserVocabulary(Path)}, by the system property {@code
 * smartcity.search.vocabulary.dir} or by the environment variable {@code
 * SMARTCITY_SEARCH_VOCABULARY_DIR} (the property wins; the command line honours both). All files
 * are UTF-8, one entry per line, {@code #} starts a comment, case does not matter:
 *
 * <ul>
 *   <li>{@code compound-words.txt}: words the splitter may use as parts, missing from
 *       jWordSplitter's list ({@code starkregen}, {@code resilienz}); one word per line.
 *   <li>{@code never-split.txt}: words never split, in every form needed ({@code kandidaten},
 *       {@code kielwasser}, place names); one word per line.
 *   <li>{@code compound-splits.txt}: explicit splits where the splitter picks the wrong boundary:
 *       {@code Messetagen = Messe + Tagen}.
 *   <li>{@code synonyms.txt}: acronyms and synonyms applied at query time only: {@code KI =
 *       Künstliche Intelligenz; another expansion}. Looked up both ways.
 * </ul>
 *
 * A malformed line is an {@link java.lang.IllegalArgumentException} naming the file and line
 * number.
 *
 * <h2>Word frequencies</h2>
 *
 * {@code vocabulary/word-frequencies.tsv.gz}: occurrences per hundred million words in the federal
 * laws and the OpenSubtitles frequency list, and how often a word is capitalised inside a sentence
 * of the laws; built by {@link de.smartcitysearch.analysis.tools.CountWordFrequencies}, read by
 * {@link de.smartcitysearch.analysis.WordFrequencies}.
 *
 * <h2>Attribution</h2>
 *
 * jWordSplitter's code is Apache-2.0; its German word list is CC BY-SA 4.0. The word frequency
 * table is CC BY-SA 4.0 ("FrequencyWords by Hermit Dave, from OpenSubtitles 2018"; the laws are
 * free of copyright).
 */
package de.smartcitysearch.analysis;
