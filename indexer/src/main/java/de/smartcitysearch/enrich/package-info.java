/**
 * Enrichment: turns an {@link de.smartcitysearch.extract.ExtractedPage} into event and session documents.
 *
 * <p>{@link de.smartcitysearch.enrich.EventEnricher} is the entry point; it composes one small component per
 * question: when ({@link de.smartcitysearch.enrich.EventDateExtractor}), where
 * ({@link de.smartcitysearch.enrich.CityGazetteer}, {@link de.smartcitysearch.enrich.CityRecognizer}; the full
 * official register through {@link de.smartcitysearch.enrich.GazetteerLoader}), who
 * ({@link de.smartcitysearch.enrich.OrganisationRecognizer}), about what
 * ({@link de.smartcitysearch.enrich.TopicTagger}), how ({@link de.smartcitysearch.enrich.FormatClassifier},
 * {@link de.smartcitysearch.enrich.EventTypeClassifier}) and the sessions of a program
 * ({@link de.smartcitysearch.enrich.ProgramSessionBuilder}). Vocabularies (gazetteer, organisations, topics,
 * adjectives, ambiguous words) are plain-text resources beside these classes, written by hand.
 */
package de.smartcitysearch.enrich;
