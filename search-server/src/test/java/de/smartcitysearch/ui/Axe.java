package de.smartcitysearch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/**
 * axe-core, the accessibility engine, run inside the page under test: the package that {@code mvn} installs with
 * {@code npm ci} into {@code target/axe} from the locked version, injected through the browser driver (which the
 * page's Content-Security-Policy does not restrict), checking WCAG 2.0-2.2 A and AA and best practices.
 */
final class Axe {

  private static final Path SCRIPT = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

  private Axe() {}

  /** The serious and critical violations on the page as it is now, one line each: rule, impact, elements. */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(Chromium browser) {
    browser.script(source());
    Object result = browser.asyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
            'best-practice']}, resultTypes: ['violations']})
          .then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — '
              + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | '))))
          .catch((e) => done(['axe failed: ' + e]));
        """);
    return (List<String>) result;
  }

  /** How many rules axe checked on the page (so a run that checked nothing cannot pass). */
  static long rulesRun(Chromium browser) {
    browser.script(source());
    Object n = browser.asyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document).then((r) => done(r.passes.length + r.violations.length + r.incomplete.length));
        """);
    return ((Number) n).longValue();
  }

  private static String source() {
    Assertions.assertTrue(Files.isRegularFile(SCRIPT), SCRIPT + " is missing: mvn installs it (npm ci) before the tests");
    try {
      return Files.readString(SCRIPT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
