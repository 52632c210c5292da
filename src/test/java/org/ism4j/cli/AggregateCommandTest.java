package org.ism4j.cli;

import static org.ism4j.cli.MainTest.assertOneLineError;
import static org.ism4j.cli.MainTest.run;
import static org.ism4j.cli.MainTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ism4j.panel.AggregationRule;
import org.ism4j.panel.Panel;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ism aggregate} on the five-expert example and on small panels. */
class AggregateCommandTest {
  private static final List<String> PANEL = List.of("examples/panel-5/expert-1.tsv",
      "examples/panel-5/expert-2.tsv", "examples/panel-5/expert-3.tsv",
      "examples/panel-5/expert-4.tsv", "examples/panel-5/expert-5.tsv");

  @TempDir
  Path dir;

  private static String[] args(List<String> files, String... options) {
    List<String> a = new ArrayList<>();
    a.add("aggregate");
    a.addAll(files);
    a.addAll(List.of(options));
    return a.toArray(new String[0]);
  }

  private static Panel panel() throws IOException {
    Panel.Builder b = Panel.builder();
    for (String f : PANEL) {
      b.expert(Path.of(f).getFileName().toString(), Ssim.parse(Path.of(f)));
    }
    return b.build();
  }

  @Test
  void jsonHasTheContractKeys() throws IOException {
    MainTest.Run r = run(args(PANEL, "--format", "json", "--stability", "200", "--seed", "5"));
    assertEquals(0, r.code, r::toString);
    assertEquals("", r.err);
    JsonObject j = r.json();
    List<String> factors = strings(j.get("factors"));
    assertEquals(8, factors.size());
    assertEquals(List.of("expert-1.tsv", "expert-2.tsv", "expert-3.tsv", "expert-4.tsv",
        "expert-5.tsv"), strings(j.get("experts")));
    assertEquals("majority", j.get("rule").getAsString());
    Ssim expected = panel().aggregate();
    JsonArray ssim = j.getAsJsonArray("ssim");
    assertEquals(8, ssim.size());
    for (int i = 0; i < 8; i++) {
      List<String> row = strings(ssim.get(i));
      assertEquals(8, row.size());
      for (int k = 0; k < 8; k++) {
        assertEquals(k > i ? String.valueOf(expected.relation(i, k).symbol()) : "", row.get(k));
      }
    }
    double kappa = panel().agreement(AggregationRule.majority()).fleissKappa();
    assertEquals(kappa, j.get("fleissKappa").getAsDouble(), 1e-12);
    assertEquals("substantial", j.get("kappaReading").getAsString());
    JsonArray agreement = j.getAsJsonArray("agreement");
    assertEquals(28, agreement.size());
    JsonObject first = agreement.get(0).getAsJsonObject();
    for (String key : List.of("from", "to", "symbol", "share", "counts", "tied")) {
      assertTrue(first.has(key), key);
    }
    JsonObject counts = first.getAsJsonObject("counts");
    assertEquals(5, counts.get("V").getAsInt() + counts.get("A").getAsInt()
        + counts.get("X").getAsInt() + counts.get("O").getAsInt());
    JsonArray experts = j.getAsJsonArray("expertAgreement");
    assertEquals("expert-1.tsv", experts.get(0).getAsJsonObject().get("expert").getAsString());
    assertEquals(27.0 / 28, experts.get(0).getAsJsonObject().get("agreement").getAsDouble(), 1e-12);
    double previous = 0;
    for (JsonElement c : j.getAsJsonArray("contested")) {
      double share = c.getAsJsonObject().get("share").getAsDouble();
      assertTrue(share >= previous && share < 1);
      previous = share;
    }
    JsonObject stability = j.getAsJsonObject("stability");
    assertEquals(200, stability.get("resamples").getAsInt());
    assertEquals(5, stability.get("seed").getAsLong());
    double identical = stability.get("identicalLevels").getAsDouble();
    assertTrue(identical >= 0 && identical <= 1);
    JsonArray fs = stability.getAsJsonArray("factors");
    assertEquals(8, fs.size());
    JsonObject adoption = fs.get(7).getAsJsonObject();
    assertEquals("Adoption", adoption.get("factor").getAsString());
    assertEquals(1, adoption.get("level").getAsInt());
    assertEquals(1.0, adoption.get("stability").getAsDouble());
    assertEquals(200, adoption.getAsJsonObject("levelCounts").get("1").getAsInt());
    JsonArray loo = stability.getAsJsonArray("leaveOneOut");
    assertEquals(5, loo.size());
    assertEquals(List.of("Awareness"), strings(loo.get(0).getAsJsonObject().get("changedFactors")));
    assertEquals(List.of(), strings(loo.get(1).getAsJsonObject().get("changedFactors")));
  }

