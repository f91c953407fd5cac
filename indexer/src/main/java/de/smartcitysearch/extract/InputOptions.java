package de.smartcitysearch.extract;

/**
 * How inputs are read.
 *
 * @param limits size, character and time limits for files parsed with Tika
 * @param oparlCity the municipality of OParl meetings that do not name their locality (the
 *     Karlsruhe records name none: the data set belongs to one city), or null
 */
public record InputOptions(ExtractionLimits limits, String oparlCity) {

  /** Default limits, no OParl city. */
  public static final InputOptions DEFAULTS = new InputOptions(ExtractionLimits.DEFAULTS, null);

  public InputOptions {
    limits = limits == null ? ExtractionLimits.DEFAULTS : limits;
    oparlCity = oparlCity == null || oparlCity.isBlank() ? null : oparlCity.strip();
  }
}
