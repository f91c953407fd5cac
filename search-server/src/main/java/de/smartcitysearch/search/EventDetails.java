package de.smartcitysearch.search;

import de.smartcitysearch.document.EventDocument;
import java.util.List;

/**
 * One entry of the index in full, with the program sessions that belong to it.
 *
 * @param event the event or session as stored
 * @param sessions its sessions in program order (empty for a session)
 */
public record EventDetails(EventDocument event, List<EventDocument> sessions) {}
