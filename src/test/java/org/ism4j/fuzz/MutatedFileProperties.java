package org.ism4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.panel.Panel;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Ssim;
import org.ism4j.ssim.SsimFormatException;
import org.ism4j.ssim.SsimParser;
import org.ism4j.weighted.WeightedMatrix;

/**
 * Valid files, built from shrinkable generators, mutated by shrinkable edits (delete, insert or
 * replace a character; duplicate, drop or swap a line; insert a delimiter, a quote, a byte order
 * mark, a NUL, a control character or a very long token): every reader either reads the result or
 * refuses it with its documented {@link SsimFormatException}, whose message is one line that starts
 * with its own position, within a time bound. Issue 15, section 1.
 */
class MutatedFileProperties {
  private static final Duration LIMIT = Duration.ofSeconds(5);
  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+): .+");

  private static final List<String> POOL = List.of("Cost", "Trust", "A", "V", "1", "2", "Quality of service",
      "a, b", "\"q\"", "中文", "x;y", "F10");

  /** Unique labels, 1 to 6 of them, shrinking toward few and early ones. */
  @Provide
  Arbitrary<List<String>> labels() {
    return Arbitraries.of(POOL).list().uniqueElements().ofMinSize(1).ofMaxSize(6);
  }

  private static final String[] DELIMITERS = {"\t", ",", ";", " "};

  /** A valid SSIM as a researcher writes one, in any of the layouts. */
  @Provide
  Arbitrary<String> ssims() {
    return Combinators.combine(labels(), Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.of("V", "A", "X", "O").list().ofSize(15))
        .as((labels, d, header, full, rel) -> matrix(labels, DELIMITERS[d], header, (i, j) -> {
          if (i == j) {
            return "-";
          }
          String r = rel.get((i * 5 + j) % rel.size());
          if (i < j) {
            return r;
          }
          String upper = rel.get((j * 5 + i) % rel.size());
          return full ? mirror(upper) : "-";
        }));
  }

  /** A valid 0/1 initial reachability matrix. */
  @Provide
  Arbitrary<String> irms() {
    return Combinators.combine(labels(), Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
        Arbitraries.of("0", "1").list().ofSize(36))
        .as((labels, d, header, bits) -> matrix(labels, DELIMITERS[d], header,
            (i, j) -> i == j ? "1" : bits.get(i * 6 + j)));
  }

  /** A valid weighted matrix on the 0–3 scale. */
  @Provide
  Arbitrary<String> weighted() {
    return Combinators.combine(labels(), Arbitraries.integers().between(0, 2),
        Arbitraries.of("0", "1", "2", "3").list().ofSize(36))
        .as((labels, d, w) -> matrix(labels, DELIMITERS[d], true, (i, j) -> i == j ? "0" : w.get(i * 6 + j)));
  }

  /** A valid names table: a header row, then label and name. */
  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(labels(), Arbitraries.integers().between(0, 2),
        Arbitraries.of("Infrastructure", "Brand", "Top management", "Coût").list().ofSize(6))
        .as((labels, d, n) -> {
          String del = DELIMITERS[d];
          StringBuilder sb = new StringBuilder("id" + del + "name\n");
          for (int i = 0; i < labels.size(); i++) {
            sb.append(cell(labels.get(i), del)).append(del).append(cell(n.get(i), del)).append('\n');
          }
          return sb.toString();
        });
  }

  interface CellOf {
    String at(int i, int j);
  }

  private static String matrix(List<String> labels, String del, boolean header, CellOf cellOf) {
    StringBuilder sb = new StringBuilder();
    int n = labels.size();
    if (header) {
      sb.append(del.equals(" ") ? "\"\"" : "");
      for (String l : labels) {
        sb.append(del).append(cell(l, del));
      }
      sb.append('\n');
    }
    for (int i = 0; i < n; i++) {
      if (header) {
        sb.append(cell(labels.get(i), del)).append(del);
      }
      for (int j = 0; j < n; j++) {
        String c = cellOf.at(i, j);
        // "-" is written as an empty cell where one can be, except on the diagonal, so that a
        // one-factor file without labels is not an empty line
        sb.append(j > 0 ? del : "").append(del.equals(" ") || !c.equals("-") || i == j ? c : "");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String cell(String text, String del) {
    boolean quote = text.contains("\"") || text.contains(del) || text.contains(",") || text.contains(";")
        || text.contains(" ");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  private static String mirror(String r) {
    return r.equals("V") ? "A" : r.equals("A") ? "V" : r;
  }

  /** One edit: what, where (taken modulo the text's length) and with what. */
  record Edit(int kind, int where, int other, char ch) {
    private static final String TOKENS = "\t,; \"\n\rVAXO01-#";
    private static final char[] HOSTILE = {'\0', '\u0001', '\u007f', '\u0085', '\u009f', '\ufeff', '\u2028'};

    String apply(String text) {
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      int at = text.isEmpty() ? 0 : where % (text.length() + 1);
      int line = where % lines.size();
      int line2 = other % lines.size();
      switch (kind) {
        case 0: // delete a character
          return at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
        case 1: // insert a character the readers care about
          return text.substring(0, at) + TOKENS.charAt(other % TOKENS.length()) + text.substring(at);
        case 2: // replace a character
          return at < text.length() ? text.substring(0, at) + ch + text.substring(at + 1) : text + ch;
        case 3: // duplicate a line
          lines.add(line, lines.get(line));
          return String.join("\n", lines);
        case 4: // drop a line
          lines.remove(line);
          return String.join("\n", lines);
        case 5: // swap two lines
          String l = lines.get(line);
          lines.set(line, lines.get(line2));
          lines.set(line2, l);
          return String.join("\n", lines);
        case 6: // a hostile character: NUL, a control, DEL, C1, a BOM, a line separator
          return text.substring(0, at) + HOSTILE[other % HOSTILE.length] + text.substring(at);
        case 7: // a very long token
          return text.substring(0, at) + "x".repeat(99_990 + other % 20) + text.substring(at);
        case 8: // a byte order mark at the very start, or a second one
          return "\ufeff" + text;
        default: // a quote
          return text.substring(0, at) + '"' + text.substring(at);
      }
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 400),
        Arbitraries.chars().with("VAXO01-\t ,;\"é\n".toCharArray())).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  private static String mutate(String text, List<Edit> edits) {
    String s = text;
    for (Edit e : edits) {
      s = e.apply(s);
    }
    return s;
  }

  interface Read {
    void run();
  }

  /** Reads, or refuses with a one-line positioned {@link SsimFormatException}, within the limit. */
  private static void readsOrRefuses(String text, Read read) {
    assertTimeoutPreemptively(LIMIT, () -> {
      try {
        read.run();
      } catch (SsimFormatException e) {
        check(text, e);
      }
    }, () -> "no answer within " + LIMIT + " for " + show(text));
  }

  private static void check(String text, SsimFormatException e) {
    String m = e.getMessage();
    if (m.contains("\n") || m.contains("\r")) {
      throw new AssertionError("a message on more than one line: " + show(m) + " for " + show(text), e);
    }
    Matcher p = POSITION.matcher(m);
    if (!p.matches() || Integer.parseInt(p.group(1)) != e.line() || Integer.parseInt(p.group(2)) != e.column()) {
      throw new AssertionError("a message that does not start with its position: " + m + " for " + show(text), e);
    }
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 2;
    if (e.line() < 1 || e.line() > lines || e.column() < 1) {
      throw new AssertionError("a position outside the text: " + m + " for " + show(text), e);
    }
  }

  private static String show(String text) {
    String s = text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
    return "\"" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
  }

  @Property(tries = 250)
  void aMutatedSsimIsReadOrRefusedWithAPosition(@ForAll("ssims") String ssim, @ForAll("edits") List<Edit> edits) {
    String text = mutate(ssim, edits);
    readsOrRefuses(text, () -> SsimParser.defaults().parseDetected(text));
    readsOrRefuses(text, () -> SsimParser.defaults().parse(text));
  }

  @Property(tries = 200)
  void aMutatedIrmIsReadOrRefusedWithAPosition(@ForAll("irms") String irm, @ForAll("edits") List<Edit> edits) {
    String text = mutate(irm, edits);
    readsOrRefuses(text, () -> SsimParser.defaults().parseIrm(text));
  }

  @Property(tries = 200)
  void aMutatedNamesTableIsReadOrRefusedWithAPosition(@ForAll("names") String names,
      @ForAll("edits") List<Edit> edits) {
    String text = mutate(names, edits);
    readsOrRefuses(text, () -> FactorNames.parse(text));
  }

  @Property(tries = 200)
  void aMutatedWeightedMatrixIsReadOrRefusedWithAPosition(@ForAll("weighted") String weighted,
      @ForAll("edits") List<Edit> edits) {
    String text = mutate(weighted, edits);
    readsOrRefuses(text, () -> WeightedMatrix.parse(text, null));
  }

  /**
   * A panel: a valid expert file and a mutated copy. Each file reads or is refused as an SSIM; two
   * that read make a panel or are refused for differing factors with a one-line message.
   */
  @Property(tries = 150)
  void aMutatedPanelFileIsReadOrRefusedWithAPosition(@ForAll("ssims") String ssim,
      @ForAll("edits") List<Edit> edits) {
    String text = mutate(ssim, edits);
    assertTimeoutPreemptively(LIMIT, () -> {
      Ssim first = SsimParser.defaults().parse(ssim);
      Ssim second;
      try {
        second = SsimParser.defaults().parseDetected(text).ssim();
      } catch (SsimFormatException e) {
        check(text, e);
        return;
      }
      try {
        Panel.of(List.of(first, second));
      } catch (IllegalArgumentException e) {
        if (e.getMessage() == null || e.getMessage().contains("\n")) {
          throw new AssertionError("a panel refusal without a one-line message for " + show(text), e);
        }
      }
    });
  }
}
