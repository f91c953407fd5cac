package de.smartcitysearch.opensearch.index;

/**
 * One document the cluster refused, and why; its source is written again by the next run.
 *
 * @param id the document's id
 * @param source the source (file, record) it came from
 * @param status the HTTP status of the refusal, e.g. 400 for a value the mapping rejects
 * @param reason OpenSearch's error type and reason
 */
public record DocumentFailure(String id, String source, int status, String reason) {

  @Override
  public String toString() {
    return source + " (" + id + "): " + reason;
  }
}
