package de.smartcitysearch.extract;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import de.smartcitysearch.document.DocumentId;
import de.smartcitysearch.document.Sha256;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Walks the inputs (files and folders, recursively, in name order) and hands each readable unit to
 * an {@link InputListener}; or makes one unit of a single JSON record or file that arrives on its
 * own (the admin API).
 *
 * <p>How a file is read follows from its name: {@code .txt .html .htm .pdf .docx .odt} are
 * documents parsed with Tika (see {@link FilePageReader}); {@code .jsonl}, {@code .ndjson} and
 * their {@code .gz} forms are JSON Lines, one record per line; {@code .json} holds one OParl
 * object, an array of them or an OParl list ({@code {"data": [...]}}). What a JSON record is (OParl
 * meeting, council text, event page) follows from its fields, see {@link JsonRecords}. Other files
 * and hidden files are ignored.
 *
 * <p>Source names are the input folder's name plus the path inside it
 * ("seeds/000_f0230e23ebc5b8c3.txt"), or the file name for a file given directly, so an index
 * survives moving the folder; records inside a JSON file add "#" and their id.
 */
public final class InputReader {

  /** File name endings of documents (lower case): the files that are parsed with Tika. */
  public static final Set<String> DOCUMENT_EXTENSIONS = FilePageReader.EXTENSIONS;

  private final InputOptions options;
  private final FilePageReader files;
  private final JsonRecords records;

  public InputReader(InputOptions options) {
    this.options = options;
    this.files = new FilePageReader(new TikaExtractor(options.limits()));
    this.records = new JsonRecords(options);
  }

  /** Whether a file of this name is a document this reader parses. */
  public static boolean isDocument(String fileName) {
    return FilePageReader.handles(fileName);
  }

  /**
   * One JSON record on its own, read exactly as a line of a JSON Lines file.
   *
   * @param fileSource what stands for the file in the source name ("api" gives "api#&lt;id&gt;")
   * @throws ExtractionException when the text is not one JSON object or its id is missing or breaks
   *     the id rule
   */
  public SourceItem record(String json, String fileSource) throws ExtractionException {
    JsonElement parsed;
    try {
      parsed = StrictJson.parse(json);
    } catch (JsonParseException e) {
      throw new ExtractionException("not valid JSON (" + rootMessage(e) + ")", e);
    }
    if (!parsed.isJsonObject()) {
      throw new ExtractionException("not a JSON object");
    }
    return records.item(parsed.getAsJsonObject(), json, fileSource, fileSource);
  }

  /**
   * One document file on its own, read as a file of an input folder would be.
   *
   * @param source the source name; the id derives from it ({@link DocumentId#ofSource})
   * @throws ExtractionException when the file is empty or over the size limit
   * @throws IllegalArgumentException when the name has no document ending ({@link #isDocument})
   */
  public SourceItem file(byte[] bytes, String fileName, String source) throws ExtractionException {
    if (!isDocument(fileName)) {
      throw new IllegalArgumentException(
          fileName + " is not a document (" + DOCUMENT_EXTENSIONS + ")");
    }
    if (bytes.length > options.limits().maxFileBytes()) {
      throw new ExtractionException(tooLarge(bytes.length));
    }
    if (bytes.length == 0) {
      throw new ExtractionException("empty file");
    }
    return documentItem(bytes, fileName, source);
  }

