package de.smartcitysearch.index;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import de.smartcitysearch.analysis.ExactTwinTokens;
import de.smartcitysearch.analysis.GermanAnalysis;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.document.EventDocument;
import de.smartcitysearch.document.Place;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * The one place that defines the index: field names, the analyzer of each text field, the facet
 * dimensions, and the mapping of an {@link EventDocument} to a Lucene document and back.
 *
 * <p>Every text field exists twice: the main field is analysed with compound splitting, its {@code
 * _exact} twin without, so a query can boost the exact spelling. Text fields are stored with
 * offsets in the postings, which the highlighter uses.
 */
public final class EventSchema {

  // identity and bookkeeping
  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String KIND = "kind";
  public static final String CONTENT_HASH = "content_hash";
  public static final String EVENT_ID = "event_id";
  public static final String EVENT_TITLE = "event_title";
  public static final String URL = "url";

  // searchable text (compound-splitting analyzer; the _exact twins use the exact analyzer)
  public static final String TITLE = "title";
  public static final String TEASER = "teaser";
  public static final String BODY = "body";
  public static final String EXACT_SUFFIX = "_exact";
  public static final String TITLE_EXACT = TITLE + EXACT_SUFFIX;
  public static final String TEASER_EXACT = TEASER + EXACT_SUFFIX;
  public static final String BODY_EXACT = BODY + EXACT_SUFFIX;

  /** Text fields with their twins, in order of weight. */
  public static final List<String> TEXT_FIELDS = List.of(TITLE, TEASER, BODY);

  // dates: epoch days as points (filters) and doc values (sorting, ranking, range facets)
  public static final String START = "start";
  public static final String END = "end";
  public static final String START_TIME = "start_time";

  // stored display values
  public static final String VENUE_CITY = "venue_city";
  public static final String VENUE_LAND = "venue_land";
  public static final String VENUE_AGS = "venue_ags";

  /** The venue as the input writes it (place name, address). */
  public static final String LOCATION = "location";

  public static final String CITIES_JSON = "cities_json";
  public static final String TOPIC_REASONS_JSON = "topic_reasons_json";
  // the plain-valued facets (topics, organisations, ...) store their values under their own names:
  // see FacetField

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  private static final Gson GSON = new Gson();

  private final GermanAnalysis analysis;
  private final FacetsConfig facetsConfig = facetsConfig();

  public EventSchema(GermanAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * The facet configuration of every {@link FacetField}; both indexing and searching use this one.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (FacetField field : FacetField.values()) {
      config.setHierarchical(field.fieldName(), field.hierarchical());
      config.setMultiValued(field.fieldName(), true);
    }
    return config;
  }

  /** The analysis this schema's text fields use. */
  public GermanAnalysis analysis() {
    return analysis;
  }

  /** The per-field analyzer for the IndexWriter: exact twins use the exact analyzer. */
  public Analyzer indexAnalyzer() {
    Analyzer exact = analysis.exactAnalyzer();
    return new PerFieldAnalyzerWrapper(
        analysis.indexAnalyzer(),
        Map.of(TITLE_EXACT, exact, TEASER_EXACT, exact, BODY_EXACT, exact));
  }

  /** Maps an event to the Lucene document to index (facet fields already translated). */
  public Document toDocument(EventDocument event) {
    Document doc = new Document();
    doc.add(new StringField(ID, event.id(), Field.Store.YES));
    doc.add(new StringField(SOURCE, event.source(), Field.Store.YES));
    doc.add(new StringField(KIND, event.kind().id(), Field.Store.YES));
    doc.add(new StoredField(CONTENT_HASH, event.contentHash()));
    addStoredString(doc, URL, event.url());
    if (event.eventId() != null) {
      doc.add(new StringField(EVENT_ID, event.eventId(), Field.Store.YES));
    }
    addStoredString(doc, EVENT_TITLE, event.eventTitle());

    addText(doc, TITLE, event.title());
    addText(doc, TEASER, event.teaser());
    addText(doc, BODY, event.body());

    addDate(doc, START, event.startDate());
    addDate(doc, END, event.endDate());
    if (event.startTime() != null) {
      doc.add(new StoredField(START_TIME, event.startTime().toString()));
    }

    Place venue = event.venue();
    if (venue != null) {
      doc.add(new StoredField(VENUE_CITY, venue.name()));
      doc.add(new StoredField(VENUE_LAND, venue.land()));
      doc.add(new StoredField(VENUE_AGS, venue.ags()));
    }
    addStoredString(doc, LOCATION, event.location());
    doc.add(new StoredField(CITIES_JSON, GSON.toJson(event.cities())));
    doc.add(new StoredField(TOPIC_REASONS_JSON, GSON.toJson(event.topicReasons())));
    for (FacetField field : FacetField.values()) {
      for (List<String> path : field.pathsOf(event)) {
        doc.add(new SortedSetDocValuesFacetField(field.fieldName(), path.toArray(String[]::new)));
        if (field.shape() == FacetField.Shape.VALUES) {
          doc.add(new StoredField(field.fieldName(), path.get(0)));
        }
      }
    }
    try {
      return facetsConfig.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // SortedSet facets need no taxonomy: never thrown
    }
  }

