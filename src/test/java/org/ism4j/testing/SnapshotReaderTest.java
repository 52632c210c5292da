package org.ism4j.testing;

import static org.ism4j.testing.IsmAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The snapshot file's JSON reader at its edges (issue 15, found by PIT): whitespace anywhere JSON
 * allows it, escapes, negative numbers, and an error at every place the text can end too early,
 * each naming the 1-based position of the character where reading stopped (counted by hand).
 */
@ResourceLock("system property " + Snapshot.UPDATE)
class SnapshotReaderTest {
  @TempDir
  Path dir;

  @AfterEach
  void clearProperty() {
    System.clearProperty(Snapshot.UPDATE);
  }

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class, () -> Snapshot.parse(text)).getMessage();
  }

  @Test
  void whitespaceBeforeEveryTokenEscapesAndNegativeNumbersAreRead() {
    String text = "{ \"snapshot\" : \"ism4j levels snapshot 1\" , \"levelCount\" : -3 ,\n"
        + " \"factors\" : [ { \"factor\" : \"\\u0041\\n\\\"\" , \"level\" : 12 , \"cluster\" : \"x\" } ] ,\n"
        + " \"cycles\" : [ [ ] , [ \"B\" ] ] , \"extra\" : { } }\n";
    Snapshot.Content c = Snapshot.parse(text);
    assertEquals(new Snapshot.Content(-3, Map.of("A\n\"", new Snapshot.Entry(12, "x")),
        List.of(List.of(), List.of("B"))), c);
  }

  @Test
  void eachEarlyEndIsAnErrorAtItsPosition() {
    assertEquals("unexpected end at character 1", error(""));
    assertEquals("expected a string at character 2", error("{"));
    assertEquals("expected ':' at character 5", error("{\"a\""));
    assertEquals("expected ':' at character 13", error("{\"snapshot\" 1}"));
    assertEquals("expected a string at character 8", error("{\"a\":1,"));
    assertEquals("unterminated string at character 4", error("\"ab"));
    assertEquals("unterminated string at character 4", error("\"a\\"));
    assertEquals("bad escape at character 4", error("\"\\u00"));
    // four hex digits fit exactly: the escape is read, then the string has no end
    assertEquals("unterminated string at character 8", error("\"\\u0041"));
  }

  @Test
  void valuesThatAreNoSnapshotObject() {
    assertEquals("key \"snapshot\" is not \"ism4j levels snapshot 1\"", error("{}"));
    assertEquals("not a JSON object", error("7"));
    assertEquals("not a JSON object", error("-1"));
    assertEquals("unexpected '-' at character 2", error("-"));
  }

  @Test
  void anUnreadableSnapshotIsOverwrittenOnRequest() throws IOException {
    IsmModel model = IsmAnalyzer.analyze(Ssim.builder("A", "B").v("A", "B").build());
    Path file = dir.resolve("model.levels.json");
    Files.writeString(file, "not json");
    System.setProperty(Snapshot.UPDATE, "true");
    assertThat(model).matchesSnapshot(file);
    assertEquals(Snapshot.render(Snapshot.of(model)), Files.readString(file, StandardCharsets.UTF_8));
    System.clearProperty(Snapshot.UPDATE);
    assertThat(model).matchesSnapshot(file);
  }
}
