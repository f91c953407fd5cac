package de.smartcitysearch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the record parser accepts: JSON as the standard writes it, and a message in words for
 * anything else.
 */
class StrictJsonTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "{\"id\":NaN}",
        "{\"id\":Infinity}",
        "{\"id\":\"a\"} // comment",
        "{/* c */\"id\":\"a\"}",
        "{'id':'a'}",
        "{id:\"a\"}",
        "{\"id\":\"a\",}",
        "[\"a\",]",
        "{\"id\":01}",
        "{\"id\":\"a\"} {\"id\":\"b\"}",
        "{\"id\":\"a\tb\"}",
        "{\"id\":\"a\",\"id\":\"b\"}",
        "{\"id\":\"x\",\"meta\":{\"k\":1,\"k\":2}}",
        "{\"id\":\"\\uD800\"}",
        "{\"\\uDC00\":\"a\"}",
        "{\"id\":\"\\uDC00\\uD800\"}",
        "{\"id\":",
        "",
        "{\"id\"=\"a\"}",
        "{\"id\":\"\\x41\"}"
      })
  void anythingButStandardJsonIsRefusedWithAMessageInWords(String text) {
    JsonParseException e = assertThrows(JsonParseException.class, () -> StrictJson.parse(text));
    String message = e.getMessage();
    assertFalse(message.isBlank());
    assertFalse(message.matches("(?s).*(Exception|JsonReader|Strictness|https?://).*"), message);
    assertFalse(message.contains("\n"), message);
  }

  @Test
  void aNameGivenTwiceIsNamedWithItsPlace() {
    JsonParseException e =
        assertThrows(
            JsonParseException.class,
            () -> StrictJson.parse("{\"id\":\"a\",\"title\":\"T\",\"id\":\"b\"}"));
    assertEquals("the name 'id' is given twice in one object at $.id", e.getMessage());
  }

  @Test
  void standardJsonIsReadAsItIs() {
    var value =
        StrictJson.parse(
                "{\"id\":\"a\",\"n\":-0.5e3,\"big\":123456789012345678901234567890,\"ok\":true,"
                    + "\"none\":null,\"list\":[\"\\uD83C\\uDFD9\",\"Straße\",\"\\u0000\"]}")
            .getAsJsonObject();
    assertEquals("a", value.get("id").getAsString());
    assertEquals(-500.0, value.get("n").getAsDouble());
    assertEquals("123456789012345678901234567890", value.get("big").getAsBigInteger().toString());
    assertTrue(value.get("ok").getAsBoolean());
    assertTrue(value.get("none").isJsonNull());
    assertEquals(
        "🏙",
        value.getAsJsonArray("list").get(0).getAsString(),
        "a surrogate pair is one character");
  }
}
