package org.ism4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ism4j.cli.Main;
import org.ism4j.ssim.Xlsx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's "Error catalogue" against the code, both ways, and a sample of its rows against the
 * command line: (a) every message text an error site in {@code src/main/java} builds
 * ({@link ErrorSites}) is in some row, (b) every row's fixed text is built by the code, (c) the
 * sample's inputs print exactly the row's message (any text for {@code …}) and exit with 2.
 */
class ErrorCatalogueTest {
  static final Path README = Path.of("README.md");
  static final Path MAIN = Path.of("src/main/java/org/ism4j");
  static final String SECTION = "## Error catalogue";
  /** The groups the catalogue has, in order. */
  static final List<String> GROUPS = List.of("Reading files", "SSIM and matrices", "Names files",
      "Published tables (audit)", "Workbooks (xlsx)", "Weighted and panel input", "TISM", "Command line");

  /** A catalogue row: its README line, group, whether it is a usage error, and the message. */
  record Row(int line, String group, boolean usage, String message) {
    String where() {
      return "README.md:" + line;
    }
  }

  static List<Row> rows;
  static List<ErrorSites.Site> sites;

  @BeforeAll
  static void read() throws IOException {
    rows = catalogue(Files.readAllLines(README, StandardCharsets.UTF_8));
    sites = ErrorSites.sites(ErrorSites.read(MAIN));
  }

