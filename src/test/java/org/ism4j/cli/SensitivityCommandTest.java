package org.ism4j.cli;

import static org.ism4j.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ism sensitivity} and {@code ism whatif}. */
class SensitivityCommandTest {
  /** A → B → C → D. */
  static final String CHAIN = "\tA\tB\tC\tD\n"
      + "A\t\tV\tO\tO\n"
      + "B\t\t\tV\tO\n"
      + "C\t\t\t\tV\n"
      + "D\t\t\t\t\n";

  @TempDir
  Path dir;

  private String chain() throws IOException {
    Path p = dir.resolve("chain.tsv");
    Files.writeString(p, CHAIN, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void jsonListsEveryCellWithItsThreeAlternatives() throws IOException {
    MainTest.Run r = run("sensitivity", chain(), "--format", "json");
    assertEquals(0, r.code, r::toString);
    JsonObject j = r.json();
    assertEquals("[\"A\",\"B\",\"C\",\"D\"]", new Gson().toJson(j.get("factors")));
    JsonArray cells = j.getAsJsonArray("cells");
    assertEquals(6, cells.size());
    JsonObject ab = cells.get(0).getAsJsonObject();
    assertEquals("A", ab.get("from").getAsString());
    assertEquals("B", ab.get("to").getAsString());
    assertEquals("V", ab.get("symbol").getAsString());
    assertEquals("[{\"symbol\":\"A\",\"movedFactors\":[\"A\"],\"levelCount\":3,\"cyclesChanged\":false},"
        + "{\"symbol\":\"X\",\"movedFactors\":[\"A\"],\"levelCount\":3,\"cyclesChanged\":true},"
        + "{\"symbol\":\"O\",\"movedFactors\":[\"A\"],\"levelCount\":3,\"cyclesChanged\":false}]",
        new Gson().toJson(ab.get("alternatives")));
    assertEquals(4, j.getAsJsonArray("firmness").size());
    assertEquals("{\"factor\":\"D\",\"level\":1,\"movingChanges\":1}",
        new Gson().toJson(j.getAsJsonArray("firmness").get(3)));
    JsonObject first = j.getAsJsonArray("pivotal").get(0).getAsJsonObject();
    assertEquals("C", first.get("from").getAsString());
    assertEquals("A", first.get("alternative").getAsString());
    assertEquals(4, first.getAsJsonArray("movedFactors").size());
  }

  @Test
  void topLimitsThePivotalJudgements() throws IOException {
    MainTest.Run r = run("sensitivity", chain(), "--top", "2");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.contains("The top 2 of 6 cells whose change moves a factor"), r.out);
    assertEquals(1, run("sensitivity", chain(), "--format", "json", "--top", "1").json()
        .getAsJsonArray("pivotal").size());
    assertEquals(2, run("sensitivity", chain(), "--top", "-1").code);
  }

  @Test
  void markdownHasTheThreeSections() throws IOException {
    MainTest.Run r = run("sensitivity", chain(), "--format", "md");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.contains("## Pivotal judgements"), r.out);
    assertTrue(r.out.contains("| factor | level | moving changes |"), r.out);
    assertTrue(r.out.contains("## Robust judgements"), r.out);
  }

  @Test
  void bankingSeventeenHasNoPivotalJudgement() {
    MainTest.Run r = run("sensitivity", "--example", "banking-17");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.contains("None: no single change of any judgement moves a factor."), r.out);
    assertTrue(r.out.contains("136 of 136 cells: no single change of them alters any level."), r.out);
  }

  @Test
  void whatIfPrintsTheLevelsSideBySide() throws IOException {
    MainTest.Run r = run("whatif", chain(), "--set", "B,C=X");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.contains("B,C=X (was V)"), r.out);
    assertTrue(r.out.contains("  level  before  after\n"
        + "      1  D       D\n"
        + "      2  C       B, C\n"
        + "      3  B       A\n"
        + "      4  A\n"), r.out);
    assertTrue(r.out.contains("Moved: A 4→3, B 3→2."), r.out);
    assertTrue(r.out.contains("Cycles: none before, {B, C} after (changed)."), r.out);
  }

  @Test
  void whatIfJsonHasBeforeAfterAndMoved() throws IOException {
    JsonObject j = run("whatif", chain(), "--set", "C,B=V", "--format", "json").json();
    assertEquals("[[\"D\"],[\"C\"],[\"B\"],[\"A\"]]",
        new Gson().toJson(j.getAsJsonObject("before").get("levels")));
    assertEquals("[[\"B\",\"D\"],[\"A\",\"C\"]]",
        new Gson().toJson(j.getAsJsonObject("after").get("levels")));
    assertEquals("[{\"factor\":\"A\",\"before\":4,\"after\":2},{\"factor\":\"B\",\"before\":3,"
        + "\"after\":1},{\"factor\":\"C\",\"before\":2,\"after\":2}]".replace(
            ",{\"factor\":\"C\",\"before\":2,\"after\":2}", ""),
        new Gson().toJson(j.get("moved")));
  }

  @Test
  void whatIfNamesAnUnknownFactorInOneLine() throws IOException {
    MainTest.Run r = run("whatif", chain(), "--set", "B,Q=X");
    assertEquals(2, r.code, r::toString);
    assertTrue(r.err.contains("--set 'B,Q=X'") || r.err.contains("unknown factor 'Q'"), r.err);
    assertEquals(1, r.err.strip().split("\n").length, r.err);
  }
  /**
   * The two commands share one --format option (values, aliases, refusals, the place in the help)
   * and one --names refusal; the expected texts are what each command printed before they shared
   * them.
   */
  @Test
  void sensitivityAndWhatIfReadTheFormatAndRefuseNamesAlike() throws IOException {
    String model = chain();
    String names = MainTest.class.getSimpleName(); // any name: refused before it is read
    for (String[] cmd : new String[][] {{"sensitivity", model}, {"whatif", model, "--set", "A,B=O"}}) {
      String c = cmd[0];
      String markdown = run(args(cmd, "--format", "markdown")).out;
      assertTrue(markdown.startsWith("# "), markdown);
      assertEquals(markdown, run(args(cmd, "--format", "MD")).out);
      assertEquals(run(cmd).out, run(args(cmd, "-f", "Txt")).out);
      assertEquals('{', run(args(cmd, "--format", "json")).out.charAt(0));
      MainTest.Run bad = run(args(cmd, "--format", "pdf"));
      assertEquals(2, bad.code);
      assertEquals("Invalid value for option '--format': unknown format 'pdf' (expected text, json or"
          + " markdown) (see 'ism " + c + " --help')", bad.err.lines().findFirst().orElse(""));
      MainTest.Run refused = run(args(cmd, "--names", names));
      assertEquals(2, refused.code);
      assertEquals("--names does not apply to " + c + " (its outputs show the labels) (see 'ism " + c
          + " --help')", refused.err.lines().findFirst().orElse(""));
      String help = run(c, "--help").out;
      String option = "  -f, --format=FORMAT     Output format: text, json or markdown (default: text).\n"
          + "  -h, --help              Show this help message and exit.\n";
      assertTrue(help.contains(option), help);
      assertTrue(help.indexOf(c.equals("whatif") ? "--set=FROM,TO=R  " : "--top=N  ")
          < help.indexOf("-f, --format"), help);
    }
  }

  private static String[] args(String[] cmd, String... more) {
    String[] all = java.util.Arrays.copyOf(cmd, cmd.length + more.length);
    System.arraycopy(more, 0, all, cmd.length, more.length);
    return all;
  }
}
