package de.smartcitysearch.server;

import de.smartcitysearch.search.SearchBackend;
import de.smartcitysearch.search.SearchRequest;
import de.smartcitysearch.search.SearchResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The searches that found nothing, for the curators: the query text with the filters it was
 * searched with, how many distinct clients asked it, how often, and when first and last; bounded in
 * memory.
 *
 * <p>Ranked by distinct clients, so one client repeating a query (or a script of one address)
 * cannot push it up: a client counts once per query, told apart by a {@link ClientFingerprint} (a
 * salted hash; no address is kept, and nothing about who asked leaves the log). When the log is
 * full, the entry with the fewest clients and the oldest last search makes room, so a flood of new
 * queries from one address replaces only entries of a single client.
 *
 * <p>When listed, each entry is searched again against the current index (once per index version):
 * a query that finds something now (a page was added, a typo correction learnt the word) is left
 * out.
 */
public final class ZeroResultLog {

  /** Longest query text kept; longer ones are cut (they are rare and the start says enough). */
  static final int MAX_QUERY_LENGTH = 200;

  /**
   * Distinct clients counted per query; beyond this a query is what curators look at first anyway.
   */
  static final int MAX_CLIENTS_COUNTED = 256;

  private final int capacity;
  private final Clock clock;
  private final ClientFingerprint fingerprints = new ClientFingerprint();
  private final Map<SearchRequest, Tracked> entries = new HashMap<>();

  /**
   * An empty log.
   *
   * @param capacity how many distinct searches it keeps
   */
  public ZeroResultLog(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    this.capacity = capacity;
    this.clock = clock;
  }

  /**
   * Counts a search that found nothing on this index version; a search without query text (filters
   * only: the coverage tables show those gaps) is not logged.
   *
   * @param client the client's address, as {@link ClientAddress} names it
   */
  public void record(SearchRequest searched, String client, long indexVersion) {
    String text = normalise(searched.query());
    if (text.isEmpty()) {
      return;
    }
    SearchRequest search = asLogged(searched, text);
    long fingerprint = fingerprints.of(client);
    Instant now = clock.instant();
    synchronized (this) {
      Tracked tracked = entries.get(search);
      if (tracked == null) {
        if (entries.size() >= capacity) {
          entries.values().stream()
              .min(Tracked.WEAKEST_FIRST)
              .ifPresent(weakest -> entries.remove(weakest.search));
        }
        tracked = new Tracked(search, now);
        entries.put(search, tracked);
      }
      tracked.searched(fingerprint, now, indexVersion);
    }
  }

  /**
   * The logged searches that still find nothing on the backend's current index, most clients first
   * (ties: most recent first, then alphabetical), at most {@code limit}.
   */
  public List<Entry> stillFindingNothing(SearchBackend backend, int limit) throws IOException {
    long version = backend.indexState().version();
    record Ranked(Tracked tracked, Entry entry) {}
    List<Ranked> ranked;
    synchronized (this) {
      ranked =
          entries.values().stream()
              .sorted(Tracked.STRONGEST_FIRST)
              .map(t -> new Ranked(t, t.entry()))
              .toList();
    }
    List<Entry> out = new ArrayList<>();
    for (Ranked r : ranked) {
      if (out.size() >= limit) {
        break;
      }
      Tracked tracked = r.tracked();
      Boolean known = tracked.findsNothingOn(version);
      boolean empty;
      if (known != null) {
        empty = known;
      } else { // searched outside the lock: a search takes milliseconds, recording must not wait
        // for it
        SearchResponse again = backend.search(tracked.search);
        empty = again.total() == 0;
        if (!again.timedOut()) {
          tracked.checked(version, empty);
        }
      }
      if (empty) {
        out.add(r.entry());
      }
    }
    return out;
  }

  /**
   * Lower case, inner whitespace collapsed, ends trimmed: "Kiel Hafen " and "kiel hafen" are one
   * query.
   */
  static String normalise(String query) {
    if (query == null) {
      return "";
    }
    String text = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
  }

  /**
   * The search as logged: normalised text, filters in a fixed order, the first hit only, default
   * order.
   */
  private static SearchRequest asLogged(SearchRequest r, String text) {
    SearchRequest.Builder logged =
        SearchRequest.builder()
            .query(text)
            .from(r.from())
            .to(r.to())
            .when(r.when())
            .page(1)
            .size(1)
            .kind(r.kind())
            .grouped(r.grouped());
    r.filters().forEach((dimension, values) -> logged.filter(dimension, sorted(values)));
    return logged.build();
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  /**
   * One logged search, as the curator sees it.
   *
   * @param query the normalised query text
   * @param filters the filters it was searched with, by the parameter names of {@code /api/search}
   * @param clients distinct clients that searched it (counted up to {@value #MAX_CLIENTS_COUNTED})
   * @param searches how often it was searched
   * @param firstSeen when it first found nothing
   * @param lastSeen when it last found nothing
   */
  public record Entry(
      String query,
      Map<String, List<String>> filters,
      int clients,
      long searches,
      Instant firstSeen,
      Instant lastSeen) {}

  /**
   * What the log knows of one search; guarded by the log's lock, except the check (its own lock).
   */
  private static final class Tracked {
    static final Comparator<Tracked> STRONGEST_FIRST =
        Comparator.comparingInt((Tracked t) -> t.clientCount)
            .reversed()
            .thenComparing((Tracked t) -> t.lastSeen, Comparator.reverseOrder())
            .thenComparing(t -> t.search.query());
    static final Comparator<Tracked> WEAKEST_FIRST =
        Comparator.comparingInt((Tracked t) -> t.clientCount).thenComparing(t -> t.lastSeen);

    final SearchRequest search;
    final Instant firstSeen;
    Instant lastSeen;
    long searches;

    /** Sorted fingerprints of the clients, the first {@link #clientCount} slots used. */
    long[] clients = new long[4];

    int clientCount;
    private long checkedVersion = Long.MIN_VALUE;
    private boolean findsNothing;

    Tracked(SearchRequest search, Instant now) {
      this.search = search;
      this.firstSeen = now;
      this.lastSeen = now;
    }

    void searched(long client, Instant now, long indexVersion) {
      searches++;
      lastSeen = now;
      int at = Arrays.binarySearch(clients, 0, clientCount, client);
      if (at < 0 && clientCount < MAX_CLIENTS_COUNTED) {
        int insert = -at - 1;
        if (clientCount == clients.length) {
          clients = Arrays.copyOf(clients, Math.min(MAX_CLIENTS_COUNTED, clients.length * 2));
        }
        System.arraycopy(clients, insert, clients, insert + 1, clientCount - insert);
        clients[insert] = client;
        clientCount++;
      }
      checked(indexVersion, true);
    }

    /** Whether it finds nothing on this index version, or null when not known for it. */
    synchronized Boolean findsNothingOn(long version) {
      return checkedVersion == version ? findsNothing : null;
    }

    synchronized void checked(long version, boolean nothing) {
      if (version >= checkedVersion) {
        checkedVersion = version;
        findsNothing = nothing;
      }
    }

    /** Under the log's lock. */
    Entry entry() {
      return new Entry(
          search.query(), Params.filters(search), clientCount, searches, firstSeen, lastSeen);
    }
  }
}
