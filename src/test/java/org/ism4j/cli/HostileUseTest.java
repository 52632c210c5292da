package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line used by someone trying to break it (issue 15): every numeric value, every
 * usage error, options that do not apply, and an output file that is an input.
 */
class HostileUseTest {
  private static final String WEIGHTED = "src/test/resources/weighted/";

  @TempDir
  Path dir;

  private Path chain() throws IOException {
    return chain("chain.tsv");
  }

  private Path chain(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, MainTest.CHAIN, StandardCharsets.UTF_8);
    return p;
  }

  private static String[] args(String first, String... rest) {
    List<String> a = new ArrayList<>(List.of(first.split(" ")));
    a.addAll(List.of(rest));
    return a.toArray(new String[0]);
  }

  /** One line on standard error, exit 2, nothing on standard output, the help hint on that line. */
  private static void assertOneUsageLine(MainTest.Run r, String command, String start) {
    assertEquals(2, r.code, r::toString);
    assertEquals(1, r.err.lines().count(), r::toString);
    assertTrue(r.err.startsWith(start), r::toString);
    assertTrue(r.err.strip().endsWith("(see '" + ("ism " + command).strip() + " --help')"), r::toString);
    assertEquals("", r.out, r::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "2147483644", "2147483647", "2147483648", "99999999999999999999", "+20"})
  void anyMaxFactorsFromThreeUpAnalysesTheChain(String value) throws IOException {
    for (String command : List.of("analyze", "micmac", "sensitivity")) {
      MainTest.Run r = MainTest.run(command, chain().toString(), "--max-factors", value);
      assertEquals(0, r.code, r::toString);
      assertEquals("", r.err, r::toString);
    }
    MainTest.Run j = MainTest.run("analyze", chain().toString(), "--max-factors", value, "--format", "json");
    assertEquals("[[\"C\"],[\"B\"],[\"A\"]]", j.json().get("levels").toString());
    MainTest.Run a = MainTest.run("aggregate", chain().toString(), chain("other.tsv").toString(), "--max-factors", value);
    assertEquals(0, a.code, a::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "-99999999999999999999", "x", "1.5", "", "1e3"})
  void anInvalidMaxFactorsIsOneUsageLine(String value) throws IOException {
    for (String command : List.of("analyze", "micmac", "sensitivity", "aggregate")) {
      MainTest.Run r = MainTest.run(command, chain().toString(), chain().toString(), "--max-factors", value);
      assertOneUsageLine(r, command, "Invalid value for option '--max-factors': ");
    }
  }

  @Test
  void aMaxFactorsBelowTheModelIsStillTheLimitError() throws IOException {
    MainTest.Run r = MainTest.run("analyze", chain().toString(), "--max-factors", "2");
    assertEquals(2, r.code, r::toString);
    assertTrue(r.err.startsWith(chain() + ":"), r::toString);
  }

  @Test
  void otherCountsTakeAnyWholeNumber() throws IOException {
    MainTest.Run top = MainTest.run("sensitivity", chain().toString(), "--top", "99999999999");
    assertEquals(0, top.code, top::toString);
    MainTest.Run none = MainTest.run("sensitivity", chain().toString(), "--top", "0");
    assertEquals(0, none.code, none::toString);
    assertOneUsageLine(MainTest.run("sensitivity", chain().toString(), "--top", "-1"), "sensitivity",
        "Invalid value for option '--top': -1 (expected at least 0)");
    MainTest.Run power = MainTest.run("micmac", WEIGHTED + "godet.tsv", "--method", "indirect",
        "--max-power", "99999999999");
    assertEquals(0, power.code, power::toString);
    assertOneUsageLine(MainTest.run("micmac", WEIGHTED + "godet.tsv", "--method", "indirect",
        "--max-power", "0"), "micmac", "Invalid value for option '--max-power': 0 (expected at least 1)");
    assertOneUsageLine(MainTest.run("aggregate", chain().toString(), chain().toString(),
        "--stability", "-3"), "aggregate", "Invalid value for option '--stability': -3 (expected at least 1)");
    assertOneUsageLine(MainTest.run("aggregate", chain().toString(), chain().toString(),
        "--stability", "10", "--seed", "99999999999999999999"), "aggregate",
        "Invalid value for option '--seed': ");
  }

  @Test
  void countsClampAboveTheirCeilingAndRefuseBelowTheirMinimum() {
    assertEquals(Integer.MAX_VALUE, Counts.parse("2147483648", 0, Integer.MAX_VALUE));
    assertEquals(7, Counts.parse(" 7 ", 1, 10));
    assertEquals(10, Counts.parse("11", 1, 10));
    assertEquals(1, Counts.parse("1", 1, 10));
    for (String bad : List.of("0", "-5", "", "one", "0x10", "1_000")) {
      try {
        Counts.parse(bad, 1, 10);
        throw new AssertionError("accepted " + bad);
      } catch (picocli.CommandLine.TypeConversionException expected) {
        // refused
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "micmac", "dematel", "audit", "aggregate", "tism", "sensitivity",
      "whatif"})
  void everyUsageErrorOfEveryCommandIsOneLine(String command) {
    MainTest.Run r = MainTest.run(command, "x.tsv", "--frobnicate");
    assertOneUsageLine(r, command, "");
    assertOneUsageLine(MainTest.run(command, "--format", "png", "x.tsv"), command,
        "Invalid value for option '--format': unknown format 'png'");
  }

  @Test
  void missingArgumentsAndNoCommandAreOneLine() {
    assertOneUsageLine(MainTest.run("analyze"), "analyze", "Missing FILE");
    assertOneUsageLine(MainTest.run(), "", "Missing command");
    assertOneUsageLine(MainTest.run("whatif", "--example", "banking-17"), "whatif", "Missing required option");
    assertOneUsageLine(MainTest.run("analyze", "--formt", "json", "--example", "banking-17"), "analyze",
        "Unknown option: '--formt' (did you mean --format?)");
  }

  @Test
  void aLineBreakInAnArgumentCannotSplitTheErrorLine() {
    assertOneUsageLine(MainTest.run("analyze", "--example", "banking-17", "--format", "svg\nFAKE: ok"),
        "analyze", "Invalid value for option '--format': unknown format 'svg\\nFAKE: ok'");
    MainTest.Run r = MainTest.run("analyze", "--example", "bank\ning\u001b[31m");
    MainTest.assertOneLineError(r, 2, "ism analyze: unknown example 'bank\\ningU+001B[31m' "
        + "(available: banking-17, kumar-2014)");
  }

  @Test
  void aLabelWithALineBreakInAnInputErrorIsOneLine() throws IOException {
    Path dup = dir.resolve("dup.tsv");
    Files.writeString(dup, "\t\"a\nb\"\t\"a\nb\"\n\"a\nb\"\t\tV\n\"a\nb\"\t\t\n", StandardCharsets.UTF_8);
    MainTest.Run r = MainTest.run("analyze", dup.toString());
    assertEquals(2, r.code, r::toString);
    assertEquals(1, r.err.lines().count(), r::toString);
    assertTrue(r.err.contains("a\\nb"), r::toString);
  }

  /** Each row: the command and its arguments (FILE is the chain), then the start of the error. */
  @ParameterizedTest
  @ValueSource(strings = {
      "analyze FILE --format json --bottom-up|--bottom-up applies to --format svg only, not json",
      "analyze FILE --bottom-up|--bottom-up applies to --format svg only, not text",
      "analyze FILE --format dot --bottom-up|--bottom-up applies to --format svg only, not dot",
      "analyze FILE --format graphml --cycle-links|--cycle-links applies to --format dot, mermaid or svg, not graphml",
      "analyze FILE --format json --cycle-links|--cycle-links applies to --format dot, mermaid or svg, not json",
      "analyze FILE --format markdown --direct-links|--direct-links applies to --format dot, graphml, mermaid or svg, not markdown",
      "analyze FILE --format svg --compact|--compact applies to --format json only, not svg",
      "analyze FILE --format csv --names FILE|--names applies to --format text, json, markdown, dot, graphml, mermaid, svg, xlsx or latex, not csv",
      "analyze FILE --format dot --partition adversarial|--partition adversarial applies to --format text, markdown, json or svg, not dot",
      "micmac FILE --format json --names FILE|--names applies to --format text or svg, not json",
      "aggregate FILE FILE --format tsv --stability 10|--stability applies to --format text, json or markdown, not tsv",
      "aggregate FILE FILE --seed 3|--seed applies to --stability only",
      "dematel WEIGHTED --format tsv --names FILE|--names applies to --format text, json, svg or markdown, not tsv",
      "dematel WEIGHTED --format svg --split-rule median|--split-rule applies to --format text, json or markdown, not svg",
      "sensitivity FILE --names FILE|--names does not apply to sensitivity",
      "whatif FILE --set A,B=O --names FILE|--names does not apply to whatif",
      "tism FILE --interpretations FILE --names FILE|--names does not apply to tism",
  })
  void anOptionThatDoesNotApplyIsOneUsageLine(String row) throws IOException {
    String[] parts = row.split("\\|");
    String[] a = parts[0].replace("WEIGHTED", WEIGHTED + "expert1.tsv")
        .replace("FILE FILE", chain().toString() + " " + chain("other.tsv")).replace("FILE", chain().toString())
        .split(" ");
    assertOneUsageLine(MainTest.run(a), a[0], parts[1]);
  }

  @Test
  void theOptionsStillWorkWhereTheyApply() throws IOException {
    for (String row : List.of("analyze FILE --format svg --bottom-up --cycle-links --direct-links",
        "analyze FILE --format json --compact --partition adversarial", "analyze FILE --format dot --cycle-links",
        "analyze FILE --format graphml --direct-links", "analyze FILE --format mermaid --cycle-links",
        "aggregate FILE FILE --stability 5 --seed 3 --format json", "micmac FILE --format svg")) {
      MainTest.Run r = MainTest.run(row.replace("FILE FILE", chain() + " " + chain("other.tsv"))
          .replace("FILE", chain().toString()).split(" "));
      assertEquals(0, r.code, () -> row + "\n" + r);
      assertEquals("", r.err, () -> row + "\n" + r);
    }
  }

  @Test
  void theOutputCannotBeTheInput() throws IOException {
    Path in = chain();
    Path same = dir.resolve(".").resolve("chain.tsv");
    MainTest.Run r = MainTest.run("analyze", in.toString(), "-o", same.toString());
    MainTest.assertOneLineError(r, 2, same + ": -o names the input file " + in + "; refusing to overwrite it");
    assertEquals(MainTest.CHAIN, Files.readString(in));
  }

  @Test
  void theOutputCannotBeALinkToTheInputOrAnyOtherInput() throws IOException {
    Path in = chain();
    Path link = dir.resolve("link.tsv");
    try {
      Files.createSymbolicLink(link, in);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }
    for (String[] a : List.of(
        new String[] {"analyze", in.toString(), "-o", link.toString()},
        new String[] {"micmac", in.toString(), "--format", "svg", "-o", link.toString()},
        new String[] {"aggregate", in.toString(), in.toString(), "-o", link.toString()},
        new String[] {"audit", in.toString(), "--published-levels", in.toString(), "-o", link.toString()},
        new String[] {"tism", "--example", "banking-17", "--interpretations", in.toString(), "-o", link.toString()},
        new String[] {"dematel", WEIGHTED + "expert1.tsv", "-o", WEIGHTED + "expert1.tsv"})) {
      MainTest.Run r = MainTest.run(a);
      assertEquals(2, r.code, r::toString);
      assertEquals(1, r.err.lines().count(), r::toString);
      assertTrue(r.err.contains(": -o names the input file "), r::toString);
    }
    assertEquals(MainTest.CHAIN, Files.readString(in));
  }

  @Test
  void anEmptyOutputNameSaysSo() throws IOException {
    MainTest.assertOneLineError(MainTest.run("analyze", chain().toString(), "-o", ""), 2,
        "ism analyze: -o: empty output file name");
    MainTest.assertOneLineError(MainTest.run("audit", "--example", "kumar-2014", "-o", ""), 2,
        "ism audit: -o: empty output file name");
  }

  @Test
  void aNewOutputFileNextToTheInputIsWritten() throws IOException {
    Path in = chain();
    MainTest.Run r = MainTest.run("analyze", in.toString(), "-o", dir.resolve("out.txt").toString());
    assertEquals(0, r.code, r::toString);
    assertTrue(Files.readString(dir.resolve("out.txt")).startsWith("ISM analysis of"));
  }
}
