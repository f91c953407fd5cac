package de.smartcitysearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code smartcity-search} command line: one entry point for every subcommand. */
@Command(
    name = "smartcity-search",
    mixinStandardHelpOptions = true,
    version = "smartcity-search 0.1.0",
    description = "German full-text search for the event pages of smart-city programmes.",
    subcommands = {
      ServeCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      AnalyzeCommand.class
    })
public final class SmartCitySearchCli implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; usage errors name the bad argument. */
  public static int run(String... args) {
    return new CommandLine(new SmartCitySearchCli())
        .setExecutionExceptionHandler(SmartCitySearchCli::reportFailure)
        .execute(args);
  }

  /**
   * What a user sees when a command fails on bad configuration (a malformed vocabulary or gazetteer
   * file, an unreadable folder): the command's name and the reason, exit code 2, and no stack
   * trace.
   */
  private static int reportFailure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    commandLine.getErr().println(commandLine.getCommandName() + ": " + reason);
    return e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
        ? 2
        : 1;
  }
}
