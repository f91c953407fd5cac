/**
 * Extraction: from input files and records to {@link de.smartcitysearch.extract.ExtractedPage}s,
 * before enrichment.
 *
 * <p>{@link de.smartcitysearch.extract.InputReader} walks files and folders, or reads one record or
 * file that comes on its own (the admin API). How a file is read follows from its name:
 *
 * <ul>
 *   <li>{@code .txt .html .htm .pdf .docx .odt}: parsed with Apache Tika within size and character
 *       limits ({@link de.smartcitysearch.extract.ExtractionLimits}), text in UTF-8 decoded to the
 *       same text without it ({@link de.smartcitysearch.extract.Utf8Text}); page dumps ({@code
 *       .txt}) are read by their structure ({@link de.smartcitysearch.extract.PageDumpParser}),
 *       HTML uses its schema.org {@code Event} data ({@link
 *       de.smartcitysearch.extract.SchemaOrgEventReader}) and states its address in its canonical
 *       link or {@code og:url};
 *   <li>{@code .jsonl .ndjson} (also gzipped): one JSON record per line;
 *   <li>{@code .json}: one OParl object, an array, or an OParl list page ({@code {"data": [...]}}).
 * </ul>
 *
 * A JSON record is recognised by its fields: an OParl meeting has {@code "type"} ending in {@code
 * /Meeting} or an {@code "agendaItems"} list (the Karlsruhe records); a council document text has
 * {@code "file_id"} and {@code "text"}; anything else is an {@link
 * de.smartcitysearch.extract.EventRecord}. Ids follow {@link
 * de.smartcitysearch.document.DocumentId}. Broken inputs are reported by name ("events.jsonl:12")
 * with a reason and skipped.
 */
package de.smartcitysearch.extract;
