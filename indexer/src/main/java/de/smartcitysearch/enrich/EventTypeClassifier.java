package de.smartcitysearch.enrich;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the type of an event (Kongress, Messe, Regionalkonferenz, Workshop, Podiumsdiskussion,
 * Ratssitzung, Konferenz, Webinar, ...) from the words of its title, then its teaser, then its
 * body.
 *
 * <p>A type word counts alone or as the end of a compound ("MPSC-Kongress", "Regionalkonferenz",
 * "Fachkongress") but not as the start of one ("Kongresstag" is no congress); a few compounds that
 * end in a type word but mean something else ("Vertagung") are excluded. More specific types are
 * tried first, so "Regionalkonferenz" is not a plain "Konferenz". A trade-fair convention ("Smart
 * Country Convention") counts as a Messe.
 */
public final class EventTypeClassifier {

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
  private static final Map<String, List<String>> TYPES = new LinkedHashMap<>();
  private static final Set<String> NOT_TYPES =
      Set.of("vertagung", "interessen", "solarpanel", "solarpanels");

  static {
    TYPES.put("Ratssitzung", List.of("ratssitzung", "gemeinderatssitzung", "ausschusssitzung"));
    TYPES.put("Regionalkonferenz", List.of("regionalkonferenz", "regionalkonferenzen"));
    TYPES.put("Kongress", List.of("kongress", "kongresses"));
    TYPES.put("Messe", List.of("messe", "convention", "expo"));
    TYPES.put("Webinar", List.of("webinar", "webinare", "webinaren", "online-seminar"));
    TYPES.put("Hackathon", List.of("hackathon", "hackday"));
    TYPES.put("Barcamp", List.of("barcamp"));
    TYPES.put("Workshop", List.of("workshop", "workshops", "werkstatt", "werkstätten"));
    TYPES.put("Podiumsdiskussion", List.of("podiumsdiskussion", "paneldiskussion", "panel"));
    TYPES.put("Konferenz", List.of("konferenz", "tagung", "fachtag", "symposium", "forum"));
    TYPES.put("Netzwerktreffen", List.of("netzwerktreffen", "vernetzungstreffen", "stammtisch"));
    TYPES.put("Exkursion", List.of("exkursion", "stadtführung"));
  }

  /** Characters at the end of a word that {@link #mayEndInType} compares. */
  private static final int ENDING = 4;

  /** The last {@value #ENDING} characters of every type word. */
  private static final Set<String> TYPE_WORD_ENDINGS = endings();

  private static Set<String> endings() {
    Set<String> endings = new HashSet<>();
    for (List<String> words : TYPES.values()) {
      for (String w : words) {
        String ending = w.substring(Math.max(0, w.length() - ENDING));
        if (ending.length() < ENDING || !ending.chars().allMatch(c -> c < 128)) {
          throw new IllegalStateException(
              "a type word must end in " + ENDING + " ASCII characters: " + w);
        }
        endings.add(ending);
      }
    }
    return Set.copyOf(endings);
  }

  /** "Sitzung des Gemeinderates" names a council meeting in two words. */
  private static final Pattern COUNCIL_MEETING =
      Pattern.compile("(?iu)sitzung des (?:gemeinde|stadt|orts)rat");

  /** The type: declared if given, else the first the title, teaser or body names. */
  public Optional<String> classify(String declared, String title, String teaser, String body) {
    if (declared != null && !declared.isBlank()) {
      return Optional.of(declared.strip());
    }
    for (String text : new String[] {title, teaser, body}) {
      if (text != null) {
        Optional<String> type = typeOf(text);
        if (type.isPresent()) {
          return type;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> typeOf(String text) {
    if (COUNCIL_MEETING.matcher(text).find()) {
      return Optional.of("Ratssitzung");
    }
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (!mayEndInType(text, m.start(), m.end())) {
        continue;
      }
      String word = m.group().toLowerCase(Locale.GERMAN);
      if (NOT_TYPES.contains(word)) {
        continue;
      }
      int rank = 0;
      for (Map.Entry<String, List<String>> type : TYPES.entrySet()) {
        if (rank < bestRank && endsWithAny(word, type.getValue())) {
          best = type.getKey();
          bestRank = rank;
        }
        rank++;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether the word [start, end) can end in a type word: every type word is at least {@value
   * #ENDING} letters long and ASCII at its end, so a word whose last {@value #ENDING} characters
   * are ASCII can only end in one when they, lowered, are the ending of one. Most words fail this,
   * which spares lowering them and comparing every type word; words with other characters there are
   * checked in full.
   */
  private static boolean mayEndInType(String text, int start, int end) {
    int from = Math.max(start, end - ENDING);
    char[] ending = new char[end - from];
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return true;
      }
      ending[i - from] = Character.toLowerCase(c);
    }
    return ending.length == ENDING && TYPE_WORD_ENDINGS.contains(new String(ending));
  }

  private static boolean endsWithAny(String word, List<String> suffixes) {
    for (String s : suffixes) {
      if (word.endsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
