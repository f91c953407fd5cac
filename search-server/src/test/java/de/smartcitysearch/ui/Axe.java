package de.smartcitysearch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core, the accessibility engine, run inside the page Chromium shows (open shadow roots such as
 * the widget's included). The build installs it from {@code package-lock.json} with {@code npm ci};
 * nothing is fetched at test time.
 */
final class Axe {

  /** Where {@code npm ci} puts it, relative to the module directory Surefire runs in. */
  static final Path SCRIPT = Path.of("node_modules", "axe-core", "axe.min.js");

  private Axe() {}

  /**
   * The serious and critical violations on the current page, one line each ("rule (impact): help —
   * targets"); every rule of WCAG 2.x A/AA and best practice, plus the experimental {@code
   * label-content-name-mismatch} that a link's visible text must be part of its name.
   */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(Chromium browser) {
    if (Boolean.FALSE.equals(browser.script("return typeof window.axe === 'object';"))) {
      browser.script(source());
    }
    Object result =
        browser.asyncScript(
            """
        const done = arguments[arguments.length - 1];
        axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } })
          .then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)))
          .catch((e) => done({ error: String(e) }));
        """);
    if (result instanceof Map<?, ?> error) {
      throw new IllegalStateException("axe-core failed: " + error.get("error"));
    }
    return (List<String>) result;
  }

  /** How many rules axe checked on the page (so a run that checked nothing cannot pass). */
  static long rulesRun(Chromium browser) {
    if (Boolean.FALSE.equals(browser.script("return typeof window.axe === 'object';"))) {
      browser.script(source());
    }
    Object n =
        browser.asyncScript(
            """
        const done = arguments[arguments.length - 1];
        axe.run(document).then((r) => done(r.passes.length + r.violations.length + r.incomplete.length));
        """);
    return ((Number) n).longValue();
  }

  private static String source() {
    if (!Files.isRegularFile(SCRIPT)) {
      throw new IllegalStateException(
          SCRIPT.toAbsolutePath()
              + " is missing: the build installs it with `npm ci` in "
              + "search-server (exec-maven-plugin, phase generate-test-resources); run `mvn verify` or `npm ci` there");
    }
    try {
      return Files.readString(SCRIPT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
