package de.smartcitysearch.pages;

import static de.smartcitysearch.search.Html.escape;

/**
 * The frame every server-rendered page shares with the search page: the document head (title,
 * description, canonical URL, the site's style sheet), the header with a search box that works
 * without JavaScript, and the footer. No inline script or style: the pages run under the strict
 * Content-Security-Policy of the site.
 */
final class PageFrame {

  private PageFrame() {}

  /**
   * A whole HTML document.
   *
   * @param title the document title (plain text)
   * @param description the meta description (plain text), or null
   * @param canonical the page's absolute URL, or null
   * @param head further elements of the head (markup, already escaped)
   * @param main the content of {@code <main>} (markup, already escaped)
   */
  static String document(
      String title, String description, String canonical, String head, String main) {
    StringBuilder html = new StringBuilder(4096 + main.length());
    html.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append(" – Smart-City-Veranstaltungssuche</title>\n");
    if (description != null && !description.isBlank()) {
      html.append("<meta name=\"description\" content=\"")
          .append(escape(shortened(description, 300)))
          .append("\">\n");
    }
    if (canonical != null) {
      html.append("<link rel=\"canonical\" href=\"").append(escape(canonical)).append("\">\n");
    }
    html.append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n")
        .append("<link rel=\"stylesheet\" href=\"/style.css\">\n")
        .append(head)
        .append("</head>\n<body>\n")
        .append("<a class=\"skip-link\" href=\"#content\">Zum Inhalt springen</a>\n")
        .append("<header class=\"site-header\"><div class=\"wrap\">\n")
        .append("<p class=\"brand\"><a href=\"/\">Smart-City-Veranstaltungen</a></p>\n")
        .append("<form class=\"search-form\" role=\"search\" action=\"/\" method=\"get\">\n")
        .append("<label for=\"q\" class=\"search-label\">Veranstaltungen durchsuchen</label>\n")
        .append(
            "<div class=\"search-row\"><div class=\"combobox\"><input id=\"q\" name=\"q\" type=\"search\" ")
        .append("maxlength=\"500\" placeholder=\"z. B. Datenplattform Kiel\"></div>")
        .append("<button type=\"submit\" class=\"primary\">Suchen</button></div>\n")
        .append("</form>\n</div></header>\n")
        .append("<main id=\"content\" class=\"wrap page-main\" tabindex=\"-1\">\n")
        .append(main)
        .append("</main>\n")
        .append("<footer class=\"site-footer wrap\"><a href=\"/\">Zur Suche</a> · ")
        .append(
            "<a href=\"/curator\">Kuratorenkonsole</a> · <a href=\"/widget-demo.html\">Widget für Ihre Website</a>")
        .append("</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  /** The text cut at a word before {@code max} characters, with an ellipsis when cut. */
  static String shortened(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    return flat.substring(0, cut > 0 ? cut : max - 1) + "…";
  }
}
