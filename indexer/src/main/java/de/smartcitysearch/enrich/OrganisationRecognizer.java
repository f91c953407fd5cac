package de.smartcitysearch.enrich;

import de.smartcitysearch.enrich.TextTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the organisations a text names and gives each its one canonical name.
 *
 * <p>Known organisations come from {@code organisations.txt} (ministries, federal agencies,
 * research institutes, associations, programme bodies, companies); their full names, aliases and
 * acronyms all become the same canonical name, so "BMWSB" and "Bundesministerium für Wohnen,
 * Stadtentwicklung und Bauwesen" are one facet value. A speaker's employer in brackets ("Christiane
 * Lehmann (PwC)") is taken even when it is not in the list, unless it is a role ("MdB",
 * "Moderation"), a place or a known programme or event name.
 */
public final class OrganisationRecognizer {

  /** The most characters between the brackets of an employer. */
  private static final int MAX_BRACKETED = 40;

  private static final Pattern EMPLOYER =
      Pattern.compile(
          "\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)+\\s*\\(([^()\\n]{2," + MAX_BRACKETED + "})\\)");
  private static final Pattern EMPLOYER_SEPARATOR = Pattern.compile("\\s*(?:/|&|,|\\bund\\b)\\s*");
  private static final Pattern PLAIN_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,2}");

  /**
   * "Deutscher", "Internationales", "Statistisches", "Föderale": declined adjectives open many
   * names.
   */
  private static final Pattern ADJECTIVE =
      Pattern.compile("\\p{Lu}\\p{Ll}*(?:sch|al|ich|ig)(?:er|es|e)");

  private static final Set<String> NOT_ORGANISATIONS =
      Set.copyOf(ResourceLines.read("not-organisations.txt"));

  private final PhraseIndex<String> canonicalByKey = new PhraseIndex<>();
  private final CityGazetteer gazetteer;

  /**
   * A recognizer with the built-in list; bracketed names that are places are told apart with the
   * gazetteer.
   */
  public OrganisationRecognizer(CityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (String line : ResourceLines.read("organisations.txt")) {
      String[] f = (line + "||").split("\\|", -1);
      String canonical = f[0].strip();
      add(canonical, canonical);
      if (!f[1].isBlank()) {
        add(f[1].strip(), canonical);
      }
      for (String alias : f[2].split(";")) {
        if (!alias.isBlank()) {
          add(alias.strip(), canonical);
          genitives(alias.strip()).forEach(g -> add(g, canonical));
        }
      }
      genitives(canonical).forEach(g -> add(g, canonical));
    }
  }

  /** The canonical names of the organisations named in the text, in order of first mention. */
  public List<String> organisations(String text) {
    return organisations(text, TextTokens.of(text));
  }

  /** {@link #organisations(String)} of a text already cut into its {@link TextTokens}. */
  List<String> organisations(String text, List<Token> tokens) {
    Set<String> found = new LinkedHashSet<>();
    for (NameSpan span : knownNames(tokens)) {
      found.add(span.canonical());
    }
    for (String employer : bracketedEmployers(text)) {
      for (String part : EMPLOYER_SEPARATOR.split(employer.strip())) {
        String key = TextTokens.key(part);
        if (canonicalByKey.get(key) == null && isUnknownEmployer(part, key)) {
          found.add(part.strip());
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * What {@link #EMPLOYER} finds (its group), searched only around each opening bracket: the
   * pattern tried at every position of the page was a twenty-fifth of the indexing time. A match
   * holds exactly one "(", preceded by a name of letters, spaces and hyphens and white space, and
   * ends at most 41 characters after it; so no match starts before the run of such characters in
   * front of the bracket, and matches after it are found in their turn.
   */
  private static List<String> bracketedEmployers(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = EMPLOYER.matcher(text);
    int from = 0;
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', from)) {
      int start = open;
      while (start > from && isSpace(text.charAt(start - 1))) {
        start--;
      }
      while (start > from && couldBeInName(text.charAt(start - 1))) {
        start--;
      }
      m.region(start, Math.min(text.length(), open + MAX_BRACKETED + 2));
      if (m.find()) {
        found.add(m.group(1));
        from = m.end();
      } else {
        from = open + 1;
      }
    }
    return found;
  }

  /** {@code \s} as the pattern means it. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** Letters (surrogates too, to be safe), space and hyphen. */
  private static boolean couldBeInName(char c) {
    return c == ' ' || c == '-' || Character.isLetter(c) || Character.isSurrogate(c);
  }

  /**
   * The text with the known organisation names blanked out (same length, so offsets stay valid):
   * their words say who takes part, not what the event is about ("Transferstelle",
   * "Stadtentwicklung" in a ministry's name).
   */
  public String withoutNames(String text) {
    return withoutNames(text, TextTokens.of(text));
  }

  /** {@link #withoutNames(String)} of a text already cut into its {@link TextTokens}. */
  String withoutNames(String text, List<Token> tokens) {
    StringBuilder sb = new StringBuilder(text);
    for (NameSpan span : knownNames(tokens)) {
      for (int i = span.start(); i < span.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  private record NameSpan(String canonical, int start, int end) {}

  /** Known names, longest first at each word, left to right. */
  private List<NameSpan> knownNames(List<Token> tokens) {
    List<NameSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      PhraseIndex.Match<String> m = canonicalByKey.longestAt(tokens, i);
      if (m == null) {
        i++;
        continue;
      }
      spans.add(
          new NameSpan(m.value(), tokens.get(i).start(), tokens.get(i + m.length() - 1).end()));
      i += m.length();
    }
    return spans;
  }

  private boolean isUnknownEmployer(String part, String key) {
    String name = part.strip();
    if (!PLAIN_NAME.matcher(name).matches() || key.isEmpty()) {
      return false;
    }
    String firstWord = key.split(" ")[0];
    return !NOT_ORGANISATIONS.contains(name)
        && !NOT_ORGANISATIONS.contains(firstWord)
        && gazetteer.forms(key).isEmpty();
  }

  private void add(String name, String canonical) {
    String key = TextTokens.key(name);
    if (!key.isEmpty()) {
      canonicalByKey.computeIfAbsent(key, () -> canonical);
    }
  }

  /**
   * The genitive of a name as running text writes it: "des Bundesministeriums für ...", "des
   * Deutschen Städtetages", "des Deutschen Instituts für Urbanistik".
   */
  static List<String> genitives(String name) {
    String[] words = name.split(" ", -1);
    List<String> forms = new ArrayList<>();
    if (words.length < 2 || name.contains("(")) {
      return forms;
    }
    String first = words[0];
    String rest = name.substring(first.length());
    if (ADJECTIVE.matcher(first).matches() && Character.isUpperCase(words[1].charAt(0))) {
      String adjective = first.replaceFirst("(?:er|es|e)$", "en");
      String noun = words[1];
      String tail = name.substring(first.length() + 1 + noun.length());
      forms.add(adjective + " " + noun + "s" + tail);
      forms.add(adjective + " " + noun + "es" + tail);
      forms.add(adjective + " " + noun + tail);
    } else if (Character.isUpperCase(first.charAt(0)) && !first.endsWith("s")) {
      forms.add(first + "s" + rest);
      forms.add(first + "es" + rest);
    }
    return forms;
  }
}
