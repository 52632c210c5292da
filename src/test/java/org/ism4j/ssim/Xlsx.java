package org.ism4j.ssim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Workbooks built by hand, part by part, for what the writer library cannot write (cached formula values, say). */
public final class Xlsx {
  private Xlsx() {}

  /** A zip archive of the given entries, in order. */
  public static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * A workbook of one sheet: {@code sheetData} is the content of the sheet's {@code sheetData}
   * element, {@code after} what follows it (mergeCells), {@code shared} the shared strings' {@code si}
   * elements, or null for none.
   */
  public static byte[] book(String sheetName, String sheetData, String after, String shared) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    e.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    e.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        + "<sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    e.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + (shared == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>")
        + "</Relationships>");
    e.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>" + sheetData + "</sheetData>" + (after == null ? "" : after) + "</worksheet>");
    if (shared != null) {
      e.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + shared + "</sst>");
    }
    return zip(e);
  }

  /** Writes a workbook with the writer library; {@code sheets} fills it. */
  public static byte[] written(WorkbookWriter sheets) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(bytes, "ism4j-test", "1.0");
      sheets.fill(wb);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Fills a workbook of the writer library. */
  @FunctionalInterface
  public interface WorkbookWriter {
    void fill(org.dhatim.fastexcel.Workbook wb) throws IOException;
  }

  /**
   * Sheet "Expert 3": a 3-factor SSIM (Cost, Time, Risk) below a merged title, the first column
   * empty, written by the writer library; {@code q} is cell E4, (Cost, Risk).
   */
  public static byte[] titled(String q) {
    return written(wb -> {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Expert 3");
      ws.value(1, 1, "Table 2. SSIM of expert 3");
      ws.range(1, 1, 1, 4).merge();
      ws.value(2, 2, "Cost");
      ws.value(2, 3, "Time");
      ws.value(2, 4, "Risk");
      ws.value(3, 1, "Cost");
      ws.value(3, 3, "V");
      ws.value(3, 4, q);
      ws.value(4, 1, "Time");
      ws.inlineString(4, 4, "x");
      ws.value(5, 1, "Risk");
    });
  }
}