  /** The rows of the catalogue section: table rows whose first cell is a code span. */
  static List<Row> catalogue(List<String> lines) {
    List<Row> out = new ArrayList<>();
    boolean in = false;
    String group = null;
    int tables = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("## ")) {
        in = l.equals(SECTION);
        continue;
      }
      if (!in) {
        continue;
      }
      if (l.startsWith("### ")) {
        group = l.substring(4).strip();
        tables = 0;
      } else if (l.startsWith("| message |")) {
        tables++;
      } else if (l.startsWith("| `")) {
        int end = l.indexOf("` |", 3);
        assertTrue(end > 0, "README.md:" + (i + 1) + ": a catalogue row's first cell must be one code span");
        out.add(new Row(i + 1, group, "Command line".equals(group) && tables == 2, l.substring(3, end)));
      }
    }
    return out;
  }

  @Test
  void theCatalogueHasEveryGroupAndNoRowTwice() {
    Set<String> groups = new LinkedHashSet<>();
    Set<String> seen = new java.util.HashSet<>();
    List<String> twice = new ArrayList<>();
    for (Row r : rows) {
      groups.add(r.group());
      if (!seen.add(r.message())) {
        twice.add(r.where() + ": " + r.message());
      }
    }
    assertEquals(GROUPS, List.copyOf(groups), "the groups of " + SECTION);
    assertTrue(twice.isEmpty(), "rows given twice:\n" + String.join("\n", twice));
  }

  @Test
  void everyMessageTheCodeBuildsIsCatalogued() {
    assertTrue(sites.size() > 100, "the scan found only " + sites.size() + " error sites");
    List<String> missing = new ArrayList<>();
    for (ErrorSites.Site s : sites) {
      for (ErrorSites.Literal l : s.literals()) {
        if (!ErrorSites.distinctive(l.text())) {
          continue;
        }
        for (String piece : ErrorSites.pieces(l.text())) {
          if (rows.stream().noneMatch(r -> r.message().contains(piece))) {
            missing.add(s.where() + ": \"" + piece + "\" is in no row (add or update the row in README.md "
                + SECTION + ")");
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), missing.size() + " uncatalogued message texts:\n" + String.join("\n", missing));
  }

  @Test
  void everyCatalogueRowIsBuiltByTheCode() {
    Set<String> pool = new TreeSet<>();
    for (ErrorSites.Source s : ErrorSites.read(MAIN)) {
      for (ErrorSites.Literal l : s.literals) {
        pool.addAll(ErrorSites.pieces(l.text()));
      }
    }
    List<String> stale = new ArrayList<>();
    for (Row r : rows) {
      for (String piece : r.message().split("…", -1)) {
        if (piece.codePoints().anyMatch(Character::isLetterOrDigit) && !covered(piece, pool)) {
          stale.add(r.where() + ": \"" + piece + "\" of `" + r.message() + "` is built by no string literal"
              + " in src/main/java (a stale row: update it to the new message)");
        }
      }
    }
    assertTrue(stale.isEmpty(), stale.size() + " stale rows:\n" + String.join("\n", stale));
  }

  /**
   * Whether {@code piece} is inside one literal, or is the end of one literal, then whole literals,
   * then the start of one ({@code "(" + name + ", "} pieces).
   */
  static boolean covered(String piece, Set<String> pool) {
    if (pool.stream().anyMatch(l -> l.contains(piece))) {
      return true;
    }
    int n = piece.length();
    boolean[] reach = new boolean[n + 1];
    for (int e = 1; e < n; e++) {
      String head = piece.substring(0, e);
      reach[e] = pool.stream().anyMatch(l -> l.endsWith(head));
    }
    for (int p = 1; p < n; p++) {
      if (!reach[p]) {
        continue;
      }
      String tail = piece.substring(p);
      if (pool.stream().anyMatch(l -> l.startsWith(tail))) {
        return true;
      }
      for (String l : pool) {
        if (!l.isEmpty() && piece.startsWith(l, p)) {
          reach[p + l.length()] = true;
        }
      }
    }
    return reach[n];
  }

  // (c): inputs that print a row's message

  @TempDir
  static Path dir;

  static final String CHAIN = "\tA\tB\tC\nA\t\tV\tO\nB\t\t\tV\nC\t\t\t\n";

  /** One example: files to write, the arguments ({@code $} is the folder), the row it prints. */
  record Example(Map<String, byte[]> files, List<String> args, String row) {}

  static Example ex(String row, String... args) {
    return new Example(Map.of(), List.of(args), row);
  }

  static Example ex(String row, Map<String, String> files, String... args) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return new Example(bytes, List.of(args), row);
  }

  static Example bytes(String row, String file, byte[] content, String... args) {
    return new Example(Map.of(file, content), List.of(args), row);
  }

  static List<Example> examples() {
    return List.of(
        // Reading files
        ex("…: no such file", "analyze", "$/missing.tsv"),
        ex("…: is a directory", "analyze", "$"),
        ex("…: cannot write (no such directory)", "analyze", "--example", "kumar-2014", "-o", "$/no/dir/out.txt"),
        ex("unclosed quote (the cell runs to the end of the file)", Map.of("q.tsv", "\tA\tB\nA\t\t\"V\n"), "analyze", "$/q.tsv"),
        bytes("NUL character: binary data, not a text file", "nul.tsv", new byte[] {'A', '\t', 0, '\n'}, "analyze", "$/nul.tsv"),
        bytes("not … text: byte… (binary data, or save the file as …)", "latin.tsv",
            new byte[] {'\t', 'A', '\t', (byte) 0xE9, '\n'}, "analyze", "$/latin.tsv"),
        // SSIM and matrices
        ex("empty file", Map.of("e.tsv", ""), "analyze", "$/e.tsv"),
        ex("unknown relation '…' in cell (…, …) (expected V, A, X or O)",
            Map.of("q.tsv", "\tA\tB\tC\nA\t\tV\tQ\nB\t\t\tV\nC\t\t\t\n"), "analyze", "$/q.tsv"),
        ex("duplicate label '…' in …", Map.of("d.tsv", "\tCost\tCost\nCost\t\tV\nCost\t\t\n"), "analyze", "$/d.tsv"),
        ex("'#' comment lines are not supported; remove the line (or quote a label that starts with #)",
            Map.of("c.tsv", "# a comment\n\tA\tB\nA\t\tV\nB\t\t\n"), "analyze", "$/c.tsv"),
        ex("the first row names the factor '…', but a names table starts with a header row (such as label…name), which is not read as a name: add one",
            Map.of("m.tsv", "\tA\tB\nA\t\tV\nB\t\t\n", "n.tsv", "A\tCost\nB\tTrust\n"), "analyze", "$/m.tsv", "--names", "$/n.tsv"),
        ex("fewer rows than columns: … row…, expected … (the matrix must be square)",
            Map.of("f.tsv", "\tA\tB\tC\nA\t\tV\tO\n"), "analyze", "$/f.tsv"),
        ex("cell (…, …) is '…' but its mirror (…, …) is '…' (expected …)",
            Map.of("m.tsv", "\tA\tB\nA\t\tV\nB\tV\t\n"), "analyze", "$/m.tsv"),
        ex("row has … cell…, expected …", Map.of("r.tsv", "\tA\tB\tC\nA\t\tV\tO\tX\nB\t\t\tV\nC\t\t\t\n"),
            "analyze", "$/r.tsv"),
        ex("diagonal cell (…, …) is … (expected 1: every factor reaches itself)", Map.of("i.tsv", "1\t0\n1\t0\n"),
            "analyze", "$/i.tsv"),
        ex("too many factors: more than … (the limit; raise it with …)", Map.of("c.tsv", CHAIN),
            "analyze", "$/c.tsv", "--max-factors", "2"),
        // Names files
        ex("unknown factor '…' (the model has no factor with this label)",
            Map.of("c.tsv", CHAIN, "n.tsv", "label\tname\nZ\tZebra\n"), "analyze", "$/c.tsv", "--names", "$/n.tsv"),
        ex("missing name for factor '…' (expected label…name)",
            Map.of("c.tsv", CHAIN, "n.tsv", "label\tname\nA\n"), "analyze", "$/c.tsv", "--names", "$/n.tsv"),
        // Published tables (audit)
        ex("the levels table needs a header row 'factor<TAB>level'",
            Map.of("c.tsv", CHAIN, "l.tsv", "A\t1\n"), "audit", "$/c.tsv", "--published-levels", "$/l.tsv"),
        ex("… '…' is not a whole number of at least …",
            Map.of("c.tsv", CHAIN, "l.tsv", "factor\tlevel\nA\tone\n"), "audit", "$/c.tsv", "--published-levels", "$/l.tsv"),
        ex("unknown factor '…' (the SSIM has no factor of that label or number)",
            Map.of("c.tsv", CHAIN, "l.tsv", "factor\tlevel\nZ\t1\n"), "audit", "$/c.tsv", "--published-levels", "$/l.tsv"),
        ex("…: nothing to check: the file has a header row and no data",
            Map.of("c.tsv", CHAIN, "l.tsv", "factor\tlevel\n"), "audit", "$/c.tsv", "--published-levels", "$/l.tsv"),
        // Workbooks (xlsx)
        bytes("not an xlsx workbook: the file is empty", "e.xlsx", new byte[0], "analyze", "$/e.xlsx"),
        ex("not an xlsx workbook: the file is not a zip archive (a text table is read as .tsv or .csv)",
            Map.of("t.xlsx", CHAIN), "analyze", "$/t.xlsx"),
        bytes("an Excel 97-2003 workbook (.xls, the old binary format), which ism4j does not read: open it in Excel"
            + " or LibreOffice and save it as .xlsx", "old.xls",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
            "analyze", "$/old.xls"),
        bytes("not an xlsx workbook: a zip archive without a workbook part (…)", "doc.xlsx",
            Xlsx.zip(Map.of("word/document.xml", "<w/>")), "analyze", "$/doc.xlsx"),
        bytes("no sheet '…' (the workbook has …)", "b.xlsx",
            Xlsx.book("SSIM", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>A</t></is></c></row>", null, null),
            "analyze", "$/b.xlsx#Other"),
        bytes("control character … in the cell (a cell holds text, tabs and line breaks only); remove it", "c.xlsx",
            Xlsx.book("S", "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>A\u0085</t></is></c></row>", null, null),
            "analyze", "$/c.xlsx"),
        // Weighted and panel input
        ex("negative weight '…' (expected …)", Map.of("w.tsv", "\tA\tB\nA\t0\t-1\nB\t2\t0\n"),
            "micmac", "$/w.tsv", "--method", "indirect", "--scale", "godet"),
        ex("potential link 'P' on the … scale (expected …; P belongs to the godet scale)",
            Map.of("w.tsv", "\tA\tB\nA\t0\tP\nB\t0.5\t0\n"), "micmac", "$/w.tsv", "--method", "fuzzy", "--scale", "fuzzy"),
        ex("…: every weight of the …-factor matrix is 0: DEMATEL has nothing to normalise (s = 0)",
            Map.of("z.tsv", "\tA\tB\nA\t0\t0\nB\t0\t0\n"), "dematel", "$/z.tsv"),
        ex("ism dematel: expert '…' names different factors from expert '…': …",
            Map.of("a.tsv", "\tA\tB\nA\t0\t1\nB\t2\t0\n", "b.tsv", "\tA\tC\nA\t0\t1\nC\t2\t0\n"),
            "dematel", "$/a.tsv", "$/b.tsv"),
        ex("ism dematel: expert '…' has potential links (P), which cannot be averaged",
            Map.of("a.tsv", "\tA\tB\nA\t0\tP\nB\t2\t0\n", "b.tsv", "\tA\tB\nA\t0\t1\nB\t2\t0\n"),
            "dematel", "$/a.tsv", "$/b.tsv", "--scale", "godet"),
        ex("ism aggregate: a panel needs at least two experts' SSIMs, got one (…); give one file per expert, or"
            + " --all-sheets for a workbook", Map.of("c.tsv", CHAIN), "aggregate", "$/c.tsv"),
        ex("…: expert '…' has no factor '…' (expert '…' has it)",
            Map.of("c.tsv", CHAIN, "d.tsv", "\tA\tB\tD\nA\t\tV\tO\nB\t\t\tV\nD\t\t\t\n"), "aggregate", "$/c.tsv", "$/d.tsv"),
        // TISM
        ex("… → … is not a direct link (the SSIM does not say … influences …)",
            Map.of("c.tsv", CHAIN, "why.tsv", "C\tA\tbecause\n"), "tism", "$/c.tsv", "--interpretations", "$/why.tsv"),
        ex("… → … is not a direct link but a transitive one (give it in the significance table)",
            Map.of("c.tsv", CHAIN, "why.tsv", "A\tC\tbecause\n"), "tism", "$/c.tsv", "--interpretations", "$/why.tsv"),
        ex("expected from, to and interpretation (tab-separated), found …",
            Map.of("c.tsv", CHAIN, "why.tsv", "A\n"), "tism", "$/c.tsv", "--interpretations", "$/why.tsv"),
        // Command line
        ex("Missing command"),
        ex("ism …: -o: empty output file name", "analyze", "--example", "kumar-2014", "-o", ""),
        ex("…: -o names the input file …; refusing to overwrite it", Map.of("in.tsv", "\tA\tB\nA\t\tV\nB\t\t\n"), "analyze", "$/in.tsv", "-o", "$/./in.tsv"),
        ex("Invalid value for option '…': … (expected at least …)", "analyze", "--example", "kumar-2014", "--max-factors", "0"),
        ex("Give either FILE or --example, not both", Map.of("c.tsv", CHAIN), "analyze", "$/c.tsv", "--example", "kumar-2014"),
        ex("Invalid value for option '…': unknown format '…' (expected …)", "analyze", "--example", "kumar-2014",
            "--format", "nope"),
        ex("ism …: unknown example '…' (available: …)", "analyze", "--example", "nope"),
        ex("ism …: --format … writes a binary file: give -o FILE.…", "analyze", "--example", "kumar-2014",
            "--format", "xlsx"),
        ex("--set '…': expected FROM,TO=R with R one of V, A, X or O", "whatif", "--example", "kumar-2014",
            "--set", "nonsense"),
        ex("--example holds SSIMs; --method … needs a weighted matrix FILE", "micmac", "--example", "kumar-2014",
            "--method", "indirect"));
  }

  @Test
  void theSampleOfRowsPrintsTheirMessagesAndExitsWith2() throws IOException {
    Map<String, Row> byMessage = new LinkedHashMap<>();
    rows.forEach(r -> byMessage.put(r.message(), r));
    Set<String> groups = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    List<Example> examples = examples();
    for (Example e : examples) {
      Row row = byMessage.get(e.row());
      if (row == null) {
        failures.add("example " + e.args() + ": no catalogue row `" + e.row() + "`");
        continue;
      }
      groups.add(row.group());
      for (Map.Entry<String, byte[]> f : e.files().entrySet()) {
        Files.write(dir.resolve(f.getKey()), f.getValue());
      }
      String[] args = e.args().stream().map(a -> a.replace("$", dir.toString())).toArray(String[]::new);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
      int code = cl.execute(args);
      List<String> lines = err.toString().lines().toList();
      String first = lines.isEmpty() ? "" : lines.get(0);
      if (row.usage()) {
        // a usage error's one line ends with the hint to the command's help, which the row leaves out
        first = first.replaceFirst(" \\(see 'ism( [a-z]+)? --help'\\)$", "");
      }
      boolean oneLine = lines.size() == 1;
      if (code != 2 || !oneLine || !pattern(row.message()).matcher(first).matches()) {
        failures.add(row.where() + " `" + row.message() + "`: " + String.join(" ", e.args()) + " exits " + code
            + " and prints\n    " + String.join("\n    ", lines));
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(examples.size() >= 25, "only " + examples.size() + " examples");
    assertEquals(new TreeSet<>(GROUPS), groups, "groups with an example");
  }

  /** A row as a pattern for the whole line: the position or file first, {@code …} any text. */
  static Pattern pattern(String message) {
    StringBuilder p = new StringBuilder("(?:\\S.*?: )?");
    String[] pieces = message.split("…", -1);
    for (int i = 0; i < pieces.length; i++) {
      p.append(i == 0 ? "" : ".*").append(Pattern.quote(pieces[i]));
    }
    return Pattern.compile(p.toString());
  }
}