  /** Rebuilds the event from a document's stored fields (the body included). */
  public EventDocument fromStored(Document doc) {
    String venueName = doc.get(VENUE_CITY);
    Place venue =
        venueName == null ? null : new Place(venueName, doc.get(VENUE_LAND), doc.get(VENUE_AGS));
    List<Place> cities =
        GSON.fromJson(doc.get(CITIES_JSON), new TypeToken<List<Place>>() {}.getType());
    Map<String, List<String>> reasons =
        GSON.fromJson(
            doc.get(TOPIC_REASONS_JSON), new TypeToken<Map<String, List<String>>>() {}.getType());
    EventDocument.Builder event =
        EventDocument.builder(doc.get(ID), doc.get(SOURCE), DocumentKind.fromId(doc.get(KIND)))
            .title(doc.get(TITLE))
            .teaser(doc.get(TEASER))
            .body(doc.get(BODY))
            .url(doc.get(URL))
            .startDate(storedDate(doc, START))
            .endDate(storedDate(doc, END))
            .startTime(doc.get(START_TIME) == null ? null : LocalTime.parse(doc.get(START_TIME)))
            .venue(venue)
            .location(doc.get(LOCATION))
            .cities(cities)
            .topicReasons(reasons)
            .eventId(doc.get(EVENT_ID))
            .eventTitle(doc.get(EVENT_TITLE))
            .contentHash(doc.get(CONTENT_HASH));
    for (FacetField field : FacetField.values()) {
      if (field.shape() == FacetField.Shape.VALUES) {
        field.restore(event, values(doc, field.fieldName()));
      }
    }
    return event.build();
  }

  /** The epoch day a date is indexed as, in {@link #START} and {@link #END}. */
  public static long epochDay(LocalDate date) {
    return date.toEpochDay();
  }

  /**
   * The field and its exact twin. The twin's tokens are recorded while the index writer analyses
   * the field (it inverts a document's fields in their order, the field first) rather than analysed
   * a second time: they are the same as the exact analyzer's ({@link ExactTwinTokens}).
   */
  private static void addText(Document doc, String name, String text) {
    if (text.isEmpty()) {
      return;
    }
    ExactTwinTokens twin = new ExactTwinTokens();
    doc.add(
        new Field(name, text, TEXT_WITH_OFFSETS) {
          @Override
          public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return twin.record(super.tokenStream(analyzer, reuse));
          }
        });
    doc.add(
        new Field(name + EXACT_SUFFIX, text, TEXT_WITH_OFFSETS_UNSTORED) {
          @Override
          public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return twin.replay();
          }
        });
  }

  private static void addDate(Document doc, String name, LocalDate date) {
    if (date == null) {
      return;
    }
    doc.add(new LongPoint(name, epochDay(date)));
    doc.add(new NumericDocValuesField(name, epochDay(date)));
    doc.add(new StoredField(name, date.toString()));
  }

  private static void addStoredString(Document doc, String name, String value) {
    if (value != null && !value.isEmpty()) {
      doc.add(new StoredField(name, value));
    }
  }

  private static LocalDate storedDate(Document doc, String name) {
    String value = doc.get(name);
    return value == null ? null : LocalDate.parse(value);
  }

  private static List<String> values(Document doc, String name) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : doc.getFields(name)) {
      out.add(f.stringValue());
    }
    return out;
  }

  private static final FieldType TEXT_WITH_OFFSETS_UNSTORED = unstored(textWithOffsets());

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType unstored(FieldType stored) {
    FieldType type = new FieldType(stored);
    type.setStored(false);
    type.freeze();
    return type;
  }
}
