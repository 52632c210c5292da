package org.ism4j.ssim;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.MatrixWriter.Format;
import org.ism4j.ssim.SsimParserProperties.Edit;
import org.junit.jupiter.api.Test;

/**
 * The fast path for plain text rows ({@link Tokenizer#scanRow} and {@link MatrixReader}'s decoding
 * of scanned rows straight into bits) against the exact path it falls back to (the same reader
 * with the fast path off: every row split into cells and read cell by cell): on files of 2 to 150
 * factors in every layout, as SSIM or IRM, valid or mutated, read from a string, a trickling
 * reader, trickling bytes or whole bytes, through windows small enough that rows cross their end,
 * the two give the same kind and SSIM, or the same error at the same line and column.
 */
class RowScanProperties {
  private static final int MAX_FACTORS = SsimParser.DEFAULT_MAX_FACTORS;

  /**
   * Labels of factor k: a prefix and k, the prefix mostly plain ASCII, once in 70 what sends a row
   * to the exact path (non-ASCII, quotes, a delimiter, padding), rarely a leading # (an error).
   */
  private static Arbitrary<List<String>> labels(int n) {
    Arbitrary<String> prefix = Arbitraries.frequency(
        Tuple.of(400, Arbitraries.of("F", "Factor ", "x_", "C-")),
        Tuple.of(6, Arbitraries.of("Coût ", "中", "\"q\"", "a, b ", "a;b ", " pad ", "\t")),
        Tuple.of(1, Arbitraries.just("#")))
        .flatMap(a -> a);
    return prefix.list().ofSize(n).map(ps -> {
      List<String> out = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        out.add((ps.get(k) + (k + 1)).strip());
      }
      return out;
    });
  }

  /** A file: a model written in one layout, as SSIM or as IRM; {@code how} says which. */
  record File(String text, String how) {
    @Override
    public String toString() {
      return how + "\n" + text;
    }
  }

  @Provide
  Arbitrary<File> files() {
    Arbitrary<Integer> sizes = Arbitraries.frequency(
        Tuple.of(1, Arbitraries.integers().between(2, 9)),
        Tuple.of(3, Arbitraries.integers().between(10, 150)))
        .flatMap(a -> a);
    return sizes.flatMap(n -> Combinators.combine(labels(n), relations(n), Format.all(),
        Arbitraries.of(true, false), Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)))
        .as((labels, relations, format, irm, labelled) -> {
          Ssim.Builder b = Ssim.builder(labelled ? labels : Labels.numbered(n));
          int k = 0;
          for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
              b.relation(i, j, relations.get(k++));
            }
          }
          Ssim ssim = b.build();
          Format f = labelled ? format : format.numbered();
          String text = irm ? MatrixWriter.writeIrm(ReachabilityMatrix.initial(ssim), f) : MatrixWriter.write(ssim, f);
          return new File(text, (irm ? "IRM " : "SSIM ") + "n=" + n + " " + f);
        }));
  }

  /** The upper triangle's relations; shrinks toward O. */
  private static Arbitrary<List<Relation>> relations(int n) {
    return Arbitraries.of(Relation.O, Relation.V, Relation.A, Relation.X).list().ofSize(n * (n - 1) / 2);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    return new SsimParserProperties().edits();
  }

  /**
   * How the text reaches the reader: 0 a string, 1 a reader and 2 a byte stream handing out at most
   * {@code chunk} characters or bytes a read, 3 the whole bytes; the window starts at
   * {@code window} characters and grows to at most {@code most}.
   */
  record Way(int kind, int chunk, int window, int most) {
    TextSource source(String text) {
      TextSource s;
      switch (kind) {
        case 0:
          s = TextSource.of(text);
          break;
        case 1:
          s = TextSource.of(trickle(new StringReader(text), chunk));
          break;
        case 2:
          s = TextSource.of(trickle(text.getBytes(UTF_8), chunk));
          break;
        default:
          s = TextSource.of(new ByteArrayInputStream(text.getBytes(UTF_8)));
      }
      return s.window(window, most);
    }
  }

  @Provide
  Arbitrary<Way> ways() {
    return Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.frequency(Tuple.of(1, 1), Tuple.of(1, 7), Tuple.of(2, 100), Tuple.of(2, 100_000)),
        Arbitraries.of(2, 16, 64, TextSource.BUFFER),
        Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(1, 64), Tuple.of(4, TextSource.MAX_WINDOW)))
        .as((kind, chunk, window, most) -> new Way(kind, chunk, window, Math.max(window, most)));
  }

  /** Mostly {@code parseDetected}, which reads every file that is either. */
  @Provide
  Arbitrary<MatrixReader.Mode> modes() {
    return Arbitraries.frequency(Tuple.of(2, MatrixReader.Mode.ANY), Tuple.of(1, MatrixReader.Mode.SSIM),
        Tuple.of(1, MatrixReader.Mode.IRM));
  }

  /** A parse's outcome: kind and SSIM, or the error with its position and token. */
  private static Object outcome(String text, Way way, MatrixReader.Mode mode, boolean fast, int[] scanned) {
    try {
      Tokenizer t = new Tokenizer(way.source(text), SsimParser.MAX_CELL_CHARS, MAX_FACTORS + 2);
      MatrixReader reader = new MatrixReader(t, MAX_FACTORS, mode, fast);
      try {
        SsimParser.Parsed p = reader.read();
        return List.of(p.kind(), p.ssim());
      } finally {
        scanned[0] = reader.scannedRows();
      }
    } catch (SsimFormatException e) {
      return "error at " + e.line() + ":" + e.column() + " token '" + e.token() + "': " + e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // edge cases off: their combinations alone (two factors, the smallest windows...) would fill the tries
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theFastPathReadsValidAndMutatedFilesAsTheExactPathDoes(@ForAll("files") File file,
      @ForAll("edits") List<Edit> edits, @ForAll boolean mutated, @ForAll("ways") Way way,
      @ForAll("modes") MatrixReader.Mode mode) {
    check(file, mutated ? edits : List.of(), way, mode);
  }

  /**
   * Files the fast path reads: ten factors or more, a delimiter that is no space, cells unquoted;
   * each mutated in its second half, so that the fast path meets the mutation and falls back there.
   */
  @Provide
  Arbitrary<File> plainFiles() {
    return files().filter(f -> !f.how().contains("SPACES") && !f.how().contains("quoteAll")
        && !f.how().matches("(SSIM|IRM) n=[2-9] .*"));
  }

  /** Windows that hold a row: the fast path's own ground. */
  @Provide
  Arbitrary<Way> roomyWays() {
    return Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.frequency(Tuple.of(1, 1), Tuple.of(1, 7), Tuple.of(2, 100), Tuple.of(2, 100_000)),
        Arbitraries.of(2, 16, 64, TextSource.BUFFER))
        .as((kind, chunk, window) -> new Way(kind, chunk, window, TextSource.MAX_WINDOW));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theFastPathFallsBackAtAMutationAsTheExactPathReadsIt(@ForAll("plainFiles") File file,
      @ForAll("edits") List<Edit> edits, @ForAll("roomyWays") Way way, @ForAll boolean detected) {
    int half = file.text().length() / 2;
    List<Edit> late = new ArrayList<>();
    for (Edit e : edits) {
      late.add(new Edit(e.op(), half + e.at() % Math.max(1, file.text().length() - half), e.noise()));
    }
    MatrixReader.Mode mode = detected ? MatrixReader.Mode.ANY
        : file.how().startsWith("IRM") ? MatrixReader.Mode.IRM : MatrixReader.Mode.SSIM;
    check(file, late, way, mode);
  }

  private static void check(File file, List<Edit> edits, Way way, MatrixReader.Mode mode) {
    String text = edits.isEmpty() ? file.text() : SsimParserProperties.mutate(file.text(), edits);
    int[] exactRows = new int[1];
    int[] fastRows = new int[1];
    Object exact = outcome(text, way, mode, false, exactRows);
    Object fast = outcome(text, way, mode, true, fastRows);
    assertEquals(0, exactRows[0], "the exact path scans nothing");
    Statistics.label("fast rows").collect(fastRows[0] == 0 ? "none" : fastRows[0] < 10 ? "1-9" : "10+");
    Statistics.label("outcome").collect(exact instanceof String ? "error" : "read");
    assertEquals(exact, fast, () -> way + " " + mode + " " + edits + "\n" + file.how() + "\n" + text);
  }

  /** The benchmark's shape: a header 1..n over an empty corner, labels down, an upper triangle. */
  private static String upperTriangle(int n, String lineEnd) {
    StringBuilder sb = new StringBuilder();
    for (int j = 1; j <= n; j++) {
      sb.append('\t').append(j);
    }
    sb.append(lineEnd);
    String symbols = "VAXO";
    for (int i = 0; i < n; i++) {
      sb.append(i + 1);
      for (int j = 0; j < n; j++) {
        sb.append('\t');
        if (j > i) {
          sb.append(symbols.charAt((i * 7 + j * 3) % 4));
        }
      }
      sb.append(lineEnd);
    }
    return sb.toString();
  }

  @Test
  void everyRowAfterTheFirstOfAPlainFileTakesTheFastPathAndReadsAsTheExactPath() {
    for (String lineEnd : List.of("\n", "\r\n", "\r")) {
      String text = upperTriangle(130, lineEnd);
      for (int kind = 0; kind < 4; kind++) {
        for (int window : new int[] {2, 16, TextSource.BUFFER}) {
          Way way = new Way(kind, 5, window, TextSource.MAX_WINDOW); // a window that has to grow
          int[] rows = new int[1];
          Object fast = outcome(text, way, MatrixReader.Mode.ANY, true, rows);
          assertEquals(outcome(text, way, MatrixReader.Mode.ANY, false, new int[1]), fast);
          // row 1 is read ahead with the header, to tell its shape
          assertEquals(129, rows[0], way + " " + lineEnd.replace("\r", "CR").replace("\n", "LF"));
        }
      }
    }
  }

  @Test
  void aRowTooLongForTheWindowTakesTheExactPath() {
    String text = upperTriangle(100, "\n");
    Way small = new Way(0, 1, 16, 64); // rows of 150 characters never fit
    int[] rows = new int[1];
    Object fast = outcome(text, small, MatrixReader.Mode.SSIM, true, rows);
    assertEquals(0, rows[0]);
    assertEquals(outcome(text, small, MatrixReader.Mode.SSIM, false, new int[1]), fast);
    assertTrue(fast instanceof List, fast::toString);
  }

  /** Changes the cell of row {@code i} (1-based, after the header) and column {@code k} (the field). */
  private static String withCell(String text, int i, int k, String cell) {
    String[] lines = text.split("\n", -1);
    String[] cells = lines[i].split("\t", -1);
    cells[k] = cell;
    lines[i] = String.join("\t", cells);
    return String.join("\n", lines);
  }

  @Test
  void anUnusualCellInALaterBandIsReadOrRefusedExactlyAsTheExactPathDoes() {
    String plain = upperTriangle(140, "\n");
    List<String> texts = List.of(
        withCell(plain, 70, 100, "\"V\""), // quoted: reads the same
        withCell(plain, 70, 100, " v  "), // lower case, padded
        withCell(plain, 70, 100, "Q"), // unknown relation
        withCell(plain, 70, 100, "VV"), // two characters
        withCell(plain, 70, 100, "é"), // non-ASCII
        withCell(plain, 70, 100, "V\u0000"), // NUL
        withCell(plain, 70, 100, "                 V"), // 17 spaces
        withCell(plain, 70, 30, "A"), // a lower cell that is no mirror
        withCell(plain, 70, 70, "V"), // the diagonal
        withCell(plain, 70, 0, "70 "), // a padded label
        withCell(plain, 70, 0, "71"), // a label that differs from the header's
        withCell(plain, 70, 0, "#70"), // a comment
        withCell(plain, 70, 67, "X"), // a lower cell that is no mirror, in the same band
        withCell(plain, 70, 67, "V"), // a lower cell that is the mirror: a full square row
        withCell(plain, 70, 140, "O\tO"), // a cell too many
        withCell(plain, 70, 140, ""), // a cell too few: the row ends in an empty cell ...
        plain.replace("\n70\t", "\n70\t\t"), // ... one too many
        plain.replace("\n71\t", "71\t"), // two rows on one line
        plain.replace("\n70\t", "\n\n70\t"), // a blank line inside
        plain.replace("\n70\t", "\r70\t"), // a lone CR
        plain.substring(0, plain.length() - 1)); // no final line break
    for (String text : texts) {
      for (MatrixReader.Mode mode : MatrixReader.Mode.values()) {
        Way way = new Way(2, 3, 64, TextSource.MAX_WINDOW);
        int[] rows = new int[1];
        Object fast = outcome(text, way, mode, true, rows);
        assertEquals(outcome(text, way, mode, false, new int[1]), fast, text);
        if (mode != MatrixReader.Mode.IRM) {
          assertTrue(rows[0] >= 68, () -> rows[0] + " rows by the fast path");
        }
      }
    }
  }

  private static Reader trickle(Reader r, int chunk) {
    return new java.io.FilterReader(r) {
      @Override
      public int read(char[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static InputStream trickle(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
