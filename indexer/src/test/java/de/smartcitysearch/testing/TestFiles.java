package de.smartcitysearch.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real documents for tests, written with the libraries that read them in production (PDFBox, POI).
 */
public final class TestFiles {

  private TestFiles() {}

  /** The shared data folder beside the repository (set by Surefire). */
  public static Path shared() {
    return Path.of(System.getProperty("shared.dir", "../../shared"));
  }

  /** A one-page PDF with these lines and, if not null, a document title. */
  public static Path pdf(Path file, String title, String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      write(doc, title, lines);
      doc.save(file.toFile());
    }
    return file;
  }

  /** A PDF that opens only with a user password. */
  public static Path encryptedPdf(Path file, String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      write(doc, null, lines);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  private static void write(PDDocument doc, String title, String... lines) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
      text.beginText();
      text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      text.setLeading(16);
      text.newLineAtOffset(50, 700);
      for (String line : lines) {
        text.showText(line);
        text.newLine();
      }
      text.endText();
    }
    if (title != null) {
      doc.getDocumentInformation().setTitle(title);
    }
  }

  /** A DOCX with one paragraph per line. */
  public static Path docx(Path file, String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String paragraph : paragraphs) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      doc.write(out);
    }
    return file;
  }

  /** A minimal OpenDocument text file (the zip layout the ODF specification requires). */
  public static Path odt(Path file, String... paragraphs) throws IOException {
    StringBuilder content =
        new StringBuilder(
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
        <office:body><office:text>""");
    for (String p : paragraphs) {
      content
          .append("<text:p>")
          .append(p.replace("&", "&amp;").replace("<", "&lt;"))
          .append("</text:p>");
    }
    content.append("</office:text></office:body></office:document-content>");
    String manifest =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
         <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>""";
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype"); // stored uncompressed and first, as ODF requires
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /** The first {@code n} lines of a gzipped JSON Lines file of the shared data. */
  public static List<String> firstLines(Path gz, int n) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      String line;
      while (lines.size() < n && (line = in.readLine()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }
}
