package de.smartcitysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code smartcity-search analyze} prints the tokens of a text as JSON. */
class AnalyzeCommandTest {

  private record Run(int exitCode, String out, String err) {}

  @Test
  void theIndexAnalyzerShowsTheCompoundAndItsPartsAtOnePosition() {
    Run run = run("analyze", "Urbane", "Datenplattformen");
    assertEquals(0, run.exitCode(), run.err());
    JsonArray tokens = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("tokens");
    List<String> terms = new ArrayList<>();
    for (JsonElement token : tokens) {
      terms.add(token.getAsJsonObject().get("term").getAsString());
    }
    assertEquals(List.of("urban", "datenplattform", "dat", "plattform"), terms);
    JsonObject part = tokens.get(3).getAsJsonObject();
    assertEquals(7, part.get("start").getAsInt());
    assertEquals(23, part.get("end").getAsInt());
    assertEquals(1, part.get("position").getAsInt());
    assertEquals("<COMPOUND_PART>", part.get("type").getAsString());
  }

  @Test
  void theExactAndQueryAnalyzersDoNotSplit() {
    for (String chain : List.of("exact", "query")) {
      Run run = run("analyze", "--analyzer", chain, "Datenplattformen");
      assertEquals(0, run.exitCode(), run.err());
      JsonArray tokens =
          JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("tokens");
      assertEquals(1, tokens.size(), run.out());
    }
  }

  @Test
  void anUnknownAnalyzerIsAClearUsageError() {
    Run run = run("analyze", "--analyzer", "snowball", "Text");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("snowball"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = SmartCitySearchCli.run(args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
