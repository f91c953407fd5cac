package de.smartcitysearch.index;

import de.smartcitysearch.extract.ExtractionException;
import de.smartcitysearch.extract.InputListener;
import de.smartcitysearch.extract.InputOptions;
import de.smartcitysearch.extract.InputReader;
import de.smartcitysearch.extract.PageEnricher;
import de.smartcitysearch.extract.SourceItem;
import de.smartcitysearch.index.DocumentGate.Admitted;
import de.smartcitysearch.index.IndexRunSummary.Failure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Brings an event index up to date with the inputs, incrementally: a Lucene index on disk, or any
 * other {@link EventStore} (an index in a search cluster).
 *
 * <p>Each source (a file, a JSON record) carries the SHA-256 of its content in the index. A source
 * whose hash is unchanged is skipped without being parsed; a changed source has all its documents
 * (the event and its sessions) replaced; a new one is added. A source whose documents were deleted
 * through the admin API is skipped while it is unchanged ({@link Tombstones}). Sources in the index
 * that the inputs no longer contain are removed only when asked ({@code deleteMissing}), so
 * indexing a part of the inputs does not wipe the rest. A run ends in one commit, and only when
 * something changed: a crash or an error half-way leaves the previous commit as it was (a cluster
 * keeps what it already took; the next run repairs it). One writer at a time on a Lucene index: a
 * second one gets {@link IndexInUseException}. Every source goes through the same {@link
 * PagePipeline} and store as a document added through the admin API ({@link DocumentIngestion}); a
 * document the store refuses at the commit fails its source, named with the store's reason.
 */
public final class EventIndexer {

  /**
   * Sources read ahead per worker: enough to keep the workers busy between two turns of the reading
   * thread, few enough to bound the memory (a queued file holds its raw bytes, up to the extraction
   * limit each).
   */
  private static final int QUEUED_PER_WORKER = 4;

  private final EventStore.Opener store;
  private final InputOptions inputOptions;
  private final int workers;

  /** An indexer that extracts, enriches and analyses on as many threads as there are cores. */
  public EventIndexer(Path indexDir, EventSchema schema, InputOptions inputOptions) {
    this(indexDir, schema, inputOptions, Runtime.getRuntime().availableProcessors());
  }

  /**
   * An indexer with this many worker threads for extraction, enrichment and analysis (the index
   * writer is thread-safe); the reading thread parses and hashes the inputs and joins in when the
   * workers fall behind. The enricher must then be safe to call from several threads.
   */
  public EventIndexer(Path indexDir, EventSchema schema, InputOptions inputOptions, int workers) {
    this(() -> EventIndexWriter.open(indexDir, schema), inputOptions, workers);
  }

