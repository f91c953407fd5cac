package de.smartcitysearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code smartcity-search} command line: one entry point for every subcommand. */
@Command(
    name = "smartcity-search",
    mixinStandardHelpOptions = true,
    version = "smartcity-search 0.1.0",
    description = "German full-text search for the event pages of smart-city programmes.",
    subcommands = {ServeCommand.class, IndexCommand.class, SearchCommand.class, AnalyzeCommand.class})
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
    return new CommandLine(new SmartCitySearchCli()).execute(args);
  }
}
