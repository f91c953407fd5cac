package de.smartcitysearch.index;

/**
 * A source's event id is already the id of another source's document: ids are unique in the index.
 */
public final class IdTakenException extends Exception {

  private final String id;
  private final String owner;

  public IdTakenException(String id, String owner) {
    super("id " + id + " is already taken by " + owner);
    this.id = id;
    this.owner = owner;
  }

  /** The id asked for. */
  public String id() {
    return id;
  }

  /** The source that holds the id. */
  public String owner() {
    return owner;
  }
}
