package org.ism4j.ssim;

import org.ism4j.internal.Access;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ism4j.Matrices;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.MatrixWriter.Format;

/** Round trips through every layout, and robustness against mangled files. */
class SsimParserProperties {
  private static final SsimParser PARSER = SsimParser.defaults();

  enum Input {
    STRING,
    READER,
    FILE
  }

  /** Labels as researchers write them: spaces, quotes, commas, semicolons, any Unicode. */
  @Provide
  Arbitrary<String> label() {
    Arbitrary<String> words = Arbitraries.of("Cost", "Trust", "Quality of service", "Top-management support",
        "IT infrastructure", "R&D", "Coût", "Ünïcødé", "中文", "日本語", "😀 emoji", "naïve", "C1", "C2", "F10",
        "2", "10", "42", "α", "ß", "x", "\"quoted\"", "a, b", "a;b", "it's", "50%", "(a)", "Ω", "o", "1a");
    Arbitrary<String> random = Arbitraries.strings()
        .withChars("abcdefXYZ0123456789 ,;\"'-_().éü中😀".toCharArray())
        .ofMinLength(1)
        .ofMaxLength(10);
    return Arbitraries.oneOf(words, random, Combinators.combine(words, words).as((a, b) -> a + " " + b))
        .map(String::strip)
        .filter(s -> !s.isEmpty() && !MatrixReader.isMatrixToken(s) && validUtf16(s));
  }

  private static boolean validUtf16(String s) {
    return s.equals(new String(s.getBytes(UTF_8), UTF_8));
  }

  @Provide
  Arbitrary<List<String>> labels() {
    return label().list().uniqueElements().ofMinSize(2).ofMaxSize(60);
  }

  /**
   * Relations for the upper triangle, pair by pair: some models are mostly O, some mostly V, ...
   * Shrinks toward O.
   */
  private static Arbitrary<List<Relation>> relations(int factors) {
    Arbitrary<Relation> any = Arbitraries.of(Relation.O, Relation.V, Relation.A, Relation.X);
    // half of the cells the bias, half any relation, as the seeded generator had it
    return any.flatMap(bias -> Arbitraries.of(Relation.O, Relation.V, Relation.A, Relation.X, bias, bias)
        .list().ofSize(factors * (factors - 1) / 2));
  }

