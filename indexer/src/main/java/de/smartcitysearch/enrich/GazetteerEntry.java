package de.smartcitysearch.enrich;

import de.smartcitysearch.document.Place;
import java.util.List;
import java.util.Objects;

/**
 * One named area of the gazetteer: a Land, a Kreis (district or kreisfreie Stadt) or a
 * municipality.
 *
 * @param kind what sort of area it is
 * @param name display name without the official suffix ("Kiel", not "Kiel, Landeshauptstadt")
 * @param land the Land it lies in (a Land names itself)
 * @param ags official key where known: 2 digits for a Land, 5 for a Kreis, 8 for a municipality;
 *     else empty
 * @param kreis name of the Kreis a municipality belongs to, empty where unknown
 * @param population inhabitants where known, else 0 (used to resolve ambiguous names)
 * @param postcode the postcode (PLZ) of a municipality's seat of administration where known, else
 *     empty; a written postcode near it tells apart municipalities of the same name
 * @param aliases further names the area is written as ("Frankfurt" for "Frankfurt am Main")
 */
public record GazetteerEntry(
    Kind kind,
    String name,
    String land,
    String ags,
    String kreis,
    long population,
    String postcode,
    List<String> aliases) {

  /** The level of an area. */
  public enum Kind {
    LAND,
    KREIS,
    MUNICIPALITY
  }

  public GazetteerEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(land, "land");
    ags = ags == null ? "" : ags;
    kreis = kreis == null ? "" : kreis;
    postcode = postcode == null ? "" : postcode;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** This area as a facet value. */
  public Place toPlace() {
    return new Place(name, land, ags);
  }
}
