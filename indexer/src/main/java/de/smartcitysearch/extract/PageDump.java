package de.smartcitysearch.extract;

import de.smartcitysearch.extract.ExtractedPage.ProgramEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The structure {@link PageDumpParser} reads out of a text dump of a web page.
 *
 * @param title the headline
 * @param teaser the introduction under the headline, may be empty
 * @param body the running text (paragraphs separated by blank lines), without captions and
 *     navigation
 * @param details labelled blocks in page order ("Datum", "Veranstaltungsort", "Kontakt", ...)
 * @param program schedule lines in page order
 * @param published the page's publication date where the page shows one, else null
 */
public record PageDump(
    String title,
    String teaser,
    String body,
    Map<String, String> details,
    List<ProgramEntry> program,
    LocalDate published) {}