  private static Ssim ssim(List<String> labels, List<Relation> relations) {
    Ssim.Builder b = Ssim.builder(labels);
    int k = 0;
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        b.relation(i, j, relations.get(k++));
      }
    }
    return b.build();
  }

  /** An SSIM and whether its labels are written (else its factors are numbered 1..n). */
  record Model(Ssim ssim, boolean labelled) {
    @Override
    public String toString() {
      return (labelled ? "labelled" : "numbered") + "\n" + ssim;
    }

    Format format(Format f) {
      return labelled ? f : f.numbered();
    }
  }

  /** Three in four models are labelled. */
  private static Arbitrary<Boolean> labelled() {
    return Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
  }

  @Provide
  Arbitrary<Model> models() {
    return Combinators.combine(labels(), labelled()).flatAs((labels, labelled) ->
        relations(labels.size()).map(relations ->
            new Model(ssim(labelled ? labels : Labels.numbered(labels.size()), relations), labelled)));
  }

  /** SSIMs without labels that start with a quote, which {@code toTsv()} does not promise to keep. */
  @Provide
  Arbitrary<Ssim> plainSsims() {
    return labels().map(labels -> labels.stream().filter(l -> !l.startsWith("\"")).toList())
        .map(labels -> labels.size() < 2 ? List.of("Cost", "Trust") : labels)
        .flatMap(labels -> relations(labels.size()).map(relations -> ssim(labels, relations)));
  }

  @Provide
  Arbitrary<Format> formats() {
    return Format.all();
  }

  private static Object parse(String text, Input input, String what) throws IOException {
    switch (input) {
      case READER:
        try (StringReader r = new StringReader(text)) {
          return what.equals("ssim") ? PARSER.parse(r) : what.equals("irm") ? ReachabilityMatrix.initial(PARSER.parseIrm(r)) : PARSER.parseDetected(r);
        }
      case FILE:
        Path p = Files.createTempFile("ism4j-parser", ".txt");
        try {
          Files.writeString(p, text, UTF_8);
          return what.equals("ssim") ? PARSER.parse(p) : what.equals("irm") ? ReachabilityMatrix.initial(PARSER.parseIrm(p)) : PARSER.parseDetected(p);
        } finally {
          Files.delete(p);
        }
      default:
        return what.equals("ssim") ? PARSER.parse(text) : what.equals("irm") ? ReachabilityMatrix.initial(PARSER.parseIrm(text)) : PARSER.parseDetected(text);
    }
  }

  @Property(tries = 300)
  void anSsimWrittenInAnyLayoutParsesBackEqual(
      @ForAll("models") Model model, @ForAll("formats") Format layout, @ForAll Input input)
      throws IOException {
    Ssim ssim = model.ssim();
    Format f = model.format(layout);
    String text = MatrixWriter.write(ssim, f);
    assertEquals(ssim, parse(text, input, "ssim"), f::toString);
    SsimParser.Parsed detected = (SsimParser.Parsed) parse(text, Input.STRING, "any");
    assertEquals(SsimParser.Kind.SSIM, detected.kind(), f::toString);
    assertEquals(ssim, detected.ssim(), f::toString);
  }

  /**
   * A numbered SSIM of 60 to 200 factors, so that rows cross the reader's bands of 64 (where the
   * backward bits are ORed in transposed), written with its lower triangle mirrored or empty; in
   * some, one lower cell contradicts its mirror (flip = that cell's index among the lower cells).
   */
  record BigCase(List<Relation> relations, int n, boolean full, int flip) {
    @Override
    public String toString() {
      return "n=" + n + " full=" + full + " flip=" + flip + "\n" + text();
    }

    Ssim ssim() {
      return SsimParserProperties.ssim(Labels.numbered(n), relations);
    }

    /** The lower cell (i, j), i &gt; j, that contradicts its mirror, or null. */
    int[] flipped() {
      if (!full || flip < 0) {
        return null;
      }
      int k = flip % (n * (n - 1) / 2);
      int i = 1;
      while (k >= i) {
        k -= i;
        i++;
      }
      return new int[] {i, k};
    }

    String text() {
      Ssim ssim = ssim();
      int[] bad = flipped();
      StringBuilder sb = new StringBuilder();
      for (int j = 1; j <= n; j++) {
        sb.append('\t').append(j);
      }
      sb.append('\n');
      for (int i = 0; i < n; i++) {
        sb.append(i + 1);
        for (int j = 0; j < n; j++) {
          sb.append('\t');
          if (j > i) {
            sb.append(ssim.relation(i, j).symbol());
          } else if (j < i && full) {
            Relation mirror = ssim.relation(j, i).mirror(); // A for V, V for A: cell (i, j) read backward
            if (bad != null && bad[0] == i && bad[1] == j) {
              mirror = mirror == Relation.O ? Relation.X : Relation.O;
            }
            sb.append(mirror.symbol());
          }
        }
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  @Provide
  Arbitrary<BigCase> bigCases() {
    return Arbitraries.integers().between(60, 200).flatMap(n -> Combinators.combine(relations(n),
        Arbitraries.of(false, true), Arbitraries.frequency(Tuple.of(2, -1), Tuple.of(1, 0)).flatMap(
            f -> f < 0 ? Arbitraries.just(-1) : Arbitraries.integers().between(0, n * (n - 1) / 2 - 1)))
        .as((r, full, flip) -> new BigCase(r, n, full, flip)));
  }

  @Property(tries = 60)
  void anSsimOfManyFactorsReadsBackEqualOrNamesTheLowerCellThatContradictsItsMirror(
      @ForAll("bigCases") BigCase c) {
    int[] bad = c.flipped();
    String text = c.text();
    if (bad == null) {
      assertEquals(c.ssim(), PARSER.parse(text), c::toString);
      assertEquals(c.ssim(), PARSER.parseDetected(text).ssim(), c::toString);
      return;
    }
    SsimFormatException e = org.junit.jupiter.api.Assertions.assertThrows(SsimFormatException.class,
        () -> PARSER.parse(text), c::toString);
    int i = bad[0];
    int j = bad[1];
    String written = text.split("\n")[i + 1].split("\t", -1)[j + 1];
    int column = j + 2; // the cell's column: the label column is column 1
    Relation upper = c.ssim().relation(j, i);
    assertEquals("line " + (i + 2) + ", column " + column + ": cell (" + (i + 1) + ", " + (j + 1) + ") is '"
        + written + "' but its mirror (" + (j + 1) + ", " + (i + 1) + ") is '"
        + upper.symbol() + "' (expected " + upper.mirror().symbol() + ")", e.getMessage(), c::toString);
  }

  @Property(tries = 200)
  void toTsvParsesBackEqualAlsoWithCrlfAndByteOrderMark(
      @ForAll("plainSsims") Ssim ssim, @ForAll boolean crlf, @ForAll boolean bom, @ForAll Input input)
      throws IOException {
    String text = (bom ? "\uFEFF" : "") + (crlf ? ssim.toTsv().replace("\n", "\r\n") : ssim.toTsv());
    assertEquals(ssim, parse(text, input, "ssim"));
  }

  /** A 0/1 matrix of up to 60 factors, 0 to 90 % of the cells set, and its labels. */
  record Irm(ReachabilityMatrix irm, boolean labelled) {
    @Override
    public String toString() {
      return (labelled ? "labelled" : "numbered") + "\n" + irm.labels() + "\n" + irm;
    }
  }

  @Provide
  Arbitrary<Irm> irms() {
    return Combinators.combine(labels(), labelled(), Matrices.random(2, 60, 90))
        .as((labels, labelled, a) -> {
          int n = Math.min(labels.size(), a.size());
          boolean[][] m = new boolean[n][n];
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              m[i][j] = i == j || a.get(i, j);
            }
          }
          List<String> names = labelled ? labels.subList(0, n) : Labels.numbered(n);
          return new Irm(Access.make(ReachabilityMatrix.class, Labels.of(names), BitMatrix.of(m)), labelled);
        });
  }

  /** The SSIM an IRM encodes, by the textbook rule: both ways X, one way V or A, neither O. */
  private static Ssim expectedSsim(ReachabilityMatrix irm) {
    Ssim.Builder b = Ssim.builder(irm.labels());
    for (int i = 0; i < irm.size(); i++) {
      for (int j = i + 1; j < irm.size(); j++) {
        boolean ij = irm.reaches(i, j);
        boolean ji = irm.reaches(j, i);
        b.relation(i, j, ij && ji ? Relation.X : ij ? Relation.V : ji ? Relation.A : Relation.O);
      }
    }
    return b.build();
  }

  @Property(tries = 200)
  void anIrmWrittenAsZeroOneParsesBackEqual(
      @ForAll("irms") Irm drawn, @ForAll("formats") Format layout, @ForAll Input input)
      throws IOException {
    ReachabilityMatrix irm = drawn.irm();
    Format f = drawn.labelled() ? layout : layout.numbered();
    String text = MatrixWriter.writeIrm(irm, f);
    assertEquals(irm, parse(text, input, "irm"), f::toString);
    SsimParser.Parsed detected = (SsimParser.Parsed) parse(text, Input.STRING, "any");
    assertEquals(SsimParser.Kind.IRM, detected.kind(), f::toString);
    assertEquals(irm, ReachabilityMatrix.initial(detected.ssim()), f::toString);
    assertEquals(expectedSsim(irm), detected.ssim(), f::toString);
  }

  @Provide
  Arbitrary<String> validFile() {
    Arbitrary<Model> few = Combinators.combine(labels(), Arbitraries.integers().between(2, 9), labelled())
        .flatAs((labels, count, labelled) -> {
          List<String> some = labels.subList(0, Math.min(labels.size(), count));
          return relations(some.size()).map(relations ->
              new Model(ssim(labelled ? some : Labels.numbered(some.size()), relations), labelled));
        });
    return Combinators.combine(few, formats(), Arbitraries.integers().between(0, 2))
        .as((model, layout, what) -> {
          if (what == 2) {
            return model.ssim().toTsv();
          }
          Format f = model.format(layout);
          return what == 0 ? MatrixWriter.write(model.ssim(), f)
              : MatrixWriter.writeIrm(ReachabilityMatrix.initial(model.ssim()), f);
        });
  }

  private static final String NOISE = "\t\n\r ,;\"-VAXOvaxo01 2Q\u0000\u0007é中😀\uFEFF";

  /**
   * One edit of a file: {@code op} 0 inserts, 1 deletes, 2 replaces a character, 3 cuts the text,
   * 4 duplicates, 5 removes, 6 inserts an empty line; {@code at} picks the position (modulo the
   * length), {@code noise} the character. Shrinks toward inserting a tab at the start.
   */
  record Edit(int op, int at, int noise) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    return Combinators.combine(Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, NOISE.length() - 1))
        .as(Edit::new).list().ofMinSize(1).ofMaxSize(3);
  }

  static String mutate(String text, List<Edit> edits) {
    StringBuilder sb = new StringBuilder(text);
    for (Edit e : edits) {
      int pos = sb.length() == 0 ? 0 : e.at() % sb.length();
      char noise = NOISE.charAt(e.noise());
      switch (e.op()) {
        case 0:
          sb.insert(pos, noise);
          break;
        case 1:
          if (sb.length() > 0) {
            sb.deleteCharAt(pos);
          }
          break;
        case 2:
          if (sb.length() > 0) {
            sb.setCharAt(pos, noise);
          }
          break;
        case 3:
          sb.setLength(pos);
          break;
        default:
          List<String> lines = new ArrayList<>(Arrays.asList(sb.toString().split("\n", -1)));
          int line = e.at() % lines.size();
          if (e.op() == 4) {
            lines.add(line, lines.get(line));
          } else if (e.op() == 5) {
            lines.remove(line);
          } else {
            lines.add(line, "");
          }
          sb.setLength(0);
          sb.append(String.join("\n", lines));
      }
    }
    return sb.toString();
  }

  /** Parses with every entry point; only a {@link SsimFormatException} with a sane position may escape. */
  private static void parseEverywhere(String text) throws IOException {
    for (String what : List.of("ssim", "irm", "any")) {
      try {
        parse(text, Input.STRING, what);
      } catch (SsimFormatException e) {
        checkPosition(e, text);
      }
    }
    try {
      DelimitedTable.read(text);
    } catch (SsimFormatException e) {
      checkPosition(e, text);
    }
  }

  private static void checkPosition(SsimFormatException e, String text) {
    int lines = text.split("\n|\r\n|\r", -1).length;
    assertTrue(e.line() >= 1 && e.line() <= lines + 1, () -> e.getMessage() + " in " + lines + " lines");
    assertTrue(e.column() >= 1, e::getMessage);
    assertEquals("line " + e.line() + ", column " + e.column() + ": " + e.problem(), e.getMessage());
  }

  /** Limits for the tokenizer, small ones so that truncation, kept cells and overlong cells occur. */
  record Limits(int maxCellChars, int rowLimit, int maxCells, int chunk) {}

  @Provide
  Arbitrary<Limits> limits() {
    return Combinators.combine(Arbitraries.of(SsimParser.MAX_CELL_CHARS, 1, 2),
        Arbitraries.of(1000, 3, 5), Arbitraries.of(1000, 2, 4), Arbitraries.integers().between(1, 9))
        .as(Limits::new);
  }

  /**
   * Everything a tokenizer reports, row after row: position, cell texts, lines, columns and quotes,
   * cell count and truncation; or the exception's message, position and token.
   */
  private static List<String> tokens(TextSource source, Limits l, boolean fast) {
    List<String> out = new ArrayList<>();
    try {
      Tokenizer t = new Tokenizer(source, l.maxCellChars(), l.rowLimit(), fast);
      out.add("delimiter " + t.delimiter());
      for (DelimitedTable.Row r = t.next(l.maxCells()); r != null; r = t.next(l.maxCells())) {
        StringBuilder sb = new StringBuilder("line " + r.line() + " of " + r.totalCells() + " cells"
            + (r.truncated() ? ", truncated" : "") + ":");
        for (DelimitedTable.Cell c : r.cells()) {
          sb.append(' ').append(c).append(c.quoted() ? " quoted" : "");
        }
        out.add(sb.toString());
      }
    } catch (SsimFormatException e) {
      out.add("error at " + e.line() + ":" + e.column() + " token '" + e.token() + "': " + e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** A byte stream handing out at most {@code chunk} bytes a read, so buffers end anywhere. */
  private static java.io.InputStream trickle(byte[] bytes, int chunk) {
    return new java.io.ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  /** A reader handing out at most {@code chunk} characters a read. */
  private static java.io.Reader trickle(String text, int chunk) {
    return new StringReader(text) {
      @Override
      public int read(char[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Property(tries = 400)
  void theTokenizersFastPathReadsValidAndMutatedFilesAsTheSlowPathDoes(
      @ForAll("validFile") String valid, @ForAll("edits") List<Edit> edits, @ForAll boolean mutated,
      @ForAll("limits") Limits l) {
    String text = mutated ? mutate(valid, edits) : valid;
    List<String> slow = tokens(TextSource.of(text), l, false);
    String shown = l + "\n" + text;
    assertEquals(slow, tokens(TextSource.of(text), l, true), shown);
    assertEquals(slow, tokens(TextSource.of(trickle(text, l.chunk())), l, true), shown);
    byte[] bytes = text.getBytes(UTF_8);
    List<String> slowBytes = tokens(TextSource.of(trickle(bytes, l.chunk())), l, false);
    assertEquals(slowBytes, tokens(TextSource.of(trickle(bytes, l.chunk())), l, true), shown);
    assertEquals(slowBytes, tokens(TextSource.of(new java.io.ByteArrayInputStream(bytes)), l, true), shown);
  }

  @Property(tries = 400)
  void mutatedFilesEitherParseOrFailWithAPositionedFormatException(
      @ForAll("validFile") String text, @ForAll("edits") List<Edit> edits) throws IOException {
    parseEverywhere(mutate(text, edits));
  }

  @Property(tries = 150)
  void mutatedBytesInAFileEitherParseOrFailWithAFormatException(
      @ForAll("validFile") String text,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 100_000) Integer> positions,
      @ForAll @Size(min = 4, max = 4) List<Byte> values) throws IOException {
    byte[] bytes = text.getBytes(UTF_8);
    for (int k = 0; k < positions.size() && bytes.length > 0; k++) {
      bytes[positions.get(k) % bytes.length] = values.get(k);
    }
    Path p = Files.createTempFile("ism4j-parser", ".txt");
    try {
      Files.write(p, bytes);
      for (int what = 0; what < 3; what++) {
        try {
          if (what == 0) {
            PARSER.parse(p);
          } else if (what == 1) {
            ReachabilityMatrix.initial(PARSER.parseIrm(p));
          } else {
            PARSER.parseDetected(p);
          }
        } catch (SsimFormatException e) {
          assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
        }
      }
      try {
        DelimitedTable.read(p);
      } catch (SsimFormatException e) {
        assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
      }
    } finally {
      Files.delete(p);
    }
  }
}
