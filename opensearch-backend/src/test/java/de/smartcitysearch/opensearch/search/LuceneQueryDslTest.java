package de.smartcitysearch.opensearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smartcitysearch.index.EventSchema;
import de.smartcitysearch.index.FacetField;
import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * The query core's Lucene queries become the query DSL OpenSearch turns back into them; the cluster
 * tests show the answers are the same, these show the shapes.
 */
class LuceneQueryDslTest {

  @Test
  void thePartsOfACompoundNearEachOtherAreAPhraseOfExactlyThoseTerms() {
    PhraseQuery near = new PhraseQuery(4, EventSchema.BODY, "daten", "plattform");
    assertEquals(
        json(
            "{'match_phrase':{'body':{'query':'daten plattform','analyzer':'whitespace','slop':4}}}"),
        LuceneQueryDsl.of(near));
  }

  @Test
  void aPhraseWithAStopWordLeftOutKeepsItsGap() {
    PhraseQuery gapped =
        new PhraseQuery.Builder()
            .add(new Term(EventSchema.TITLE, "kooperation"), 0)
            .add(new Term(EventSchema.TITLE, "erfolgsfaktor"), 2)
            .build();
    assertEquals(
        json(
            "{'span_near':{'clauses':[{'span_term':{'title':'kooperation'}},{'span_gap':{'title':1}},"
                + "{'span_term':{'title':'erfolgsfaktor'}}],'slop':0,'in_order':true}}"),
        LuceneQueryDsl.of(gapped));
  }

  @Test
  void aVenueIsTheKeywordPathOfItsLandAndCity() {
    TermQuery kiel =
        new TermQuery(
            DrillDownQuery.term(
                EventSchema.facetsConfig().getDimConfig(FacetField.CITY.fieldName()).indexFieldName,
                FacetField.CITY.fieldName(),
                "Schleswig-Holstein",
                "Kiel"));
    assertEquals(
        json("{'term':{'city.lvl1':'Schleswig-Holstein > Kiel'}}"), LuceneQueryDsl.of(kiel));
  }

  @Test
  void dayRangesAreDateRangesWithoutTheOpenEnd() {
    long day = LocalDate.of(2026, 4, 28).toEpochDay();
    assertEquals(
        json("{'range':{'end':{'gte':'2026-04-28'}}}"),
        LuceneQueryDsl.of(LongPoint.newRangeQuery(EventSchema.END, day, Long.MAX_VALUE)));
  }

  @Test
  void optionalClausesAloneNeedOneToMatchAsInLucene() {
    BooleanQuery any =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(EventSchema.BODY, "kiel")), Occur.SHOULD)
            .add(new TermQuery(new Term(EventSchema.BODY, "kongress")), Occur.SHOULD)
            .build();
    assertEquals(
        1, LuceneQueryDsl.of(any).getAsJsonObject("bool").get("minimum_should_match").getAsInt());
  }

  @Test
  void aQueryItDoesNotKnowIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LuceneQueryDsl.of(new PrefixQuery(new Term(EventSchema.BODY, "dat"))));
    assertTrue(e.getMessage().contains("PrefixQuery"), e.getMessage());
  }

  private static JsonObject json(String singleQuoted) {
    return JsonParser.parseString(singleQuoted.replace('\'', '"')).getAsJsonObject();
  }
}
