package de.smartcitysearch.extract;

/**
 * A field of a JSON record that has the wrong type or form; becomes an {@link ExtractionException}
 * naming it.
 */
final class InvalidField extends IllegalArgumentException {

  private final String field;

  InvalidField(String field, String message) {
    super(message);
    this.field = field;
  }

  ExtractionException toExtractionException() {
    return ExtractionException.inField(field, getMessage());
  }
}
