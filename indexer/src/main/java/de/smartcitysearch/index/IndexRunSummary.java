package de.smartcitysearch.index;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did, counted in sources (files, JSON records), not Lucene documents.
 *
 * @param added sources new to the index
 * @param updated sources whose content changed and that were replaced
 * @param unchanged sources skipped because their content hash is the one in the index
 * @param removed sources deleted because they are no longer in the input ({@code --delete-missing})
 * @param failed inputs that could not be read, each named with the reason; the run went on without
 *     them
 * @param warnings values dropped or cut from documents that were indexed (a date out of range, too
 *     many topics)
 * @param documents Lucene documents written (events and sessions)
 * @param ignoredFiles files of types the indexer does not read
 * @param elapsed wall time of the run
 */
public record IndexRunSummary(
    int added,
    int updated,
    int unchanged,
    int removed,
    List<Failure> failed,
    List<Failure> warnings,
    long documents,
    int ignoredFiles,
    Duration elapsed) {

  /** One input that was skipped, and why; or one that was indexed without a value, and why. */
  public record Failure(String location, String reason) {
    @Override
    public String toString() {
      return location + ": " + reason;
    }
  }

  public IndexRunSummary {
    failed = List.copyOf(failed);
    warnings = List.copyOf(warnings);
  }

  /** Whether the run changed the index at all. */
  public boolean changedIndex() {
    return added + updated + removed > 0;
  }

  /** Sources read and indexed per second (added and updated). */
  public double sourcesPerSecond() {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return (added + updated) / seconds;
  }

  /**
   * A short human-readable report, at most {@code maxFailures} failures and as many warnings listed
   * by name.
   */
  public String report(int maxFailures) {
    StringBuilder out = new StringBuilder();
    out.append(
        "added %d, updated %d, unchanged %d, removed %d, failed %d (%d documents written in %.1f s, %.0f sources/s)"
            .formatted(
                added,
                updated,
                unchanged,
                removed,
                failed.size(),
                documents,
                elapsed.toMillis() / 1000.0,
                sourcesPerSecond()));
    if (ignoredFiles > 0) {
      out.append("\nignored %d file(s) of types that are not indexed".formatted(ignoredFiles));
    }
    for (int i = 0; i < Math.min(maxFailures, failed.size()); i++) {
      out.append("\nfailed: ").append(failed.get(i));
    }
    if (failed.size() > maxFailures) {
      out.append("\n... and %d more failed".formatted(failed.size() - maxFailures));
    }
    for (int i = 0; i < Math.min(maxFailures, warnings.size()); i++) {
      out.append("\nwarning: ").append(warnings.get(i));
    }
    if (warnings.size() > maxFailures) {
      out.append("\n... and %d more warnings".formatted(warnings.size() - maxFailures));
    }
    return out.toString();
  }
}
