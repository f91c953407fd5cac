package de.smartcitysearch.bench.corpus;

/**
 * A real German organisation that hosts or supports events.
 *
 * @param name the full name, as it goes into the {@code organisations} field
 * @param acronym the short form, or empty when it has none
 */
public record Organisation(String name, String acronym) {

  /** How a page names it: "Umweltbundesamt (UBA)", or just the name. */
  String mention() {
    return acronym.isEmpty() ? name : name + " (" + acronym + ")";
  }
}
