package de.smartcitysearch.server;

import java.util.List;
import spark.Response;

/**
 * The browser-side protections of the pages: a Content-Security-Policy that allows only this
 * origin's own scripts, styles and API (so injected markup could not run or phone home), framing
 * only by the configured partners, no content sniffing and no full URLs (with search words) in the
 * Referer sent to other sites.
 */
final class SecurityHeaders {

  private final String contentSecurityPolicy;

  /**
   * @param frameAncestors CSP source expressions of the sites allowed to frame the pages
   */
  SecurityHeaders(List<String> frameAncestors) {
    this.contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors "
            + String.join(" ", frameAncestors);
  }

  /** Headers every answer gets, JSON included. */
  static void common(Response res) {
    res.header("X-Content-Type-Options", "nosniff");
    res.header("Referrer-Policy", "strict-origin-when-cross-origin");
  }

  /** Adds the headers of a page; an HTML document also gets the Content-Security-Policy. */
  void apply(boolean html, Response res) {
    common(res);
    if (html) {
      res.header("Content-Security-Policy", contentSecurityPolicy);
    }
  }
}
