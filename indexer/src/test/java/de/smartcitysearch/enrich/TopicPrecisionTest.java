package de.smartcitysearch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.extract.ExtractedPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether the topics the enricher gives are right, on a sample labelled by reading ({@code
 * topic-gold.tsv}): precision is the share of assigned topics that the labels have.
 */
class TopicPrecisionTest {

  private static final EventEnricher ENRICHER = EventEnricher.withDefaults();
  private static Path tempDir;
  private static Map<String, ExtractedPage> pages;
  private static Map<String, Set<String>> gold;

  @BeforeAll
  static void readSample(@TempDir Path dir) throws IOException {
    tempDir = dir;
    pages = TopicSample.pages(dir);
    gold = gold("topic-gold.tsv");
    assertEquals(pages.keySet(), gold.keySet(), "every item of the sample is labelled");
  }

  static Map<String, Set<String>> gold(String resource) throws IOException {
    Map<String, Set<String>> labels = new LinkedHashMap<>();
    try (InputStream in = TopicPrecisionTest.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = (line + "\t").split("\t", -1);
        Set<String> topics = new java.util.LinkedHashSet<>();
        for (String t : f[1].split(";")) {
          if (!t.isBlank()) {
            topics.add(t.strip());
          }
        }
        labels.put(f[0], topics);
      }
    }
    return labels;
  }

  /** Assigned and right topics over some items. */
  record Tally(int assigned, int right, int labelled) {
    double precision() {
      return assigned == 0 ? 1 : (double) right / assigned;
    }

    double recall() {
      return labelled == 0 ? 1 : (double) right / labelled;
    }

    @Override
    public String toString() {
      return String.format(
          "%d assigned, %d right: precision %.1f %%, recall %.1f %% of %d labels",
          assigned, right, 100 * precision(), 100 * recall(), labelled);
    }
  }

  private static Tally tally(String prefix, List<String> report) {
    return tally(pages, gold, prefix, report);
  }

  private static Tally tally(
      Map<String, ExtractedPage> pages,
      Map<String, Set<String>> gold,
      String prefix,
      List<String> report) {
    int assigned = 0;
    int right = 0;
    int labelled = 0;
    for (Map.Entry<String, ExtractedPage> e : pages.entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        continue;
      }
      EventDocument event = ENRICHER.enrich(e.getValue()).get(0);
      Set<String> labels = gold.get(e.getKey());
      labelled += labels.size();
      for (String topic : event.topics()) {
        assigned++;
        boolean ok = labels.contains(topic);
        right += ok ? 1 : 0;
        if (!ok) {
          report.add(
              e.getKey()
                  + ": "
                  + topic
                  + " "
                  + event.topicReasons().get(topic)
                  + " | "
                  + e.getValue().title());
        }
      }
    }
    return new Tally(assigned, right, labelled);
  }

  @Test
  void councilMeetingsGetTopicsTheirAgendaIsAbout() {
    List<String> wrong = new ArrayList<>();
    Tally meetings = tally("meeting-", wrong);
    System.out.println("topics of 100 Karlsruhe meetings: " + meetings);
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    assertTrue(meetings.precision() >= 0.85, meetings.toString());
  }

  @Test
  void listingPagesGetTopicsTheyAreAbout() {
    List<String> wrong = new ArrayList<>();
    Tally berlin = tally("berlin-", wrong);
    Tally markets = tally("xmas-", wrong);
    Tally listings =
        new Tally(
            berlin.assigned() + markets.assigned(),
            berlin.right() + markets.right(),
            berlin.labelled() + markets.labelled());
    System.out.println("topics of 50 listing pages: " + listings);
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    assertTrue(listings.precision() >= 0.4, listings.toString());
  }

  @Test
  void theRevisedTriggersHoldOnMeetingsTheyWereNotRevisedOn() throws IOException {
    Map<String, ExtractedPage> heldOut = TopicSample.heldOutMeetings(tempDir);
    Map<String, Set<String>> labels = gold("topic-gold-heldout.tsv");
    assertEquals(heldOut.keySet(), labels.keySet());
    List<String> wrong = new ArrayList<>();
    Tally tally = tally(heldOut, labels, "meeting-", wrong);
    System.out.println("topics of 30 held-out meetings: " + tally);
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    assertTrue(tally.precision() >= 0.95, tally.toString());
  }

  /**
   * The meeting of issue 14: broadband for Grötzingen, tagged "Wissenstransfer" for one
   * "Nachnutzung".
   */
  @Test
  void theBroadbandMeetingOfGroetzingenIsNoKnowledgeTransfer() {
    EventDocument event = ENRICHER.enrich(TopicSample.meeting(tempDir, "9723")).get(0);
    assertTrue(
        event.topics().stream().noneMatch(t -> t.equals("Wissenstransfer")),
        event.topics() + " " + event.topicReasons());
  }

  @Test
  void theReasonsOfTheTopicsComeInTheOrderOfTheTopics() {
    EventDocument event = ENRICHER.enrich(pages.get("meeting-10566")).get(0);
    assertTrue(event.topics().size() >= 3, event.topics().toString());
    assertEquals(event.topics(), List.copyOf(event.topicReasons().keySet()));
  }
}
