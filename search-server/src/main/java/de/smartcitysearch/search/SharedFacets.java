package de.smartcitysearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/**
 * Facet counts that many request threads may read at once: {@code SortedSetDocValuesFacetCounts}
 * resolves labels through one doc values iterator of its own, which concurrent readers corrupt (the
 * hostile-request fuzz test saw {@code ArrayIndexOutOfBoundsException} in {@code lookupOrd}), so
 * each call holds the lock.
 */
final class SharedFacets extends Facets {

  private final Facets counts;

  SharedFacets(Facets counts) {
    this.counts = counts;
  }

  @Override
  public synchronized FacetResult getAllChildren(String dim, String... path) throws IOException {
    return counts.getAllChildren(dim, path);
  }

  @Override
  public synchronized FacetResult getTopChildren(int topN, String dim, String... path)
      throws IOException {
    return counts.getTopChildren(topN, dim, path);
  }

  @Override
  public synchronized Number getSpecificValue(String dim, String... path) throws IOException {
    return counts.getSpecificValue(dim, path);
  }

  @Override
  public synchronized List<FacetResult> getAllDims(int topN) throws IOException {
    return counts.getAllDims(topN);
  }

  @Override
  public synchronized List<FacetResult> getTopDims(int topNDims, int topNChildren)
      throws IOException {
    return counts.getTopDims(topNDims, topNChildren);
  }
}
