package de.smartcitysearch.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * One analysed word that the index does not contain, and the indexed terms within a few typing
 * errors of it.
 *
 * <p>The Levenshtein automata are built once per word and kept for the {@value #CACHED_WORDS} most
 * recent words: building them, not walking the term dictionary, was most of the cost of a search
 * with a typo.
 */
public final class TypoTolerantWord {

  /**
   * Words shorter than this (as typed) are never respelled: too many real words are one edit apart.
   */
  public static final int MIN_LENGTH = 4;

  /**
   * Words shorter than this need a clearly frequent neighbour (see {@link
   * Neighbour#isClearAndFrequent}).
   */
  public static final int SHORT_LENGTH = 5;

  /** From this length on, two edits are tolerated, below it one. */
  public static final int TWO_EDITS_LENGTH = 8;

  /**
   * Typo tolerance starts after the first letter: visitors rarely mistype it, and without a fixed
   * prefix every lookup walks each field's whole term dictionary.
   */
  public static final int PREFIX_LENGTH = 1;

  private static final int CACHED_WORDS = 256;
  private static final BoundedCache<String, TypoTolerantWord> RECENT =
      new BoundedCache<>(CACHED_WORDS);

  private final String text;
  private final int maxEdits;
  private final int codePoints;
  private volatile CompiledAutomaton[] automata;

  private TypoTolerantWord(String text, int maxEdits) {
    this.text = text;
    this.maxEdits = maxEdits;
    this.codePoints = text.codePointCount(0, text.length());
  }

  /** How many edits a word as typed may have: 0 (too short), 1 or 2. */
  public static int editsFor(String typed) {
    int length = typed.codePointCount(0, typed.length());
    return length >= TWO_EDITS_LENGTH ? 2 : length >= MIN_LENGTH ? 1 : 0;
  }

  /**
   * The analysed word {@code text} with this many edits tolerated.
   *
   * @throws IllegalArgumentException if {@code maxEdits} is not 1 or 2
   */
  public static TypoTolerantWord of(String text, int maxEdits) {
    if (maxEdits < 1 || maxEdits > 2) {
      throw new IllegalArgumentException("1 or 2 edits, not " + maxEdits);
    }
    return RECENT.get(maxEdits + ":" + text, k -> new TypoTolerantWord(text, maxEdits));
  }

  /**
   * An indexed term of these fields close to the word, with what is needed to judge whether it is
   * the word the visitor meant.
   *
   * @param term the indexed term
   * @param similarity {@code 1 - edits / length of the shorter word}
   * @param docFreq in how many documents the term occurs (the largest of the fields)
   * @param rivalDocFreq the largest document frequency of another term equally close, 0 when there
   *     is none
   */
  public record Neighbour(String term, float similarity, int docFreq, int rivalDocFreq) {

    /**
     * True when the term is the obvious reading of a short word: in at least {@code minDocFreq}
     * documents and at least twice as frequent as any other term equally close ("Kongres" ->
     * "Kongress", not one of two rare words).
     */
    public boolean isClearAndFrequent(int minDocFreq) {
      return docFreq >= minDocFreq && docFreq >= 2 * rivalDocFreq;
    }
  }

  /**
   * The indexed term of these fields closest to the word (fewest edits, then most documents), if it
   * is at least {@code minSimilarity} similar; null when there is none.
   */
  public Neighbour closestTerm(IndexReader reader, List<String> fields, float minSimilarity)
      throws IOException {
    CompiledAutomaton[] a = automata();
    BytesRef word = new BytesRef(text);
    String best = null;
    float bestSimilarity = minSimilarity;
    int bestFreq = 0;
    int rivalFreq = 0;
    for (String field : fields) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum candidates = a[maxEdits].getTermsEnum(terms);
      for (BytesRef term = candidates.next(); term != null; term = candidates.next()) {
        float similarity = similarity(a, word, term);
        int freq = candidates.docFreq();
        String candidate = term.utf8ToString();
        if (candidate.equals(best)) {
          bestFreq = Math.max(bestFreq, freq); // the same term in another field
        } else if (similarity > bestSimilarity
            || (similarity == bestSimilarity && freq > bestFreq)) {
          rivalFreq = similarity == bestSimilarity ? bestFreq : 0;
          best = candidate;
          bestSimilarity = similarity;
          bestFreq = freq;
        } else if (similarity == bestSimilarity) {
          rivalFreq = Math.max(rivalFreq, freq);
        }
      }
    }
    return best == null ? null : new Neighbour(best, bestSimilarity, bestFreq, rivalFreq);
  }

  /** Automata for 1 .. maxEdits edits (index 0 unused: the word itself is compared directly). */
  private CompiledAutomaton[] automata() {
    CompiledAutomaton[] built = automata;
    if (built == null) {
      synchronized (this) {
        built = automata;
        if (built == null) {
          built = new CompiledAutomaton[maxEdits + 1];
          for (int edits = 1; edits <= maxEdits; edits++) {
            built[edits] = FuzzyQuery.getFuzzyAutomaton(text, edits, PREFIX_LENGTH, true);
          }
          automata = built;
        }
      }
    }
    return built;
  }

  private float similarity(CompiledAutomaton[] a, BytesRef word, BytesRef term) {
    int edits = maxEdits;
    if (word.bytesEquals(term)) {
      edits = 0;
    } else {
      for (int e = 1; e < maxEdits; e++) {
        if (a[e].runAutomaton.run(term.bytes, term.offset, term.length)) {
          edits = e;
          break;
        }
      }
    }
    return 1f - (float) edits / Math.min(UnicodeUtil.codePointCount(term), codePoints);
  }
}
