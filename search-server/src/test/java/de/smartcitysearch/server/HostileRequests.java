package de.smartcitysearch.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded source of hostile GET requests (path and already encoded query) for the API: Lucene
 * syntax, regex and wildcard characters, percent-encoded bytes that are not UTF-8 (lone surrogates,
 * truncated sequences, NUL), 10,000-character words, emoji and right-to-left text, and odd
 * parameter names, counts and values.
 */
final class HostileRequests {

  private static final List<String> WORDS =
      List.of(
          "Kiel",
          "Datenplattform",
          "Smart City",
          "Bürgerbeteiligung",
          "Mobilität",
          "Klimafolgenanpassung",
          "digitale Zwillinge",
          "Kieler",
          "April 2026",
          "BMWSB",
          "Fraunhofer IESE");
  private static final List<String> SYNTAX =
      List.of(
          "AND",
          "OR",
          "NOT",
          "+",
          "-",
          "!",
          "(",
          ")",
          "{",
          "}",
          "[",
          "]",
          "^",
          "\"",
          "~",
          "*",
          "?",
          ":",
          "\\",
          "/",
          "&&",
          "||",
          "title:",
          "body:(",
          "[* TO *]",
          "{a TO z}",
          "~2",
          "^100",
          "/.*/",
          "/[a-z]+{1,99999}/",
          "(a|b)+$",
          "Kie*",
          "ki?l",
          "*:*",
          "\\\\",
          "\"\"",
          "-\"",
          ".*.*.*.*.*=");
  private static final List<String> UNICODE =
      List.of(
          "🏙️",
          "👩‍💻",
          "🇩🇪",
          "مدينة ذكية",
          "עיר חכמה",
          "\u202Etxt.exe",
          "\u200B",
          "\uFEFF",
          "e\u0301\u0301\u0301",
          "ß",
          "ẞ",
          "\uD83D",
          "\uDC00x",
          "Ω≈ç√",
          "\t\n\r");

  /** Already percent-encoded bytes that are not valid UTF-8, or control characters. */
  private static final List<String> RAW_BYTES =
      List.of(
          "%00",
          "%ED%A0%80",
          "%ED%BF%BF",
          "%C3",
          "%FF%FE",
          "%F4%90%80%80",
          "%C0%AF",
          "%E2%82",
          "%80",
          "%0D%0A",
          "%25",
          "%2B",
          "%26",
          "%3D",
          "%00%00%00");

  private static final List<String> NUMBERS =
      List.of(
          "-1",
          "0",
          "1",
          "2",
          "10",
          "100",
          "101",
          "10000",
          "2147483647",
          "2147483648",
          "-2147483649",
          "99999999999999999999999",
          "1e3",
          "0x10",
          " 5",
          "",
          "NaN",
          "1.5",
          "٣",
          "+7");
  private static final List<String> DATES =
      List.of(
          "2026-04-18",
          "2026-02-30",
          "2026-13-01",
          "20260101",
          "-0001-01-01",
          "+999999999-12-31",
          "2026-01-01T00:00",
          "",
          "tomorrow",
          "1970-01-01",
          "9999-12-31",
          "2026-4-1");
  private static final List<String> SEARCH_PARAMS =
      List.of(
          "q",
          "city",
          "land",
          "topic",
          "organisation",
          "format",
          "type",
          "from",
          "to",
          "when",
          "sort",
          "page",
          "size");
  private static final List<String> ODD_PARAMS =
      List.of("", "Q", "q%20", "size[]", "page.x", "__proto__", "%00", "callback", "q%00");
  private static final List<String> DIMENSIONS =
      List.of(
          "land",
          "city",
          "topic",
          "organisation",
          "month",
          "format",
          "type",
          "weather",
          "",
          "..",
          "%2e%2e",
          "land%00");

  private final SplittableRandom random;

  HostileRequests(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next path with its query string. */
  String next() {
    int kind = random.nextInt(100);
    if (kind < 50) {
      return "/api/search" + query(SEARCH_PARAMS);
    } else if (kind < 65) {
      return "/api/suggest" + query(List.of("q", "size"));
    } else if (kind < 75) {
      return "/api/facets/"
          + pick(DIMENSIONS)
          + query(List.of("prefix", "reference", "kind", "from", "to"));
    } else if (kind < 83) {
      return "/api/events/" + value() + query(List.of());
    } else if (kind < 90) {
      return "/api/coverage"
          + query(List.of("rows", "cols", "reference", "format", "kind", "from", "to"));
    } else if (kind < 93) {
      return "/api/widget/presets" + query(SEARCH_PARAMS);
    } else if (kind < 95) {
      return "/health" + query(List.of());
    }
    return "/" + value() + "/" + value();
  }

  private String query(List<String> known) {
    int count = random.nextInt(6);
    if (count == 0) {
      return random.nextBoolean() ? "" : "?";
    }
    StringBuilder q = new StringBuilder("?");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        q.append(random.nextInt(20) == 0 ? "&&" : "&");
      }
      String name = known.isEmpty() || random.nextInt(12) == 0 ? pick(ODD_PARAMS) : pick(known);
      q.append(name);
      if (random.nextInt(15) != 0) { // sometimes a name without "="
        q.append('=').append(valueFor(name));
      }
    }
    return q.toString();
  }

  private String valueFor(String name) {
    return switch (name) {
      case "page", "size" -> random.nextInt(4) == 0 ? value() : encode(pick(NUMBERS));
      case "from", "to" -> random.nextInt(4) == 0 ? value() : encode(pick(DATES));
      case "sort", "when", "format", "rows", "cols", "kind" ->
          random.nextBoolean()
              ? encode(
                  pick(
                      List.of(
                          "date",
                          "relevance",
                          "upcoming",
                          "past",
                          "json",
                          "csv",
                          "csv-excel",
                          "land",
                          "topic",
                          "month",
                          "event",
                          "session")))
              : value();
      default -> value();
    };
  }

  /** A value built from several hostile pieces. */
  private String value() {
    StringBuilder v = new StringBuilder();
    int pieces = 1 + random.nextInt(5);
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(100);
      if (kind < 30) {
        v.append(encode(pick(WORDS)));
      } else if (kind < 55) {
        v.append(encode(pick(SYNTAX)));
      } else if (kind < 70) {
        v.append(encode(pick(UNICODE)));
      } else if (kind < 85) {
        v.append(pick(RAW_BYTES));
      } else if (kind < 88) {
        v.append(encode(longWord()));
      } else if (kind < 95) {
        v.append(random.nextBoolean() ? "+" : "%20");
      } else {
        v.append(encode(randomText()));
      }
    }
    return v.toString();
  }

  /** About 10,000 characters without a space (a pasted blob); sometimes with umlauts. */
  private String longWord() {
    char[] letters =
        (random.nextBoolean() ? "abcdefghijklmnopqrstuvwxyz" : "aäoöuüß").toCharArray();
    StringBuilder w = new StringBuilder(10_000);
    for (int i = 0; i < 10_000; i++) {
      w.append(letters[random.nextInt(letters.length)]);
    }
    return w.toString();
  }

  /** Random code points anywhere in Unicode, surrogates and unassigned ones included. */
  private String randomText() {
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(20);
    for (int i = 0; i < n; i++) {
      int cp =
          random.nextInt(4) == 0
              ? random.nextInt(0x20)
              : random.nextInt(Character.MAX_CODE_POINT + 1);
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
