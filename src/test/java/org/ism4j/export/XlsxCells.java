package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ism4j.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A workbook read back for the tests with nothing but {@code java.util.zip} and the JDK's XML
 * parser (not with the library's own reader, nor the writer library): the OOXML parts
 * (ECMA-376 part 1, §18) are followed by hand, workbook → relationships → sheet, shared strings and
 * the cell formats' fills and fonts. A cell is addressed by 0-based row and column.
 */
final class XlsxCells {
  /** One cell as written: its text, whether it is a number cell, its fill colour and boldness. */
  record Cell(String text, boolean number, String fill, boolean bold) {}

  private final Map<String, Map<String, Cell>> sheets = new LinkedHashMap<>();

  private XlsxCells() {}

  /** Reads every sheet of the workbook. */
  static XlsxCells read(byte[] xlsx) {
    Map<String, String> parts = new HashMap<>();
    // through the central directory (ZipFile), as a spreadsheet reads it: the writer streams its
    // entries with data descriptors, which ZipInputStream cannot size
    try {
      Path file = Files.createTempFile("xlsx-cells", ".xlsx");
      try {
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry e : java.util.Collections.list(zip.entries())) {
            try (InputStream in = zip.getInputStream(e)) {
              parts.put(e.getName().replaceFirst("^/", ""), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    XlsxCells book = new XlsxCells();
    List<String> shared = new ArrayList<>();
    if (parts.containsKey("xl/sharedStrings.xml")) {
      for (Element si : children(Xml.parse(parts.get("xl/sharedStrings.xml")).getDocumentElement(), "si")) {
        shared.add(si.getTextContent());
      }
    }
    List<String> fills = new ArrayList<>();
    List<Boolean> bolds = new ArrayList<>();
    List<Element> xfs = new ArrayList<>();
    if (parts.containsKey("xl/styles.xml")) {
      Element styles = Xml.parse(parts.get("xl/styles.xml")).getDocumentElement();
      for (Element fill : children(first(styles, "fills"), "fill")) {
        List<Element> fg = descendants(fill, "fgColor");
        fills.add(fg.isEmpty() ? "" : fg.get(0).getAttribute("rgb"));
      }
      for (Element font : children(first(styles, "fonts"), "font")) {
        bolds.add(!children(font, "b").isEmpty());
      }
      xfs = children(first(styles, "cellXfs"), "xf");
    }
    Map<String, String> rels = new HashMap<>();
    for (Element r : children(Xml.parse(parts.get("xl/_rels/workbook.xml.rels")).getDocumentElement(), "Relationship")) {
      String target = r.getAttribute("Target").replaceFirst("^/", "");
      rels.put(r.getAttribute("Id"), target.startsWith("xl/") ? target : "xl/" + target);
    }
    Document wb = Xml.parse(parts.get("xl/workbook.xml"));
    for (Element s : descendants(wb.getDocumentElement(), "sheet")) {
      String id = s.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
      Map<String, Cell> cells = new HashMap<>();
      for (Element c : descendants(Xml.parse(parts.get(rels.get(id))).getDocumentElement(), "c")) {
        String type = c.getAttribute("t");
        List<Element> v = children(c, "v");
        String text;
        if (type.equals("s")) {
          text = shared.get(Integer.parseInt(v.get(0).getTextContent()));
        } else if (type.equals("inlineStr")) {
          text = first(c, "is").getTextContent();
        } else {
          text = v.isEmpty() ? "" : v.get(0).getTextContent();
        }
        String fill = "";
        boolean bold = false;
        if (!c.getAttribute("s").isEmpty()) {
          Element xf = xfs.get(Integer.parseInt(c.getAttribute("s")));
          fill = fills.get(Integer.parseInt(attr(xf, "fillId", "0")));
          bold = bolds.get(Integer.parseInt(attr(xf, "fontId", "0")));
        }
        cells.put(c.getAttribute("r"), new Cell(text, type.isEmpty() || type.equals("n"), fill, bold));
      }
      book.sheets.put(s.getAttribute("name"), cells);
    }
    return book;
  }

  /** The sheet names in workbook order. */
  List<String> sheetNames() {
    return List.copyOf(sheets.keySet());
  }

  /** The cell at (row, column) of a sheet, or null when nothing was written there. */
  Cell cell(String sheet, int row, int column) {
    Map<String, Cell> s = sheets.get(sheet);
    if (s == null) {
      throw new AssertionError("no sheet " + sheet + " in " + sheets.keySet());
    }
    return s.get(ref(row, column));
  }

  /** The text of the cell at (row, column), or null when nothing was written there. */
  String text(String sheet, int row, int column) {
    Cell c = cell(sheet, row, column);
    return c == null ? null : c.text();
  }

  /** How many cells the sheet holds. */
  int cellCount(String sheet) {
    return sheets.get(sheet).size();
  }

  /** The A1 reference of a 0-based cell: column letters (A..Z, AA..) then the 1-based row. */
  static String ref(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + (row + 1);
  }

  private static String attr(Element e, String name, String absent) {
    return e.hasAttribute(name) ? e.getAttribute(name) : absent;
  }

  private static Element first(Element parent, String localName) {
    List<Element> d = descendants(parent, localName);
    if (d.isEmpty()) {
      throw new AssertionError("no " + localName + " in " + parent.getLocalName());
    }
    return d.get(0);
  }

  private static List<Element> descendants(Element parent, String localName) {
    NodeList all = parent.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      out.add((Element) all.item(i));
    }
    return out;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** Asserts a plain (not bold) text cell. */
  static void assertText(XlsxCells b, String sheet, int row, int col, String expected) {
    Cell c = b.cell(sheet, row, col);
    String at = sheet + " " + ref(row, col);
    assertTrue(c != null && !c.number(), at + " is no text cell: " + c);
    assertEquals(expected, c.text(), at);
    assertFalse(c.bold(), at + " is bold");
  }

  /** Asserts a plain (not bold) number cell. */
  static void assertNumber(XlsxCells b, String sheet, int row, int col, double expected) {
    Cell c = b.cell(sheet, row, col);
    String at = sheet + " " + ref(row, col);
    assertTrue(c != null && c.number(), at + " is no number cell: " + c);
    assertEquals(expected, Double.parseDouble(c.text()), 1e-12, at);
    assertFalse(c.bold(), at + " is bold");
  }

  /** Asserts a bold text cell. */
  static void assertBold(XlsxCells b, String sheet, int row, int col, String expected) {
    Cell c = b.cell(sheet, row, col);
    String at = sheet + " " + ref(row, col);
    assertTrue(c != null && !c.number() && c.bold(), at + " is no bold text: " + c);
    assertEquals(expected, c.text(), at);
  }

  /** Asserts a sheet's first row is exactly these bold titles. */
  static void assertHeader(XlsxCells b, String sheet, String... titles) {
    for (int k = 0; k < titles.length; k++) {
      assertBold(b, sheet, 0, k, titles[k]);
    }
    assertNull(b.cell(sheet, 0, titles.length), sheet + " header has more than " + titles.length);
  }
}
