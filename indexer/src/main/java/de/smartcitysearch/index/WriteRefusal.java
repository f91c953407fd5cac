package de.smartcitysearch.index;

/**
 * A document an {@link EventStore} refused to keep, and why; its source is written again by the
 * next run.
 *
 * @param source the source (file, record) the document came from
 * @param id the document's id
 * @param reason the store's reason, e.g. a value the cluster's mapping rejects
 */
public record WriteRefusal(String source, String id, String reason) {

  @Override
  public String toString() {
    return id + ": " + reason;
  }
}
