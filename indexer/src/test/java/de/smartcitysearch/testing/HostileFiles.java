package de.smartcitysearch.testing;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Files an indexer meets in the wild and must survive, written by the tests (nothing large is committed). Big
 * files are written as streams, so making them needs no memory.
 */
public final class HostileFiles {

  private HostileFiles() {}

  /** A DOCX whose document.xml inflates from well under a megabyte to about 300 MB. */
  /**
   * The whole hostile set in {@code folder}: two sound pages ({@code ok.txt} and a name with spaces, umlauts and
   * {@code ..}), a zip bomb in a DOCX, truncated, encrypted and scripted PDFs, 100,000-deep HTML, a 100 MB
   * text, invalid UTF-8 with NUL bytes, an empty file, a PNG named .pdf and HTML named .docx.
   */
  public static void writeSet(Path folder) throws IOException {
    Files.writeString(folder.resolve("ok.txt"), "Smart-City-Werkstatt in Jena\n\nDie Werkstatt zur urbanen "
        + "Datenplattform findet am 12. Mai 2026 in Jena statt.\n");
    Files.writeString(folder.resolve("Tag der offenen Tür .. Köln..txt"), "Tag der offenen Tür im Rathaus Köln\n\n"
        + "Das Quartiersmanagement stellt die Bürgerbeteiligung vor.\n");
    zipBombDocx(folder.resolve("zipbomb.docx"));
    truncatedPdf(folder.resolve("truncated.pdf"));
    TestFiles.encryptedPdf(folder.resolve("encrypted.pdf"), "Geheime Sitzung");
    pdfWithJavaScript(folder.resolve("script.pdf"), "Einladung zur Stadtteilkonferenz in Ulm");
    deeplyNestedHtml(folder.resolve("nested.html"), 100_000, "Tief verschachtelte Ankündigung");
    hugeText(folder.resolve("huge.txt"), 100);
    invalidUtf8(folder.resolve("broken-utf8.txt"), "Quartiersentwicklung in Halle");
    Files.createFile(folder.resolve("empty.txt"));
    png(folder.resolve("plan.pdf"));
    Files.writeString(folder.resolve("agenda.docx"), "<html><body><h1>Tagesordnung Mobilitätsforum</h1></body></html>");
  }

  public static Path zipBombDocx(Path file) throws IOException {
    Path plain = TestFiles.docx(file.resolveSibling(file.getFileName() + ".plain.docx"), "Vorlage");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
        ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          writeBomb(out);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    Files.delete(plain);
    return file;
  }

  private static void writeBomb(OutputStream out) throws IOException {
    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
        + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
    byte[] paragraph = ("<w:p><w:r><w:t>" + "Datenplattform ".repeat(60) + "</w:t></w:r></w:p>")
        .getBytes(StandardCharsets.UTF_8);
    for (long written = 0; written < 300L << 20; written += paragraph.length) {
      out.write(paragraph);
    }
    out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
  }

  /** A multi-page PDF cut off in the middle of its bytes (an interrupted upload). */
  public static Path truncatedPdf(Path file) throws IOException {
    String[] lines = new String[40];
    Arrays.fill(lines, "Abgebrochener Upload einer Tagesordnung zur Smart City");
    Path whole = TestFiles.pdf(file.resolveSibling(file.getFileName() + ".whole.pdf"), "Tagesordnung", lines);
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    Files.delete(whole);
    return file;
  }

  /** A PDF that runs JavaScript when opened in a viewer. */
  public static Path pdfWithJavaScript(Path file, String... lines) throws IOException {
    TestFiles.pdf(file, "Einladung", lines);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('pwned'); this.exportDataObject();"));
      doc.save(file.toFile());
    }
    return file;
  }

  /** An HTML page with this many nested divs around its text. */
  public static Path deeplyNestedHtml(Path file, int depth, String text) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("<!DOCTYPE html><html><head><title>Verschachtelt</title></head><body>");
      for (int i = 0; i < depth; i++) {
        out.write("<div>");
      }
      out.write(text);
      for (int i = 0; i < depth; i++) {
        out.write("</div>");
      }
      out.write("</body></html>");
    }
    return file;
  }

  /** A text file of about this many megabytes, written line by line. */
  public static Path hugeText(Path file, int megabytes) throws IOException {
    byte[] line = "Protokoll der Sitzung des Ausschusses für Digitalisierung, Punkt 1 bis 99.\n"
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long written = 0; written < (long) megabytes << 20; written += line.length) {
        out.write(line);
      }
    }
    return file;
  }

  /** Text with bytes that are not UTF-8 (a lone continuation byte, a cut sequence, 0xFF) and NUL bytes. */
  public static Path invalidUtf8(Path file, String words) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(words.getBytes(StandardCharsets.UTF_8));
    out.write(new byte[] {'\n', (byte) 0x80, (byte) 0xC3, ' ', (byte) 0xFF, (byte) 0xFE, 0, 0, 'x', 0, '\n'});
    out.write(words.getBytes(StandardCharsets.UTF_8));
    Files.write(file, out.toByteArray());
    return file;
  }

  /** Real PNG bytes, under whatever name the caller gives. */
  public static Path png(Path file) throws IOException {
    BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    try (OutputStream out = Files.newOutputStream(file)) {
      ImageIO.write(image, "png", out);
    }
    return file;
  }
}
