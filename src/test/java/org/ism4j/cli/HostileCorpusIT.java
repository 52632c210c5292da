package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus (issue 15) through the shaded jar, in a JVM of 256 MB: every input ends with
 * exit 0 and the right result, or exit 2 and exactly one line on standard error naming the file
 * (with its line and column where it has them); never a stack trace, never exit 1, and within
 * {@link #TIMEOUT_SECONDS} (the process is killed after that). Small inputs are committed under
 * {@code src/test/resources/hostile/}; big ones are written to {@code target/hostile/} here.
 */
class HostileCorpusIT {
  static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
  static final Path BIG = Path.of("target", "hostile");
  /** Generous: the machine running the build is shared and slow. */
  static final int TIMEOUT_SECONDS = 20;

  @BeforeAll
  static void jarIsFresh() throws IOException {
    ShadedJarIT.jarIsFresh();
    Files.createDirectories(BIG);
  }

  /** The outcome of one run of the jar. */
  record Run(int code, String out, String err, long millis) {
    JsonObject json() {
      return JsonParser.parseString(out).getAsJsonObject();
    }

    @Override
    public String toString() {
      return "exit " + code + " after " + millis + " ms\nerr:\n" + err + "\nout (start):\n"
          + out.substring(0, Math.min(out.length(), 2000));
    }
  }

  static Run jar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(ShadedJarIT.JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(BIG, "out", ".txt");
    Path err = Files.createTempFile(BIG, "err", ".txt");
    try {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      String e = Files.readString(err, StandardCharsets.UTF_8);
      assertTrue(done, "no result within " + TIMEOUT_SECONDS + " s (killed): " + String.join(" ", args)
          + "\nerr:\n" + e);
      // the output may be large; keep what the checks need
      String o = Files.size(out) > 5_000_000 ? "(" + Files.size(out) + " bytes)"
          : Files.readString(out, StandardCharsets.UTF_8);
      return new Run(p.exitValue(), o, e, millis);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Exit 2 with one line that starts with the file's name (and a position, when given). */
  static void refusedInOneLine(Run r, Path file) {
    assertEquals(2, r.code, r::toString);
    assertEquals(1, r.err.lines().count(), r::toString);
    // FILE:LINE:COL: or, in a workbook, FILE[Sheet]!A1:
    assertTrue(r.err.startsWith(file + ":") || r.err.startsWith(file + "["), r::toString);
    assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r::toString);
    assertEquals("", r.out, r::toString);
  }

  /** Exit 0 with the chain A → B → C: C on level 1, A on level 3. */
  static void theChain(Run r) {
    assertEquals(0, r.code, r::toString);
    assertEquals("[[\"C\"],[\"B\"],[\"A\"]]", r.json().get("levels").toString(), r::toString);
  }

  private static Run analyze(Path file) throws IOException, InterruptedException {
    return jar("analyze", file.toString(), "--format", "json");
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() throws Exception {
    theChain(analyze(CORPUS.resolve("utf16le-bom.tsv")));
    theChain(analyze(CORPUS.resolve("utf16be-bom.tsv")));
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRefusedAtItsFirstNul() throws Exception {
    Path f = CORPUS.resolve("utf16le-no-bom.tsv");
    Run r = analyze(f);
    refusedInOneLine(r, f);
    assertTrue(r.err.matches("(?s)" + java.util.regex.Pattern.quote(f.toString()) + ":\\d+:\\d+: .*"), r::toString);
  }

  @Test
  void latin1IsRefusedAtTheFirstByteThatIsNotUtf8() throws Exception {
    Path f = CORPUS.resolve("latin1.tsv");
    Run r = analyze(f);
    refusedInOneLine(r, f);
    // é is in the second cell of line 1
    assertTrue(r.err.startsWith(f + ":1:2: not UTF-8 text: byte 0xE9"), r::toString);
  }

  @Test
  void aNulByteIsRefusedWhereItIs() throws Exception {
    Path f = CORPUS.resolve("nul.tsv");
    Run r = analyze(f);
    refusedInOneLine(r, f);
    assertTrue(r.err.startsWith(f + ":2:"), r::toString);
  }

  @Test
  void aGzipNamedTsvIsRefused() throws Exception {
    Path f = CORPUS.resolve("gzip.tsv");
    refusedInOneLine(analyze(f), f);
  }

  @Test
  void aWorkbookNamedTsvIsReadAsTheWorkbookItIs() throws Exception {
    Path book = BIG.resolve("workbook-named.tsv");
    Files.deleteIfExists(book);
    Path xlsx = BIG.resolve("chain.xlsx");
    Files.deleteIfExists(xlsx);
    Path chain = BIG.resolve("chain.tsv");
    Files.writeString(chain, MainTest.CHAIN, StandardCharsets.UTF_8);
    assertEquals(0, jar("analyze", chain.toString(), "--format", "xlsx", "-o", xlsx.toString()).code);
    Files.move(xlsx, book);
    // its first sheet is the SSIM: read by its bytes, whatever the name says
    Run r = analyze(book);
    if (r.code == 0) {
      theChain(r);
    } else {
      refusedInOneLine(r, book);
    }
    // a text-only reader (the names table) refuses it in one line
    Run names = jar("analyze", chain.toString(), "--names", book.toString());
    if (names.code != 0) {
      refusedInOneLine(names, book);
    }
  }

  @Test
  void aDirectoryIsRefused() throws Exception {
    Path d = Files.createDirectories(BIG.resolve("a-directory.tsv"));
    Run r = analyze(d);
    assertEquals(2, r.code, r::toString);
    assertEquals(d + ": is a directory" + System.lineSeparator(), r.err);
  }

  @Test
  void aFifoIsReadOnceLikeStandardInput() throws Exception {
    Path fifo = BIG.resolve("model.fifo");
    Files.deleteIfExists(fifo);
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available here");
    Thread writer = new Thread(() -> {
      try (OutputStream o = Files.newOutputStream(fifo)) { // blocks until the jar opens it
        o.write(MainTest.CHAIN.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the jar's failure is what the test reports
      }
    });
    writer.setDaemon(true);
    writer.start();
    theChain(analyze(fifo));
    writer.join(5000);
  }

  @Test
  void aOneByteFileIsReadOrRefusedInOneLine() throws Exception {
    Path f = CORPUS.resolve("one-byte.tsv");
    Run r = analyze(f);
    if (r.code == 0) {
      assertEquals(1, r.json().getAsJsonArray("factors").size(), r::toString);
    } else {
      refusedInOneLine(r, f);
    }
  }

  @Test
  void labelsThatAreRelationLettersAreReadAsLabels() throws Exception {
    Path f = CORPUS.resolve("labels-relations.tsv");
    Run r = analyze(f);
    assertEquals(0, r.code, r::toString);
    assertEquals("[\"V\",\"A\",\"X\",\"O\"]", r.json().get("factors").toString());
    assertEquals("[[\"O\"],[\"X\"],[\"A\"],[\"V\"]]", r.json().get("levels").toString());
  }

  @Test
  void numericLabelsInAnotherOrderKeepTheHeaderOrder() throws Exception {
    Run r = analyze(CORPUS.resolve("labels-numbers-reordered.tsv"));
    assertEquals(0, r.code, r::toString);
    assertEquals("[\"3\",\"1\",\"2\"]", r.json().get("factors").toString());
    // 3 → 1 → 2: 2 is the top
    assertEquals("[[\"2\"],[\"1\"],[\"3\"]]", r.json().get("levels").toString());
  }

  @Test
  void aLabelZeroIsALabel() throws Exception {
    Path f = CORPUS.resolve("labels-zero.tsv");
    Run r = analyze(f);
    if (r.code == 0) {
      assertEquals("[\"0\",\"1\"]", r.json().get("factors").toString());
      assertEquals("[[\"1\"],[\"0\"]]", r.json().get("levels").toString());
    } else {
      refusedInOneLine(r, f);
    }
  }

  @Test
  void twentyThousandAndOneFactorsAreRefusedAtTheLimit() throws Exception {
    Path f = BIG.resolve("factors-20001.tsv");
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= 20_001; i++) {
        w.write("\tF" + i);
      }
      w.write("\nF1");
      for (int i = 1; i <= 20_001; i++) {
        w.write(i == 2 ? "\tV" : "\t");
      }
      w.write('\n');
    }
    Run r = analyze(f);
    refusedInOneLine(r, f);
    assertTrue(r.err.contains("20000") || r.err.contains("20,000"), r::toString);
  }

  @Test
  void aLineOfTenToTheEightDelimitersIsRefusedWithoutReadingItAll() throws Exception {
    Path f = BIG.resolve("delimiters-1e8.tsv");
    if (!Files.exists(f) || Files.size(f) != 100_000_001L) {
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) '\t');
      try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(f))) {
        long left = 100_000_000L;
        while (left > 0) {
          int n = (int) Math.min(block.length, left);
          o.write(block, 0, n);
          left -= n;
        }
        o.write('\n');
      }
    }
    refusedInOneLine(analyze(f), f);
  }

  @Test
  void aFiftyMegabyteFileIsRefusedInOneLine() throws Exception {
    // 50 MB of a three-column table: far more rows than columns, never a square matrix
    Path f = BIG.resolve("fifty-mb.tsv");
    if (!Files.exists(f) || Files.size(f) < 50_000_000L) {
      try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
        w.write("\tA\tB\n");
        String row = "A\tV\tO\n";
        for (long written = 0; written < 50_000_000L; written += row.length()) {
          w.write(row);
        }
      }
    }
    refusedInOneLine(analyze(f), f);
  }

  @Test
  void labelsOfOneMegabyteAreRefusedAtTheirCell() throws Exception {
    Path f = BIG.resolve("label-1mb.tsv");
    String big = "L".repeat(1 << 20);
    Files.writeString(f, "\t" + big + "\tB\n" + big + "\t\tV\nB\t\t\n", StandardCharsets.UTF_8);
    Run r = analyze(f);
    refusedInOneLine(r, f);
    assertTrue(r.err.startsWith(f + ":1:2: "), r::toString);
  }
}
