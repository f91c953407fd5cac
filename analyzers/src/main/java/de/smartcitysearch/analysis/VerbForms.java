package de.smartcitysearch.analysis;

import java.util.List;

/**
 * Recognises the verb forms whose letters look like compounds of nouns: the zu-infinitive of a
 * separable verb ("an|zu|greifen", which jWordSplitter reads as Anzug + Reifen), its past
 * participle ("fest|ge|halten", read as fest + Gehalt), also inflected ("festgehaltenen"), and
 * present participles ("belastende", read as "belaste" + "Ende"); a verb form after a separable
 * prefix ("heraus|stellen", "über|prägt") and the noun of a separable verb ("Bereitstellung" from
 * "bereitstellen"), which is a derivation, not a compound of "bereit" and "Stellung"; the suffix of
 * a present participle used as a noun ("Reisende", read as "Reis" + "Ende").
 *
 * <p>A word is such a form when it starts with a separable prefix and the corpus confirms the verb:
 * for a zu-infinitive, the infinitive without "zu" ("angreifen") is a known word; for a participle,
 * the part from "ge" on ("gehalten") is a known word written in lower case inside sentences, so not
 * a noun ("Gebot" in "Angebot" is one, so "Angebot" is no participle).
 */
final class VerbForms {

  /**
   * Separable verb prefixes, longest first so "heraus" is tried before "her". Adverbs and
   * adjectives that form separable verbs in everyday use (fest-, frei-, hoch-, statt-, teil-) are
   * included.
   */
  private static final List<String> SEPARABLE_PREFIXES =
      List.of(
          "zusammen",
          "auseinander",
          "entgegen",
          "hinterher",
          "gegenüber",
          "herunter",
          "herauf",
          "heraus",
          "herein",
          "herüber",
          "herbei",
          "hervor",
          "herum",
          "heran",
          "herab",
          "hinunter",
          "hinauf",
          "hinaus",
          "hinein",
          "hinüber",
          "hinzu",
          "hinab",
          "voran",
          "voraus",
          "vorbei",
          "vorüber",
          "weiter",
          "wieder",
          "zurück",
          "nieder",
          "bereit",
          "bekannt",
          "durch",
          "empor",
          "fort",
          "fest",
          "frei",
          "hoch",
          "statt",
          "teil",
          "offen",
          "klar",
          "gleich",
          "kennen",
          "stehen",
          "fern",
          "nach",
          "unter",
          "über",
          "dar",
          "her",
          "hin",
          "los",
          "mit",
          "vor",
          "weg",
          "zu",
          "ab",
          "an",
          "auf",
          "aus",
          "bei",
          "ein",
          "um");

  /** A verb stem at the end of a longer stem has at least this many letters ("such", "sitz"). */
  private static final int VERB_STEM_MIN_LENGTH = 4;

  private static final List<String> ADJECTIVE_ENDINGS = List.of("en", "em", "er", "es", "e");
  private static final List<String> ADJECTIVE_ENDINGS_OR_NONE =
      List.of("", "en", "em", "er", "es", "e");

  private final WordFrequencies frequencies;

  VerbForms(WordFrequencies frequencies) {
    this.frequencies = frequencies;
  }

