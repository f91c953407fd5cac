package de.smartcitysearch.index;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.extract.ExtractionException;
import de.smartcitysearch.extract.PageEnricher;
import de.smartcitysearch.extract.SourceItem;
import de.smartcitysearch.index.DocumentGate.Admitted;
import java.time.Duration;
import java.util.List;

/**
 * What every source goes through between its input and the writer, whether it comes from an
 * indexing run or the admin API: extraction, enrichment and the {@link DocumentGate}, together
 * within the per-source time limit.
 */
final class PagePipeline implements AutoCloseable {

  private final PageEnricher enricher;
  private final TimeLimit timeLimit;

  PagePipeline(PageEnricher enricher, Duration timeLimit) {
    this.enricher = enricher;
    this.timeLimit = new TimeLimit(timeLimit);
  }

  /**
   * The documents of the source, ready to write.
   *
   * @throws ExtractionException with a reason for the user: the input cannot be read, is invalid
   *     (naming the field), could not be enriched, or took longer than the limit
   */
  Admitted prepare(SourceItem item) throws ExtractionException {
    return timeLimit.call(
        () -> {
          ExtractedPage page = item.extract();
          try {
            List<EventDocument> enriched = enricher.enrich(page);
            return DocumentGate.admit(page, enriched);
          } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ExtractionException("enrichment failed (" + why + ")", e);
          }
        });
  }

  @Override
  public void close() {
    timeLimit.close();
  }
}
