package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations named in event pages, acronym and full name merged into one canonical name. */
class OrganisationRecognizerTest {

  private static final String BMWSB =
      "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB)";
  private static final String KTS =
      "Koordinierungs- und Transferstelle Modellprojekte Smart Cities (KTS)";
  private static final String IESE = "Fraunhofer IESE";
  private static final String DLR_PT = "DLR Projektträger";

  private final OrganisationRecognizer recognizer =
      new OrganisationRecognizer(CityGazetteer.builtIn());

  @Test
  void acronymFullNameAndGenitiveAreOneOrganisation() {
    assertEquals(List.of(BMWSB), recognizer.organisations("am BMWSB-Stand"));
    assertEquals(
        List.of(BMWSB),
        recognizer.organisations(
            "Am Stand des Bundesministeriums für Wohnen, Stadtentwicklung und Bauwesen (BMWSB) präsentierten"));
    assertEquals(
        List.of("Deutscher Städtetag"),
        recognizer.organisations(
            "Vorsitzende des Arbeitskreises Digitalisierung beim Deutschen Städtetag"));
    assertEquals(
        List.of("Deutsches Institut für Urbanistik (Difu)"),
        recognizer.organisations("eine Studie des Deutschen Instituts für Urbanistik"));
  }

  @Test
  void currentMinistryAcronyms() {
    assertEquals(
        List.of(
            "Bundesministerium für Digitales und Staatsmodernisierung (BMDS)",
            "Bundesministerium für Forschung, Technologie und Raumfahrt (BMFTR)",
            "Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit (BMUKN)"),
        recognizer.organisations("Vertreter von BMDS, BMFTR und BMUKN diskutierten."));
  }

  @Test
  void aSpeakersEmployerInBracketsIsAnOrganisationButARoleIsNot() {
    assertEquals(
        List.of("PricewaterhouseCoopers (PwC)"),
        recognizer.organisations("Christiane Lehmann (PwC)"));
    assertEquals(
        List.of("Stadtwerke Musterstadt"),
        recognizer.organisations("Erika Mustermann (Stadtwerke Musterstadt) sprach."));
    assertEquals(
        List.of(), recognizer.organisations("Lars Rohwer (MdB) und Belit Onay (Hannover)"));
    assertEquals(List.of("Bitkom"), recognizer.organisations("Sven Wagner (Bitkom/Moderation)"));
  }

  @Test
  void namesCanBeBlankedSoTheirWordsDoNotCountAsTopics() {
    String text =
        "Die Koordinierungs- und Transferstelle Modellprojekte Smart Cities (KTS) lädt zum Transfer ein.";
    String masked = recognizer.withoutNames(text);
    assertEquals(text.length(), masked.length());
    assertFalse(masked.contains("Transferstelle"), masked);
    assertTrue(masked.contains("lädt zum Transfer ein."), masked);
  }

  @Test
  void acronymsMatchOnlyAsCapitalisedWholeWords() {
    assertEquals(List.of(), recognizer.organisations("Die Kts und das bsi-Zertifikat; Diskussion"));
  }

  @Test
  void seed000ConventionPage() {
    List<String> orgs = recognizer.organisations(SharedData.seed("000"));
    assertTrue(
        orgs.containsAll(
            List.of(
                BMWSB,
                "Bitkom",
                KTS,
                "PricewaterhouseCoopers (PwC)",
                "Hypertegrity",
                IESE,
                "Alexander von Humboldt Institut für Internet und Gesellschaft (HIIG)",
                "Bundesamt für Sicherheit in der Informationstechnik (BSI)",
                "Deutscher Städte- und Gemeindebund (DStGB)",
                "Internationales Smart Cities Netzwerk (ISCN)",
                DLR_PT,
                "Landesamt für Geoinformation und Landesvermessung Niedersachsen (LGLN)",
                "Ministerium der Justiz und für Digitalisierung Brandenburg (MdJD)",
                "Berlin Partner für Wirtschaft und Technologie",
                "DigitalAgentur Brandenburg (DABB)")),
        orgs.toString());
    assertFalse(orgs.contains("MdB"));
  }

  @Test
  void seed001KielCongress() {
    assertEquals(
        List.of(BMWSB, "KielRegion GmbH", KTS), recognizer.organisations(SharedData.seed("001")));
  }

  @Test
  void seed002Convention2022() {
    List<String> orgs = recognizer.organisations(SharedData.seed("002"));
    assertTrue(
        orgs.containsAll(
            List.of(
                BMWSB,
                KTS,
                "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)",
                DLR_PT,
                "Deutscher Städtetag",
                "DigitalAgentur Brandenburg (DABB)",
                "Urban Catalyst",
                "Senatskanzlei Hamburg")),
        orgs.toString());
  }

  @Test
  void seed003BerlinCongress() {
    List<String> orgs = recognizer.organisations(SharedData.seed("003"));
    assertTrue(
        orgs.containsAll(
            List.of(
                BMWSB,
                KTS,
                DLR_PT,
                IESE,
                "Fraunhofer IAO",
                "Deutsches Institut für Urbanistik (Difu)",
                "Institut für qualifizierende Innovationsforschung und -beratung (IQIB)",
                "Creative Climate Cities (CCC)",
                "Kompetenzzentrum Wasser Berlin (KWB)",
                "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
                "Föderale IT-Kooperation (FITKO)",
                "PricewaterhouseCoopers (PwC)",
                "Urban Catalyst",
                "Internationales Smart Cities Netzwerk (ISCN)",
                "Senatskanzlei Berlin",
                "Deutscher Bundestag",
                "Ministerium für Infrastruktur und Digitales Sachsen-Anhalt (MID)")),
        orgs.toString());
  }

  @Test
  void seed004ConstanceConference() {
    List<String> orgs = recognizer.organisations(SharedData.seed("004"));
    assertTrue(
        orgs.containsAll(
            List.of(
                DLR_PT, BMWSB, KTS, "Internationale Bodenseekonferenz (IBK)", "Bundesregierung")),
        orgs.toString());
  }
}
