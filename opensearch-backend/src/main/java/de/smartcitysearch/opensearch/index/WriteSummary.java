package de.smartcitysearch.opensearch.index;

import java.util.List;

/**
 * What one {@link OpenSearchEventWriter#write} did, counted in sources like the Lucene indexer's summary.
 *
 * @param added sources new to the index
 * @param updated sources whose content hash changed, replaced with all their documents
 * @param unchanged sources skipped because the index has them with the same content hash
 * @param failed sources with at least one refused document (their partial new version is removed again)
 * @param documents documents written
 * @param failures every refused document with its reason
 * @param retries requests or documents sent again after a transient refusal (429, 502, 503, 504, no connection)
 */
public record WriteSummary(int added, int updated, int unchanged, int failed, long documents,
    List<DocumentFailure> failures, int retries) {

  public WriteSummary {
    failures = List.copyOf(failures);
  }
}
