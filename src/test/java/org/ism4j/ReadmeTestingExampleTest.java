package org.ism4j;

import static org.ism4j.testing.IsmAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ism4j.micmac.Cluster;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/** The README's "Testing your model" example, kept compiling and passing (the snapshot is in src/test/resources). */
class ReadmeTestingExampleTest {
  static final IsmModel MODEL = IsmAnalyzer.analyze(Ssim.builder("Cost", "Quality", "Trust", "Loyalty")
      .v("Cost", "Quality").v("Quality", "Trust").v("Trust", "Loyalty").build());

  @Test
  void levelsAreAsPublished() {
    assertThat(MODEL).hasLevelCount(4).hasLevel("Cost", 4).isAbove("Loyalty", "Cost")
        .reaches("Cost", "Loyalty").hasCluster("Cost", Cluster.INDEPENDENT)
        .hasLevels(List.of(Set.of("Loyalty"), Set.of("Trust"), Set.of("Quality"), Set.of("Cost")));
  }

  @Test
  void noEditedJudgementMovedAFactor() {
    assertThat(MODEL).matchesSnapshot(Path.of("src/test/resources/model.levels.json"));
  }
}
