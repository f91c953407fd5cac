package de.smartcitysearch.opensearch.client;

/**
 * The cluster could not be reached or kept failing after every retry; the message names the URL,
 * the index, the operation and the last reason, for the command line to print as is.
 */
public final class OpenSearchUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OpenSearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
