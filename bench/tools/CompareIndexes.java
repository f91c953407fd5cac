// Single-file program: java -cp "search-server/target/lib/*" bench/tools/CompareIndexes.java <indexA> <indexB>
// Compares every stored field per document id (topic_reasons_json as a sorted map). Not built by Maven.
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;

/** Compares every stored field (all values, in order) per document id of two indexes. */
public class CompareIndexes {
  static Map<String, Map<String, List<String>>> load(Path p) throws Exception {
    Map<String, Map<String, List<String>>> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(p))) {
      for (LeafReaderContext leaf : r.leaves()) {
        StoredFields sf = leaf.reader().storedFields();
        var live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          Document doc = sf.document(d);
          Map<String, List<String>> f = new TreeMap<>();
          for (IndexableField x : doc.getFields()) f.computeIfAbsent(x.name(), k -> new ArrayList<>()).add(norm(x.name(), String.valueOf(x.stringValue())));
          if (out.put(doc.get("id"), f) != null) throw new IllegalStateException("dup id " + doc.get("id"));
        }
      }
    }
    return out;
  }
  /** topic_reasons_json is written from a Map.copyOf (key order differs per JVM run): compare it as a sorted map. */
  static String norm(String name, String v) {
    if (!name.equals("topic_reasons_json")) return v;
    Map<String, List<String>> m = new com.google.gson.Gson().fromJson(v, new com.google.gson.reflect.TypeToken<Map<String, List<String>>>() {}.getType());
    return new TreeMap<>(m).toString();
  }
  public static void main(String[] a) throws Exception {
    var x = load(Path.of(a[0])); var y = load(Path.of(a[1]));
    int same = 0, diff = 0; Map<String,Integer> byField = new TreeMap<>();
    for (var e : x.entrySet()) {
      var o = y.get(e.getKey());
      if (e.getValue().equals(o)) { same++; continue; }
      diff++;
      Set<String> names = new TreeSet<>(e.getValue().keySet()); if (o != null) names.addAll(o.keySet());
      for (String n : names) {
        var v1 = e.getValue().get(n); var v2 = o == null ? null : o.get(n);
        if (!Objects.equals(v1, v2)) { byField.merge(n, 1, Integer::sum); if (diff <= 5) System.out.println(e.getKey() + " " + n + ":\n  A=" + v1 + "\n  B=" + v2); }
      }
    }
    System.out.printf("documents A=%d B=%d; identical %d, different %d, only in B %d; differing fields %s%n",
        x.size(), y.size(), same, diff, y.keySet().stream().filter(k -> !x.containsKey(k)).count(), byField);
  }
}
