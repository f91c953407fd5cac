package de.smartcitysearch.search;

import de.smartcitysearch.analysis.QueryWord;
import de.smartcitysearch.document.DocumentKind;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The program sessions shown inside the events of a grouped page: per event, its sessions with the
 * query's words, best first, a few at most. An event's text holds its program, so an event whose
 * sessions match is on the page itself; these say where in the program.
 */
public final class SessionHits {

  /** Sessions shown per event; the event page lists all of them. */
  public static final int PER_EVENT = 3;

  private SessionHits() {}

  /**
   * For each event of the page (in its order), its best matching sessions; empty lists when the
   * query has no word.
   */
  static List<ScoreDoc[]> of(IndexSearcher searcher, MatchPlan plan, ScoreDoc[] events)
      throws IOException {
    Query words = wordsOf(plan);
    List<ScoreDoc[]> out = new ArrayList<>();
    for (ScoreDoc event : events) {
      if (words == null) {
        out.add(new ScoreDoc[0]);
        continue;
      }
      String id =
          searcher.storedFields().document(event.doc, Set.of(EventSchema.ID)).get(EventSchema.ID);
      Query sessions =
          new BooleanQuery.Builder()
              .add(words, Occur.MUST)
              .add(
                  new TermQuery(new Term(EventSchema.KIND, DocumentKind.SESSION.id())),
                  Occur.FILTER)
              .add(new TermQuery(new Term(EventSchema.EVENT_ID, id)), Occur.FILTER)
              .build();
      out.add(searcher.search(sessions, PER_EVENT).scoreDocs);
    }
    return out;
  }

  /**
   * What a session must have to be shown: every word of a short query, most of a long one's (a
   * quarter may be missing); null when the query has no word (only a place or a date, which every
   * session of the event shares).
   */
  public static Query wordsOf(MatchPlan plan) {
    List<QueryWord> words = plan.words();
    if (words.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    words.forEach(w -> b.add(w.query(), Occur.SHOULD));
    b.setMinimumNumberShouldMatch(
        words.size() < MatchPlan.LONG_QUERY ? words.size() : words.size() - words.size() / 4);
    return b.build();
  }
}
