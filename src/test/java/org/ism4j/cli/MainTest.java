package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {
  static final String CHAIN = "\tA\tB\tC\nA\t\tV\tO\nB\t\t\tV\nC\t\t\t\n";
  static final String BAD = "\tA\tB\tC\nA\t\tV\tQ\nB\t\t\tV\nC\t\t\t\n";

  @TempDir
  Path dir;

  /** The outcome of one run. */
  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    JsonObject json() {
      return JsonParser.parseString(out).getAsJsonObject();
    }

    @Override
    public String toString() {
      return "exit " + code + "\nout:\n" + out + "\nerr:\n" + err;
    }
  }

  static Run run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(Main.commandLine(), args);
  }

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  static List<String> strings(JsonElement e) {
    List<String> out = new ArrayList<>();
    for (JsonElement x : e.getAsJsonArray()) {
      out.add(x.getAsString());
    }
    return out;
  }

  static void assertOneLineError(Run r, int code, String line) {
    assertEquals(code, r.code, r::toString);
    assertEquals(line + System.lineSeparator(), r.err, r::toString);
    assertEquals("", r.out, r::toString);
  }

  @Test
  void aChainAsJsonHasItsLevelsLinksAndPowers() throws IOException {
    Path chain = write("chain.tsv", CHAIN);
    Run r = run(Main.commandLine(), "analyze", chain.toString(), "--format", "json");
    assertEquals(0, r.code, r::toString);
    assertEquals("", r.err);
    JsonObject j = r.json();
    assertEquals(List.of("A", "B", "C"), strings(j.get("factors")));
    assertEquals("[[\"C\"],[\"B\"],[\"A\"]]", new Gson().toJson(j.get("levels")));
    assertEquals("[[\"A\",\"C\"]]", new Gson().toJson(j.get("transitiveLinks")));
    assertEquals("[3,2,1]", new Gson().toJson(j.get("drivingPower")));
    assertEquals("[1,2,3]", new Gson().toJson(j.get("dependencePower")));
    assertEquals(List.of("111", "011", "001"), strings(j.get("reachability")));
    assertEquals("n/2", j.getAsJsonObject("micmac").get("splitRule").getAsString());
    assertEquals(List.of("independent", "linkage", "dependent"),
        strings(j.getAsJsonObject("micmac").get("clusters")));
    assertEquals("ssim", j.get("input").getAsString());
  }

  @Test
  void aFullZeroOneMatrixIsReadAsAReachabilityMatrix() throws IOException {
    Path irm = write("irm.csv", ",A,B,C\nA,1,1,0\nB,0,1,1\nC,0,0,1\n");
    Run r = run("analyze", irm.toString(), "-f", "JSON");
    assertEquals(0, r.code, r::toString);
    JsonObject j = r.json();
    assertEquals("reachability", j.get("input").getAsString());
    assertEquals(List.of("111", "011", "001"), strings(j.get("reachability")));
  }

  @Test
  void anUnknownRelationIsOneLineWithFileLineAndColumnAndExitCodeTwo() throws IOException {
    Path bad = write("bad.tsv", BAD);
    assertOneLineError(run("analyze", bad.toString(), "--format", "json"), 2,
        bad + ":2:4: unknown relation 'Q' in cell (A, C) (expected V, A, X or O)");
  }

  @Test
  void aMissingFileIsOneLine() {
    String missing = dir.resolve("nope.tsv").toString();
    assertOneLineError(run("analyze", missing), 2, missing + ": no such file");
  }

  @Test
  void aDirectoryIsOneLine() {
    assertOneLineError(run("analyze", dir.toString()), 2, dir + ": is a directory");
  }

  @Test
  void theBankingExampleIsOneCycleOfSeventeenFactorsOnOneLevel() {
    Run r = run("analyze", "--example", "banking-17", "--format", "json");
    assertEquals(0, r.code, r::toString);
    JsonObject j = r.json();
    List<String> factors = strings(j.get("factors"));
    assertEquals(17, factors.size());
    assertEquals(1, j.getAsJsonArray("levels").size());
    assertEquals(factors, strings(j.getAsJsonArray("levels").get(0)));
    for (String row : strings(j.get("reachability"))) {
      assertEquals("1".repeat(17), row);
    }
    assertEquals(Collections.nCopies(17, 17), intList(j.get("drivingPower")));
    assertEquals(Collections.nCopies(17, 17), intList(j.get("dependencePower")));
    assertEquals(Collections.nCopies(17, "linkage"), strings(j.getAsJsonObject("micmac").get("clusters")));
    assertEquals(List.of(factors), List.of(strings(j.getAsJsonArray("cycles").get(0))));
    assertEquals("Motivation", strings(j.get("names")).get(7));
    // 153 ones in the IRM (diagonal included), so 289 - 153 transitive links
    assertEquals(289 - 153, j.getAsJsonArray("transitiveLinks").size());
  }

  private static List<Integer> intList(JsonElement e) {
    List<Integer> out = new ArrayList<>();
    for (JsonElement x : e.getAsJsonArray()) {
      out.add(x.getAsInt());
    }
    return out;
  }

  @Test
  void theBankingExampleAsTextSaysWhyThereIsOneLevel() {
    Run r = run("analyze", "--example", "banking-17");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.contains(
        "all 17 factors form one cycle: every factor reaches every other, so all share level 1"), r.out);
    assertTrue(r.out.contains("Motivation"), r.out);
    assertTrue(r.out.contains("adds 136 transitive links (1*)"), r.out);
    for (String line : r.out.split("\n")) {
      assertTrue(line.length() <= 100, line);
    }
  }

  @Test
  void theBankingExampleAsMarkdown() {
    Run r = run("analyze", "--example", "banking-17", "--format", "markdown");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.startsWith("# ISM analysis of banking-17\n"), r.out);
    assertTrue(r.out.contains("| 8 | Motivation |"), r.out);
  }

  @Test
  void namesFromATableAreShown() throws IOException {
    Path chain = write("chain.tsv", CHAIN);
    Path names = write("names.csv", "id,name\nA,Alpha\nC,\"Gamma, the last\"\n");
    Run r = run("analyze", chain.toString(), "--names", names.toString(), "--format", "json");
    assertEquals(0, r.code, r::toString);
    assertEquals(List.of("Alpha", "B", "Gamma, the last"), strings(r.json().get("names")));
    Run text = run("analyze", chain.toString(), "--names", names.toString());
    assertTrue(text.out.contains("Gamma, the last"), text.out);
  }

  @Test
  void aNamesTableWithAnUnknownLabelIsOneLineWithItsPosition() throws IOException {
    Path chain = write("chain.tsv", CHAIN);
    Path names = write("names.tsv", "id\tname\nA\tAlpha\nZ\tZeta\n");
    assertOneLineError(run("analyze", chain.toString(), "--names", names.toString()), 2,
        names + ":3:1: unknown factor 'Z' (the model has no factor with this label)");
  }

  @Test
  void theSplitRuleIsAnOption() throws IOException {
    Path chain = write("chain.tsv", CHAIN);
    Run r = run("analyze", chain.toString(), "--split-rule", "median", "--format", "json");
    assertEquals(0, r.code, r::toString);
    JsonObject micmac = r.json().getAsJsonObject("micmac");
    assertEquals("median", micmac.get("splitRule").getAsString());
    assertEquals(2, micmac.get("drivingThreshold").getAsInt());
    // strong means > 2: A (3) drives, C (3) depends, B (2, 2) is weak on both axes
    assertEquals(List.of("independent", "autonomous", "dependent"), strings(micmac.get("clusters")));
    Run text = run("analyze", chain.toString(), "--split-rule", "mean");
    assertTrue(text.out.contains("split rule mean: a power is strong when > 2 (ties are weak)"), text.out);
  }

  @Test
  void aBadSplitRuleIsAUsageError() throws IOException {
    Path chain = write("chain.tsv", CHAIN);
    Run r = run("analyze", chain.toString(), "--split-rule", "quartile");
    assertEquals(2, r.code, r::toString);
    assertTrue(r.err.startsWith("Invalid value for option '--split-rule': unknown split rule 'quartile' "
        + "(expected n/2, median or mean)"), r.err);
  }

  @Test
  void tooManyFactorsIsOneLine() throws IOException {
    Path chain = write("chain.tsv", CHAIN);
    Run r = run("analyze", chain.toString(), "--max-factors", "2");
    assertEquals(2, r.code, r::toString);
    assertEquals(1, r.err.lines().count(), r::toString);
    assertTrue(r.err.startsWith(chain + ":"), r.err);
    assertEquals("", r.out);
  }

  @Test
  void theOutputOptionWritesAFile() throws IOException {
    Path chain = write("chain.tsv", CHAIN);
    Path report = dir.resolve("report.md");
    Run r = run("analyze", chain.toString(), "--format", "markdown", "-o", report.toString());
    assertEquals(0, r.code, r::toString);
    assertEquals("", r.out);
    assertTrue(Files.readString(report).contains("| **A** | 1 | 1 | 1* |"));
  }

  @Test
  void anUnwritableOutputIsOneLine() throws IOException {
    Path chain = write("chain.tsv", CHAIN);
    Path report = dir.resolve("no-such-dir").resolve("report.txt");
    assertOneLineError(run("analyze", chain.toString(), "-o", report.toString()), 2,
        report + ": cannot write (no such directory)");
  }

  @Test
  void standardInputIsReadForADash() {
    CommandLine cl = Main.commandLine();
    AnalyzeCommand analyze = cl.getSubcommands().get("analyze").getCommand();
    analyze.stdin = new ByteArrayInputStream(BAD.getBytes(StandardCharsets.UTF_8));
    assertOneLineError(run(cl, "analyze", "-"), 2,
        "<stdin>:2:4: unknown relation 'Q' in cell (A, C) (expected V, A, X or O)");

    cl = Main.commandLine();
    analyze = cl.getSubcommands().get("analyze").getCommand();
    analyze.stdin = new ByteArrayInputStream(CHAIN.getBytes(StandardCharsets.UTF_8));
    Run r = run(cl, "analyze", "-", "--format", "json");
    assertEquals(0, r.code, r::toString);
    assertEquals("<stdin>", r.json().get("source").getAsString());
  }

  @Test
  void anUnknownExampleIsOneLineNamingTheAvailableOnes() {
    assertOneLineError(run("analyze", "--example", "banking-18"), 2,
        "ism analyze: unknown example 'banking-18' (available: banking-17, kumar-2014)");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
    Run r = run("analyze", "--frobnicate", "x.tsv");
    assertEquals(2, r.code, r::toString);
    assertTrue(r.err.startsWith("Unknown option: '--frobnicate'"), r.err);
    assertEquals(1, r.err.lines().count(), "a usage error is one line, not the usage: " + r.err);
    assertTrue(r.err.strip().endsWith("(see 'ism analyze --help')"), r.err);
  }

  @Test
  void fileAndExampleTogetherOrNeitherAreUsageErrors() {
    Run both = run("analyze", "x.tsv", "--example", "banking-17");
    assertEquals(2, both.code, both::toString);
    assertTrue(both.err.startsWith("Give either FILE or --example, not both"), both.err);
    Run neither = run("analyze");
    assertEquals(2, neither.code, neither::toString);
    assertTrue(neither.err.startsWith("Missing FILE"), neither.err);
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = run();
    assertEquals(2, r.code, r::toString);
    assertEquals("Missing command (see 'ism --help')" + System.lineSeparator(), r.err);
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("--help");
    assertEquals(0, help.code, help::toString);
    assertTrue(help.out.contains("analyze"), help.out);
    Run analyzeHelp = run("analyze", "--help");
    assertEquals(0, analyzeHelp.code);
    for (String option : List.of("--example", "--format", "--names", "--split-rule", "--max-factors",
        "--output", "banking-17")) {
      assertTrue(analyzeHelp.out.contains(option), option + " in\n" + analyzeHelp.out);
    }
    Run helpCommand = run("help", "analyze");
    assertEquals(0, helpCommand.code);
    assertEquals(analyzeHelp.out, helpCommand.out);
    Run version = run("--version");
    assertEquals(0, version.code);
    assertTrue(version.out.startsWith("ism4j "), version.out);
  }

  /** A command that fails unexpectedly, to check the internal-error path. */
  @Command(name = "boom")
  static final class Boom extends IsmCommand {
    @Override
    int run() {
      throw new IllegalStateException("kaput");
    }
  }

  @Test
  void anInternalErrorIsOneLineWithExitCodeOneAndDebugAddsTheTrace() {
    CommandLine cl = Main.commandLine().addSubcommand(new Boom());
    Run r = run(cl, "boom");
    assertEquals(1, r.code, r::toString);
    assertEquals("ism boom: internal error: java.lang.IllegalStateException: kaput "
        + "(run with --debug for the stack trace)" + System.lineSeparator(), r.err);
    Run debug = run(Main.commandLine().addSubcommand(new Boom()), "boom", "--debug");
    assertEquals(1, debug.code);
    assertTrue(debug.err.contains("\tat "), debug.err);
    assertFalse(r.err.contains("\tat "));
  }
}
