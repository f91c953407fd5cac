package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user extends the vocabulary with plain text files in a folder, without recompiling. */
class UserVocabularyTest {

  @TempDir Path dir;

  @Test
  void builtInVocabularyKnowsDomainWordsAndProtectsNames() {
    CompoundSplitter splitter = GermanAnalysis.defaults().splitter();
    assertEquals(List.of("starkregen", "vorsorge"), splitter.split("starkregenvorsorge"));
    assertEquals(List.of(), splitter.split("kandidaten"));
    assertEquals(List.of(), splitter.split("kielwasser"));
  }

  @Test
  void userFilesAddWordsProtectWordsFixSplitsAndAddSynonyms() throws IOException {
    CompoundSplitter before = GermanAnalysis.defaults().splitter();
    assertEquals(
        List.of(),
        before.split("dinkelnudel"),
        "neither jWordSplitter's list nor the corpus counts know 'Dinkel'");
    assertEquals(List.of("kiez", "blocks"), before.split("kiezblocks"));
    Files.writeString(dir.resolve("compound-words.txt"), "# missing in the word list\ndinkel\n");
    Files.writeString(dir.resolve("never-split.txt"), "Wasserversorgung\n");
    Files.writeString(
        dir.resolve("compound-splits.txt"), "Kiezblocks = Kiez + Block   # singular part\n");
    Files.writeString(dir.resolve("synonyms.txt"), "SCI = Smart City Index\n");
    GermanAnalysis analysis = GermanAnalysis.withUserVocabulary(dir);
    assertEquals(List.of("dinkel", "nudel"), analysis.splitter().split("dinkelnudel"));
    assertEquals(List.of(), analysis.splitter().split("wasserversorgung"));
    assertEquals(List.of("kiez", "block"), analysis.splitter().split("kiezblocks"));
    assertEquals(List.of("Smart City Index"), analysis.synonyms().expansionsOf("sci"));
    assertEquals(
        List.of("Künstliche Intelligenz"),
        analysis.synonyms().expansionsOf("KI"),
        "built-ins stay");
  }

  @Test
  void aMalformedLineIsReportedWithFileAndLine() throws IOException {
    Files.writeString(dir.resolve("synonyms.txt"), "KI = Künstliche Intelligenz\nnur ein Wort\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GermanAnalysis.withUserVocabulary(dir));
    assertTrue(e.getMessage().contains(dir.resolve("synonyms.txt") + " line 2"), e.getMessage());
  }

  @Test
  void aMissingFolderIsAClearError() {
    Path missing = dir.resolve("nope");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> GermanAnalysis.withUserVocabulary(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void theSystemPropertyPointsToTheUserFolder() throws IOException {
    Files.writeString(dir.resolve("synonyms.txt"), "SCI = Smart City Index\n");
    System.setProperty(GermanAnalysis.VOCABULARY_DIR_PROPERTY, dir.toString());
    try {
      assertEquals(
          List.of("Smart City Index"),
          GermanAnalysis.fromEnvironment().synonyms().expansionsOf("SCI"));
    } finally {
      System.clearProperty(GermanAnalysis.VOCABULARY_DIR_PROPERTY);
    }
    assertEquals(List.of(), GermanAnalysis.fromEnvironment().synonyms().expansionsOf("SCI"));
  }
}
