package de.smartcitysearch.bench.corpus;

/**
 * A kind of event with its relative frequency in the corpus.
 *
 * @param name "Workshop", "Regionalkonferenz", "Ratssitzung", ...
 * @param weight relative frequency
 * @param councilMeeting true for the sessions of a municipal council or committee (titled by agenda
 *     item)
 */
public record EventType(String name, double weight, boolean councilMeeting) {}
