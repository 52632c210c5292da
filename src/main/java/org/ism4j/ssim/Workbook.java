package org.ism4j.ssim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An Excel workbook ({@code .xlsx}, Office Open XML) read for its cell values, so that every reader
 * of tables reads a worksheet as it reads delimited text: {@link #sheet(String)} returns a
 * {@link DelimitedTable}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Workbook book = Workbook.read(Path.of("panel.xlsx"));
 * Ssim ssim = SsimParser.defaults().parse(book.sheet("Expert 3"));
 * }</pre>
 *
 * <p>Read with the JDK's zip and streaming XML (StAX) readers, no other library. Cells are read as
 * people type them:
 *
 * <ul>
 *   <li>A number is its shortest decimal: {@code 1.0} and {@code 1E0} read as {@code 1}.
 *   <li>A formula cell is its cached value, as Excel saved it; a formula cell without one (written
 *       by a program that does not compute formulas) is an error at its cell.
 *   <li>Shared strings (rich text runs joined, phonetic guides left out) and inline strings are
 *       their text; {@code TRUE}/{@code FALSE} and error values ({@code #N/A}) are those words.
 *   <li>Empty rows and columns around the values are not part of the table; an empty row inside it
 *       is a blank row.
 *   <li>Merged cells hold their value in their first cell, the others are empty. A row above the
 *       table whose every value is a merged cell, at least one spanning several columns, is a
 *       caption (a title, or a heading over the column labels) and is left out, as is an empty row
 *       that only continues merged cells from the row above.
 * </ul>
 *
 * <h2>Refusals</h2>
 *
 * <p>A {@link WorkbookException} refuses, before anything large is read into memory: a file that is
 * not a zip archive, an old binary {@code .xls} workbook or an encrypted workbook (both OLE2
 * containers), a zip archive without a workbook, and a workbook whose entries expand past
 * {@value #MAX_EXPANDED_BYTES} bytes in all (a zip bomb; counted while inflating, whatever the
 * archive declares). A sheet whose used range has more than {@value #MAX_CELLS} cells is refused
 * when it is read, and so is a cell holding a control character other than tab and the line breaks,
 * or a byte order mark ({@code U+FEFF}), as the text readers refuse them ({@link SsimFormatException}
 * at the cell). The XML is read without DTDs or external entities.
 */
public final class Workbook {
  /** The most bytes the workbook's entries may expand to, in all: 100 MB. */
  public static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;

  /** The most cells a sheet's used range may have: 4,000,000 (2000 × 2000). */
  public static final int MAX_CELLS = 4_000_000;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
      (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);

  private static final String TOO_BIG = "refused: the workbook's entries expand past the limit of "
      + (MAX_EXPANDED_BYTES >> 20) + " MB (at %s; a zip bomb?)";

  private final List<String> sheetNames;
  /** Sheet name to its zip entry. */
  private final Map<String, String> sheetParts;
  private final Map<String, byte[]> entries;
  private final List<String> sharedStrings;

  private Workbook(List<String> sheetNames, Map<String, String> sheetParts,
      Map<String, byte[]> entries, List<String> sharedStrings) {
    this.sheetNames = sheetNames;
    this.sheetParts = sheetParts;
    this.entries = entries;
    this.sharedStrings = sharedStrings;
  }

  /**
   * Reads a workbook file.
   *
   * @param file an {@code .xlsx} file
   * @return the workbook
   * @throws IOException when the file cannot be read
   * @throws WorkbookException when the file is not a workbook ism4j reads (see above)
   */
  public static Workbook read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
      refuseNonZip(in);
    }
    return parse(inflate(file));
  }

  /**
   * Reads a workbook from bytes, such as standard input; the stream is read to its end (or to the
   * point of refusal) and not closed.
   *
   * @param in the bytes of an {@code .xlsx} file
   * @return the workbook
   * @throws IOException when the stream fails
   * @throws WorkbookException when the bytes are not a workbook ism4j reads (see above)
   */
  public static Workbook read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    BufferedInputStream buffered = new BufferedInputStream(in, 65536);
    refuseNonZip(buffered);
    // a zip is read by its central directory (local headers may leave sizes out), so from a file
    Path copy = Files.createTempFile("ism4j-", ".xlsx");
    try {
      try (OutputStream out = Files.newOutputStream(copy)) {
        byte[] buf = new byte[65536];
        long total = 0;
        for (int n = buffered.read(buf); n >= 0; n = buffered.read(buf)) {
          total += n;
          if (total > MAX_EXPANDED_BYTES) {
            throw new WorkbookException(String.format(Locale.ROOT, TOO_BIG, "the archive itself"));
          }
          out.write(buf, 0, n);
        }
      }
      return parse(inflate(copy));
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /** Refuses what is no zip archive, reading as little as needed; {@code buffered} supports mark. */
  private static void refuseNonZip(InputStream buffered) throws IOException {
    buffered.mark(OLE2.length);
    byte[] head = buffered.readNBytes(OLE2.length);
    buffered.reset();
    if (head.length == 0) {
      throw new WorkbookException("not an xlsx workbook: the file is empty");
    }
    if (Arrays.equals(head, OLE2)) {
      throw new WorkbookException(containsEncryptionInfo(buffered)
          ? "an encrypted workbook (password-protected: an OLE2 container holding EncryptionInfo),"
              + " which ism4j cannot read: remove the password in Excel and save it as .xlsx"
          : "an Excel 97-2003 workbook (.xls, the old binary format), which ism4j does not read:"
              + " open it in Excel or LibreOffice and save it as .xlsx");
    }
    if (startsWith(head, EMPTY_ZIP)) {
      throw new WorkbookException("not an xlsx workbook: an empty zip archive");
    }
    if (!startsWith(head, ZIP)) {
      throw new WorkbookException("not an xlsx workbook: the file is not a zip archive"
          + " (a text table is read as .tsv or .csv)");
    }
  }

  /**
   * Returns the names of the sheets, in the workbook's order.
   *
   * @return the names, an immutable snapshot
   */
  public List<String> sheetNames() {
    return sheetNames;
  }

  /**
   * Reads the first sheet.
   *
   * @return its table
   * @throws SsimFormatException when a cell cannot be read, with the sheet and the cell
   * @throws WorkbookException when the sheet's part is missing or damaged, or too large
   */
  public DelimitedTable firstSheet() {
    return sheet(sheetNames.get(0));
  }

  /**
   * Reads a sheet by name.
   *
   * @param name the sheet's name, exactly as on its tab
   * @return its table, rows and cells positioned as {@link DelimitedTable} describes
   * @throws WorkbookException when there is no such sheet (the message lists the sheets), or its
   *     part is missing, damaged or too large
   * @throws SsimFormatException when a cell cannot be read, with the sheet and the cell
   */
  public DelimitedTable sheet(String name) {
    Objects.requireNonNull(name, "name");
    String part = sheetParts.get(name);
    if (part == null) {
      throw new WorkbookException("no sheet '" + name + "' (the workbook has "
          + quoted(sheetNames) + ")");
    }
    return new SheetReader(name, sharedStrings).read(xml(entries, part));
  }

  @Override
  public String toString() {
    return "Workbook" + sheetNames;
  }

  /**
   * Returns a cell's reference.
   *
   * @param row the 1-based row
   * @param column the 1-based column, A being 1
   * @return e.g. {@code F7}
   */
  static String cellReference(int row, int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.append((char) ('A' + (c - 1) % 26));
    }
    return letters.reverse().toString() + row;
  }

  private static String quoted(List<String> names) {
    List<String> q = new ArrayList<>();
    for (String n : names) {
      q.add("'" + n + "'");
    }
    return (names.size() == 1 ? "one sheet, " : "the sheets ") + String.join(", ", q);
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }

  /** Scans an OLE2 container, up to the size limit, for the stream name EncryptionInfo. */
  private static boolean containsEncryptionInfo(InputStream in) throws IOException {
    byte[] buf = new byte[65536];
    int keep = ENCRYPTION_INFO.length - 1;
    int len = 0;
    long total = 0;
    while (total < MAX_EXPANDED_BYTES) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        return false;
      }
      total += n;
      len += n;
      for (int i = 0; i + ENCRYPTION_INFO.length <= len; i++) {
        if (Arrays.equals(buf, i, i + ENCRYPTION_INFO.length, ENCRYPTION_INFO, 0, ENCRYPTION_INFO.length)) {
          return true;
        }
      }
      if (len > keep) {
        System.arraycopy(buf, len - keep, buf, 0, keep);
        len = keep;
      }
    }
    return false;
  }

  /**
   * Inflates the XML parts of the archive, counting every byte inflated against the limit (the
   * sizes an archive declares can lie).
   */
  private static Map<String, byte[]> inflate(Path file) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    long total = 0;
    byte[] buf = new byte[65536];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (java.util.Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
        ZipEntry e = all.nextElement();
        String name = e.getName();
        // the workbook's XML parts and the binary workbook of an .xlsb; images and the like are skipped
        if (!name.endsWith(".xml") && !name.endsWith(".rels") && !name.endsWith(".bin")) {
          continue;
        }
        if (e.getSize() > MAX_EXPANDED_BYTES - total) {
          throw new WorkbookException(String.format(Locale.ROOT, TOO_BIG, name));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(e)) {
          for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            total += n;
            if (total > MAX_EXPANDED_BYTES) {
              throw new WorkbookException(String.format(Locale.ROOT, TOO_BIG, name));
            }
            out.write(buf, 0, n);
          }
        }
        entries.put(name, out.toByteArray());
      }
    } catch (ZipException e) {
      String reason = String.valueOf(e.getMessage());
      if (reason.contains("encrypted")) {
        throw new WorkbookException("an encrypted zip archive, which ism4j cannot read: save the"
            + " workbook without a password as .xlsx", e);
      }
      throw new WorkbookException("not an xlsx workbook: a damaged zip archive (" + reason + ")", e);
    }
    return entries;
  }

  // ------------------------------------------------------------------ the package's parts

  private static Workbook parse(Map<String, byte[]> entries) {
    String workbookPart = "xl/workbook.xml";
    Map<String, String[]> rootRels = relationships(entries, "_rels/.rels", "");
    for (String[] rel : rootRels.values()) {
      if (rel[0].endsWith("/officeDocument")) {
        workbookPart = rel[1];
      }
    }
    if (workbookPart.endsWith(".bin") && entries.containsKey(workbookPart)) {
      throw new WorkbookException("an Excel binary workbook (.xlsb), which ism4j does not read:"
          + " save it as .xlsx");
    }
    if (!entries.containsKey(workbookPart)) {
      throw new WorkbookException("not an xlsx workbook: a zip archive without a workbook part ("
          + workbookPart + ")");
    }
    String dir = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
    String relsPart = dir + "_rels/" + workbookPart.substring(dir.length()) + ".rels";
    Map<String, String[]> rels = relationships(entries, relsPart, dir);
    String sstPart = null;
    for (String[] rel : rels.values()) {
      if (rel[0].endsWith("/sharedStrings")) {
        sstPart = rel[1];
      }
    }

    List<String> names = new ArrayList<>();
    Map<String, String> parts = new HashMap<>();
    XMLStreamReader x = xml(entries, workbookPart);
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
          String name = attribute(x, "name", false);
          String id = attribute(x, "id", true);
          String[] rel = id == null ? null : rels.get(id);
          if (name == null || rel == null) {
            throw new WorkbookException("not an xlsx workbook: " + workbookPart
                + " names a sheet without its part");
          }
          names.add(name);
          parts.put(name, rel[1]);
        }
      }
    } catch (XMLStreamException e) {
      throw notXml(workbookPart, e);
    }
    if (names.isEmpty()) {
      throw new WorkbookException("not an xlsx workbook: it has no sheet");
    }
    List<String> sst = sstPart != null && entries.containsKey(sstPart)
        ? sharedStrings(xml(entries, sstPart), sstPart)
        : List.of();
    return new Workbook(ImmutableList.copyOf(names), ImmutableMap.copyOf(parts),
        ImmutableMap.copyOf(entries), sst);
  }

  /** Id to {type, resolved target} of a relationships part; empty when the part is missing. */
  private static Map<String, String[]> relationships(Map<String, byte[]> entries, String part, String dir) {
    Map<String, String[]> rels = new HashMap<>();
    if (!entries.containsKey(part)) {
      return rels;
    }
    XMLStreamReader x = xml(entries, part);
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
          String id = attribute(x, "Id", false);
          String type = attribute(x, "Type", false);
          String target = attribute(x, "Target", false);
          if (id != null && type != null && target != null
              && !"External".equals(attribute(x, "TargetMode", false))) {
            rels.put(id, new String[] {type, resolve(dir, target)});
          }
        }
      }
    } catch (XMLStreamException e) {
      throw notXml(part, e);
    }
    return rels;
  }

  /** A relationship's target as a zip entry name: absolute ("/xl/…") or relative to {@code dir}. */
  private static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    Deque<String> out = new ArrayDeque<>();
    for (String seg : path.split("/")) {
      if (seg.equals("..")) {
        out.pollLast();
      } else if (!seg.isEmpty() && !seg.equals(".")) {
        out.addLast(seg);
      }
    }
    return String.join("/", out);
  }

  private static List<String> sharedStrings(XMLStreamReader x, String part) {
    List<String> strings = new ArrayList<>();
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si")) {
          strings.add(text(x, "si"));
        }
      }
    } catch (XMLStreamException e) {
      throw notXml(part, e);
    }
    return ImmutableList.copyOf(strings);
  }

  /**
   * Reads the text of a string item ({@code si} or {@code is}) from its start to its end: every
   * {@code t}, phonetic runs ({@code rPh}) left out.
   */
  static String text(XMLStreamReader x, String element) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int phonetic = 0;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String n = x.getLocalName();
        if (n.equals("rPh")) {
          phonetic++;
        } else if (n.equals("t")) {
          String t = x.getElementText();
          if (phonetic == 0) {
            sb.append(t);
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String n = x.getLocalName();
        if (n.equals("rPh")) {
          phonetic--;
        } else if (n.equals(element)) {
          break;
        }
      }
    }
    return sb.toString();
  }

  static String attribute(XMLStreamReader x, String localName, boolean namespaced) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      String ns = x.getAttributeNamespace(i);
      boolean hasNs = ns != null && !ns.isEmpty();
      if (x.getAttributeLocalName(i).equals(localName) && hasNs == namespaced) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  static XMLStreamReader xml(Map<String, byte[]> entries, String part) {
    byte[] bytes = entries.get(part);
    if (bytes == null) {
      throw new WorkbookException("not an xlsx workbook: the part " + part + " is missing");
    }
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      return f.createXMLStreamReader(new ByteArrayInputStream(bytes));
    } catch (XMLStreamException e) {
      throw notXml(part, e);
    }
  }

  static WorkbookException notXml(String part, XMLStreamException e) {
    return new WorkbookException("not an xlsx workbook: " + part + " is not well-formed XML ("
        + String.valueOf(e.getMessage()).lines().reduce((a, b) -> b).orElse("") + ")", e);
  }

  // ------------------------------------------------------------------ one sheet

  /** Reads one worksheet part into a table. Not thread-safe, used once. */
  private static final class SheetReader {
    private final String sheet;
    private final List<String> sst;
    /** Row to column to text, for the cells with a value. */
    private final NavigableMap<Integer, NavigableMap<Integer, String>> values = new TreeMap<>();
    /** Merged ranges: first row, first column, last row, last column. */
    private final List<int[]> merges = new ArrayList<>();

    SheetReader(String sheet, List<String> sst) {
      this.sheet = sheet;
      this.sst = sst;
    }

    DelimitedTable read(XMLStreamReader x) {
      try {
        cells(x);
      } catch (XMLStreamException e) {
        throw notXml("the part of sheet '" + sheet + "'", e);
      }
      dropCaptions();
      return table();
    }

    private void cells(XMLStreamReader x) throws XMLStreamException {
      int row = 0;
      int col = 0;
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (x.getLocalName()) {
          case "row": {
            String r = attribute(x, "r", false);
            row = r == null ? row + 1 : number(r, "row number");
            col = 0;
            break;
          }
          case "c": {
            String ref = attribute(x, "r", false);
            if (ref == null) {
              col++;
            } else {
              int[] rc = reference(ref);
              row = rc[0];
              col = rc[1];
            }
            cell(x, row, col, attribute(x, "t", false));
            break;
          }
          case "mergeCell": {
            String ref = attribute(x, "ref", false);
            if (ref != null && ref.indexOf(':') > 0) {
              int[] a = reference(ref.substring(0, ref.indexOf(':')));
              int[] b = reference(ref.substring(ref.indexOf(':') + 1));
              merges.add(new int[] {a[0], a[1], b[0], b[1]});
            }
            break;
          }
          default:
            break;
        }
      }
    }

    /** Reads one {@code c} element from its start to its end. */
    private void cell(XMLStreamReader x, int row, int col, String type) throws XMLStreamException {
      String value = null;
      String inline = null;
      String formula = null;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "v":
              value = x.getElementText();
              break;
            case "f":
              formula = x.getElementText();
              break;
            case "is":
              inline = text(x, "is");
              break;
            default:
              break;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
          break;
        }
      }
      String text;
      if ("inlineStr".equals(type)) {
        text = inline != null ? inline : value != null ? value : "";
      } else if (value == null) {
        if (formula != null) {
          throw error(row, col, "=" + formula, "formula cell without a cached value (=" + formula
              + "): open the workbook in Excel or LibreOffice and save it, so that its values are"
              + " stored");
        }
        text = "";
      } else if ("s".equals(type)) {
        int k = value.strip().matches("[0-9]{1,9}") ? Integer.parseInt(value.strip()) : -1;
        if (k < 0 || k >= sst.size()) {
          throw error(row, col, value, "damaged workbook: the cell refers to shared string "
              + value + ", the workbook has " + sst.size());
        }
        text = sst.get(k);
      } else if ("b".equals(type)) {
        text = value.strip().equals("1") ? "TRUE" : value.strip().equals("0") ? "FALSE" : value;
      } else if (type == null || "n".equals(type)) {
        text = number(value);
      } else {
        text = value; // str (a formula's text), e (an error such as #N/A), d (an ISO date)
      }
      refuseControls(row, col, text);
      if (!text.isEmpty()) {
        values.computeIfAbsent(row, r -> new TreeMap<>()).put(col, text);
      }
    }

    /**
     * Refuses in a cell what the text readers refuse in a file: a control character other than tab
     * and the line breaks (C0, {@code U+007F}, the C1 controls {@code U+0080} to {@code U+009F}) and
     * a byte order mark ({@code U+FEFF}), at the cell. (XML 1.0 cannot hold most C0 controls, so
     * those come in an XML 1.1 part only.)
     */
    private void refuseControls(int row, int col, String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\uFEFF') {
          throw error(row, col, "U+FEFF",
              "byte order mark (U+FEFF) in the cell (pasted from a text file?); remove it");
        }
        if (Tokenizer.isControl(c) && c != '\t' && c != '\n' && c != '\r') {
          String code = String.format(Locale.ROOT, "U+%04X", (int) c);
          throw error(row, col, code, "control character " + code
              + " in the cell (a cell holds text, tabs and line breaks only); remove it");
        }
      }
    }

    private SsimFormatException error(int row, int col, String token, String problem) {
      return new SsimFormatException(row, col, token, problem, null, sheet);
    }

    /** A number as its shortest decimal: 1.0 and 1E0 are 1. */
    private static String number(String value) {
      String v = value.strip();
      try {
        BigDecimal d = new BigDecimal(v).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigIntegerExact().toString() : d.toPlainString();
      } catch (NumberFormatException | ArithmeticException e) {
        return v;
      }
    }

    private int number(String s, String what) {
      if (!s.matches("[0-9]{1,7}") || Integer.parseInt(s) < 1) {
        throw new WorkbookException("not an xlsx workbook: sheet '" + sheet + "' has the " + what
            + " '" + s + "'");
      }
      return Integer.parseInt(s);
    }

    /** {@code F7} as {row 7, column 6}. */
    private int[] reference(String ref) {
      int i = 0;
      int col = 0;
      String r = ref.strip().replace("$", "");
      while (i < r.length() && i < 3 && Character.isLetter(r.charAt(i))) {
        col = col * 26 + (Character.toUpperCase(r.charAt(i)) - 'A' + 1);
        i++;
      }
      if (i == 0 || col > 16384) {
        throw new WorkbookException("not an xlsx workbook: sheet '" + sheet + "' has the cell"
            + " reference '" + ref + "'");
      }
      return new int[] {number(r.substring(i), "cell reference"), col};
    }

    /** Leaves out the caption rows above the table: every value a merged cell, one of them wide. */
    private void dropCaptions() {
      while (!values.isEmpty()) {
        Map.Entry<Integer, NavigableMap<Integer, String>> first = values.firstEntry();
        int row = first.getKey();
        boolean wide = false;
        for (int col : first.getValue().keySet()) {
          int[] m = mergeStartingAt(row, col);
          if (m == null) {
            return;
          }
          wide |= m[3] > m[1];
        }
        if (!wide) {
          return;
        }
        values.remove(row);
      }
    }

    private int[] mergeStartingAt(int row, int col) {
      for (int[] m : merges) {
        if (m[0] == row && m[1] == col) {
          return m;
        }
      }
      return null;
    }

    /** Whether an empty row only continues merged cells from the rows above. */
    private boolean continuesMerge(int row) {
      for (int[] m : merges) {
        if (m[0] < row && row <= m[2]) {
          return true;
        }
      }
      return false;
    }

    private DelimitedTable table() {
      if (values.isEmpty()) {
        return DelimitedTable.ofSheet(sheet, List.of());
      }
      int firstRow = values.firstKey();
      int lastRow = values.lastKey();
      int firstCol = Integer.MAX_VALUE;
      int lastCol = 0;
      for (NavigableMap<Integer, String> r : values.values()) {
        firstCol = Math.min(firstCol, r.firstKey());
        lastCol = Math.max(lastCol, r.lastKey());
      }
      long cells = (long) (lastRow - firstRow + 1) * (lastCol - firstCol + 1);
      if (cells > MAX_CELLS) {
        throw new WorkbookException("sheet '" + sheet + "': the used range "
            + cellReference(firstRow, firstCol) + ":" + cellReference(lastRow, lastCol) + " has "
            + cells + " cells, more than the limit of " + MAX_CELLS);
      }
      int width = lastCol - firstCol + 1;
      int offset = firstCol - 1;
      List<DelimitedTable.Row> rows = new ArrayList<>();
      for (int r = firstRow; r <= lastRow; r++) {
        NavigableMap<Integer, String> texts = values.get(r);
        if (texts == null) {
          if (!continuesMerge(r)) {
            rows.add(new DelimitedTable.Row(r, List.of(), 0));
          }
          continue;
        }
        List<DelimitedTable.Cell> row = new ArrayList<>(width);
        for (int c = firstCol; c <= lastCol; c++) {
          row.add(new DelimitedTable.Cell(texts.getOrDefault(c, ""), r, c - offset, false, offset));
        }
        rows.add(new DelimitedTable.Row(r, java.util.Collections.unmodifiableList(row), width));
      }
      return DelimitedTable.ofSheet(sheet, rows);
    }
  }
}
