package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.Xml;
import org.ism4j.draw.SvgDigraph;
import org.ism4j.draw.SvgMicmac;
import org.ism4j.export.DotExporter;
import org.ism4j.export.GraphMlExporter;
import org.ism4j.export.MermaidExporter;
import org.ism4j.report.MarkdownReport;
import org.ism4j.report.TextReport;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Labels written to hurt their reader (issue 15): markup, entities, quotes, CDATA ends, line
 * breaks, tabs, formula starts and (through the Java API) control characters. Every output is
 * parsed with a real parser where one exists, and must show each label and inject nothing.
 */
class HostileLabelsTest {
  /** Labels a file can hold (quoted fields); the reader refuses control characters in files. */
  static final List<String> LABELS = List.of("<script>alert(1)</script>", "&amp;", "a\"b'c",
      "x]]>y", "line\nbreak", "<b>&lt;</b>", "tab\there", "|pipe|", "=1+2", "-3", "@SUM(A1)",
      "+cmd");

  @TempDir
  Path dir;

  /** An SSIM of {@link #LABELS}: a chain through all of them, then one X that makes a cycle of two. */
  static String ssimText() {
    StringBuilder sb = new StringBuilder();
    for (String l : LABELS) {
      sb.append('\t').append(quote(l));
    }
    sb.append('\n');
    int n = LABELS.size();
    for (int i = 0; i < n; i++) {
      sb.append(quote(LABELS.get(i)));
      for (int j = 0; j < n; j++) {
        sb.append('\t').append(j <= i ? "" : j == i + 1 ? (i == 0 ? "X" : "V") : "O");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private Path ssim() throws IOException {
    Path p = dir.resolve("hostile.tsv");
    Files.writeString(p, ssimText(), StandardCharsets.UTF_8);
    return p;
  }

  private Path interpretations() throws IOException {
    StringBuilder sb = new StringBuilder("from\tto\tinterpretation\n");
    for (int i = 0; i + 1 < LABELS.size(); i++) {
      sb.append(quote(LABELS.get(i))).append('\t').append(quote(LABELS.get(i + 1))).append('\t')
          .append(quote("<i>why</i> & ]]> " + LABELS.get(i))).append('\n');
    }
    sb.append(quote(LABELS.get(1))).append('\t').append(quote(LABELS.get(0))).append("\tback\n");
    Path p = dir.resolve("why.tsv");
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    return p;
  }

  private Path levels() throws IOException {
    StringBuilder sb = new StringBuilder("factor\tlevel\n");
    for (int i = 0; i < LABELS.size(); i++) {
      sb.append(i + 1).append('\t').append(i % 3 + 1).append('\n');
    }
    Path p = dir.resolve("levels.tsv");
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    return p;
  }

  private static String ok(String... args) {
    MainTest.Run r = MainTest.run(args);
    assertEquals(0, r.code, () -> String.join(" ", args) + "\n" + r);
    return r.out;
  }

  /** No element an attacker could have injected, anywhere in the document. */
  private static void noInjectedElement(Document d, String what) {
    for (String tag : List.of("script", "b", "i")) {
      assertEquals(0, d.getElementsByTagNameNS("*", tag).getLength(), what + ": injected <" + tag + ">");
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** Every label shows (white space aside: drawings wrap long labels over lines). */
  private static void labelsShown(String text, String what) {
    String all = squeeze(text);
    for (String l : LABELS) {
      assertTrue(all.contains(squeeze(l)), what + ": label " + l + " not shown in\n" + text);
    }
  }

  @Test
  void svgOutputsParseAndShowEveryLabel() throws IOException {
    Path ssim = ssim();
    for (String[] args : List.of(new String[] {"analyze", ssim.toString(), "--format", "svg"},
        new String[] {"analyze", ssim.toString(), "--format", "svg", "--cycle-links", "--direct-links"},
        new String[] {"micmac", ssim.toString(), "--format", "svg"},
        new String[] {"tism", ssim.toString(), "--interpretations", interpretations().toString(),
            "--format", "svg"})) {
      Document d = Xml.parse(ok(args));
      noInjectedElement(d, String.join(" ", args));
      labelsShown(d.getDocumentElement().getTextContent(), String.join(" ", args));
    }
  }

  @Test
  void graphMlOutputsParseAndHoldEveryLabelIntact() throws IOException {
    Path ssim = ssim();
    for (String[] args : List.of(new String[] {"analyze", ssim.toString(), "--format", "graphml"},
        new String[] {"tism", ssim.toString(), "--interpretations", interpretations().toString(),
            "--format", "graphml"})) {
      Document d = Xml.parse(ok(args));
      noInjectedElement(d, args[0]);
      String text = d.getDocumentElement().getTextContent();
      if (args[0].equals("analyze")) {
        for (String l : LABELS) {
          assertTrue(text.contains(l), "label " + l + " not intact in\n" + text);
        }
      } else {
        List<String> ids = new ArrayList<>();
        for (org.w3c.dom.Element e : Xml.elements(d, "node", null)) {
          ids.add(e.getAttribute("id"));
        }
        assertEquals(LABELS, ids, "node ids are the labels, intact");
        assertTrue(text.contains("<i>why</i> & ]]> <script>alert(1)</script>"), text);
      }
    }
  }

  @Test
  void htmlOutputsAreWellFormedXhtmlAndShowEveryLabel() throws IOException {
    for (String[] args : List.of(
        new String[] {"audit", ssim().toString(), "--published-levels", levels().toString(), "--format", "html"},
        new String[] {"tism", ssim().toString(), "--interpretations", interpretations().toString(),
            "--format", "html"})) {
      String html = ok(args);
      assertTrue(html.startsWith("<!DOCTYPE html>\n"), html);
      // the rest is polyglot markup: a strict XML parser reads it
      Document d = Xml.parse(html.substring("<!DOCTYPE html>\n".length()));
      noInjectedElement(d, args[0]);
      labelsShown(d.getDocumentElement().getTextContent(), args[0]);
    }
  }

  @Test
  void markdownOutputsEscapeEntitiesAndMarkupAndKeepTableRowsWhole() throws IOException {
    Path ssim = ssim();
    Path other = dir.resolve("other.tsv");
    Files.writeString(other, ssimText(), StandardCharsets.UTF_8);
    for (String[] args : List.of(new String[] {"analyze", ssim.toString(), "--format", "markdown"},
        new String[] {"audit", ssim.toString(), "--published-levels", levels().toString()},
        new String[] {"tism", ssim.toString(), "--interpretations", interpretations().toString()},
        new String[] {"aggregate", ssim.toString(), other.toString(), "--format", "markdown"},
        new String[] {"sensitivity", ssim.toString(), "--format", "markdown"},
        new String[] {"whatif", ssim.toString(), "--set", "|pipe|,-3=V", "--format", "markdown"})) {
      String md = ok(args);
      String what = String.join(" ", args);
      assertFalse(md.contains("<script"), what + ":\n" + md);
      assertFalse(md.contains("<b>"), what + ":\n" + md);
      // the label that is literally &amp; must read &amp; once rendered: its & is an entity
      if (md.contains("amp;")) {
        assertTrue(md.contains("&amp;amp;"), what + ":\n" + md);
        assertFalse(md.replaceAll("&(amp|lt|gt|quot|#[0-9]+);", "").contains("&"), what + ": a raw & in\n" + md);
      }
      for (String line : md.split("\n")) {
        if (line.startsWith("|")) {
          assertTrue(line.endsWith("|"), what + ": a table row broken by a label: " + line);
        }
      }
    }
  }

  @Test
  void textOutputsEscapeLineBreaksAndTabsAndKeepColumnsAligned() throws IOException {
    Path ssim = ssim();
    Path other = dir.resolve("other.tsv");
    Files.writeString(other, ssimText(), StandardCharsets.UTF_8);
    for (String[] args : List.of(new String[] {"analyze", ssim.toString()},
        new String[] {"analyze", ssim.toString(), "--partition", "adversarial"},
        new String[] {"micmac", ssim.toString()},
        new String[] {"aggregate", ssim.toString(), other.toString()},
        new String[] {"sensitivity", ssim.toString()},
        new String[] {"whatif", ssim.toString(), "--set", "|pipe|,-3=V"})) {
      String text = ok(args);
      String what = String.join(" ", args);
      assertFalse(text.contains("\t"), what + ": a raw tab in\n" + text);
      assertFalse(text.contains("line\nbreak"), what + ": a raw line break in\n" + text);
    }
    String micmac = ok("micmac", ssim.toString());
    assertTrue(micmac.contains("line\\nbreak"), micmac);
    assertTrue(micmac.contains("tab\\there"), micmac);
    // every row of the MICMAC table has its numbers in the same columns
    List<Integer> at = new ArrayList<>();
    for (String line : micmac.split("\n")) {
      if (line.matches(".* (I|II|III|IV) (autonomous|dependent|linkage|independent)$")) {
        // the cluster column starts at the same place in every row (the numbers are right-aligned)
        java.util.regex.Matcher c = java.util.regex.Pattern
            .compile(" (I|II|III|IV) (autonomous|dependent|linkage|independent)$").matcher(line);
        assertTrue(c.find(), line);
        at.add(TextMetricsForTest.columns(line.substring(0, c.start())));
      }
    }
    assertEquals(LABELS.size(), at.size(), micmac);
    assertEquals(1, at.stream().distinct().count(), "columns move: " + at + "\n" + micmac);
  }

  /** A weighted matrix (0-3) over the first five {@link #LABELS}, for micmac --method and dematel. */
  private Path weighted() throws IOException {
    List<String> l = LABELS.subList(0, 5);
    StringBuilder sb = new StringBuilder();
    for (String x : l) {
      sb.append('\t').append(quote(x));
    }
    sb.append('\n');
    for (int i = 0; i < l.size(); i++) {
      sb.append(quote(l.get(i)));
      for (int j = 0; j < l.size(); j++) {
        sb.append('\t').append(i == j ? 0 : (i * 7 + j * 3) % 4);
      }
      sb.append('\n');
    }
    Path p = dir.resolve("weighted.tsv");
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void weightedOutputsEscapeLabelsToo() throws IOException {
    Path w = weighted();
    for (String[] args : List.of(new String[] {"dematel", w.toString()},
        new String[] {"micmac", w.toString(), "--method", "indirect"},
        new String[] {"micmac", w.toString(), "--method", "fuzzy", "--scale", "godet"})) {
      MainTest.Run r = MainTest.run(args);
      if (r.code != 0) {
        continue; // the fuzzy scale may refuse these weights; what is written is checked
      }
      assertFalse(r.out.contains("\t") || r.out.contains("line\nbreak"), String.join(" ", args) + ":\n" + r.out);
    }
    for (String[] args : List.of(new String[] {"dematel", w.toString(), "--format", "svg"},
        new String[] {"micmac", w.toString(), "--method", "indirect", "--format", "svg"})) {
      Document d = Xml.parse(ok(args));
      noInjectedElement(d, String.join(" ", args));
    }
    String md = ok("dematel", w.toString(), "--format", "markdown");
    assertFalse(md.contains("<script"), md);
    assertTrue(md.contains("&amp;amp;"), md);
  }

  @Test
  void csvCellsThatLookLikeFormulasAreText() throws IOException {
    for (String[] args : List.of(new String[] {"analyze", ssim().toString(), "--format", "csv"},
        new String[] {"tism", ssim().toString(), "--interpretations", interpretations().toString(),
            "--format", "csv"})) {
      String csv = ok(args);
      for (String field : csvFields(csv)) {
        assertFalse(!field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0,
            args[0] + ": a cell a spreadsheet runs: " + field);
      }
      assertTrue(csvFields(csv).contains("'=1+2"), csv);
      assertTrue(csvFields(csv).contains("line\nbreak"), csv);
    }
  }

  /** The fields of an RFC 4180 document, quotes removed. */
  static List<String> csvFields(String csv) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == '\n') {
        out.add(f.toString());
        f.setLength(0);
      } else if (c != '\r') {
        f.append(c);
      }
    }
    return out;
  }

  @Test
  void xlsxWorkbooksHoldNoFormula() throws IOException {
    Path ssim = ssim();
    Path other = dir.resolve("other.tsv");
    Files.writeString(other, ssimText(), StandardCharsets.UTF_8);
    Path book = dir.resolve("out.xlsx");
    for (String[] args : List.of(new String[] {"analyze", ssim.toString(), "--format", "xlsx"},
        new String[] {"audit", ssim.toString(), "--published-levels", levels().toString(), "--format", "xlsx"},
        new String[] {"aggregate", ssim.toString(), other.toString(), "--format", "xlsx"})) {
      Files.deleteIfExists(book);
      List<String> a = new ArrayList<>(List.of(args));
      a.addAll(List.of("-o", book.toString()));
      ok(a.toArray(new String[0]));
      StringBuilder strings = new StringBuilder();
      try (ZipFile zip = new ZipFile(book.toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
          if (e.getName().endsWith(".xml")) {
            Document d = Xml.parse(xml);
            assertEquals(0, d.getElementsByTagNameNS("*", "f").getLength(), args[0] + ": a formula in " + e.getName());
            strings.append(d.getDocumentElement().getTextContent());
          }
        }
      }
      assertTrue(strings.toString().contains("=1+2"), args[0] + ": the label is written as text");
    }
  }

  @Test
  void dotOutputIsReadByGraphvizWithEveryLabel() throws Exception {
    assumeTrue(graphviz(), "Graphviz dot is not installed");
    Path ssim = ssim();
    for (String[] args : List.of(new String[] {"analyze", ssim.toString(), "--format", "dot"},
        new String[] {"analyze", ssim.toString(), "--format", "dot", "--cycle-links"},
        new String[] {"tism", ssim.toString(), "--interpretations", interpretations().toString(),
            "--format", "dot"})) {
      Process p = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(false).start();
      p.getOutputStream().write(ok(args).getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      Document d = Xml.parse(svg.replaceFirst("(?s)<!DOCTYPE[^>]*>", ""));
      noInjectedElement(d, "dot");
      labelsShown(d.getDocumentElement().getTextContent(), "dot -Tsvg of " + args[0]);
    }
  }

  private static boolean graphviz() {
    try {
      Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Display columns, as a terminal shows them (every label here is one column a character). */
  private static final class TextMetricsForTest {
    static int columns(String s) {
      return s.codePointCount(0, s.length());
    }
  }

  /** Control characters only reach the writers through the Java API. */
  @Test
  void controlCharactersFromTheApiAreWrittenVisiblyEverywhere() throws IOException {
    String bell = "bell\u0007x";
    String esc = "esc\u001b[31m";
    String nul = "nul\u0000y";
    String rtl = "rtl\u202Eabc";
    Ssim s = Ssim.builder(bell, esc, nul, rtl, "<script>").v(bell, esc).v(esc, nul).x(nul, rtl)
        .v(rtl, "<script>").build();
    IsmModel m = IsmAnalyzer.analyze(s);
    List<String> xmlOutputs = List.of(
        SvgDigraph.toSvg(m.digraph(), SvgDigraph.Options.defaults()),
        SvgMicmac.toSvg(m.micmac(), "t", FactorNames.none()),
        GraphMlExporter.create().toString(m.digraph()));
    for (String xml : xmlOutputs) {
      Document d = Xml.parse(xml);
      noInjectedElement(d, "xml");
      String text = squeeze(d.getDocumentElement().getTextContent());
      for (String shown : List.of("bellU+0007x", "escU+001B[31m", "nulU+0000y", "rtlU+202Eabc")) {
        assertTrue(text.contains(shown), shown + " not in " + xml);
      }
    }
    for (String out : List.of(TextReport.of(m).toString(), MarkdownReport.of(m).toString(),
        DotExporter.create().toString(m.digraph()), MermaidExporter.create().toString(m.digraph()))) {
      for (char c : out.toCharArray()) {
        assertTrue(c == '\n' || (c >= 0x20 && c != 0x7F && c != '\u202E'),
            String.format("raw U+%04X in%n%s", (int) c, out));
      }
      assertTrue(out.contains("escU+001B"), out);
    }
  }
}
