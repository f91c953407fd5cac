package de.smartcitysearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways faceting for visitor searches: exact counts while a query matches at most {@code
 * sampleSize} documents, above that counts estimated from an even sample of about that many matches
 * (each count divided by the share sampled). Counting the facet values of every match was a large
 * part of a search with many matches; the sample keeps that cost bounded. One instance serves one
 * search ({@link #sampled()} tells whether it sampled).
 *
 * <p>The date presets are counted in the same pass ({@link #whenCounts()}): among the matches that
 * meet every other constraint, so that choosing a preset does not narrow its own counts and each
 * count is what choosing it shows.
 */
final class SampledDrillSideways extends DrillSideways {

  /**
   * Fixed, so that the same search on the same index gives the same estimates (answer caches,
   * tests).
   */
  private static final long SEED = 20261206L;

  private final int sampleSize;
  private final LocalDate today;
  private boolean sampled;
  private WhenCounts when = WhenCounts.NONE;

  /**
   * Drill-sideways over this searcher; a query may name the date preset as the drill-down dimension
   * {@link SearchResponse#WHEN_FACET}. The presets are counted by {@code today}, or not at all when
   * it is null.
   */
  SampledDrillSideways(
      IndexSearcher searcher,
      FacetsConfig config,
      SortedSetDocValuesReaderState state,
      int sampleSize,
      LocalDate today) {
    super(searcher, config, state);
    this.sampleSize = sampleSize;
    this.today = today;
  }

  /**
   * How many matches of the last search each date preset would show (drill-sideways: the chosen
   * preset left out), exact up to the sample size as a total is; {@link WhenCounts#NONE} when not
   * asked for.
   */
  WhenCounts whenCounts() {
    return when;
  }

  /** True when some facet counts of the last search were estimated from a sample. */
  boolean sampled() {
    return sampled;
  }

  @Override
  protected FacetsCollectorManager createDrillDownFacetsCollectorManager() {
    return new SamplingManager(sampleSize);
  }

  @Override
  protected FacetsCollectorManager createDrillSidewaysFacetsCollectorManager() {
    return new SamplingManager(sampleSize);
  }

  @Override
  protected Facets buildFacetsResult(
      FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
      throws IOException {
    Facets drillDownFacets = counts(drillDowns);
    int preset = dims == null ? -1 : Arrays.asList(dims).indexOf(SearchResponse.WHEN_FACET);
    if (today != null) {
      // with a preset chosen, the matches of every constraint but it: what each preset would show
      when = WhenCounts.among(preset < 0 ? drillDowns : drillSideways[preset], today, sampleSize);
    }
    Map<String, Facets> sideways = new HashMap<>();
    for (int i = 0; drillSideways != null && i < drillSideways.length; i++) {
      if (i != preset) {
        sideways.put(dims[i], counts(drillSideways[i]));
      }
    }
    return sideways.isEmpty() ? drillDownFacets : new MultiFacets(sideways, drillDownFacets);
  }

  private Facets counts(FacetsCollector collector) throws IOException {
    Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
    // the rate stays 0 when all matches fit in the sample (no sample drawn)
    double rate =
        collector instanceof RandomSamplingFacetsCollector sample ? sample.getSamplingRate() : 0;
    if (rate > 0 && rate < 1) {
      sampled = true;
      return new Estimated(counts, rate);
    }
    return counts;
  }

  /** One sampling collector per search (the searcher has no executor, so one slice). */
  private static final class SamplingManager extends FacetsCollectorManager {
    private final int sampleSize;

    SamplingManager(int sampleSize) {
      this.sampleSize = sampleSize;
    }

    @Override
    public FacetsCollector newCollector() {
      return new RandomSamplingFacetsCollector(sampleSize, SEED);
    }

    @Override
    public FacetsCollector reduce(Collection<FacetsCollector> collectors) throws IOException {
      if (collectors.size() == 1) {
        FacetsCollector only = collectors.iterator().next();
        only.getMatchingDocs(); // draws the sample and fixes the sampling rate
        return only;
      }
      return super.reduce(collectors); // more slices: counts of each slice's sample, not scaled
    }
  }

  /** Counts of a sample divided by the share sampled: estimates of the counts over every match. */
  private static final class Estimated extends Facets {
    private final Facets sample;
    private final double rate;

    Estimated(Facets sample, double rate) {
      this.sample = sample;
      this.rate = rate;
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) throws IOException {
      return scaled(sample.getAllChildren(dim, path));
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
      return scaled(sample.getTopChildren(topN, dim, path));
    }

    @Override
    public Number getSpecificValue(String dim, String... path) throws IOException {
      Number n = sample.getSpecificValue(dim, path);
      return n == null ? null : estimate(n);
    }

    @Override
    public List<FacetResult> getAllDims(int topN) throws IOException {
      List<FacetResult> out = new ArrayList<>();
      for (FacetResult r : sample.getAllDims(topN)) {
        out.add(scaled(r));
      }
      return out;
    }

    private FacetResult scaled(FacetResult r) {
      if (r == null) {
        return null;
      }
      LabelAndValue[] values = new LabelAndValue[r.labelValues.length];
      for (int i = 0; i < values.length; i++) {
        LabelAndValue v = r.labelValues[i];
        values[i] = new LabelAndValue(v.label, estimate(v.value), (int) estimate(v.count));
      }
      return new FacetResult(r.dim, r.path, estimate(r.value), values, r.childCount);
    }

    private long estimate(Number n) {
      return Math.round(n.doubleValue() / rate);
    }
  }
}