  /**
   * True when {@code word} (lower case) is the zu-infinitive or past participle of a separable
   * verb, or a present participle ("belastende": "belasten" is a verb the corpus writes in lower
   * case).
   */
  boolean isVerbForm(String word) {
    if (isPresentParticiple(word)) {
      return true;
    }
    for (String prefix : SEPARABLE_PREFIXES) {
      if (word.length() > prefix.length() + 3 && word.startsWith(prefix)) {
        String rest = word.substring(prefix.length());
        if (isZuInfinitive(prefix, rest)
            || isPastParticiple(rest)
            || isVerbAfterPrefix(rest)
            || isVerbNoun(prefix, rest)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "heraus|stellen", "über|prägt", "vor|anzubringen": a verb form the corpus writes in lower case;
   * also the genitive of the infinitive as a noun ("des Ein|sammelns").
   */
  private boolean isVerbAfterPrefix(String rest) {
    String form = rest.endsWith("ns") ? rest.substring(0, rest.length() - 1) : rest;
    return form.length() >= 4
        && (form.endsWith("en") || form.endsWith("ln") || form.endsWith("rn") || form.endsWith("t"))
        && frequencies.isLowerCaseWord(form);
  }

  /**
   * "bereit|stellung" from "bereitstellen", "fest|setzung" from "festsetzen": the noun of a
   * separable verb.
   */
  private boolean isVerbNoun(String prefix, String rest) {
    String stem =
        rest.endsWith("ungen")
            ? rest.substring(0, rest.length() - 5)
            : rest.endsWith("ung") ? rest.substring(0, rest.length() - 3) : null;
    if (stem == null || stem.length() < 2) {
      return false;
    }
    String verb = prefix + stem + (stem.endsWith("el") || stem.endsWith("er") ? "n" : "en");
    return frequencies.count(verb) > 0 && !frequencies.isNoun(verb);
  }

  /**
   * True when {@code word} is a participle, present ("wahrenden") or past ("gehaltenen"): a verb
   * form, never the head of a noun compound ("frist|wahrenden" is an adjective).
   */
  boolean isParticiple(String word) {
    return isPresentParticiple(word) || isPastParticiple(word);
  }

  /**
   * True when {@code head} ("ende", "enden" ...) after {@code stem} is the suffix of a present
   * participle used as a noun ("Reis|ende", "Vorsitz|ende", read so by the word lists), not the
   * noun "Ende": the stem plus "en" is a known word, noun or verb ("reisen"), or ends in a verb
   * stem ("vor|sitz|en", "Arbeit|such|ende"). The compounds of "Ende" have no such stem
   * ("Wochen|ende", "Kriegs|ende").
   */
  boolean isParticipleSuffix(String stem, String head) {
    if (!head.startsWith("end") || !ADJECTIVE_ENDINGS.contains(head.substring(3))) {
      return false;
    }
    if (frequencies.count(stem + "en") > 0) {
      return true;
    }
    for (int i = 1; i <= stem.length() - VERB_STEM_MIN_LENGTH; i++) {
      if (frequencies.isLowerCaseWord(stem.substring(i) + "en")) {
        return true;
      }
    }
    return false;
  }

  /** "drohende", "fehlenden", "steigend": the verb ("drohen") before "-end" plus an ending. */
  private boolean isPresentParticiple(String word) {
    int end = word.lastIndexOf("end");
    if (end < 3 || !ADJECTIVE_ENDINGS_OR_NONE.contains(word.substring(end + 3))) {
      return false;
    }
    String infinitive = word.substring(0, end) + "en";
    return frequencies.count(infinitive) > 0
        && !frequencies.isNoun(infinitive)
        && !frequencies.isNoun(word.substring(0, end + 3));
  }

  /** "zugreifen" after "an": "angreifen" is a known word ending like an infinitive. */
  private boolean isZuInfinitive(String prefix, String rest) {
    if (!rest.startsWith("zu") || !rest.endsWith("n")) {
      return false;
    }
    String infinitive = prefix + rest.substring(2);
    return frequencies.count(infinitive) > 0
        && (infinitive.endsWith("en") || infinitive.endsWith("ern") || infinitive.endsWith("eln"));
  }

  /**
   * "gehalten", "gestellt", "gehaltenen": the part from "ge" on is a verb form the corpus writes in
   * lower case.
   */
  private boolean isPastParticiple(String rest) {
    if (!rest.startsWith("ge")) {
      return false;
    }
    if (isLowerCaseParticiple(rest)) {
      return true;
    }
    for (String ending : ADJECTIVE_ENDINGS) {
      if (rest.endsWith(ending)
          && isLowerCaseParticiple(rest.substring(0, rest.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean isLowerCaseParticiple(String form) {
    return form.length() > 4
        && (form.endsWith("t") || form.endsWith("en"))
        && frequencies.isLowerCaseWord(form);
  }
}
