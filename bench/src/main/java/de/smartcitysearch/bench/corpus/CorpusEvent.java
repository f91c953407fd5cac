package de.smartcitysearch.bench.corpus;

import java.util.List;

/**
 * One generated event as it is written to a JSON line (the indexer's JSONL input).
 *
 * @param id unique in the corpus ("ev-0000001")
 * @param title headline
 * @param text running text, paragraphs separated by blank lines
 * @param url link to the (fictitious) page, or null
 * @param start ISO date or date-time
 * @param end ISO date or date-time, not before the start
 * @param city the municipality where it takes place
 * @param organisations organisers and partners, may be empty
 * @param topics topic labels, at least one
 */
public record CorpusEvent(
    String id,
    String title,
    String text,
    String url,
    String start,
    String end,
    String city,
    List<String> organisations,
    List<String> topics) {}
