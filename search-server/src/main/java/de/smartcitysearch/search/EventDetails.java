package de.smartcitysearch.search;

import java.util.List;
import java.util.Map;

/**
 * One entry of the index in full: its public fields, its text, why it has its topics, and the
 * program sessions that belong to it. The API writes it as one object: the event's fields, then
 * {@code text}, {@code topic_reasons}, {@code sessions}.
 *
 * @param event the event or session
 * @param text its running text
 * @param topicReasons per topic, the words that gave it (for curators)
 * @param sessions its sessions in program order (empty for a session)
 */
public record EventDetails(
    PublicEvent event,
    String text,
    Map<String, List<String>> topicReasons,
    List<PublicEvent> sessions) {}
