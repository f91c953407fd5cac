package de.smartcitysearch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule for ids, and URLs mapped to ids that follow it. */
class DocumentIdTest {

  @Test
  void anIdThatFollowsTheRuleIsKeptAsGiven() {
    for (String id :
        List.of("ulm-1", "ev-0000001", "Kiel_2026.05", "oparl:meeting:7", "x".repeat(200))) {
      assertEquals(id, DocumentId.given(id));
    }
    assertEquals("ulm-1", DocumentId.given("  ulm-1 "), "surrounding blanks are not part of an id");
  }

  @Test
  void anIdWithATabOrAnyOtherCharacterOutsideTheRuleIsRefusedNamingTheRule() {
    for (String id :
        List.of(
            "kiel\tost",
            "a b",
            "a/b",
            "a%2Fb",
            "a\\b",
            "a#b",
            "Köln",
            "",
            "x".repeat(201),
            ".",
            "..",
            "-rf",
            "_x")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> DocumentId.given(id));
      assertTrue(e.getMessage().endsWith("an id is " + DocumentId.RULE), e.getMessage());
    }
    IllegalArgumentException tab =
        assertThrows(IllegalArgumentException.class, () -> DocumentId.given("kiel\tost"));
    assertTrue(
        tab.getMessage().startsWith("id 'kiel\\u0009ost'"),
        "the TAB is shown, not printed: " + tab.getMessage());
  }

  @Test
  void anOparlUrlBecomesItsHostAndPathWithColons() {
    assertEquals(
        "web1.karlsruhe.de:oparl:bodies:0001:meetings:10022",
        DocumentId.given("https://web1.karlsruhe.de/oparl/bodies/0001/meetings/10022"));
    assertEquals(
        "example.org:a",
        DocumentId.ofUrl("http://example.org/a/"),
        "a trailing slash changes nothing");
  }

  @Test
  void urlsWithOtherCharactersKeepApartByAHashAndStayTheSameEveryTime() {
    String a = DocumentId.ofUrl("https://example.org/termine?id=4&lang=de");
    String b = DocumentId.ofUrl("https://example.org/termine?id=4-lang=de");
    assertTrue(DocumentId.isValid(a) && DocumentId.isValid(b), a + " " + b);
    assertNotEquals(a, b, "two URLs never share an id");
    assertEquals(
        a,
        DocumentId.ofUrl("https://example.org/termine?id=4&lang=de"),
        "the same URL, the same id");
    assertTrue(a.startsWith("example.org:termine-id-4-lang-de:"), a);
  }

  @Test
  void aUrlWhoseHostStartsOddlyStillGivesAnIdThatFollowsTheRule() {
    for (String url :
        List.of("http://_intern/x", "https://../..", "http://-/", "https://ä.example/ö")) {
      assertTrue(DocumentId.isValid(DocumentId.ofUrl(url)), url + " -> " + DocumentId.ofUrl(url));
    }
  }

  @Test
  void aVeryLongUrlIsCutAndStaysUnique() {
    String base = "https://example.org/" + "seite/".repeat(60);
    String one = DocumentId.ofUrl(base + "1");
    String two = DocumentId.ofUrl(base + "2");
    assertTrue(DocumentId.isValid(one), one);
    assertTrue(one.length() <= DocumentId.MAX_LENGTH);
    assertNotEquals(one, two);
  }

  @Test
  void aSessionIdIsAStoredIdButNoEventId() {
    String session = DocumentId.session("kiel-digitaltag", 3);
    assertEquals("kiel-digitaltag#s3", session);
    assertTrue(DocumentId.isStored(session));
    assertFalse(DocumentId.isValid(session), "a given id can never look like a session's");
    assertFalse(DocumentId.isStored("kiel#s"));
  }

  @Test
  void aFileIdDerivesFromTheWholeSourceName() {
    assertNotEquals(
        DocumentId.ofSource("upload/kiel/programm.txt"),
        DocumentId.ofSource("upload/hamburg/programm.txt"));
    assertEquals(16, DocumentId.ofSource("seeds/000.txt").length());
    assertTrue(DocumentId.isValid(DocumentId.ofSource("upload/../ä ö/programm.txt")));
  }
}
