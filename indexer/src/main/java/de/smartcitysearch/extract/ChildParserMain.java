package de.smartcitysearch.extract;

import de.smartcitysearch.extract.TikaExtractor.TikaText;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The child process of {@link ChildParser}: builds Tika's parser, waits for one job on its input
 * (the file to parse, where to write the result, the file's name), parses the file and writes the
 * result, then ends. Started with {@code -XX:+ExitOnOutOfMemoryError}, so a file that needs more
 * than its heap ends it with exit code 3.
 *
 * <p>Arguments: the character limit. Result file: a flag (parsed or refused), then the title and
 * the text, or the reason, each as a length and UTF-8 bytes.
 */
public final class ChildParserMain {

  private ChildParserMain() {}

  public static void main(String[] args) throws IOException {
    TikaExtractor tika = new TikaExtractor(Integer.parseInt(args[0]));
    TikaExtractor.prepare(); // before the job comes: this is what the parent should not wait for
    String[] job;
    try {
      job = readJob(new BufferedInputStream(System.in));
    } catch (EOFException parentGone) {
      System.exit(0);
      return;
    }
    Path output = Path.of(job[1]);
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(output)))) {
      try {
        TikaText text = tika.extractInPlace(Path.of(job[0]), job[2]);
        out.writeBoolean(true);
        write(out, text.title());
        write(out, text.text());
      } catch (ExtractionException e) {
        out.writeBoolean(false);
        write(out, e.getMessage());
      }
    }
    System.exit(0); // a parser's own threads must not keep the child alive
  }

  /**
   * Sends the one job of a child: the file to parse, where to write the result, the file's name;
   * ends the input.
   */
  static void sendJob(OutputStream childInput, Path input, Path output, String name)
      throws IOException {
    try (DataOutputStream job = new DataOutputStream(childInput)) {
      job.writeUTF(input.toString());
      job.writeUTF(output.toString());
      job.writeUTF(name);
    }
  }

  private static String[] readJob(InputStream in) throws IOException {
    DataInputStream job = new DataInputStream(in);
    return new String[] {job.readUTF(), job.readUTF(), job.readUTF()};
  }

  /**
   * The result the child wrote: the text, or the reason it gave as an {@link ExtractionException}.
   */
  static TikaText readResult(Path output) throws IOException, ExtractionException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(output)))) {
      boolean parsed = in.readBoolean();
      if (!parsed) {
        throw new ExtractionException(read(in));
      }
      String title = read(in);
      Metadata metadata = new Metadata(); // the title is what the pages take from the metadata
      if (!title.isEmpty()) {
        metadata.set(TikaCoreProperties.TITLE, title);
      }
      return new TikaText(read(in), metadata);
    }
  }

  private static void write(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String read(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0
        || length
            > 64 << 20) { // the text is cut at the character limit: four bytes a character at most
      throw new IOException("the parser's result is malformed");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
