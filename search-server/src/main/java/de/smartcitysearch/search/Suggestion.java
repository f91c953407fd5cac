package de.smartcitysearch.search;

/**
 * A completion for the text typed so far.
 *
 * @param text the full title, topic, city or organisation
 * @param kind "title", "topic", "city" or "organisation"
 */
public record Suggestion(String text, String kind) {}
