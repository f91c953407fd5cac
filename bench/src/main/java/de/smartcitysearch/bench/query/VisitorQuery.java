package de.smartcitysearch.bench.query;

import de.smartcitysearch.search.FacetDimension;
import de.smartcitysearch.search.SearchRequest;
import java.util.List;

/**
 * One visitor query of the benchmark mix: the typed words and optionally a selected venue city
 * (with its Land, the facet path the baseline needs) and a selected topic.
 */
public record VisitorQuery(String text, String city, String land, String topic) {

  /**
   * The mix: two or three German words, compounds ("Glasfaserausbau", "Beteiligungsplattform"), a
   * city in the text, and about a third with a city or topic filter, as visitors of a smart-city
   * event calendar search.
   */
  public static final List<VisitorQuery> MIX =
      List.of(
          words("Datenplattform Kiel"),
          words("Smart City Konferenz"),
          inCity("Klimaanpassung", "Kiel", "Schleswig-Holstein"),
          words("Bürgerbeteiligung digital"),
          words("Radverkehr Karlsruhe"),
          words("Glasfaserausbau"),
          words("Digitale Verwaltung Workshop"),
          onTopic("Wissenstransfer Kommunen", "Wissenstransfer"),
          inCity("Urbane Datenplattform", "Berlin", "Berlin"),
          words("Mobilitätswende Innenstadt"),
          inCity("Klimaschutz", "München", "Bayern"),
          words("Energiewende Quartier"),
          words("Gemeinderat Haushalt"),
          inCity("Bebauungsplan", "Karlsruhe", "Baden-Württemberg"),
          onTopic("Hitzeschutz Senioren", "Soziale Teilhabe"),
          inCity("Ratssitzung", "Hamburg", "Hamburg"),
          words("Schulen Digitalisierung"),
          inCity("Fachtag Wohnen", "Leipzig", "Sachsen"),
          words("Kreislaufwirtschaft Abfall Recycling"),
          words("Beteiligungsplattform"));

  static VisitorQuery words(String text) {
    return new VisitorQuery(text, null, null, null);
  }

  static VisitorQuery inCity(String text, String city, String land) {
    return new VisitorQuery(text, city, land, null);
  }

  static VisitorQuery onTopic(String text, String topic) {
    return new VisitorQuery(text, null, null, topic);
  }

  /** The request the product's query core gets: first page of 10, relevance order. */
  public SearchRequest request() {
    SearchRequest.Builder request = SearchRequest.builder().query(text);
    if (city != null) {
      request.filter(FacetDimension.CITY, List.of(city));
    }
    if (topic != null) {
      request.filter(FacetDimension.byApiName("topic").orElseThrow(), List.of(topic));
    }
    return request.build();
  }
}
