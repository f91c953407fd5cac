package de.smartcitysearch.search;

import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/** A small hand-written set of events (the test input) and a helper that indexes them on disk. */
public final class SampleEvents {

  public static final EventSchema SCHEMA = new EventSchema(GermanAnalysis.defaults());

  static final Place KIEL = new Place("Kiel", "Schleswig-Holstein", "01002000");
  static final Place HAMBURG = new Place("Hamburg", "Hamburg", "02000000");
  static final Place MUENCHEN = new Place("München", "Bayern", "09162000");
  static final Place NUERNBERG = new Place("Nürnberg", "Bayern", "09564000");
  static final Place LEIPZIG = new Place("Leipzig", "Sachsen", "14713000");

  private SampleEvents() {}

  /** The events: see each body for what the tests expect of it. */
  public static List<EventDocument> all() {
    return List.of(
        event("kiel-digitaltag", "Digitaltag Kiel 2026", KIEL, "2026-04-18")
            .teaser("Die Landeshauptstadt zeigt ihre Smart-City-Projekte.")
            .body(
                "Beim Digitaltag präsentieren Ämter und Vereine digitale Angebote. Auch die Mobilität der "
                    + "Zukunft ist ein Thema.")
            .cities(List.of(KIEL))
            .topics(List.of("Digitale Verwaltung"))
            .organisations(List.of("Stadt Kiel"))
            .audiences(List.of("Bürger"))
            .format("Präsenz")
            .eventType("Messe")
            .build(),
        EventDocument.builder("kiel-digitaltag#s1", "seed:kiel", DocumentKind.SESSION)
            .title("Workshop Open Data")
            .body("Offene Daten der Stadt nutzen: ein Workshop für Einsteiger.")
            .startDate(LocalDate.parse("2026-04-18"))
            .venue(KIEL)
            .cities(List.of(KIEL))
            .eventId("kiel-digitaltag")
            .eventTitle("Digitaltag Kiel 2026")
            .topics(List.of("Open Data"))
            .format("Präsenz")
            .eventType("Workshop")
            .build(),
        event("kiel-ostufer", "Stadtwerkstatt Ostufer", KIEL, "2026-02-05")
            .body("Bürgerinnen und Bürger gestalten gemeinsam das Ostufer.")
            .cities(List.of(KIEL))
            .topics(List.of("Bürgerbeteiligung"))
            .format("Präsenz")
            .eventType("Workshop")
            .build(),
        event("hamburg-mobilitaet", "Mobilität im Quartier", HAMBURG, "2026-03-10")
            .body("Ein Forum zur Verkehrswende mit Gästen aus Kiel und Lübeck.")
            .cities(List.of(HAMBURG, KIEL))
            .topics(List.of("Mobilität"))
            .organisations(List.of("Stadt Hamburg"))
            .format("Hybrid")
            .eventType("Kongress")
            .build(),
        event("muenchen-konferenz", "Smart City Konferenz München", MUENCHEN, "2025-05-20")
            .body(
                "Die Konferenz zur Digitalisierung der Verwaltung lädt Kommunen zum Austausch ein.")
            .cities(List.of(MUENCHEN))
            .topics(List.of("Digitale Verwaltung"))
            .format("Präsenz")
            .eventType("Kongress")
            .build(),
        event("nuernberg-konferenz", "Smart City Konferenz Nürnberg", NUERNBERG, "2026-05-20")
            .body(
                "Die Konferenz zur Digitalisierung der Verwaltung lädt Kommunen zum Austausch ein.")
            .cities(List.of(NUERNBERG))
            .topics(List.of("Digitale Verwaltung"))
            .format("Präsenz")
            .eventType("Kongress")
            .build(),
        event("leipzig-hack", "Hack <script>alert(1)</script> Abend", LEIPZIG, "2026-06-01")
            .body("Beim Hackathon <b>Bürgerbeteiligung</b> entwickeln Teams Werkzeuge & Apps.")
            .cities(List.of(LEIPZIG))
            .topics(List.of("Bürgerbeteiligung"))
            .format("Online")
            .eventType("Hackathon")
            .build());
  }

  /** The sample events indexed in a folder and opened for searching; closing releases both. */
  public record Opened(FSDirectory directory, SearcherManager manager) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      manager.close();
      directory.close();
    }
  }

  /** Indexes {@link #all()} into the folder and opens it. */
  public static Opened open(Path dir) throws IOException {
    index(dir, all());
    FSDirectory directory = FSDirectory.open(dir);
    return new Opened(directory, new SearcherManager(directory, null));
  }

  /** Writes the documents into a new index in this folder. */
  public static void index(Path dir, List<EventDocument> docs) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(SCHEMA.indexAnalyzer()))) {
      for (EventDocument doc : docs) {
        writer.addDocument(SCHEMA.toDocument(doc));
      }
      writer.commit();
    }
  }

  private static EventDocument.Builder event(String id, String title, Place venue, String date) {
    return EventDocument.builder(id, "seed:" + id, DocumentKind.EVENT)
        .title(title)
        .venue(venue)
        .startDate(LocalDate.parse(date))
        .url("https://example.org/" + id);
  }
}
