package org.ism4j.cli;

import static org.ism4j.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ism tism} on the hand-worked examples/tism-5 (see its NOTES.md). */
class TismCommandTest {
  static final String D = "examples/tism-5/";
  static final String[] ARGS = {"tism", D + "ssim.tsv", "--interpretations", D + "interpretations.tsv",
      "--significant", D + "significant.tsv"};

  @TempDir
  Path dir;

  private static MainTest.Run tism(String format) {
    String[] args = java.util.Arrays.copyOf(ARGS, ARGS.length + 2);
    args[ARGS.length] = "--format";
    args[ARGS.length + 1] = format;
    return run(args);
  }

  @Test
  void jsonListsEveryLinkWithKindInterpretationViaAndSignificance() {
    MainTest.Run r = tism("json");
    assertEquals(0, r.code, r::toString);
    JsonObject j = r.json();
    assertEquals("[\"Leadership\",\"Training\",\"Skills\",\"Quality\",\"Budget\"]", new Gson().toJson(j.get("factors")));
    assertEquals("[[\"Quality\"],[\"Skills\"],[\"Training\",\"Budget\"],[\"Leadership\"]]", new Gson().toJson(j.get("levels")));
    assertEquals(8, j.getAsJsonArray("links").size());
    assertEquals("{\"from\":\"Leadership\",\"to\":\"Quality\",\"kind\":\"transitive\",\"interpretation\":\"\","
        + "\"via\":[\"Training\",\"Skills\"],\"significant\":false}",
        new Gson().toJson(j.getAsJsonArray("links").get(2)));
    assertEquals("{\"from\":\"Training\",\"to\":\"Quality\",\"kind\":\"transitive\",\"interpretation\":"
        + "\"trained staff follow the quality procedures\",\"via\":[\"Skills\"],\"significant\":true}",
        new Gson().toJson(j.getAsJsonArray("links").get(4)));
    assertEquals(D + "interpretations.tsv: warning: direct link Budget → Skills has no interpretation\n",
        r.err.replace("\r\n", "\n"));
  }

  @Test
  void theInterpretiveMatrixAsCsvAndMarkdown() {
    assertEquals(",Leadership,Training,Skills,Quality,Budget\r\n"
        + "Leadership,,leaders fund and schedule training,via Training,,\r\n"
        + "Training,,,courses build skills,via Skills,\r\n"
        + "Skills,,,,skilled staff make fewer errors,\r\n"
        + "Quality,,,,,\r\n"
        + "Budget,,,,,\r\n", tism("csv").out);
    String md = tism("markdown").out;
    assertTrue(md.contains("| Leadership | Quality | Leadership → Training → Skills → Quality | no |  |\n"), md);
    assertTrue(md.contains("| Leadership | — | leaders fund and schedule training | via Training |  |  |\n"), md);
    assertTrue(tism("html").out.contains("<td>via Skills</td>"));
  }

  @Test
  void theDigraphFormatsDrawDirectLinksSolidAndKeptTransitiveLinksDashed() {
    String dot = tism("dot").out;
    assertTrue(dot.contains("  \"Training\" -> \"Quality\" [label=\"via Skills: trained staff follow the "
        + "quality procedures\", style=dashed];\n"), dot);
    assertTrue(!dot.contains("\"Leadership\" -> \"Quality\""), "a transitive link not kept is not drawn");
    String mermaid = tism("mermaid").out;
    assertTrue(mermaid.contains("  n0 -.->|\"via Training: leaders also coach directly\"| n2\n"), mermaid);
    String graphml = tism("graphml").out;
    assertTrue(graphml.contains("<edge id=\"e0\" source=\"Leadership\" target=\"Training\"><data key=\"kind\">direct"
        + "</data><data key=\"interpretation\">leaders fund and schedule training</data></edge>"), graphml);
    String svg = tism("svg").out;
    assertEquals(2, svg.split("class=\"link transitive\"", -1).length - 1, svg);
    assertEquals(4, svg.split("class=\"link direct\"", -1).length - 1, svg);
  }

  @Test
  void anInterpretationOfANonLinkFailsAtItsLineInItsFile() throws IOException {
    Path why = dir.resolve("why.tsv");
    Files.writeString(why, "Training\tSkills\tx\nQuality\tBudget\ty\n");
    MainTest.Run r = run("tism", D + "ssim.tsv", "--interpretations", why.toString());
    assertEquals(2, r.code);
    assertEquals(why + ":2:1: Quality → Budget is not a direct link (the SSIM does not say Quality "
        + "influences Budget)", r.err.strip());
    Path kept = dir.resolve("kept.tsv");
    Files.writeString(kept, "Skills\tQuality\tyes\tx\n");
    MainTest.Run k = run("tism", D + "ssim.tsv", "--interpretations", D + "interpretations.tsv",
        "--significant", kept.toString());
    assertEquals(2, k.code);
    assertTrue(k.err.contains(kept + ":1:1: Skills → Quality is not a transitive link but a direct one"), k.err);
  }
}
