package de.smartcitysearch.analysis.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The place-name list keeps one-word names long enough to be split, lower-cased, sorted, once. */
class ExtractPlaceNamesTest {

  private static final Path SOURCE = Path.of("cities.tsv");

  @Test
  void keepsOneWordNamesOfSixLettersOrMoreLowerCasedAndSorted() {
    List<String> lines =
        List.of(
            "geonameid\tname\tpopulation",
            "1\tWeißensee\t1000",
            "2\tKreuzberg\t290000",
            "3\tBad Homburg\t54000",
            "4\tHalle (Saale)\t240000",
            "5\tUlm\t120000",
            "6\tKreuzberg\t1200");
    assertEquals(List.of("kreuzberg", "weißensee"), ExtractPlaceNames.names(lines, SOURCE));
  }

  @Test
  void aFileWithoutANameColumnIsRefusedWithItsName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExtractPlaceNames.names(List.of("id\tort", "1\tKiel"), SOURCE));
    assertEquals("cities.tsv: the header has no 'name' column", e.getMessage());
  }
}
