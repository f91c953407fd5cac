// Single-file program: java -cp "search-server/target/lib/*" bench/tools/ComparePostings.java <indexA> <indexB>
// Compares per document id and text field a digest of all postings (term, position, offsets) and the norm. Not built by Maven.
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** Per document id and text field: an order-independent digest of all postings (term, position, offsets) and the norm. */
public class ComparePostings {
  static final String[] FIELDS = {"title", "title_exact", "teaser", "teaser_exact", "body", "body_exact"};
  static Map<String, long[]> load(Path p) throws Exception {
    Map<String, long[]> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(p))) {
      for (LeafReaderContext leaf : r.leaves()) {
        LeafReader lr = leaf.reader();
        String[] ids = new String[lr.maxDoc()];
        StoredFields sf = lr.storedFields();
        for (int d = 0; d < lr.maxDoc(); d++) ids[d] = sf.document(d, Set.of("id")).get("id");
        for (int fi = 0; fi < FIELDS.length; fi++) {
          String field = FIELDS[fi];
          Terms terms = lr.terms(field);
          if (terms != null) {
            TermsEnum te = terms.iterator(); BytesRef t; PostingsEnum pe = null;
            while ((t = te.next()) != null) {
              long th = t.hashCode() * 0x9E3779B97F4A7C15L;
              pe = te.postings(pe, PostingsEnum.ALL);
              for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                long[] acc = out.computeIfAbsent(ids[d], k -> new long[FIELDS.length * 3]);
                int f = pe.freq();
                for (int i = 0; i < f; i++) {
                  int pos = pe.nextPosition();
                  long h = th ^ (pos * 0xC2B2AE3D27D4EB4FL) ^ ((long) pe.startOffset() << 20) ^ ((long) pe.endOffset() << 42);
                  h ^= h >>> 29; h *= 0xBF58476D1CE4E5B9L; h ^= h >>> 32;
                  acc[fi * 3] += h; acc[fi * 3 + 1]++;
                }
              }
            }
          }
          NumericDocValues norms = lr.getNormValues(field);
          if (norms != null) for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc())
            out.computeIfAbsent(ids[d], k -> new long[FIELDS.length * 3])[fi * 3 + 2] = norms.longValue();
        }
      }
    }
    return out;
  }
  public static void main(String[] a) throws Exception {
    var x = load(Path.of(a[0])); var y = load(Path.of(a[1]));
    int same = 0, diff = 0; Map<String, Integer> byField = new TreeMap<>();
    long postings = 0;
    for (var e : x.entrySet()) {
      long[] o = y.get(e.getKey());
      for (int fi = 0; fi < FIELDS.length; fi++) postings += e.getValue()[fi * 3 + 1];
      if (Arrays.equals(e.getValue(), o)) { same++; continue; }
      diff++;
      for (int fi = 0; fi < FIELDS.length; fi++)
        if (o == null || e.getValue()[fi*3] != o[fi*3] || e.getValue()[fi*3+1] != o[fi*3+1] || e.getValue()[fi*3+2] != o[fi*3+2]) byField.merge(FIELDS[fi], 1, Integer::sum);
    }
    System.out.printf("postings compared: documents A=%d B=%d; identical %d, different %d; positions in A %d; differing fields %s%n", x.size(), y.size(), same, diff, postings, byField);
  }
}
