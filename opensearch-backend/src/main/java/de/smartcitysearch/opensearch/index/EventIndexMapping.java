package de.smartcitysearch.opensearch.index;

import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.IndexOptions;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

/**
 * {@link EventSchema} as an OpenSearch mapping: the same field names, the German analyzers of the
 * {@code smartcity-search-analysis} plugin on the text fields and their {@code _exact} twins,
 * keyword fields for the facet dimensions, dates as dates.
 *
 * <p>How each Lucene concept is carried over:
 *
 * <ul>
 *   <li>text field + {@code _exact} twin: the twin is filled by {@code copy_to}, so the text is
 *       sent and kept in {@code _source} once; both index offsets for highlighting, as the Lucene
 *       fields do;
 *   <li>the facet fields of {@link FacetField}: plain values as keywords under the field's name
 *       (shown and counted); venue and mentioned cities as keyword paths per level, {@code
 *       city.lvl0 = "Schleswig-Holstein"}, {@code city.lvl1 = "Schleswig-Holstein > Kiel"} (the
 *       shape InstantSearch's hierarchical menu reads);
 *   <li>the month: a {@code date_range} from start to end, so a monthly {@code date_histogram}
 *       counts an event in every month it spans (Lucene caps this at 24 months);
 *   <li>display-only stored fields: keywords that are neither indexed nor have doc values.
 * </ul>
 *
 * The mapping is strict: a field this class does not know is an error, not a silently guessed type.
 */
public final class EventIndexMapping {

  /** The index-time analyzer registered by the plugin (compound splitting). */
  public static final String GERMAN_ANALYZER = "smartcity_german";

  /** The non-splitting analyzer registered by the plugin, for the {@code _exact} twins. */
  public static final String GERMAN_EXACT_ANALYZER = "smartcity_german_exact";

  /** Separator between the levels of a hierarchical facet value. */
  public static final String LEVEL_SEPARATOR = " > ";

  /**
   * Sub-field of a hierarchical facet holding the paths of one depth: {@code lvl0}, {@code lvl1}.
   */
  public static String level(int depth) {
    return "lvl" + depth;
  }

  private EventIndexMapping() {}

  /** Index settings: shards and replicas as given (the analyzers are the plugin's, node-wide). */
  public static IndexSettings settings(IndexShape shape) {
    return IndexSettings.of(
        s -> s.numberOfShards(shape.shards()).numberOfReplicas(shape.replicas()));
  }

  /** The mapping of an event index. */
  public static TypeMapping mapping() {
    Map<String, Property> fields = new LinkedHashMap<>();
    for (String name :
        new String[] {
          EventSchema.ID,
          EventSchema.SOURCE,
          EventSchema.KIND,
          EventSchema.CONTENT_HASH,
          EventSchema.EVENT_ID,
          EventSchema.VENUE_CITY,
          EventSchema.VENUE_LAND,
          EventSchema.VENUE_AGS
        }) {
      fields.put(name, Property.of(p -> p.keyword(k -> k)));
    }
    for (String name :
        new String[] {
          EventSchema.URL, EventSchema.EVENT_TITLE, EventSchema.START_TIME, EventSchema.LOCATION
        }) {
      fields.put(name, displayOnly());
    }
    for (FacetField field : FacetField.values()) {
      if (field.shape() == FacetField.Shape.VALUES) {
        fields.put(field.fieldName(), Property.of(p -> p.keyword(k -> k)));
      }
    }
    fields.put(EventSchema.CITIES_JSON, Property.of(p -> p.object(o -> o.enabled(false))));
    fields.put(EventSchema.TOPIC_REASONS_JSON, Property.of(p -> p.object(o -> o.enabled(false))));
    for (String name : EventSchema.TEXT_FIELDS) {
      String twin = name + EventSchema.EXACT_SUFFIX;
      fields.put(
          name,
          Property.of(
              p ->
                  p.text(
                      t ->
                          t.analyzer(GERMAN_ANALYZER)
                              .indexOptions(IndexOptions.Offsets)
                              .copyTo(twin))));
      fields.put(
          twin,
          Property.of(
              p ->
                  p.text(
                      t -> t.analyzer(GERMAN_EXACT_ANALYZER).indexOptions(IndexOptions.Offsets))));
    }
    fields.put(EventSchema.START, Property.of(p -> p.date(d -> d.format("strict_date"))));
    fields.put(EventSchema.END, Property.of(p -> p.date(d -> d.format("strict_date"))));
    fields.put(
        FacetField.MONTH.fieldName(), Property.of(p -> p.dateRange(d -> d.format("strict_date"))));
    fields.put(FacetField.CITY.fieldName(), hierarchy());
    fields.put(FacetField.MENTIONED_CITY.fieldName(), hierarchy());
    return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict).properties(fields));
  }

  /** The mapping as JSON, e.g. for {@code PUT /<index>} with {@code curl} or an index template. */
  public static String mappingJson() {
    JacksonJsonpMapper mapper = new JacksonJsonpMapper();
    StringWriter json = new StringWriter();
    try (JsonGenerator generator = mapper.jsonProvider().createGenerator(json)) {
      mapping().serialize(generator, mapper);
    }
    return json.toString();
  }

  private static Property displayOnly() {
    return Property.of(p -> p.keyword(k -> k.index(false).docValues(false)));
  }

  private static Property hierarchy() {
    return Property.of(
        p ->
            p.object(
                o ->
                    o.properties(level(0), Property.of(l -> l.keyword(k -> k)))
                        .properties(level(1), Property.of(l -> l.keyword(k -> k)))));
  }
}
