package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ism4j.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  /** A → B → C. */
  static final String CHAIN = MainTest.CHAIN;

  @TempDir
  Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static Path example(String file) {
    return Path.of("examples", "banking-17", file);
  }

  @Test
  void theBankingExampleAsJsonNamesTheCycleOfAll17Factors() {
    Run r = MainTest.run("audit", "--example", "banking-17", "--format", "json");
    assertEquals(0, r.code, r::toString);
    JsonObject o = r.json();
    assertEquals("does-not-reproduce", o.get("verdict").getAsString());
    int cycles = 0;
    for (JsonElement e : o.getAsJsonArray("findings")) {
      JsonObject f = e.getAsJsonObject();
      JsonArray factors = f.getAsJsonArray("factors");
      if (f.get("kind").getAsString().equals("split-cycle")) {
        cycles++;
        assertEquals(17, factors.size());
      }
    }
    assertEquals(1, cycles);
  }

  @Test
  void theKumarExampleAuditsItsThreePublishedTablesAndReproducesWithNoDiagnosis() {
    Run r = MainTest.run("audit", "--example", "kumar-2014", "--format", "json");
    assertEquals(0, r.code, r::toString);
    JsonObject o = r.json();
    assertEquals("reproduces", o.get("verdict").getAsString());
    assertEquals(0, o.getAsJsonArray("diagnosis").size());
    assertEquals("[\"IRM\",\"FRM\",\"levels table\",\"powers table\"]",
        o.getAsJsonObject("published").getAsJsonArray("parts").toString());
    assertEquals("kumar-2014/published-levels.tsv", o.getAsJsonObject("published")
        .getAsJsonObject("sources").get("levels table").getAsString());
  }

  @Test
  void theBankingDiagnosisComesFirstInTheReport() {
    Run r = MainTest.run("audit", "--example", "banking-17");
    assertEquals(0, r.code, r::toString);
    int diagnosis = r.out.indexOf("## Diagnosis\n\n1. `sets-from-irm`: ");
    assertTrue(diagnosis > 0, r.out);
    assertTrue(r.out.indexOf("2. `transposed-cells`: ") > diagnosis, r.out);
    assertTrue(r.out.indexOf("3. `cycle-split`: ") > diagnosis, r.out);
    assertTrue(diagnosis < r.out.indexOf("## Findings"), r.out);
  }

  @Test
  void filesGiveTheSameAuditAsTheExample() {
    Run files = MainTest.run("audit", example("ssim.tsv").toString(), "--published",
        example("published-table2.tsv").toString());
    assertEquals(0, files.code, files::toString);
    assertTrue(files.out.startsWith("# Reproduction audit\n\n**Verdict: does-not-reproduce** (12 findings)."),
        files.out);
    assertTrue(files.out.contains("| 2 | `set-differs` | 4, 13 |"), files.out);
    assertTrue(files.out.contains("## Cycle of 17 factors"));
    Run ex = MainTest.run("audit", "--example", "banking-17");
    assertEquals(files.out.replace("(" + example("published-table2.tsv") + ")", ""),
        ex.out.replace("(banking-17/published-table2.tsv)", ""));
  }

  @Test
  void publishedLevelsThatFollowReproduce() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Path levels = write("levels.tsv", "factor\tlevel\nC\t1\nB\t2\nA\t3\n");
    Run r = MainTest.run("audit", ssim.toString(), "--published-levels", levels.toString(),
        "--format", "json");
    assertEquals(0, r.code, r::toString);
    assertEquals("reproduces", r.json().get("verdict").getAsString());
    assertEquals(0, r.json().getAsJsonArray("findings").size());
  }

  @Test
  void aWrongLevelGivesAFindingAndTheVerdict() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Path levels = write("levels.tsv", "factor\tlevel\nC\t1\nB\t2\nA\t2\n");
    Run r = MainTest.run("audit", ssim.toString(), "--published-levels", levels.toString(),
        "--format", "json");
    assertEquals(0, r.code, r::toString);
    assertEquals("does-not-reproduce", r.json().get("verdict").getAsString());
    JsonObject f = r.json().getAsJsonArray("findings").get(0).getAsJsonObject();
    assertEquals("level-rule", f.get("kind").getAsString());
    assertEquals("A", f.getAsJsonArray("factors").get(0).getAsString());
  }

  @Test
  void htmlGoesToTheOutputFile() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Path frm = write("frm.tsv", "FRM\tA\tB\tC\nA\t1\t1\t0\nB\t0\t1\t1\nC\t0\t0\t1\n");
    Path out = dir.resolve("audit.html");
    Run r = MainTest.run("audit", ssim.toString(), "--published", frm.toString(), "--format", "html",
        "-o", out.toString());
    assertEquals(0, r.code, r::toString);
    assertEquals("", r.out);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(html.contains("reproduces-after-corrections (1 cell)"), html);
    assertTrue(html.contains("frm-missing-link"));
  }

  @Test
  void aMalformedPublishedFileIsOneLineWithItsPosition() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Path levels = write("levels.tsv", "factor\tlevel\nC\t1\nB\tx\n");
    Run r = MainTest.run("audit", ssim.toString(), "--published-levels", levels.toString());
    assertEquals(2, r.code, r::toString);
    assertEquals(levels + ":3:2: level 'x' is not a whole number of at least 1\n", r.err);
    assertEquals("", r.out);
  }

  @Test
  void anUnknownFactorIsOneLineWithItsPosition() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Path sets = write("sets.tsv", "factor\toutput set\tinput set\nA\tB, Z\t\n");
    Run r = MainTest.run("audit", ssim.toString(), "--published", sets.toString());
    assertEquals(2, r.code, r::toString);
    assertEquals(sets + ":2:2: unknown factor 'Z' (the SSIM has no factor of that label or number)\n",
        r.err);
  }

  @Test
  void aMatrixOfTheWrongSizeNamesItsFile() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Path irm = write("irm.tsv", "IRM\tA\tB\nA\t1\t1\nB\t0\t1\n");
    Run r = MainTest.run("audit", ssim.toString(), "--published", irm.toString());
    assertEquals(2, r.code, r::toString);
    assertEquals(irm + ": the published IRM has 2 factors, the SSIM 3\n", r.err);
  }

  @Test
  void aRefusedTableIsNamedByItsOwnFileWhenSeveralAreWrong() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Path frm = write("frm.tsv", "FRM\tA\tB\nA\t1\t1\nB\t0\t1\n");
    Path irm = write("irm.tsv", "IRM\tA\tB\nA\t1\t1\nB\t0\t1\n");
    Run r = MainTest.run("audit", ssim.toString(), "--published", frm.toString(), "--published",
        irm.toString());
    assertEquals(2, r.code, r::toString);
    // the IRM is audited first; its message goes with its file, not with the first file given
    assertEquals(irm + ": the published IRM has 2 factors, the SSIM 3\n", r.err);
  }

  @Test
  void aPartGivenTwiceIsRefused() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Path a = write("a.tsv", "factor\tlevel\nC\t1\nB\t2\nA\t3\n");
    Path b = write("b.tsv", "factor\tlevel\nC\t1\nB\t2\nA\t3\n");
    Run r = MainTest.run("audit", ssim.toString(), "--published", a.toString(),
        "--published-levels", b.toString());
    assertEquals(2, r.code, r::toString);
    assertEquals(b + ": gives the levels table again (" + a + " gave it first)\n", r.err);
  }

  @Test
  void aPublishedFileWithOnlyAHeaderRowIsAnErrorNotAVerdict() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    for (String header : new String[] {"factor\tlevel\n", "factor\tdriving power\tdependence power\n",
        "factor\treachability set\tantecedent set\tintersection\tlevel\n\n\n"}) {
      Path table = write("table.tsv", header);
      for (String format : new String[] {"markdown", "html", "json"}) {
        MainTest.assertOneLineError(MainTest.run("audit", ssim.toString(), "--published",
            table.toString(), "--format", format), 2,
            table + ": nothing to check: the file has a header row and no data");
      }
    }
    Path levels = write("levels.tsv", "factor\tlevel\n");
    MainTest.assertOneLineError(MainTest.run("audit", ssim.toString(), "--published-levels",
        levels.toString()), 2, levels + ": nothing to check: the file has a header row and no data");
  }

  @Test
  void everyPublishedFileWithoutDataIsNamed() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Path powers = write("powers.tsv", "factor\tdriving power\tdependence power\n");
    Path levels = write("levels.tsv", "factor\tlevel\n");
    MainTest.assertOneLineError(MainTest.run("audit", ssim.toString(), "--published",
        powers.toString(), "--published-levels", levels.toString()), 2,
        powers + ", " + levels + ": nothing to check: each file has a header row and no data");
    // a file that adds nothing is a mistake even when another file has data
    Path good = write("good.tsv", "factor\tlevel\nC\t1\nB\t2\nA\t3\n");
    MainTest.assertOneLineError(MainTest.run("audit", ssim.toString(), "--published",
        powers.toString(), "--published-levels", good.toString()), 2,
        powers + ": nothing to check: the file has a header row and no data");
  }

  @Test
  void publishedTablesAreRequired() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Run r = MainTest.run("audit", ssim.toString());
    assertEquals(2, r.code, r::toString);
    assertTrue(r.err.startsWith("Missing published tables: give --published FILE or"
        + " --published-levels FILE"), r.err);
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    Path ssim = write("chain.tsv", CHAIN);
    Run r = MainTest.run("audit", ssim.toString(), "--published-levels", ssim.toString(),
        "--format", "pdf");
    assertEquals(2, r.code, r::toString);
    assertTrue(r.err.contains("unknown format 'pdf' (expected markdown, html, json or xlsx)"), r.err);
  }
}
