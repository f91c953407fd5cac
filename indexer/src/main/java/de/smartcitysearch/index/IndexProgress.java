package de.smartcitysearch.index;

/** Follows an indexing run, in bytes of input read. */
public interface IndexProgress extends AutoCloseable {

  /** Reports nothing. */
  IndexProgress NONE =
      new IndexProgress() {
        @Override
        public void start(long totalBytes) {}

        @Override
        public void advance(long bytes, long sources) {}

        @Override
        public void close() {}
      };

  /** The run begins; {@code totalBytes} is the size of all inputs. */
  void start(long totalBytes);

  /** {@code bytes} more input were read; {@code sources} is the number of sources seen so far. */
  void advance(long bytes, long sources);

  /** The run ended. */
  @Override
  void close();
}
