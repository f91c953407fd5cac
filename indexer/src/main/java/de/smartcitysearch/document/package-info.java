/**
 * The document model shared by indexer and query core: {@link
 * de.smartcitysearch.document.EventDocument} (an event or a program session with everything
 * enrichment found), {@link de.smartcitysearch.document.Place}, and the rules every document
 * entering the index follows — the id rule ({@link de.smartcitysearch.document.DocumentId}) and the
 * bounds on dates and facet values ({@link de.smartcitysearch.document.DocumentLimits}); plus the
 * project's one digest, {@link de.smartcitysearch.document.Sha256}.
 */
package de.smartcitysearch.document;
