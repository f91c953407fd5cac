package de.smartcitysearch.server;

import java.util.List;

/**
 * The JSON body of {@code POST /api/documents}, shaped like a line of the indexer's JSONL input.
 *
 * @param id stable id (required)
 * @param title headline (required)
 * @param text running text
 * @param url link to the original page
 * @param start first day, ISO date
 * @param end last day, ISO date
 * @param city venue city
 * @param land the venue city's Land (needed when the index does not know the city yet)
 * @param organisations organisation names
 * @param topics topic labels
 */
public record DocumentUpload(
    String id, String title, String text, String url, String start, String end, String city, String land,
    List<String> organisations, List<String> topics) {}