  @Test
  void theSameSeedGivesTheSameOutput() {
    String[] a = args(PANEL, "--stability", "300", "--seed", "9", "--rule", "mode");
    assertEquals(run(a).out, run(a).out);
  }

  @Test
  void tsvIsTheAggregatedSsimWhichAnalyzeReadsFromStandardInput() throws IOException {
    MainTest.Run r = run(args(PANEL, "--format", "tsv", "--rule", "threshold=0.6"));
    assertEquals(0, r.code, r::toString);
    assertEquals(panel().aggregate(AggregationRule.threshold(0.6)).toTsv(), r.out);

    CommandLine cl = Main.commandLine();
    AnalyzeCommand analyze = cl.getSubcommands().get("analyze").getCommand();
    analyze.stdin = new ByteArrayInputStream(r.out.getBytes(StandardCharsets.UTF_8));
    MainTest.Run analyzed = run(cl, "analyze", "-", "--format", "json");
    assertEquals(0, analyzed.code, analyzed::toString);
    assertEquals(8, strings(analyzed.json().get("factors")).size());
  }

  @Test
  void textAndMarkdownHaveEverySection() {
    MainTest.Run text = run(args(PANEL, "--stability", "100"));
    assertEquals(0, text.code, text::toString);
    for (String s : List.of("Aggregated SSIM (majority)", "Fleiss' kappa 0.740: substantial agreement",
        "Landis & Koch 1977", "Contested cells", "Awareness – Trust", "expert-4.tsv", "Stability of the levels",
        "Leave one expert out", "Awareness (2 → 3)")) {
      assertTrue(text.out.contains(s), s + "\n" + text.out);
    }
    for (String line : text.out.split("\n")) {
      assertTrue(line.codePointCount(0, line.length()) <= 100, line);
    }
    MainTest.Run md = run(args(PANEL, "--format", "md", "--stability", "100"));
    assertEquals(0, md.code, md::toString);
    for (String s : List.of("# Expert panel: 5 experts, 8 factors", "## Aggregated SSIM (majority)",
        "| 1 | Awareness |  | O |", "### Contested cells", "## Stability of the levels",
        "### Leave one expert out")) {
      assertTrue(md.out.contains(s), s + "\n" + md.out);
    }
  }

  @Test
  void oneExpertIsAClearErrorWithExitCodeTwo() {
    assertOneLineError(run("aggregate", PANEL.get(0)), 2, "ism aggregate: a panel needs at least two "
        + "experts' SSIMs, got one (examples/panel-5/expert-1.tsv); give one file per expert, or "
        + "--all-sheets for a workbook");
  }

  @Test
  void badInputIsFileLineColumn() throws IOException {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, MainTest.BAD);
    assertOneLineError(run("aggregate", PANEL.get(0), bad.toString()), 2,
        bad + ":2:4: unknown relation 'Q' in cell (A, C) (expected V, A, X or O)");
  }

  @Test
  void differentFactorsNameTheExpertAndTheLabel() throws IOException {
    Path a = dir.resolve("a.tsv");
    Path b = dir.resolve("b.tsv");
    Files.writeString(a, MainTest.CHAIN);
    Files.writeString(b, "\tA\tB\tD\nA\t\tV\tO\nB\t\t\tV\nD\t\t\t\n");
    assertOneLineError(run("aggregate", a.toString(), b.toString()), 2,
        b + ": expert 'b.tsv' has no factor 'C' (expert 'a.tsv' has it)");
  }

  @Test
  void anUnknownRuleIsAUsageError() {
    MainTest.Run r = run(args(PANEL, "--rule", "threshold=2"));
    assertEquals(2, r.code, r::toString);
    assertTrue(r.err.contains("threshold must be in (0, 1], got 2 in rule 'threshold=2'"), r.err);
  }

  @Test
  void expertsSharingAFileNameAreNamedByTheirPaths() {
    assertEquals(List.of("x/e.tsv", "y/e.tsv", "f.tsv", "<stdin>"),
        AggregateCommand.expertNames(List.of("x/e.tsv", "y/e.tsv", "z/f.tsv", "-")));
  }
}
