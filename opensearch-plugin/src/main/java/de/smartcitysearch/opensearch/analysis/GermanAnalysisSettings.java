package de.smartcitysearch.opensearch.analysis;

import de.smartcitysearch.analysis.GermanAnalysis;
import java.nio.file.Path;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;

/**
 * Reads the plugin's one analysis setting, {@value #VOCABULARY_PATH}, and gives the {@link
 * GermanAnalysis} it names.
 *
 * <p>Without the setting every index shares {@link GermanAnalysis#defaults()} (the splitter loads
 * about 60,000 words once per node). With it, the user's vocabulary folder is read when the index's
 * analysis is built, so a changed vocabulary takes effect when the index is created or reopened.
 */
final class GermanAnalysisSettings {

  /**
   * Folder of vocabulary files ({@code compound-words.txt}, {@code never-split.txt}, ...), relative
   * to the config folder.
   */
  static final String VOCABULARY_PATH = "vocabulary_path";

  private GermanAnalysisSettings() {}

  /**
   * The analysis configured by {@code settings}.
   *
   * @throws IllegalArgumentException when the folder is missing or a file has a malformed line (the
   *     message names the file and line, and OpenSearch answers the index creation with it)
   */
  static GermanAnalysis analysis(Environment environment, Settings settings) {
    String path = settings.get(VOCABULARY_PATH);
    if (path == null) {
      return GermanAnalysis.defaults();
    }
    Path dir = environment.configDir().resolve(path).normalize();
    if (!dir.startsWith(environment.configDir().normalize())) {
      throw new IllegalArgumentException(
          "["
              + VOCABULARY_PATH
              + "] must name a folder inside the config folder, got ["
              + path
              + "]");
    }
    return GermanAnalysis.withUserVocabulary(dir);
  }
}
