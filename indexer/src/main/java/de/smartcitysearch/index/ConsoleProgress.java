package de.smartcitysearch.index;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal: input read (kB or MB), sources seen, rate and time left. */
public final class ConsoleProgress implements IndexProgress {

  private final PrintStream out;
  private ProgressBar bar;

  public ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  /**
   * A console progress bar on stderr when stderr is a terminal, else {@link IndexProgress#NONE}.
   */
  public static IndexProgress forTerminal(boolean quiet) {
    return quiet || System.console() == null ? NONE : new ConsoleProgress(System.err);
  }

  @Override
  public void start(long totalBytes) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("Indexing")
            .setInitialMax(totalBytes)
            .setUnit(
                totalBytes < 10L << 20 ? " kB" : " MB",
                totalBytes < 10L << 20 ? 1L << 10 : 1L << 20)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .setUpdateIntervalMillis(500)
            .setConsumer(new ConsoleProgressBarConsumer(out))
            .build();
  }

  @Override
  public void advance(long bytes, long sources) {
    if (bar != null) {
      bar.stepBy(bytes);
      bar.setExtraMessage(" " + sources + " sources");
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
