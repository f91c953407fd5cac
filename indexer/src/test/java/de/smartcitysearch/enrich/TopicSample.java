package de.smartcitysearch.enrich;

import com.google.gson.JsonParser;
import de.smartcitysearch.enrich.ListingPages.ListingPage;
import de.smartcitysearch.extract.ExtractedPage;
import de.smartcitysearch.extract.ExtractionException;
import de.smartcitysearch.extract.ExtractionLimits;
import de.smartcitysearch.extract.FilePageReader;
import de.smartcitysearch.extract.InputListener;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.InputReader;
import de.smartcitysearch.extract.SourceItem;
import de.smartcitysearch.extract.TikaExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The sample whose topics were labelled by reading ({@code topic-gold.tsv}): 100 Karlsruhe council
 * meetings and 50 listing pages, read through the product's own readers as pages.
 *
 * <p>Meetings: of the 2,609 in {@code meetings.jsonl.gz} those with agenda items, every n-th in
 * file order, 100 in all. Listing pages ({@link ListingPages}): every 14th Berlin event from the
 * 5th (25) and 25 Christmas markets with a description, evenly spaced.
 */
final class TopicSample {

  static final int MEETINGS = 100;

  private TopicSample() {}

  /** The sample's pages by id ("meeting-10022", "berlin-5", "xmas-12"), in sample order. */
  static Map<String, ExtractedPage> pages(Path tempDir) {
    Map<String, ExtractedPage> pages = new LinkedHashMap<>();
    pages.putAll(meetings(tempDir, MEETINGS, 0));
    pages.putAll(listings());
    return pages;
  }

  /**
   * 30 further meetings, halfway between those of the sample, labelled after the taxonomy was
   * revised on the sample ({@code topic-gold-heldout.tsv}): they show whether the revision holds on
   * meetings it was not made on.
   */
  static Map<String, ExtractedPage> heldOutMeetings(Path tempDir) {
    return meetings(tempDir, HELD_OUT, 1);
  }

  static final int HELD_OUT = 30;

  /** One meeting by the number its id ends in ("9723"). */
  static ExtractedPage meeting(Path tempDir, String number) {
    List<String> lines =
        meetingLines().stream()
            .filter(
                l ->
                    JsonParser.parseString(l)
                        .getAsJsonObject()
                        .get("id")
                        .getAsString()
                        .endsWith("/" + number))
            .toList();
    return read(tempDir, lines, "meeting-" + number).get("meeting-" + number);
  }

  private static List<String> meetingLines() {
    List<String> lines = new ArrayList<>();
    Path file = SharedData.dir().resolve("data/karlsruhe-oparl/meetings.jsonl.gz");
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /**
   * {@code count} meetings with agenda items, evenly spaced, shifted by {@code shift} half steps of
   * the sample.
   */
  private static Map<String, ExtractedPage> meetings(Path tempDir, int count, int shift) {
    List<String> withAgenda = new ArrayList<>();
    for (String line : meetingLines()) {
      var record = JsonParser.parseString(line).getAsJsonObject();
      if (record.has("agendaItems") && !record.getAsJsonArray("agendaItems").isEmpty()) {
        withAgenda.add(line);
      }
    }
    int sampleStep = withAgenda.size() / MEETINGS;
    int step = withAgenda.size() / count;
    int offset = shift * sampleStep / 2;
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i * step + offset;
      while (shift > 0 && index % sampleStep == 0 && index / sampleStep < MEETINGS) {
        index++; // never a meeting of the sample itself
      }
      sample.add(withAgenda.get(index));
    }
    return read(tempDir, sample, "meetings-" + count + "-" + shift);
  }

  /**
   * The meeting records through the product's reader, as pages by "meeting-" and the id's number.
   */
  private static Map<String, ExtractedPage> read(Path tempDir, List<String> records, String name) {
    try {
      Path sampleFile = tempDir.resolve(name + ".jsonl");
      Files.write(sampleFile, records, StandardCharsets.UTF_8);
      Map<String, ExtractedPage> pages = new LinkedHashMap<>();
      new InputReader(new InputOptions(ExtractionLimits.DEFAULTS, "Karlsruhe"))
          .read(
              List.of(sampleFile),
              new InputListener() {
                @Override
                public void item(SourceItem item) {
                  try {
                    ExtractedPage page = item.extract();
                    pages.put(
                        "meeting-" + page.id().substring(page.id().lastIndexOf(':') + 1), page);
                  } catch (ExtractionException e) {
                    throw new IllegalStateException(item.location() + ": " + e.getMessage(), e);
                  }
                }

                @Override
                public void failed(String location, String reason) {
                  throw new IllegalStateException(location + ": " + reason);
                }
              });
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, ExtractedPage> listings() {
    List<ListingPage> chosen = new ArrayList<>();
    List<ListingPage> berlin = ListingPages.berlinEvents();
    for (int i = 4; i < berlin.size() && chosen.size() < 25; i += 14) {
      chosen.add(berlin.get(i));
    }
    List<ListingPage> markets =
        ListingPages.christmasMarkets().stream().filter(ListingPage::described).toList();
    int step = markets.size() / 25;
    for (int n = 0; n < 25; n++) {
      chosen.add(markets.get(n * step));
    }
    Map<String, ExtractedPage> pages = new LinkedHashMap<>();
    try {
      FilePageReader reader =
          new FilePageReader(new TikaExtractor(ExtractionLimits.DEFAULT_MAX_CHARS));
      for (ListingPage p : chosen) {
        pages.put(
            p.id(),
            reader.read(
                p.html().getBytes(StandardCharsets.UTF_8),
                p.id() + ".html",
                p.id(),
                p.id() + ".html",
                ""));
      }
    } catch (Exception e) {
      throw new IllegalStateException("reading the listing pages failed", e);
    }
    return pages;
  }
}
