package de.smartcitysearch.bench.corpus;

import java.util.List;

/**
 * The fixed label lists of the generator: topics, organisations, event types, formats and council
 * bodies.
 *
 * <p>These are constants on purpose: the corpus must be reproducible from a seed and the shared
 * data alone. Lists drawn with a Zipf skew are in rank order (the first entry is the most
 * frequent).
 */
final class CorpusVocabulary {

  private CorpusVocabulary() {}

  /** 25 German smart-city topic labels in popularity rank order (drawn Zipf-skewed). */
  static final List<Topic> TOPICS =
      List.of(
          new Topic(
              "Digitale Verwaltung",
              "digitalisierung",
              "verwaltung",
              "onlinezugang",
              "e-government"),
          new Topic(
              "Mobilität",
              "mobilität",
              "verkehr",
              "fahrrad",
              "carsharing",
              "straßenbahn",
              "parkplatz"),
          new Topic(
              "Stadtentwicklung", "stadtentwicklung", "quartier", "bebauungsplan", "städtebau"),
          new Topic("Klimaschutz", "klimaschutz", "klimaneutral", "co2", "emission"),
          new Topic(
              "Bürgerbeteiligung", "beteiligung", "bürgerinnen", "bürgerschaft", "partizipation"),
          new Topic("Urbane Datenplattform", "datenplattform", "daten", "dashboard"),
          new Topic("Energie", "energie", "photovoltaik", "wärme", "solar", "strom"),
          new Topic(
              "Klimaanpassung", "klimaanpassung", "hitze", "starkregen", "begrünung", "bäume"),
          new Topic(
              "Wissenstransfer",
              "wissenstransfer",
              "vernetzung",
              "austausch",
              "erfahrung",
              "modellprojekt"),
          new Topic(
              "Open Data", "open data", "offene daten", "open-data", "open source", "open-source"),
          new Topic("Smart Region", "region", "ländlich", "landkreis", "dorf"),
          new Topic("Breitband und Glasfaser", "glasfaser", "breitband", "mobilfunk", "wlan"),
          new Topic("Digitale Bildung", "schule", "bildung", "kita", "medienkompetenz"),
          new Topic("Wohnen", "wohnen", "wohnung", "wohnraum", "miete"),
          new Topic(
              "Künstliche Intelligenz", "künstliche intelligenz", "ki-", "algorithm", "chatbot"),
          new Topic("Nachhaltigkeit", "nachhaltig", "umwelt", "biodiversität"),
          new Topic("Sensorik und IoT", "sensor", "lorawan", "internet der dinge", "messstation"),
          new Topic("Innenstadt und Handel", "innenstadt", "einzelhandel", "handel", "leerstand"),
          new Topic("Gesundheit und Pflege", "gesundheit", "pflege", "klinik", "ärzt"),
          new Topic("IT-Sicherheit und Datenschutz", "sicherheit", "cyber", "datenschutz"),
          new Topic("Digitaler Zwilling", "zwilling", "3d-", "simulation", "geodaten"),
          new Topic(
              "Soziale Teilhabe", "teilhabe", "inklusion", "barrierefrei", "senioren", "jugend"),
          new Topic("Wirtschaftsförderung", "wirtschaft", "gewerbe", "unternehmen", "start-up"),
          new Topic("Kultur und Tourismus", "kultur", "tourismus", "museum", "festival"),
          new Topic("Kreislaufwirtschaft", "abfall", "recycling", "kreislauf", "müll"));

