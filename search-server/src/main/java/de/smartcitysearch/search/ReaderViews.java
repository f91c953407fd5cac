package de.smartcitysearch.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * The reader a query works on and what is derived from it once per refresh (facet state, cities,
 * suggestions), acquired and released in one place.
 */
final class ReaderViews {

  /** Work on one reader's view. */
  @FunctionalInterface
  interface Work<T> {
    T on(IndexView view) throws IOException;
  }

  private final SearcherManager manager;
  private final FacetsConfig config;
  private volatile IndexView view;
  private volatile SuggestionsHolder suggestions;

  ReaderViews(SearcherManager manager, FacetsConfig config) {
    this.manager = manager;
    this.config = config;
  }

  /** Runs the work on the current reader's view, holding the reader until it is done. */
  <T> T with(Work<T> work) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return work.on(view(searcher.getIndexReader()));
    } finally {
      manager.release(searcher);
    }
  }

  /** The suggestions built from this view's reader (once per reader). */
  Suggestions suggestions(IndexView v) throws IOException {
    SuggestionsHolder holder = suggestions;
    if (holder == null || holder.reader() != v.reader()) {
      synchronized (this) {
        holder = suggestions;
        if (holder == null || holder.reader() != v.reader()) {
          holder = new SuggestionsHolder(v.reader(), Suggestions.build(v));
          suggestions = holder;
        }
      }
    }
    return holder.suggestions();
  }

  private IndexView view(IndexReader reader) throws IOException {
    IndexView current = view;
    if (current != null && current.reader() == reader) {
      return current;
    }
    synchronized (this) {
      current = view;
      if (current == null || current.reader() != reader) {
        current = IndexView.of(reader, config);
        view = current;
      }
      return current;
    }
  }

  private record SuggestionsHolder(IndexReader reader, Suggestions suggestions) {}
}
