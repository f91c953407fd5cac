package de.smartcitysearch.bench.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data folder beside the repository, as Surefire passes it in {@code shared.dir}. */
public final class SharedData {

  private SharedData() {}

  public static Path dir() {
    String property = System.getProperty("shared.dir");
    if (property == null) {
      throw new IllegalStateException("system property shared.dir is not set (Surefire sets it)");
    }
    Path dir = Path.of(property);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("shared.dir " + dir + " is not a folder");
    }
    return dir;
  }
}
