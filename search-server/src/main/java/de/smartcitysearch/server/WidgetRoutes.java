package de.smartcitysearch.server;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import spark.Request;
import spark.Service;

/**
 * What the embedded widget asks before its first search (are my presets right, and in which
 * spelling does the index hold them?) and where the curator console reads the presets partner sites
 * got wrong.
 */
final class WidgetRoutes implements HttpFeature {

  static final String PRESETS = "/api/widget/presets";
  static final String PROBLEMS = "/api/widget/problems";
  private static final int MAX_SITE_LENGTH = 200;

  private final WidgetPresets presets;
  private final PresetProblemLog problems;

  WidgetRoutes(WidgetPresets presets, PresetProblemLog problems) {
    this.presets = presets;
    this.problems = problems;
  }

  /**
   * True for the paths whose answers change without the index changing: the problem log, and the
   * check, which must reach the server on every page view to be logged.
   */
  static boolean changesWithoutTheIndex(String path) {
    return PRESETS.equals(path) || PROBLEMS.equals(path);
  }

  @Override
  public void register(Service http) {
    http.get(
        PRESETS,
        (req, res) -> {
          WidgetPresets.Checked checked =
              presets.check(new Params(req).only(WidgetPresets.attributes()));
          String site = site(req);
          if (!isOwnPage(
              site,
              req)) { // the demo page, where a partner tries values out, is not a partner's site
            checked.problems().forEach(p -> problems.record(site, p));
          }
          return Json.write(checked);
        });
    http.get(
        PROBLEMS,
        (req, res) -> {
          new Params(req).only(Set.of());
          return Json.write(Map.of("problems", problems.entries()));
        });
  }

  /**
   * The origin of the page the widget runs on: the {@code Origin} a browser sends with a
   * cross-origin fetch, else the origin of the {@code Referer} (the widget on the search host's own
   * demo page); null when neither names an http(s) origin. Only the origin is kept, never a path
   * that could hold a visitor's search.
   */
  static String site(Request req) {
    String origin = origin(req.headers("Origin"));
    return origin != null ? origin : origin(req.headers("Referer"));
  }

  /** True when the site is this server itself, as the browser addressed it ({@code Host}). */
  private static boolean isOwnPage(String site, Request req) {
    String host = req.headers("Host");
    return site != null
        && host != null
        && site.substring(site.indexOf("://") + 3).equalsIgnoreCase(host.strip());
  }

  private static String origin(String header) {
    if (header == null || header.isBlank() || header.length() > 2000) {
      return null;
    }
    try {
      URI uri = new URI(header.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return null;
      }
      String site =
          scheme
              + "://"
              + uri.getHost().toLowerCase(Locale.ROOT)
              + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      return site.length() > MAX_SITE_LENGTH ? null : site;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
