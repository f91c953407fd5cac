package de.smartcitysearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The domain vocabulary of the analysis: extra words for the splitter, words never to split,
 * explicit splits and synonyms, read from the built-in resource files plus, optionally, a user's
 * folder.
 *
 * <p>File names and formats are described in {@code package-info.java}. A user's files add to the
 * built-in ones; a missing user file is simply absent, but a line that cannot be read is an error
 * that names the file and the line.
 */
final class GermanVocabulary {

  static final String COMPOUND_WORDS = "compound-words.txt";
  static final String NEVER_SPLIT = "never-split.txt";
  static final String COMPOUND_SPLITS = "compound-splits.txt";
  static final String SYNONYMS = "synonyms.txt";

  /** Built in only: {@code tools.ExtractPlaceNames} writes it from GeoNames. */
  static final String PLACE_NAMES = "place-names.txt";

  private static final String RESOURCE_DIR = "/de/smartcitysearch/analysis/vocabulary/";

  final Set<String> compoundWords = new LinkedHashSet<>();
  final Set<String> neverSplit = new LinkedHashSet<>();
  final Map<String, List<String>> explicitSplits = new LinkedHashMap<>();
  final Map<String, List<String>> synonyms = new LinkedHashMap<>();

  private GermanVocabulary() {}

  /**
   * No vocabulary at all: jWordSplitter's own word list only (to measure what the vocabulary adds).
   */
  static GermanVocabulary empty() {
    return new GermanVocabulary();
  }

  /** The built-in vocabulary, plus the files found in {@code userDir} when it is not null. */
  static GermanVocabulary load(Path userDir) {
    GermanVocabulary vocabulary = new GermanVocabulary();
    for (String name : List.of(COMPOUND_WORDS, NEVER_SPLIT, COMPOUND_SPLITS, SYNONYMS)) {
      vocabulary.read(name, resourceLines(name), "built-in " + name);
    }
    // place names are never split either ("Kreuz|berg"); a list of its own, since it is built
    // from GeoNames by a tool
    vocabulary.read(NEVER_SPLIT, resourceLines(PLACE_NAMES), "built-in " + PLACE_NAMES);
    if (userDir != null) {
      if (!Files.isDirectory(userDir)) {
        throw new IllegalArgumentException(
            "vocabulary folder " + userDir + " does not exist or is not a folder");
      }
      for (String name : List.of(COMPOUND_WORDS, NEVER_SPLIT, COMPOUND_SPLITS, SYNONYMS)) {
        Path file = userDir.resolve(name);
        if (Files.isRegularFile(file)) {
          vocabulary.read(name, fileLines(file), file.toString());
        }
      }
    }
    return vocabulary;
  }

  private void read(String kind, List<String> lines, String source) {
    for (int i = 0; i < lines.size(); i++) {
      String line = stripComment(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      String where = source + " line " + (i + 1);
      switch (kind) {
        case COMPOUND_WORDS -> compoundWords.add(singleWord(line, where));
        case NEVER_SPLIT -> neverSplit.add(singleWord(line, where));
        case COMPOUND_SPLITS -> readSplit(line, where);
        case SYNONYMS -> readSynonym(line, where);
        default -> throw new IllegalStateException(kind);
      }
    }
  }

  private void readSplit(String line, String where) {
    int eq = line.indexOf('=');
    List<String> parts = new ArrayList<>();
    if (eq > 0) {
      for (String part : line.substring(eq + 1).split("\\+", -1)) {
        parts.add(part.strip().toLowerCase(Locale.GERMAN));
      }
    }
    String word = eq > 0 ? line.substring(0, eq).strip().toLowerCase(Locale.GERMAN) : "";
    if (parts.size() < 2
        || !isLetters(word)
        || !parts.stream().allMatch(GermanVocabulary::isLetters)) {
      throw new IllegalArgumentException(
          where
              + ": expected 'Compound = Part + Part', e.g. 'Messetagen = Messe + Tagen', got '"
              + line
              + "'");
    }
    explicitSplits.put(word, List.copyOf(parts));
  }

  private void readSynonym(String line, String where) {
    int eq = line.indexOf('=');
    if (eq <= 0 || eq == line.length() - 1) {
      throw new IllegalArgumentException(
          where + ": expected 'TERM = expansion; expansion', got '" + line + "'");
    }
    String key = line.substring(0, eq).strip();
    List<String> expansions = synonyms.computeIfAbsent(key, k -> new ArrayList<>());
    for (String expansion : line.substring(eq + 1).split(";")) {
      String e = expansion.strip();
      if (!e.isEmpty() && !expansions.contains(e)) {
        expansions.add(e);
      }
    }
  }

  private static String singleWord(String line, String where) {
    String word = line.toLowerCase(Locale.GERMAN);
    if (!isLetters(word)) {
      throw new IllegalArgumentException(
          where + ": expected one word of letters, got '" + line + "'");
    }
    return word;
  }

  /**
   * Like {@link #isLetters(CharSequence)} on a term buffer; ASCII is checked without a table
   * lookup.
   */
  static boolean isLetters(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      int lower = c | 0x20;
      if (c < 128 ? lower < 'a' || lower > 'z' : !Character.isLetter(c)) {
        return false;
      }
    }
    return length > 0;
  }

  static boolean isLetters(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return s.length() > 0;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).strip();
  }

  private static List<String> resourceLines(String name) {
    try (InputStream in = GermanVocabulary.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "built-in vocabulary file " + RESOURCE_DIR + name + " is missing from the jar");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in vocabulary " + name, e);
    }
  }

  private static List<String> fileLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read vocabulary file " + file + ": " + e.getMessage(), e);
    }
  }
}
