package de.smartcitysearch.opensearch.search;

import static de.smartcitysearch.opensearch.search.LuceneQueryDsl.array;
import static de.smartcitysearch.opensearch.search.LuceneQueryDsl.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smartcitysearch.analysis.TypoTolerantWord;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.search.SpellingCorrector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * An OpenSearch index's words for the {@link SpellingCorrector}: whether a term occurs from a
 * {@code _count} of the documents with it, neighbours from {@code term} suggesters on the
 * exact-spelling fields (Lucene's DirectSpellChecker on each shard, the documents counted over all
 * shards), and how the pages write a term from the stored text of pages that have it, analysed here
 * as the cluster's exact-spelling fields analyse it.
 */
final class ClusterVocabulary implements SpellingCorrector.Vocabulary {

  /**
   * How many neighbours each shard offers per field: more than the few words within two edits of a
   * word in a city's pages, so that the chooser sees every rival.
   */
  private static final int NEIGHBOURS = 50;

  private final ClusterRequests cluster;
  private final Analyzer exactAnalyzer;

  ClusterVocabulary(ClusterRequests cluster, Analyzer exactAnalyzer) {
    this.cluster = cluster;
    this.exactAnalyzer = exactAnalyzer;
  }

  @Override
  public boolean contains(String term) {
    JsonArray any = new JsonArray();
    EventSchema.TEXT_FIELDS.forEach(f -> any.add(LuceneQueryDsl.term(f, term)));
    JsonObject bool = new JsonObject();
    bool.add("should", any);
    bool.addProperty("minimum_should_match", 1);
    JsonObject body = new JsonObject();
    body.add("query", wrap("bool", bool));
    return cluster
            .send("POST", "/" + cluster.index() + "/_count", Map.of(), body)
            .get("count")
            .getAsLong()
        > 0;
  }

  /**
   * One {@code term} suggester per exact-spelling field: only for a word the shard lacks ({@code
   * missing}), the first letter kept, the analysed word taken as it is ({@code keyword}); no
   * document minimum, since the chooser weighs rare rivals too.
   */
  @Override
  public List<TypoTolerantWord.Neighbour> near(String form, int maxEdits) {
    JsonObject suggest = new JsonObject();
    List<String> fields = SpellingCorrector.EXACT_FIELDS;
    for (int i = 0; i < fields.size(); i++) {
      JsonObject term = new JsonObject();
      term.addProperty("field", fields.get(i));
      term.addProperty("analyzer", "keyword");
      term.addProperty("suggest_mode", "missing");
      term.addProperty("max_edits", maxEdits);
      term.addProperty("prefix_length", TypoTolerantWord.PREFIX_LENGTH);
      term.addProperty("min_word_length", 1);
      term.addProperty("string_distance", "damerau_levenshtein");
      term.addProperty("size", NEIGHBOURS);
      term.addProperty("shard_size", NEIGHBOURS);
      JsonObject one = new JsonObject();
      one.addProperty("text", form);
      one.add("term", term);
      suggest.add("f" + i, one);
    }
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.add("suggest", suggest);
    JsonObject answer = cluster.search(body, false).getAsJsonObject("suggest");
    List<TypoTolerantWord.Neighbour> out = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      for (JsonElement entry : answer.getAsJsonArray("f" + i)) {
        for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
          JsonObject o = option.getAsJsonObject();
          out.add(
              new TypoTolerantWord.Neighbour(
                  o.get("text").getAsString(), o.get("freq").getAsInt()));
        }
      }
    }
    return out;
  }

  /**
   * The term's occurrences in the stored text of the pages that have it in each exact-spelling
   * field, in the order the embedded index reads them: field by field, page by page.
   */
  @Override
  public List<String> written(String term) throws IOException {
    List<String> out = new ArrayList<>();
    for (String field : SpellingCorrector.EXACT_FIELDS) {
      String stored = field.substring(0, field.length() - EventSchema.EXACT_SUFFIX.length());
      JsonObject body = new JsonObject();
      body.add("query", LuceneQueryDsl.term(field, term));
      body.addProperty("size", SpellingCorrector.WRITTEN_FORMS);
      JsonArray source = new JsonArray();
      source.add(stored);
      body.add("_source", source);
      body.add("sort", array(wrap("_doc", new JsonObject())));
      for (JsonElement hit : OpenSearchTiers.hits(cluster.search(body, false))) {
        JsonObject page = hit.getAsJsonObject().getAsJsonObject("_source");
        JsonElement text = page == null ? null : page.get(stored);
        if (text != null && text.isJsonPrimitive()) {
          occurrences(field, term, text.getAsString(), out);
        }
        if (out.size() >= SpellingCorrector.WRITTEN_FORMS) {
          return out.subList(0, SpellingCorrector.WRITTEN_FORMS);
        }
      }
    }
    return out;
  }

  private void occurrences(String field, String term, String text, List<String> out)
      throws IOException {
    try (TokenStream ts = exactAnalyzer.tokenStream(field, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.contentEquals(t)
            && offsets.startOffset() >= 0
            && offsets.endOffset() <= text.length()) {
          out.add(text.substring(offsets.startOffset(), offsets.endOffset()));
        }
      }
      ts.end();
    }
  }
}
