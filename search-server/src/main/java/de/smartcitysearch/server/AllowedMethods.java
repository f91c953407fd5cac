package de.smartcitysearch.server;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import spark.Service;
import spark.route.HttpMethod;
import spark.routematch.RouteMatch;

/**
 * The methods a path answers, read from the routes the features registered: what a 405 lists in
 * {@code Allow}. GET routes also answer HEAD; OPTIONS (the CORS preflight, registered for every
 * path) is listed only for paths that exist otherwise.
 */
final class AllowedMethods {

  private static final Set<HttpMethod> REQUEST_METHODS =
      Set.of(HttpMethod.get, HttpMethod.post, HttpMethod.put, HttpMethod.patch, HttpMethod.delete);

  private final Service http;

  AllowedMethods(Service http) {
    this.http = http;
  }

  /** "GET, HEAD, OPTIONS" and the like, or empty when no route has this path. */
  String of(String path) {
    Set<String> methods = new LinkedHashSet<>();
    for (RouteMatch route : http.routes()) {
      HttpMethod method = route.getHttpMethod();
      if (REQUEST_METHODS.contains(method) && matches(route.getMatchUri(), path)) {
        methods.add(method.name().toUpperCase(Locale.ROOT));
        if (method == HttpMethod.get) {
          methods.add("HEAD");
        }
      }
    }
    if (methods.isEmpty()) {
      return "";
    }
    methods.add("OPTIONS");
    return String.join(", ", methods);
  }

  /** Spark's patterns as the features use them: a fixed path, or a prefix ending in {@code /*}. */
  static boolean matches(String pattern, String path) {
    if (pattern.endsWith("/*")) {
      String prefix = pattern.substring(0, pattern.length() - 1);
      return path.startsWith(prefix) && path.length() > prefix.length();
    }
    return pattern.equals(path);
  }
}
