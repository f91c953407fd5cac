package de.smartcitysearch.index;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Documents deleted through the admin API, by source: the source's content hash when the delete
 * happened and the ids deleted. Kept in the user data of the index's commit, so they are as durable
 * as the delete itself.
 *
 * <p>The rule: a deleted document stays deleted across restarts and re-indexing while its source is
 * unchanged (the indexer treats a tombstoned source with that hash as unchanged, whether documents
 * of it remain or not); when the source changes, or an admin uploads it again, it is written anew
 * and its tombstone is lifted. Every {@link EventStore} keeps them by this rule, each where it
 * keeps its own bookkeeping.
 */
public final class Tombstones {

  /** The key of the commit user data that holds them, as JSON. */
  public static final String COMMIT_DATA_KEY = "smartcity-search.tombstones";

  private static final Gson GSON = new Gson();

  /**
   * One source's deletes.
   *
   * @param contentHash the hash of the source's content when its documents were deleted
   * @param ids the ids deleted
   */
  record Tombstone(String contentHash, TreeSet<String> ids) {}

  private final Map<String, Tombstone> bySource;

  private Tombstones(Map<String, Tombstone> bySource) {
    this.bySource = bySource;
  }

  /**
   * The tombstones in a commit's user data.
   *
   * @throws IllegalStateException when the user data holds something else under the key (a damaged
   *     index)
   */
  public static Tombstones of(Map<String, String> commitData) {
    String json = commitData.get(COMMIT_DATA_KEY);
    if (json == null) {
      return new Tombstones(new TreeMap<>());
    }
    try {
      Map<String, Tombstone> read =
          GSON.fromJson(json, new TypeToken<TreeMap<String, Tombstone>>() {}.getType());
      return new Tombstones(read == null ? new TreeMap<>() : read);
    } catch (JsonParseException e) {
      throw new IllegalStateException(
          "the index's record of deleted documents cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Records that the document {@code id} of this source, whose content had this hash, was deleted.
   */
  public synchronized void add(String source, String contentHash, String id) {
    Tombstone previous = bySource.get(source);
    TreeSet<String> ids =
        previous != null && previous.contentHash().equals(contentHash)
            ? previous.ids()
            : new TreeSet<>();
    ids.add(id);
    bySource.put(source, new Tombstone(contentHash, ids));
  }

  /** Forgets the source's deletes: it was written anew, or removed altogether. */
  public synchronized void lift(String source) {
    bySource.remove(source);
  }

  /** Source to the content hash its deletes were made on. */
  public synchronized Map<String, String> hashes() {
    Map<String, String> hashes = new HashMap<>();
    bySource.forEach((source, tombstone) -> hashes.put(source, tombstone.contentHash()));
    return hashes;
  }

  /** The commit user data that holds these tombstones. */
  public synchronized Map<String, String> commitData() {
    return Map.of(COMMIT_DATA_KEY, GSON.toJson(bySource));
  }
}
