package de.smartcitysearch.enrich;

import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.extract.ExtractedPage.ProgramEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five seed pages as extraction should hand them over, built by hand from reading the pages:
 * headline, teaser and details copied from the page, the body as the page's running text, some
 * program lines.
 */
final class SeedPages {

  private SeedPages() {}

  static ExtractedPage page(
      String number,
      String title,
      String teaser,
      String body,
      Map<String, String> details,
      List<ProgramEntry> program) {
    return new ExtractedPage(
        "seed-" + number,
        "seeds/" + number + ".txt",
        "hash-" + number,
        title,
        teaser,
        body,
        details,
        program,
        null);
  }

  static Map<String, String> details(String... labelsAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      map.put(labelsAndValues[i], labelsAndValues[i + 1]);
    }
    return map;
  }

  static ExtractedPage convention2025() {
    return page(
        "000",
        "Impulse für digitale Souveränität und Zusammenarbeit: Das war die Smart Country Convention 2025",
        "Mit über 23.000 Teilnehmenden, 800 Speakern und erstmals drei Hallen auf dem Berliner Messegelände hat die "
            + "Smart Country Convention 2025 vom 30. September bis 2. Oktober 2025 eine neue Dimension erreicht. Das "
            + "Bundesbauministerium und die Initiativen des Smart City Dialogs waren mit einem vielseitigen Programm "
            + "vertreten.",
        SharedData.passage(
            "000",
            "Unter dem Motto „Abschauen erwünscht!“",
            "Das war unser Programm auf der SCCON"),
        details(
            "Datum",
            "30.09, 10:00 - 02.10.25, 17:00",
            "Art der Veranstaltung",
            "Offline (persönlich)",
            "Veranstaltungsort",
            "Messegelände Berlin / hub27\nJafféstraße 2, Tor 25\n14055 Berlin\nDeutschland"),
        List.of(
            new ProgramEntry(
                "Dienstag, 30.09.2025",
                "10:30 Uhr",
                "3 Kommunen, 3 Ansätze zur Verstetigung urbaner Datenplattformen\n"
                    + "Einblicke aus Freiburg, Oberhausen, Würzburg"),
            new ProgramEntry(
                "Dienstag, 30.09.2025",
                "14:30 Uhr",
                "Datenplattform CIVITAS CORE: Interkommunale Softwareentwicklung zum Nach- und Mitmachen\n"
                    + "Einblicke aus Jena, Bamberg"),
            new ProgramEntry(
                "Mittwoch, 01.10.2025",
                "14:00 Uhr",
                "Smart City & Mobilität – die Stadt interaktiv erleben\nEinblicke aus Kiel, Gelsenkirchen"),
            new ProgramEntry(
                "Donnerstag, 02.10.2025",
                "11:15–12:15 Uhr",
                "Digital Default für die Kommune: Digitale Daseinsvorsorge als Baustein smarter Städte und Regionen\n"
                    + "Panel mit Renate Mitterhuber (BMWSB), Christiane Lehmann (PwC), Dr. Philipp Rottwilm (MdB), "
                    + "Bernd Schlömer (CDO Sachsen-Anhalt), Sven Wagner (Bitkom), Alexander Handschuh (DStGB)")));
  }

  static ExtractedPage kielCongress() {
    return page(
        "001",
        "7. MPSC-Kongress in Kiel: Gekommen um zu bleiben – Zukunftsaufgabe Smart City",
        "Ein Treffen voller Energie und Aufbruchstimmung: Der 7. Kongress der Modellprojekte Smart Cities am 18. und "
            + "19. November 2025 in Kiel setzte klare Signale – für mehr Mut, Kooperation, Haltung und digitale "
            + "Souveränität. Die Community zeigte, wie aus Pilotprojekten praxistaugliche Lösungen und gemeinsam "
            + "tragfähige Strategien entstehen.",
        SharedData.passage("001", "Unter dem Motto „Stadt – Land", null),
        Map.of(),
        List.of());
  }

  static ExtractedPage convention2022() {
    return page(
        "002",
        "Smart Country Convention 2022: Smarte Städte schauen voneinander ab",
        "12.000 Teilnehmende, 215 Aussteller und mehr als 400 Speakerinnen und Speaker: Auf der Smart Country "
            + "Convention 2022 (SCCON) in Berlin vom 18. bis 20. Oktober drehte sich alles um Smart Cities und die "
            + "Digitalisierung der Verwaltung. Am Stand des Bundesministeriums für Wohnen, Stadtentwicklung und "
            + "Bauwesen (BMWSB) standen die Modellprojekte Smart Cities (MPSC) im Mittelpunkt. Zahlreiche Diskussions- "
            + "und Informationsveranstaltungen machten deutlich, dass Smart Cities voneinander abschauen dürfen und "
            + "sollen und dass auch Scheitern erlaubt ist.",
        SharedData.passage("002", "Ein Highlight des Programms", "Weitere Informationen"),
        details(
            "Datum",
            "18.10, 00:00 - 20.10.22, 00:00",
            "Art der Veranstaltung",
            "Online (virtuell)"),
        List.of());
  }

  static ExtractedPage berlinCongress() {
    return page(
        "003",
        "Gekommen, um zu bleiben: Vom Machen ins Wirken – MPSC-Kongress in Berlin",
        "Der achte Kongress der Modellprojekte Smart Cities bringt Politik, Kommunen und Praxis 2026 in Berlin "
            + "zusammen. Im Fokus steht die Frage, wie aus innovativen Projekten dauerhafte Strukturen, Sichtbarkeit, "
            + "Wirkung und politische Relevanz entstehen. Es geht um erfolgreiche Lösungen, neue Perspektiven und "
            + "einen offenen Austausch der Smart-City-Community – über das Förderprogramm hinaus.",
        SharedData.passage("003", "Herzliche Einladung", "Tagesordnung und Programm"),
        details("Veranstaltungsort", ""),
        List.of(
            new ProgramEntry(
                "Dienstag, 28. April 2026",
                "10:00 – 10:15 Uhr",
                "Eröffnung des 8. Kongresses der Modellprojekte Smart Cities (MPSC)\n"
                    + "Renate Mitterhuber | Leiterin Referat „Smarte Städte und Regionen“, Bundesministerium für "
                    + "Wohnen, Stadtentwicklung und Bauwesen (BMWSB)\n"
                    + "Michael Huch | Projektleiter, Koordinierungs- und Transferstelle Modellprojekte Smart Cities "
                    + "(KTS) und DLR Projektträger"),
            new ProgramEntry(
                "Dienstag, 28. April 2026",
                "10:45 – 11:30 Uhr",
                "Paneldiskussion\nDas Zusammenspiel entscheidet: Wie smarte Städte und Regionen gemeinsam erfolgreich "
                    + "werden\nDr. André Göbel | Präsident FITKO Föderale IT-Kooperation\n"
                    + "Christiane Lehmann | Senior Manager Advisory bei PricewaterhouseCoopers Deutschland\n"
                    + "Dr. Beate Ginzel | Leiterin des Referates Digitale Stadt der Stadt Leipzig"),
            new ProgramEntry(
                "Dienstag, 28. April 2026", "13:15 – 14:15 Uhr", "gemeinsame Mittagspause"),
            new ProgramEntry(
                "Dienstag, 28. April 2026",
                "15:30 – 16:45 Uhr",
                "Werkstatt 3: Urbane digitale Zwillinge: Erfahrungen aus vier Jahren Stadtpraxis\n"
                    + "Rosa Thoneick und Fabrice Radrizzani | Koordinierungs- und Transferstelle Modellprojekte Smart "
                    + "Cities (KTS) und Creative Climate Cities GmbH (CCC)"),
            new ProgramEntry(
                "Dienstag, 28. April 2026",
                "17:10 – 18:10 Uhr",
                "Urbane Datenplattformen kompakt: Erfahrungen, Empfehlungen, Erfolgsfaktoren\n"
                    + "Nina Müller und Balthasar Weitzel | Koordinierungs- und Transferstelle Modellprojekte Smart "
                    + "Cities (KTS) und Fraunhofer-Institut für Experimentelles Software Engineering (IESE)"),
            new ProgramEntry(
                "Mittwoch, 29. April 2026",
                "14:15 – 15:45 Uhr",
                "Werkstatt F: Klimaanpassung mit digitalen Tools\nLisa Junghans, Katharina Huboi und Alexandra Auer | "
                    + "Koordinierungs- und Transferstelle Modellprojekte Smart Cities (KTS) und KWB Kompetenzzentrum "
                    + "Wasser Berlin gGmbH"),
            new ProgramEntry(
                "Mittwoch, 29. April 2026",
                "14:15 – 15:45 Uhr",
                "Werkstatt G: Datenprozesse für Urbane Digitale Zwillinge: Vom Fachamt ins 3D-Modell\n"
                    + "Nadine Kuhla von Bergmann, Rosa Thoneick und Fabrice Radrizzani | Koordinierungs- und "
                    + "Transferstelle Modellprojekte Smart Cities (KTS) und Creative Climate Cities GmbH (CCC)")));
  }

  static ExtractedPage constanceConference() {
    return page(
        "004",
        "Gemeinsam voraus: Kooperation als Erfolgsfaktor für eine Smart City",
        "Die Zukunft ist grenzenlos: Mit dem Förderprogramm Modellprojekte Smart Cities unterstützt der DLR "
            + "Projektträger im Auftrag des BMWSB den Austausch von Kommunen. Wie solche Kooperationen zu "
            + "Innovationstreibern werden, das zeigt die Regionalkonferenz der Modellprojekte am 24. September 2025 "
            + "in Konstanz – mit Impulsen, Praxisbeispielen und Vernetzung",
        SharedData.passage("004", "14.08.2025 — Vom Hochwasserschutz", "Jetzt kostenlos anmelden"),
        Map.of(),
        List.of());
  }
}