  /**
   * 60 real German organisations (ministries, agencies, institutes, associations, companies) in
   * rank order.
   */
  static final List<Organisation> ORGANISATIONS =
      List.of(
          new Organisation("Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen", "BMWSB"),
          new Organisation("Bundesinstitut für Bau-, Stadt- und Raumforschung", "BBSR"),
          new Organisation("Deutscher Städtetag", ""),
          new Organisation("Deutscher Städte- und Gemeindebund", "DStGB"),
          new Organisation("Bundesministerium für Digitales und Staatsmodernisierung", "BMDS"),
          new Organisation("Kreditanstalt für Wiederaufbau", "KfW"),
          new Organisation(
              "Fraunhofer-Institut für Arbeitswirtschaft und Organisation", "Fraunhofer IAO"),
          new Organisation("Deutscher Landkreistag", ""),
          new Organisation("Bitkom", ""),
          new Organisation("Bundesamt für Sicherheit in der Informationstechnik", "BSI"),
          new Organisation("Umweltbundesamt", "UBA"),
          new Organisation("Deutsches Institut für Urbanistik", "Difu"),
          new Organisation("Kommunale Gemeinschaftsstelle für Verwaltungsmanagement", "KGSt"),
          new Organisation("Verband kommunaler Unternehmen", "VKU"),
          new Organisation("Bundesministerium des Innern", "BMI"),
          new Organisation("Föderale IT-Kooperation", "FITKO"),
          new Organisation(
              "Fraunhofer-Institut für Offene Kommunikationssysteme", "Fraunhofer FOKUS"),
          new Organisation("Bundesministerium für Verkehr", "BMV"),
          new Organisation(
              "Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit",
              "BMUKN"),
          new Organisation("Bundesministerium für Forschung, Technologie und Raumfahrt", "BMFTR"),
          new Organisation("Bundesministerium für Wirtschaft und Energie", "BMWE"),
          new Organisation("Bertelsmann Stiftung", ""),
          new Organisation("Deutsches Zentrum für Luft- und Raumfahrt", "DLR"),
          new Organisation("Karlsruher Institut für Technologie", "KIT"),
          new Organisation("Bundesnetzagentur", ""),
          new Organisation("Deutsche Telekom", ""),
          new Organisation("Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister", "Vitako"),
          new Organisation("Dataport", ""),
          new Organisation("Deutscher Wetterdienst", "DWD"),
          new Organisation("Statistisches Bundesamt", "Destatis"),
          new Organisation(
              "Fraunhofer-Institut für Experimentelles Software Engineering", "Fraunhofer IESE"),
          new Organisation("Deutsches Institut für Normung", "DIN"),
          new Organisation("eco – Verband der Internetwirtschaft", ""),
          new Organisation("Agora Verkehrswende", ""),
          new Organisation("Allgemeiner Deutscher Fahrrad-Club", "ADFC"),
          new Organisation("Deutsche Bahn", "DB"),
          new Organisation("Siemens", ""),
          new Organisation("SAP", ""),
          new Organisation("Technische Universität Berlin", "TU Berlin"),
          new Organisation("Technische Universität München", "TUM"),
          new Organisation("Körber-Stiftung", ""),
          new Organisation("Bund für Umwelt und Naturschutz Deutschland", "BUND"),
          new Organisation("Naturschutzbund Deutschland", "NABU"),
          new Organisation("Open Knowledge Foundation Deutschland", "OKF"),
          new Organisation("Bundesagentur für Arbeit", "BA"),
          new Organisation("Bundesamt für Kartographie und Geodäsie", "BKG"),
          new Organisation("Deutsche Energie-Agentur", "dena"),
          new Organisation("Bundesanstalt für Immobilienaufgaben", "BImA"),
          new Organisation("Verband Deutscher Verkehrsunternehmen", "VDV"),
          new Organisation("Gigabitbüro des Bundes", ""),
          new Organisation("Helmholtz-Zentrum für Umweltforschung", "UFZ"),
          new Organisation("Stiftung Digitale Chancen", ""),
          new Organisation("govdigital", ""),
          new Organisation("Deutscher Verband für Wohnungswesen, Städtebau und Raumordnung", ""),
          new Organisation(
              "Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend", "BMBFSFJ"),
          new Organisation("Bundesministerium für Landwirtschaft, Ernährung und Heimat", "BMLEH"),
          new Organisation("Verbraucherzentrale Bundesverband", "vzbv"),
          new Organisation("Deutscher Industrie- und Handelskammertag", "DIHK"),
          new Organisation("Zentralverband des Deutschen Handwerks", "ZDH"),
          new Organisation("Handelsverband Deutschland", "HDE"));

  /** Event types with relative frequencies; council sessions are titled by real agenda items. */
  static final List<EventType> EVENT_TYPES =
      List.of(
          new EventType("Workshop", 14, false),
          new EventType("Ratssitzung", 12, true),
          new EventType("Informationsveranstaltung", 10, false),
          new EventType("Webinar", 10, false),
          new EventType("Fachkonferenz", 8, false),
          new EventType("Netzwerktreffen", 8, false),
          new EventType("Ausschusssitzung", 6, true),
          new EventType("Bürgerdialog", 6, false),
          new EventType("Regionalkonferenz", 5, false),
          new EventType("Fachtag", 5, false),
          new EventType("Kongress", 4, false),
          new EventType("Podiumsdiskussion", 4, false),
          new EventType("Hackathon", 2, false),
          new EventType("Barcamp", 2, false),
          new EventType("Messe", 2, false),
          new EventType("Exkursion", 2, false));

  /** Council bodies for council sessions ("Ratssitzung"). */
  static final List<String> COUNCILS =
      List.of("Gemeinderat", "Stadtrat", "Ortschaftsrat", "Kreistag");

  /** Committees for committee sessions ("Ausschusssitzung"). */
  static final List<String> COMMITTEES =
      List.of(
          "Bauausschuss",
          "Planungsausschuss",
          "Haupt- und Finanzausschuss",
          "Ausschuss für Umwelt und Gesundheit",
          "Ausschuss für Digitalisierung",
          "Mobilitätsausschuss");

  /**
   * How an event is held, as the seed pages say it ("Art der Veranstaltung"); weights 60 / 25 / 15.
   */
  static final List<String> FORMATS = List.of("Präsenz", "Online (virtuell)", "Hybrid");

  static final double[] FORMAT_WEIGHTS = {60, 25, 15};
}
