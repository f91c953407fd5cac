/**
 * Enrichment: turns an {@link de.smartcitysearch.extract.ExtractedPage} into event and session
 * documents.
 *
 * <p>{@link de.smartcitysearch.enrich.EventEnricher} is the entry point; it composes one small
 * component per question: when ({@link de.smartcitysearch.enrich.EventDateExtractor}), where
 * ({@link de.smartcitysearch.enrich.CityGazetteer}, {@link
 * de.smartcitysearch.enrich.CityRecognizer}, {@link de.smartcitysearch.enrich.AddressBlocks}, and
 * {@link de.smartcitysearch.enrich.MunicipalPortals} for a page that names no place), who ({@link
 * de.smartcitysearch.enrich.OrganisationRecognizer}), about what ({@link
 * de.smartcitysearch.enrich.TopicTagger}), how ({@link de.smartcitysearch.enrich.FormatClassifier},
 * {@link de.smartcitysearch.enrich.EventTypeClassifier}) and the sessions of a program ({@link
 * de.smartcitysearch.enrich.ProgramSessionBuilder}). The municipality register ({@code
 * municipalities.tsv}: the whole Destatis GV100AD with districts and the names that are ordinary
 * words) is built from data by {@link de.smartcitysearch.enrich.RegisterBuilder}; the other
 * vocabularies (organisations, topics, adjectives, aliases, ambiguous words) are plain-text
 * resources beside these classes, written by hand.
 */
package de.smartcitysearch.enrich;