  /** Checks that every input exists; a typo must not look like an empty folder. */
  public static void requireExisting(List<Path> inputs) throws NoSuchFileException {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new NoSuchFileException(input.toString(), null, "input does not exist");
      }
    }
  }

  /** The total size of the files that will be read, for progress reporting. */
  public long totalBytes(List<Path> inputs) throws IOException {
    long total = 0;
    for (Path input : inputs) {
      for (Path file : filesUnder(input)) {
        total += Files.size(file);
      }
    }
    return total;
  }

  /** Reads every input, in order. */
  public void read(List<Path> inputs, InputListener listener) throws IOException {
    requireExisting(inputs);
    for (Path input : inputs) {
      Path root = input.toAbsolutePath().normalize();
      for (Path file : filesUnder(root)) {
        String source =
            Files.isDirectory(root)
                ? root.getFileName() + "/" + root.relativize(file).toString().replace('\\', '/')
                : file.getFileName().toString();
        readFile(file, source, listener);
      }
    }
  }

  private void readFile(Path file, String source, InputListener listener) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".jsonl")
          || name.endsWith(".ndjson")
          || name.endsWith(".jsonl.gz")
          || name.endsWith(".ndjson.gz")) {
        readJsonLines(file, source, listener);
      } else if (name.endsWith(".json")) {
        readJsonFile(file, source, listener);
      } else if (FilePageReader.handles(name)) {
        readDocument(file, source, listener);
      } else {
        listener.ignored(file);
        listener.advanced(Files.size(file));
      }
    } catch (IOException | UncheckedIOException e) {
      listener.failed(source, "cannot be read (" + e.getMessage() + ")");
    }
  }

  private void readDocument(Path file, String source, InputListener listener) throws IOException {
    long size = Files.size(file);
    try {
      if (size > options.limits().maxFileBytes()) {
        listener.failed(source, tooLarge(size));
        return;
      }
      if (size == 0) {
        listener.failed(source, "empty file");
        return;
      }
      listener.item(documentItem(Files.readAllBytes(file), file.getFileName().toString(), source));
    } finally {
      listener.advanced(size);
    }
  }

  private SourceItem documentItem(byte[] bytes, String fileName, String source) {
    String hash = Sha256.hex(bytes);
    String id = DocumentId.ofSource(source);
    return new SourceItem() {
      @Override
      public String source() {
        return source;
      }

      @Override
      public String location() {
        return source;
      }

      @Override
      public String contentHash() {
        return hash;
      }

      @Override
      public ExtractedPage extract() throws ExtractionException {
        return files.read(bytes, fileName, id, source, hash);
      }
    };
  }

  private String tooLarge(long size) {
    return "too large (" + size + " bytes, the limit is " + options.limits().maxFileBytes() + ")";
  }

  private void readJsonLines(Path file, String source, InputListener listener) throws IOException {
    try (CountingStream counted = new CountingStream(Files.newInputStream(file));
        InputStream in =
            file.toString().endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16) : counted;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      int number = 0;
      long reported = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          String location = file.getFileName() + ":" + number;
          try {
            JsonElement json = StrictJson.parse(line);
            if (!json.isJsonObject()) {
              listener.failed(location, "not a JSON object");
            } else {
              listener.item(records.item(json.getAsJsonObject(), line, source, location));
            }
          } catch (JsonParseException e) {
            listener.failed(location, "not valid JSON (" + rootMessage(e) + ")");
          } catch (ExtractionException | IllegalArgumentException e) {
            listener.failed(location, e.getMessage());
          }
        }
        long now = counted.count();
        listener.advanced(now - reported);
        reported = now;
      }
    }
  }

  private void readJsonFile(Path file, String source, InputListener listener) throws IOException {
    long size = Files.size(file);
    try {
      if (size > options.limits().maxFileBytes()) {
        listener.failed(source, tooLarge(size));
        return;
      }
      JsonElement json;
      try {
        json = StrictJson.parse(Files.readString(file, StandardCharsets.UTF_8));
      } catch (JsonParseException e) {
        listener.failed(source, "not valid JSON (" + rootMessage(e) + ")");
        return;
      }
      List<JsonElement> objects = new ArrayList<>();
      if (json.isJsonArray()) {
        objects.addAll(json.getAsJsonArray().asList());
      } else if (json.isJsonObject()
          && json.getAsJsonObject().has("data")
          && json.getAsJsonObject().get("data").isJsonArray()) {
        objects.addAll(
            json.getAsJsonObject().getAsJsonArray("data").asList()); // an OParl list page
      } else {
        objects.add(json);
      }
      for (int i = 0; i < objects.size(); i++) {
        String location = objects.size() == 1 ? source : source + "[" + i + "]";
        JsonElement object = objects.get(i);
        try {
          if (!object.isJsonObject()) {
            listener.failed(location, "not a JSON object");
          } else {
            listener.item(
                records.item(object.getAsJsonObject(), object.toString(), source, location));
          }
        } catch (ExtractionException | IllegalArgumentException e) {
          listener.failed(location, e.getMessage());
        }
      }
    } finally {
      listener.advanced(size);
    }
  }

  private static List<Path> filesUnder(Path input) throws IOException {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> walk = Files.walk(input)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(input.relativize(p)))
          .sorted()
          .toList();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /** Counts the bytes read from the file, before decompression, for an honest progress bar. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    long count() {
      return count;
    }
  }
}
