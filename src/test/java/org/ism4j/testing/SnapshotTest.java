package org.ism4j.testing;

import static org.ism4j.testing.IsmAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The snapshot round trip: written only on request, read back, and a changed model diffed per factor. */
@ResourceLock("system property " + Snapshot.UPDATE)
class SnapshotTest {
  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final IsmModel before = IsmAnalyzer.analyze(Ssim.builder("Cost", "Price",
          "Training", "Motivation", "Say \"hi\"")
      .x("Cost", "Price").v("Motivation", "Training").v("Training", "Say \"hi\"").build());
  // edited: Cost ⇄ Price becomes Cost → Price, Training → Cost is new, "Say hi" is renamed New;
  // so Motivation → Training → Cost → Price is a chain of 4 levels
  private final IsmModel after = IsmAnalyzer.analyze(Ssim.builder("Cost", "Price",
          "Training", "Motivation", "New")
      .v("Cost", "Price").v("Training", "Cost").v("Motivation", "Training").build());

  @TempDir
  Path dir;

  @AfterEach
  void clearProperty() {
    System.clearProperty(Snapshot.UPDATE);
  }

  @Test
  void withoutTheFileAndTheRequestItFailsWithNoSnapshot() {
    Path file = dir.resolve("model.levels.json");
    AssertionError e = assertThrows(AssertionError.class, () -> assertThat(before).matchesSnapshot(file));
    assertEquals("no snapshot at " + file + ": run the test once with -Dism4j.updateSnapshots=true "
        + "to write it", e.getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void theFirstRequestedRunWritesStableJsonOneFactorALine() throws IOException {
    Path file = dir.resolve("sub/model.levels.json");
    System.setProperty(Snapshot.UPDATE, "true");
    assertThat(before).matchesSnapshot(file);
    assertEquals("""
        {
          "snapshot": "ism4j levels snapshot 1",
          "levelCount": 3,
          "factors": [
            {"factor": "Cost", "level": 1, "cluster": "autonomous"},
            {"factor": "Price", "level": 1, "cluster": "autonomous"},
            {"factor": "Training", "level": 2, "cluster": "autonomous"},
            {"factor": "Motivation", "level": 3, "cluster": "independent"},
            {"factor": "Say \\"hi\\"", "level": 1, "cluster": "dependent"}
          ],
          "cycles": [
            ["Cost", "Price"]
          ]
        }
        """, Files.readString(file, StandardCharsets.UTF_8));
    System.clearProperty(Snapshot.UPDATE);
    assertThat(before).matchesSnapshot(file); // read back: the same model passes
  }

  @Test
  void aChangedModelFailsWithOneLinePerChangedFactor() throws IOException {
    Path file = dir.resolve("model.levels.json");
    System.setProperty(Snapshot.UPDATE, "true");
    assertThat(before).matchesSnapshot(file);
    System.clearProperty(Snapshot.UPDATE);
    AssertionError e = assertThrows(AssertionError.class, () -> assertThat(after).matchesSnapshot(file));
    assertEquals("snapshot " + file + " does not match the model (accept the change with "
        + "-Dism4j.updateSnapshots=true):\n"
        + "  levels: 3 → 4\n"
        + "  Cost: level 1 → 2, cluster autonomous → dependent\n"
        + "  Price: cluster autonomous → dependent\n"
        + "  Training: level 2 → 3, cluster autonomous → independent\n"
        + "  Motivation: level 3 → 4\n"
        + "  Say \"hi\": no longer a factor (was on level 1)\n"
        + "  New: new factor on level 1 (autonomous)\n"
        + "  cycles: {Cost, Price} → none", e.getMessage());
    // accepting the change rewrites the file; then the new model passes
    System.setProperty(Snapshot.UPDATE, "true");
    assertThat(after).matchesSnapshot(file);
    System.clearProperty(Snapshot.UPDATE);
    assertThat(after).matchesSnapshot(file);
  }

  @Test
  void reformattingTheFileIsNoChangeButAForeignFileIsRefused() throws IOException {
    Path file = dir.resolve("model.levels.json");
    Files.writeString(file, Snapshot.render(Snapshot.of(before)).replace("\n", "\r\n").replace("  ", "\t"));
    assertThat(before).matchesSnapshot(file);
    Files.writeString(file, "{\"levels\": []}");
    AssertionError e = assertThrows(AssertionError.class, () -> assertThat(before).matchesSnapshot(file));
    assertEquals("snapshot " + file + " is not a levels snapshot: key \"snapshot\" is not \"ism4j levels "
        + "snapshot 1\"", e.getMessage());
  }
}