  /**
   * An indexer into the store {@code store} opens (once per run), with this many worker threads;
   * the store must be safe to write from several threads.
   */
  public EventIndexer(EventStore.Opener store, InputOptions inputOptions, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, not " + workers);
    }
    this.store = store;
    this.inputOptions = inputOptions;
    this.workers = workers;
  }

  /**
   * Indexes the inputs and commits once.
   *
   * @param inputs files and folders; each must exist
   * @param enricher turns each changed page into its event and session documents
   * @param deleteMissing remove sources the inputs no longer contain
   * @param progress follows the run
   * @throws IndexInUseException when another indexer writes to the Lucene index
   * @throws java.nio.file.NoSuchFileException when an input does not exist (nothing is changed)
   */
  public IndexRunSummary index(
      List<Path> inputs, PageEnricher enricher, boolean deleteMissing, IndexProgress progress)
      throws IOException {
    long started = System.nanoTime();
    InputReader.requireExisting(inputs);
    InputReader reader = new InputReader(inputOptions);
    try (EventStore writer = store.open();
        PagePipeline pipeline = new PagePipeline(enricher, inputOptions.limits().timeout())) {
      try {
        Map<String, String> indexed = writer.sourceHashes();
        Run run = new Run(writer, pipeline, indexed, progress);
        progress.start(reader.totalBytes(inputs));
        try {
          try {
            reader.read(inputs, run);
          } finally {
            run.awaitWorkers(); // no worker may still write when the run commits or rolls back
          }
          run.rethrowFatal();
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        if (deleteMissing) {
          for (String source : indexed.keySet()) {
            if (!run.seen.contains(source)) {
              writer.removeSource(source);
              run.removed++;
            }
          }
        }
        if (run.added + run.updated + run.removed > 0) {
          run.refused(writer.commit());
        }
        return new IndexRunSummary(
            run.added,
            run.updated,
            run.unchanged,
            run.removed,
            run.failures(),
            run.warnings(),
            run.documents,
            run.ignored,
            Duration.ofNanos(System.nanoTime() - started));
      } finally {
        progress.close();
      }
    }
  }

  /**
   * The state of one run, fed by the input reader. Deciding what to do with a source (duplicate,
   * unchanged, new, changed) happens in input order on the reading thread; extracting, enriching
   * and writing it on the workers.
   */
  private final class Run implements InputListener {
    private final EventStore writer;
    private final PagePipeline pipeline;
    private final Map<String, String> indexed;
    private final IndexProgress progress;
    private final ThreadPoolExecutor pool;
    private final Set<String> seen = new HashSet<>();

    /**
     * Failures and warnings by input order, so that the report does not depend on which worker
     * finished first.
     */
    private final Map<Long, Failure> failed = new ConcurrentSkipListMap<>();

    private final Map<Long, List<Failure>> warned = new ConcurrentSkipListMap<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    /** The sources written in this run, for a store's refusals at the commit. */
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    private long sequence;
    private int added;
    private int updated;
    private int unchanged;
    private int removed;
    private int ignored;
    private long documents;

    Run(
        EventStore writer,
        PagePipeline pipeline,
        Map<String, String> indexed,
        IndexProgress progress) {
      this.writer = writer;
      this.pipeline = pipeline;
      this.indexed = indexed;
      this.progress = progress;
      // a full queue makes the reading thread index the source itself: back pressure without idle
      // cores
      this.pool =
          new ThreadPoolExecutor(
              workers,
              workers,
              0,
              TimeUnit.SECONDS,
              new ArrayBlockingQueue<>(workers * QUEUED_PER_WORKER),
              Thread.ofPlatform().name("indexer-", 1).factory(),
              new ThreadPoolExecutor.CallerRunsPolicy());
    }

    @Override
    public void item(SourceItem item) {
      rethrowFatal();
      long order = sequence++;
      if (!seen.add(item.source())) {
        failed.put(
            order,
            new Failure(
                item.location(), "duplicate: " + item.source() + " was already read in this run"));
        return;
      }
      String previous = indexed.get(item.source());
      if (item.contentHash().equals(previous)) {
        unchanged++;
        return;
      }
      pool.execute(
          () -> {
            if (fatal.get() == null) {
              try {
                write(item, previous, order);
              } catch (Throwable t) {
                fatal.compareAndSet(null, t);
              }
            }
          });
    }

    private void write(SourceItem item, String previous, long order) throws IOException {
      Admitted admitted;
      try {
        admitted = pipeline.prepare(item);
        writer.write(item.source(), admitted.documents());
      } catch (ExtractionException e) {
        failed.put(order, new Failure(item.location(), e.getMessage()));
        return;
      } catch (IdTakenException e) {
        failed.put(order, new Failure(item.location(), e.getMessage()));
        return;
      }
      if (!admitted.warnings().isEmpty()) {
        warned.put(
            order, admitted.warnings().stream().map(w -> new Failure(item.location(), w)).toList());
      }
      written.put(
          item.source(),
          new Written(order, item.location(), previous == null, admitted.documents().size()));
      synchronized (this) {
        documents += admitted.documents().size();
        if (previous == null) {
          added++;
        } else {
          updated++;
        }
      }
    }

    /**
     * Counts each source with a refused document as failed instead of written, with the store's
     * reasons.
     */
    synchronized void refused(List<WriteRefusal> refusals) {
      Map<String, List<WriteRefusal>> bySource = new LinkedHashMap<>();
      refusals.forEach(r -> bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r));
      bySource.forEach(
          (source, refused) -> {
            Written w = written.get(source);
            if (w == null) {
              throw new IllegalStateException(
                  "the store refused a document of " + source + ", which this run did not write");
            }
            failed.put(
                w.order(),
                new Failure(
                    w.location(),
                    "refused by the index: "
                        + refused.stream()
                            .map(WriteRefusal::toString)
                            .collect(Collectors.joining("; "))));
            warned.remove(w.order());
            documents -= w.documents();
            if (w.added()) {
              added--;
            } else {
              updated--;
            }
          });
    }

    /** Waits until the workers have written every source handed to them. */
    void awaitWorkers() throws IOException {
      pool.shutdown();
      try {
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          // a large document may take its time; the extraction limits bound it
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the indexing workers");
      }
    }

    /** Rethrows what stopped a worker (a failing writer), so that the run ends without a commit. */
    void rethrowFatal() {
      Throwable t = fatal.get();
      if (t instanceof IOException e) {
        throw new UncheckedIOException(e);
      } else if (t instanceof RuntimeException e) {
        throw e;
      } else if (t instanceof Error e) {
        throw e;
      } else if (t != null) {
        throw new IllegalStateException(t);
      }
    }

    List<Failure> failures() {
      return List.copyOf(failed.values());
    }

    List<Failure> warnings() {
      return warned.values().stream().flatMap(List::stream).toList();
    }

    @Override
    public void failed(String location, String reason) {
      seen.add(location); // a file that cannot be read now keeps what the index has of it
      failed.put(sequence++, new Failure(location, reason));
    }

    @Override
    public void ignored(Path file) {
      ignored++;
    }

    @Override
    public void advanced(long bytes) {
      progress.advance(bytes, seen.size());
    }
  }

  /**
   * A source written in a run: where it is in the input, whether it was new, how many documents it
   * gave.
   */
  private record Written(long order, String location, boolean added, int documents) {}
}
