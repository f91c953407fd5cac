package de.smartcitysearch.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * One analysed word that the index does not contain, and the indexed terms within a few typing
 * errors of it.
 *
 * <p>The Levenshtein automaton is built once per word and kept for the {@value #CACHED_WORDS} most
 * recent words: building it, not walking the term dictionary, was most of the cost of a search with
 * a typo. Which neighbour the visitor meant is the search core's decision.
 */
public final class TypoTolerantWord {

  /**
   * Words shorter than this (as typed) are never respelled: too many real words are one edit apart.
   */
  public static final int MIN_LENGTH = 4;

  /** Words shorter than this need a clearly frequent neighbour. */
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
  private volatile CompiledAutomaton automaton;

  private TypoTolerantWord(String text, int maxEdits) {
    this.text = text;
    this.maxEdits = maxEdits;
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
   * An indexed term of a field close to the word, and in how many documents of that field it
   * occurs: a candidate for the word the visitor meant, judged by the caller.
   */
  public record Neighbour(String term, int docFreq) {}

  /**
   * The indexed terms of these fields within the tolerated edits of the word, the first letter
   * kept, each with its document frequency in each field that has it.
   */
  public List<Neighbour> near(IndexReader reader, List<String> fields) throws IOException {
    CompiledAutomaton automaton = automaton();
    List<Neighbour> out = new ArrayList<>();
    for (String field : fields) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum candidates = automaton.getTermsEnum(terms);
      for (BytesRef term = candidates.next(); term != null; term = candidates.next()) {
        out.add(new Neighbour(term.utf8ToString(), candidates.docFreq()));
      }
    }
    return out;
  }

  /** The Levenshtein automaton of the word, built on first use. */
  private CompiledAutomaton automaton() {
    CompiledAutomaton built = automaton;
    if (built == null) {
      synchronized (this) {
        built = automaton;
        if (built == null) {
          built = FuzzyQuery.getFuzzyAutomaton(text, maxEdits, PREFIX_LENGTH, true);
          automaton = built;
        }
      }
    }
    return built;
  }
}
