package de.smartcitysearch.cli;

import java.nio.file.Path;

/**
 * The installation folder the launcher runs from, so default paths ({@code seeds/}, {@code
 * data/index}) work whatever the current directory is.
 */
final class AppHome {

  /** Set by the {@code smartcity-search} launcher to the repository root. */
  static final String ENV = "SMARTCITY_SEARCH_HOME";

  private AppHome() {}

  /**
   * The path below the installation folder, or below the current directory when no launcher set
   * one.
   */
  static Path resolve(String first, String... more) {
    String home = System.getenv(ENV);
    Path relative = Path.of(first, more);
    return home == null || home.isBlank() ? relative : Path.of(home).resolve(relative);
  }
}
