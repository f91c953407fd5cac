package de.smartcitysearch.analysis;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
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
 * One analysed word with typo tolerance, built once for all the fields it is searched in.
 *
 * <p>Lucene's {@link FuzzyQuery} builds its Levenshtein automata anew for every field it is rewritten in, and
 * that build, not the walk of the term dictionary, was most of the cost of a fuzzy search (79 % of the search
 * time on the seed pages, where most queries of the load-test mix find fewer than three hits). Here the automata
 * are built on first use and shared by the word's queries in all fields; the terms found score like
 * FuzzyQuery's: {@code 1 - edits / length of the shorter word}, the best 50 by that and their document
 * frequency.
 */
final class TypoTolerantWord {

  private static final int MAX_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;

  private final String text;
  private final int maxEdits;
  private final int prefixLength;
  private final int codePoints;
  private volatile CompiledAutomaton[] automata;

  TypoTolerantWord(String text, int maxEdits, int prefixLength) {
    this.text = text;
    this.maxEdits = maxEdits;
    this.prefixLength = prefixLength;
    this.codePoints = text.codePointCount(0, text.length());
  }

  /** The query for this word in one field. */
  MultiTermQuery in(String field) {
    return new InField(field);
  }

  /** Automata for 1 .. maxEdits edits (index 0: the word itself is compared directly). */
  private CompiledAutomaton[] automata() {
    CompiledAutomaton[] built = automata;
    if (built == null) {
      synchronized (this) {
        built = automata;
        if (built == null) {
          built = new CompiledAutomaton[maxEdits + 1];
          for (int edits = 1; edits <= maxEdits; edits++) {
            built[edits] = FuzzyQuery.getFuzzyAutomaton(text, edits, prefixLength, true);
          }
          automata = built;
        }
      }
    }
    return built;
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
          int edits = edits(a, word, term);
          int length = UnicodeUtil.codePointCount(term);
          boost.setBoost(1f - (float) edits / Math.min(length, codePoints));
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
      return o instanceof InField other && other.outer() == TypoTolerantWord.this && field.equals(other.field);
    }

    @Override
    public int hashCode() {
      return Objects.hash(field, text, maxEdits, prefixLength);
    }

    private TypoTolerantWord outer() {
      return TypoTolerantWord.this;
    }
  }

  /** The fewest edits within which the automata accept the term (it is known to be within maxEdits). */
  private static int edits(CompiledAutomaton[] automata, BytesRef word, BytesRef term) {
    if (word.bytesEquals(term)) {
      return 0;
    }
    for (int edits = 1; edits < automata.length - 1; edits++) {
      if (automata[edits].runAutomaton.run(term.bytes, term.offset, term.length)) {
        return edits;
      }
    }
    return automata.length - 1;
  }
}
