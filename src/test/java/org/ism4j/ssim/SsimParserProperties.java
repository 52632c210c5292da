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
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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

  private static Ssim randomSsim(List<String> labels, long seed) {
    Random r = new Random(seed);
    Ssim.Builder b = Ssim.builder(labels);
    Relation[] relations = Relation.values();
    int bias = r.nextInt(4); // some models are mostly O, some mostly V, ...
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        Relation rel = r.nextInt(3) == 0 ? relations[bias] : relations[r.nextInt(4)];
        b.relation(i, j, rel);
      }
    }
    return b.build();
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
      @ForAll("labels") List<String> labels, @ForAll long seed, @ForAll Input input) throws IOException {
    Random r = new Random(seed);
    boolean labelled = r.nextInt(4) != 0;
    Ssim ssim = randomSsim(labelled ? labels : Labels.numbered(labels.size()), seed);
    Format f = Format.random(r, labelled);
    String text = MatrixWriter.write(ssim, f);
    assertEquals(ssim, parse(text, input, "ssim"), f::toString);
    SsimParser.Parsed detected = (SsimParser.Parsed) parse(text, Input.STRING, "any");
    assertEquals(SsimParser.Kind.SSIM, detected.kind(), f::toString);
    assertEquals(ssim, detected.ssim(), f::toString);
  }

  @Property(tries = 200)
  void toTsvParsesBackEqualAlsoWithCrlfAndByteOrderMark(
      @ForAll("labels") List<String> labels, @ForAll long seed, @ForAll boolean crlf, @ForAll boolean bom,
      @ForAll Input input) throws IOException {
    List<String> plain = labels.stream().filter(l -> !l.startsWith("\"")).toList();
    if (plain.size() < 2) {
      plain = List.of("Cost", "Trust");
    }
    Ssim ssim = randomSsim(plain, seed);
    String text = (bom ? "\uFEFF" : "") + (crlf ? ssim.toTsv().replace("\n", "\r\n") : ssim.toTsv());
    assertEquals(ssim, parse(text, input, "ssim"));
  }

  @Property(tries = 200)
  void anIrmWrittenAsZeroOneParsesBackEqual(
      @ForAll("labels") List<String> labels, @ForAll long seed, @ForAll Input input) throws IOException {
    Random r = new Random(seed);
    boolean labelled = r.nextInt(4) != 0;
    int n = labels.size();
    BitMatrix.Builder b = BitMatrix.builder(n);
    int density = 1 + r.nextInt(9);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j || r.nextInt(10) < density) {
          b.set(i, j);
        }
      }
    }
    ReachabilityMatrix irm = Access.make(ReachabilityMatrix.class, Labels.of(labelled ? labels : Labels.numbered(n)), b.build());
    Format f = Format.random(r, labelled);
    String text = MatrixWriter.writeIrm(irm, f);
    assertEquals(irm, parse(text, input, "irm"), f::toString);
    SsimParser.Parsed detected = (SsimParser.Parsed) parse(text, Input.STRING, "any");
    assertEquals(SsimParser.Kind.IRM, detected.kind(), f::toString);
    assertEquals(irm, ReachabilityMatrix.initial(detected.ssim()), f::toString);
    assertEquals(irm.toSsim(), detected.ssim(), f::toString);
  }

  @Provide
  Arbitrary<String> validFile() {
    return Combinators.combine(labels(), Arbitraries.longs(), Arbitraries.integers().between(0, 2))
        .as((labels, seed, what) -> {
          Random r = new Random(seed);
          List<String> few = labels.subList(0, Math.min(labels.size(), 2 + r.nextInt(8)));
          boolean labelled = r.nextInt(4) != 0;
          Ssim ssim = randomSsim(labelled ? few : Labels.numbered(few.size()), seed);
          if (what == 2) {
            return ssim.toTsv();
          }
          Format f = Format.random(r, labelled);
          return what == 0 ? MatrixWriter.write(ssim, f) : MatrixWriter.writeIrm(ReachabilityMatrix.initial(ssim), f);
        });
  }

  private static final String NOISE = "\t\n\r ,;\"-VAXOvaxo01 2Q\u0000\u0007é中😀\uFEFF";

  private static String mutate(String text, Random r) {
    StringBuilder sb = new StringBuilder(text);
    int ops = 1 + r.nextInt(3);
    for (int k = 0; k < ops; k++) {
      int op = r.nextInt(7);
      int pos = sb.length() == 0 ? 0 : r.nextInt(sb.length());
      switch (op) {
        case 0:
          sb.insert(pos, NOISE.charAt(r.nextInt(NOISE.length())));
          break;
        case 1:
          if (sb.length() > 0) {
            sb.deleteCharAt(pos);
          }
          break;
        case 2:
          if (sb.length() > 0) {
            sb.setCharAt(pos, NOISE.charAt(r.nextInt(NOISE.length())));
          }
          break;
        case 3:
          sb.setLength(pos);
          break;
        default:
          List<String> lines = new ArrayList<>(Arrays.asList(sb.toString().split("\n", -1)));
          int line = r.nextInt(lines.size());
          if (op == 4) {
            lines.add(line, lines.get(line));
          } else if (op == 5) {
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

  @Property(tries = 400)
  void mutatedFilesEitherParseOrFailWithAPositionedFormatException(
      @ForAll("validFile") String text, @ForAll long seed) throws IOException {
    parseEverywhere(mutate(text, new Random(seed)));
  }

  @Property(tries = 150)
  void mutatedBytesInAFileEitherParseOrFailWithAFormatException(
      @ForAll("validFile") String text, @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int changes)
      throws IOException {
    Random r = new Random(seed);
    byte[] bytes = text.getBytes(UTF_8);
    for (int k = 0; k < changes && bytes.length > 0; k++) {
      bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
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
