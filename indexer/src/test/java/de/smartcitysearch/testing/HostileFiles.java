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
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Files an indexer meets in the wild and must survive, written by the tests (nothing large is
 * committed). Big files are written as streams, so making them needs no memory.
 */
public final class HostileFiles {

  private HostileFiles() {}

  /**
   * The whole hostile set in {@code folder}: two sound pages ({@code ok.txt} and a name with
   * spaces, umlauts and {@code ..}), a zip bomb in a DOCX, truncated, encrypted and scripted PDFs,
   * 100,000-deep HTML, a 100 MB text, invalid UTF-8 with NUL bytes, an empty file, a PNG named .pdf
   * and HTML named .docx.
   */
  public static void writeSet(Path folder) throws IOException {
    Files.writeString(
        folder.resolve("ok.txt"),
        "Smart-City-Werkstatt in Jena\n\nDie Werkstatt zur urbanen "
            + "Datenplattform findet am 12. Mai 2026 in Jena statt.\n");
    Files.writeString(
        folder.resolve("Tag der offenen Tür .. Köln..txt"),
        "Tag der offenen Tür im Rathaus Köln\n\n"
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
    Files.writeString(
        folder.resolve("agenda.docx"),
        "<html><body><h1>Tagesordnung Mobilitätsforum</h1></body></html>");
  }

  /** A DOCX whose document.xml inflates from well under a megabyte to about 300 MB. */
  public static Path zipBombDocx(Path file) throws IOException {
    Path plain = TestFiles.docx(file.resolveSibling(file.getFileName() + ".plain.docx"), "Vorlage");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
        ZipOutputStream out =
            new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
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
    out.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
            .getBytes(StandardCharsets.UTF_8));
    byte[] paragraph =
        ("<w:p><w:r><w:t>" + "Datenplattform ".repeat(60) + "</w:t></w:r></w:p>")
            .getBytes(StandardCharsets.UTF_8);
    for (long written = 0; written < 300L << 20; written += paragraph.length) {
      out.write(paragraph);
    }
    out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A PDF of one page whose content stream, a few hundred KB deflated, inflates to this many
   * megabytes of text operators ({@code (Datenplattform Kiel ) Tj}, some 800,000 characters a
   * megabyte): PDFBox collects a page's characters before it writes any, so the parse needs memory
   * in proportion to the inflated size. Written by hand (objects, offsets, cross-reference table),
   * so making it needs no PDF library and no memory.
   */
  public static Path flateBombPdf(Path file, int inflatedMegabytes) throws IOException {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try (DeflaterOutputStream deflated = new DeflaterOutputStream(stream, deflater, 1 << 16)) {
      deflated.write("BT /F1 12 Tf 72 720 Td\n".getBytes(StandardCharsets.US_ASCII));
      byte[] operators =
          "(Datenplattform Kiel ) Tj\n".repeat(2_000).getBytes(StandardCharsets.US_ASCII);
      for (long written = 0;
          written < (long) inflatedMegabytes << 20;
          written += operators.length) {
        deflated.write(operators);
      }
      deflated.write("ET\n".getBytes(StandardCharsets.US_ASCII));
    } finally {
      deflater.end();
    }
    byte[] content = stream.toByteArray();
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
          + "/Resources << /Font << /F1 5 0 R >> >> >>",
      null, // the content stream
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    };
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    long[] offsets = new long[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.size();
      pdf.write(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
      if (objects[i] == null) {
        pdf.write(
            ("<< /Length " + content.length + " /Filter /FlateDecode >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        pdf.write(content);
        pdf.write("\nendstream".getBytes(StandardCharsets.US_ASCII));
      } else {
        pdf.write(objects[i].getBytes(StandardCharsets.US_ASCII));
      }
      pdf.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }
    long xref = pdf.size();
    StringBuilder table =
        new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table
        .append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    pdf.write(table.toString().getBytes(StandardCharsets.US_ASCII));
    Files.write(file, pdf.toByteArray());
    return file;
  }

  /** A multi-page PDF cut off in the middle of its bytes (an interrupted upload). */
  public static Path truncatedPdf(Path file) throws IOException {
    String[] lines = new String[40];
    Arrays.fill(lines, "Abgebrochener Upload einer Tagesordnung zur Smart City");
    Path whole =
        TestFiles.pdf(
            file.resolveSibling(file.getFileName() + ".whole.pdf"), "Tagesordnung", lines);
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    Files.delete(whole);
    return file;
  }

  /** A PDF that runs JavaScript when opened in a viewer. */
  public static Path pdfWithJavaScript(Path file, String... lines) throws IOException {
    TestFiles.pdf(file, "Einladung", lines);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      doc.getDocumentCatalog()
          .setOpenAction(new PDActionJavaScript("app.alert('pwned'); this.exportDataObject();"));
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
    byte[] line =
        "Protokoll der Sitzung des Ausschusses für Digitalisierung, Punkt 1 bis 99.\n"
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long written = 0; written < (long) megabytes << 20; written += line.length) {
        out.write(line);
      }
    }
    return file;
  }

  /**
   * Text with bytes that are not UTF-8 (a lone continuation byte, a cut sequence, 0xFF) and NUL
   * bytes.
   */
  public static Path invalidUtf8(Path file, String words) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(words.getBytes(StandardCharsets.UTF_8));
    out.write(
        new byte[] {
          '\n', (byte) 0x80, (byte) 0xC3, ' ', (byte) 0xFF, (byte) 0xFE, 0, 0, 'x', 0, '\n'
        });
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
