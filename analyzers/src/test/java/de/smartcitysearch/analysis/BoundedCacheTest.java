package de.smartcitysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How the shared cache of computed values stays bounded. */
class BoundedCacheTest {

  @Test
  void aValueIsComputedOnceAndThenTakenFromTheCache() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(10);
    AtomicInteger computed = new AtomicInteger();
    assertEquals(14, cache.get("Datenplattform", w -> computed.incrementAndGet() + w.length() - 1));
    assertEquals(14, cache.get("Datenplattform", w -> computed.incrementAndGet() + 100));
    assertEquals(1, computed.get());
  }

  @Test
  void aFullCacheIsEmptiedBeforeTheNextValue() {
    BoundedCache<String, String> cache = new BoundedCache<>(2);
    cache.put("a", "1");
    cache.put("b", "2");
    cache.put("c", "3");
    assertEquals(1, cache.size());
    assertNull(cache.get("a"));
    assertNull(cache.get("b"));
    assertEquals("3", cache.get("c"));
  }

  @Test
  void capacityZeroKeepsNothingAndANegativeOneIsRefused() {
    BoundedCache<String, String> none = new BoundedCache<>(0);
    none.put("a", "1");
    assertNull(none.get("a"));
    assertEquals("computed", none.get("a", k -> "computed"));
    assertThrows(IllegalArgumentException.class, () -> new BoundedCache<String, String>(-1));
  }
}
