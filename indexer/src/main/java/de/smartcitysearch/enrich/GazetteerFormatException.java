package de.smartcitysearch.enrich;

/**
 * A gazetteer file that cannot be read, named with the reason (and the line where one is at fault).
 */
public final class GazetteerFormatException extends RuntimeException {

  public GazetteerFormatException(String message) {
    super(message);
  }

  public GazetteerFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
