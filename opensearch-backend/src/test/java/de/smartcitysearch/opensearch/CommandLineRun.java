package de.smartcitysearch.opensearch;

import de.smartcitysearch.cli.SmartCitySearchCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line as the launcher makes it, with its exit code and what it printed.
 *
 * @param code the exit code
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
public record CommandLineRun(int code, String out, String err) {

  /** Runs the command line with these arguments, its output captured (one run at a time). */
  public static synchronized CommandLineRun of(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = SmartCitySearchCli.run(args);
      return new CommandLineRun(
          code,
          outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** Exit code and both outputs, for an assertion's message. */
  public String all() {
    return "exit " + code + "\n" + out + "\n" + err;
  }
}
