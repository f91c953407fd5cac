package de.smartcitysearch.cli;

import java.nio.file.Path;

/**
 * What the {@code index} command hands to enrichment.
 *
 * @param gazetteer an official municipality register (Destatis GV100AD) to load instead of the
 *     built-in gazetteer, or null
 */
record EnrichmentOptions(Path gazetteer) {}
