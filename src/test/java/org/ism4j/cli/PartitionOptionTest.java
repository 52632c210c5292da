package org.ism4j.cli;

import static org.ism4j.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --partition}: worked by hand on A → B → C and D → C. Result-first: C 1, B and D 2,
 * A 3. Cause-first (numbered from the top): C 1, B 2, A and D 3. D is movable over levels 2–3; A,
 * B, C lie on the longest chain and are fixed.
 */
class PartitionOptionTest {
  static final String MODEL = "\tA\tB\tC\tD\n"
      + "A\t\tV\tO\tO\n"
      + "B\t\t\tV\tO\n"
      + "C\t\t\t\tA\n"
      + "D\t\t\t\t\n";

  @TempDir
  Path dir;

  private String model() throws IOException {
    Path p = dir.resolve("model.tsv");
    Files.writeString(p, MODEL, StandardCharsets.UTF_8);
    return p.toString();
  }

  private static String json(JsonObject j, String key) {
    return new Gson().toJson(j.get(key));
  }

  @Test
  void jsonNamesTheRuleAndCauseFirstLevelsAreNumberedFromTheTop() throws IOException {
    JsonObject rf = run("analyze", model(), "--format", "json").json();
    assertEquals("\"result-first\"", json(rf, "partition"));
    assertEquals("[[\"C\"],[\"B\",\"D\"],[\"A\"]]", json(rf, "levels"));
    JsonObject cf = run("analyze", model(), "--format", "json", "--partition", "cause-first").json();
    assertEquals("\"cause-first\"", json(cf, "partition"));
    assertEquals("[[\"C\"],[\"B\"],[\"A\",\"D\"]]", json(cf, "levels"));
    assertEquals("[3,2,1,3]", json(cf, "level"));
    assertEquals(null, cf.get("movable"));
  }

  @Test
  void adversarialJsonKeepsResultFirstLevelsAndAddsCauseFirstAndMovable() throws IOException {
    JsonObject j = run("analyze", model(), "--format", "json", "--partition", "Adversarial").json();
    assertEquals("\"adversarial\"", json(j, "partition"));
    assertEquals("[[\"C\"],[\"B\",\"D\"],[\"A\"]]", json(j, "levels"));
    assertEquals("[3,2,1,2]", json(j, "level"));
    assertEquals("[[\"C\"],[\"B\"],[\"A\",\"D\"]]", json(j, "levelsCauseFirst"));
    assertEquals("[\"D\"]", json(j, "movable"));
  }

  @Test
  void causeFirstIterationTablesFollowTheRuleAndNameIt() throws IOException {
    MainTest.Run r = run("analyze", model(), "--partition", "cause-first");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.contains("  the factors not yet assigned; level when R(i) ∩ A(i) = A(i) (cause-first: the\n"
        + "  bottom level first; levels are numbered from the top)\n"), r.out);
    assertTrue(r.out.contains("  Iteration 1 (level 3)\n"), r.out);
    assertTrue(r.out.contains("  Iteration 3 (level 1)\n"), r.out);
    assertTrue(r.out.contains("  levels by the cause-first rule R(i) ∩ A(i) = A(i), numbered from the top\n"),
        r.out);
    MainTest.Run md = run("analyze", model(), "--partition", "cause-first", "--format", "markdown");
    assertTrue(md.out.contains("### Iteration 1 (level 3)\n"), md.out);
    assertTrue(md.out.contains("R(i) ∩ A(i) = A(i) (cause-first"), md.out);
  }

  @Test
  void adversarialTextPutsBothLevelsSideBySide() throws IOException {
    MainTest.Run r = run("analyze", model(), "--partition", "adversarial");
    assertEquals(0, r.code, r::toString);
    String section = r.out.substring(r.out.indexOf("\nLevels: result-first and cause-first\n"));
    assertEquals("""

        Levels: result-first and cause-first
        ------------------------------------
          result-first: R(i) ∩ A(i) = R(i), top level first (Warfield); cause-first: R(i) ∩ A(i) = A(i),
          bottom level first; both numbered from the top. A fixed factor is on the same level under both
          rules (it lies on a longest chain); a movable one can be put on any level between the two.

          factor  result-first  cause-first
          ------  ------------  -----------  --------------------
          A                  3            3  fixed
          B                  2            2  fixed
          C                  1            1  fixed
          D                  2            3  movable (levels 2–3)

          3 of 4 factors fixed, 1 movable, over 3 levels.
        """, section);
  }

  @Test
  void adversarialSvgDrawsTheMovableFactorAsAnOrangeDashedBox() throws IOException {
    MainTest.Run r = run("analyze", model(), "--partition", "adversarial", "--format", "svg");
    assertEquals(0, r.code, r::toString);
    assertEquals(1, r.out.split("class=\"node movable\"", -1).length - 1, r.out);
    assertTrue(r.out.contains("<title>D (level 2, cause-first level 3: movable over levels 2–3)</title>"), r.out);
    assertTrue(r.out.contains("stroke=\"#c2410c\" stroke-width=\"1.8\" stroke-dasharray=\"6,3\""), r.out);
    assertTrue(r.out.contains(">An arrow a → b: a influences b. Orange dashed box:<"), r.out);
    MainTest.Run plain = run("analyze", model(), "--format", "svg");
    assertTrue(!plain.out.contains("movable"), plain.out);
  }

  @Test
  void anUnknownPartitionIsAUsageError() throws IOException {
    MainTest.Run r = run("analyze", model(), "--partition", "bottom-up");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("unknown partition 'bottom-up' (expected result-first, cause-first or "
        + "adversarial)"), r.err);
  }
}
