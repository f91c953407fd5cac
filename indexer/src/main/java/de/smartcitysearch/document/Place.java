package de.smartcitysearch.document;

import java.util.Objects;

/**
 * A German municipality as a facet value: its display name, its Land and its official key.
 *
 * @param name display name without the official suffix ("Kiel", not "Kiel, Landeshauptstadt")
 * @param land the Land it belongs to ("Schleswig-Holstein")
 * @param ags the 8-digit Amtlicher Gemeindeschlüssel, or empty where unknown (names alone are
 *     ambiguous)
 */
public record Place(String name, String land, String ags) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(land, "land");
    ags = ags == null ? "" : ags;
  }
}
