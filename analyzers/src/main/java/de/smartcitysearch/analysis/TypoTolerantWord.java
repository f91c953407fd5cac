package de.smartcitysearch.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * One analysed word with typo tolerance: its Levenshtein automata, built once and shared by the word's queries
 * in every field and by the "did you mean" lookup.
 *
 * <p>Lucene's {@link FuzzyQuery} and {@code DirectSpellChecker} each build these automata anew for every field,
 * and that build, not the walk of the term dictionary, was most of the cost of a search with a typo (79 % of the
 * search time on the seed pages, where most queries of the load-test mix find fewer than three hits and are
 * retried with typo tolerance). Recent words are kept (up to {@value #CACHED_WORDS}), so a typo that comes
 * again does not rebuild them. Terms found score like FuzzyQuery's: {@code 1 - edits / length of the
 * shorter word}, the best 50 by that and their document frequency.
 */
public final class TypoTolerantWord {

  /** Words shorter than this get no typo tolerance. */
  public static final int MIN_LENGTH = 5;
  /** From this length on, two edits are tolerated, below it one. */
  public static final int TWO_EDITS_LENGTH = 8;
  /**
   * Typo tolerance starts after the first letter: visitors rarely mistype it, and without a fixed prefix every
   * typo-tolerant word walks each field's whole term dictionary.
   */
  public static final int PREFIX_LENGTH = 1;

  private static final int CACHED_WORDS = 256;
  private static final int MAX_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;
  private static final BoundedCache<String, TypoTolerantWord> RECENT = new BoundedCache<>(CACHED_WORDS);

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
    return typed.length() >= TWO_EDITS_LENGTH ? 2 : typed.length() >= MIN_LENGTH ? 1 : 0;
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

  /** The query for this word in one field. */
  public MultiTermQuery in(String field) {
    return new InField(field);
  }

  /**
   * The indexed term of these fields closest to the word (fewest edits, then most documents), if it is at least
   * {@code minSimilarity} similar ({@code 1 - edits / length of the shorter word}); null when there is none.
   */
  public String closestTerm(IndexReader reader, List<String> fields, float minSimilarity) throws IOException {
    CompiledAutomaton[] a = automata();
    BytesRef word = new BytesRef(text);
    String best = null;
    float bestSimilarity = minSimilarity;
    int bestFreq = 0;
    for (String field : fields) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum candidates = a[maxEdits].getTermsEnum(terms);
      for (BytesRef term = candidates.next(); term != null; term = candidates.next()) {
        float similarity = similarity(a, word, term);
        int freq = candidates.docFreq();
        if (similarity > bestSimilarity || (similarity == bestSimilarity && freq > bestFreq)) {
          best = term.utf8ToString();
          bestSimilarity = similarity;
          bestFreq = freq;
        }
      }
    }
    return best;
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

  private final class InField extends MultiTermQuery {

    InField(String field) {
      super(field, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
      CompiledAutomaton[] a = automata();
      BytesRef word = new BytesRef(text);
      return new FilteredTermsEnum(a[maxEdits].getTermsEnum(terms), false) {
        private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);

        @Override
        protected AcceptStatus accept(BytesRef term) {
          boost.setBoost(similarity(a, word, term));
          return AcceptStatus.YES;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      if (visitor.acceptField(field)) {
        visitor.consumeTermsMatching(this, field, () -> automata()[maxEdits].runAutomaton);
      }
    }

    @Override
    public String toString(String f) {
      return (field.equals(f) ? "" : field + ":") + text + "~" + maxEdits;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InField other && other.word() == TypoTolerantWord.this && field.equals(other.field);
    }

    @Override
    public int hashCode() {
      return Objects.hash(field, text, maxEdits);
    }

    private TypoTolerantWord word() {
      return TypoTolerantWord.this;
    }
  }
}
