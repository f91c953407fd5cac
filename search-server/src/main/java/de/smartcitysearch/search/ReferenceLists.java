package de.smartcitysearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Named lists of facet values a curator counts against, zeros included: "laender" (all 16 Länder),
 * "topics" (the topic taxonomy) and municipality lists shipped as resources {@code
 * reference/<name>.txt}.
 */
public final class ReferenceLists {

  /** Name of the list of all 16 Länder. */
  public static final String LAENDER = "laender";

  /** Name of the topic taxonomy list. */
  public static final String TOPICS = "topics";

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");

  private final List<String> topics;

  /** Reference lists with this topic taxonomy (its labels, in taxonomy order; may be empty). */
  public ReferenceLists(List<String> topicLabels) {
    this.topics = List.copyOf(topicLabels);
  }

  /** The topic labels of the taxonomy. */
  public List<String> topics() {
    return topics;
  }

  /** The list with this name, or empty when there is none (or the topic taxonomy was not given). */
  public Optional<List<String>> get(String name) {
    if (LAENDER.equals(name)) {
      return Optional.of(Lands.ALL);
    }
    if (TOPICS.equals(name)) {
      return topics.isEmpty() ? Optional.empty() : Optional.of(topics);
    }
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    try (InputStream in = ReferenceLists.class.getResourceAsStream("/reference/" + name + ".txt")) {
      return in == null ? Optional.empty() : Optional.of(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      String value = line.strip();
      if (!value.isEmpty() && !value.startsWith("#")) {
        out.add(value);
      }
    }
    return List.copyOf(out);
  }
}
