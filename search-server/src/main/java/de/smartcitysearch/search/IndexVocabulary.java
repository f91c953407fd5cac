package de.smartcitysearch.search;

import de.smartcitysearch.analysis.TypoTolerantWord;
import de.smartcitysearch.index.EventSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded index's words for the {@link SpellingCorrector}: document frequencies from the term
 * dictionary, neighbours by walking it with a Levenshtein automaton, and how the pages write a term
 * cut out of the stored text at the offsets the exact-spelling fields keep.
 */
record IndexVocabulary(IndexReader reader) implements SpellingCorrector.Vocabulary {

  @Override
  public boolean contains(String term) throws IOException {
    for (String field : EventSchema.TEXT_FIELDS) {
      if (reader.docFreq(new Term(field, term)) > 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<TypoTolerantWord.Neighbour> near(String form, int maxEdits) throws IOException {
    return TypoTolerantWord.of(form, maxEdits).near(reader, SpellingCorrector.EXACT_FIELDS);
  }

  @Override
  public List<String> written(String term) throws IOException {
    BytesRef bytes = new BytesRef(term);
    List<String> out = new ArrayList<>();
    for (String field : SpellingCorrector.EXACT_FIELDS) {
      String stored = field.substring(0, field.length() - EventSchema.EXACT_SUFFIX.length());
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        TermsEnum te = terms == null ? null : terms.iterator();
        if (te == null || !te.seekExact(bytes)) {
          continue;
        }
        PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS && out.size() < SpellingCorrector.WRITTEN_FORMS;
            doc = postings.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String text = leaf.reader().storedFields().document(doc, Set.of(stored)).get(stored);
          for (int i = 0;
              i < postings.freq() && out.size() < SpellingCorrector.WRITTEN_FORMS && text != null;
              i++) {
            postings.nextPosition();
            if (postings.startOffset() >= 0 && postings.endOffset() <= text.length()) {
              out.add(text.substring(postings.startOffset(), postings.endOffset()));
            }
          }
        }
      }
    }
    return out;
  }
}
