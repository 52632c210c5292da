package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ism micmac --method indirect|fuzzy} and {@code ism dematel}, run in process. */
class WeightedCommandsTest {
  private static final String DIR = "src/test/resources/weighted/";

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void indirectJsonHasTheContractKeysAndExactIntegers() {
    Run r = run("micmac", DIR + "godet.tsv", "--method", "indirect", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    for (String key : new String[] {"factors", "method", "splitRule", "clusters", "power", "stable", "direct",
        "indirect", "rankShift"}) {
      assertTrue(o.has(key), key);
    }
    assertEquals("indirect", o.get("method").getAsString());
    assertEquals("mean", o.get("splitRule").getAsString());
    assertEquals(4, o.get("power").getAsInt()); // the hand-worked example of WeightedExamplesTest
    assertEquals("[4,3,2]", o.getAsJsonObject("indirect").get("influence").toString());
    assertEquals("[3,4,2]", o.getAsJsonObject("indirect").get("dependence").toString());
  }

  @Test
  void fuzzyJsonHasTheContractKeys() {
    Run r = run("micmac", DIR + "fuzzy.tsv", "--method", "fuzzy", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    for (String key : new String[] {"factors", "method", "splitRule", "clusters", "iterations", "stable", "period",
        "drivingPower", "dependencePower", "history"}) {
      assertTrue(o.has(key), key);
    }
    assertEquals(o.get("iterations").getAsInt(), o.getAsJsonArray("history").size());
  }

  @Test
  void directJsonIsTheBinaryMicmac() {
    Run r = run("micmac", "--example", "banking-17", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals("direct", o.get("method").getAsString());
    assertEquals("n/2", o.get("splitRule").getAsString());
    assertEquals(17, o.getAsJsonArray("clusters").size());
  }

  @Test
  void dematelJsonHoldsTheIsmKeysAndTheDematelKeys() {
    Run r = run("dematel", DIR + "expert1.tsv", DIR + "expert2.tsv", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
    for (String key : new String[] {"factors", "experts", "normalization", "total", "prominence", "relation",
        "threshold", "levels", "reachability", "drivingPower", "dependencePower", "micmac"}) {
      assertTrue(o.has(key), key);
    }
    assertEquals(2, o.get("experts").getAsInt());
    // mean of a→b (4, 2) and so on: row sums 4.5, 2.5, 1; column sums 0.5, 5, 4 → s = 5
    assertEquals(5, o.get("normalization").getAsInt());
    assertEquals("mean", o.getAsJsonObject("threshold").get("rule").getAsString());
  }

  @Test
  void dematelTsvPipesIntoAnalyze() {
    Run r = run("dematel", DIR + "expert1.tsv", DIR + "expert2.tsv", "--format", "tsv");
    assertEquals(0, r.code(), r.err());
    assertEquals("\ta\tb\tc\na\t1\t1\t1\nb\t0\t1\t1\nc\t0\t1\t1\n", r.out());
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(new StringWriter()));
    AnalyzeCommand analyze = cl.getSubcommands().get("analyze").getCommand();
    analyze.stdin = new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8));
    assertEquals(0, cl.execute("analyze", "-", "--format", "json"));
    assertTrue(out.toString().contains("\"input\": \"reachability\""), out.toString());
  }

  @Test
  void badCellsArePositionedErrorsWithExitCode2() {
    Run r = run("micmac", DIR + "expert1.tsv", "--method", "indirect", "--scale", "godet");
    assertEquals(2, r.code());
    assertEquals(DIR + "expert1.tsv:2:3: weight '4' is not on the godet scale (expected an integer 0 to 3 or P)\n",
        r.err());
  }

  @Test
  void fuzzyRefusesWeightsAboveOne() {
    Run r = run("micmac", DIR + "expert1.tsv", "--method", "fuzzy");
    assertEquals(2, r.code());
    assertEquals(DIR + "expert1.tsv: fuzzy MICMAC needs weights from 0 to 1, and weight (a, b) is 4.0 (dematel"
        + " scale)\n", r.err());
  }

  @Test
  void weightedMethodsRefuseTheHalfNSplit() {
    Run r = run("micmac", DIR + "godet.tsv", "--method", "indirect", "--split-rule", "n/2");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("--split-rule n/2 splits counts of factors"), r.err());
  }

  @Test
  void svgFormatsAreWellFormedDocuments() throws Exception {
    String[][] cases = {
        {"micmac", DIR + "godet-p.tsv", "--method", "indirect", "--format", "svg"},
        {"micmac", DIR + "fuzzy.tsv", "--method", "fuzzy", "--format", "svg"},
        {"dematel", DIR + "expert1.tsv", DIR + "expert2.tsv", "--format", "svg"}};
    for (String[] c : cases) {
      Run r = run(c);
      assertEquals(0, r.code(), r.err());
      javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
      assertTrue(r.out().contains("class=\"point\""), String.join(" ", c));
    }
  }
  /**
   * Experts that cannot be averaged are named by their files as given, the first one too (the
   * message used to be the library's "expert 2 … expert 1" with the numbers replaced).
   */
  @Test
  void dematelNamesTheFilesThatCannotBeAveraged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    String other = java.nio.file.Files.writeString(dir.resolve("other.tsv"),
        "\ta\tb\tx\na\t-\t1\t2\nb\t1\t-\t3\nx\t0\t1\t-\n").toString();
    Run r = run("dematel", DIR + "expert1.tsv", DIR + "expert2.tsv", other);
    assertEquals(2, r.code, r::toString);
    assertEquals("ism dematel: expert '" + other + "' names different factors from expert '" + DIR
        + "expert1.tsv': factor 3 is 'x', expected 'c'\n", r.err);
    r = run("dematel", DIR + "godet.tsv", DIR + "godet-p.tsv", "--scale", "godet");
    assertEquals(2, r.code, r::toString);
    assertEquals("ism dematel: expert '" + DIR + "godet-p.tsv' has potential links (P), which cannot be averaged\n",
        r.err);
  }
}
