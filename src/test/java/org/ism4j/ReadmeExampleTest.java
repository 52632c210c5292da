package org.ism4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Cluster;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/** The README's ten-line example, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleDoesWhatItsCommentsSay() {
    Ssim ssim = Ssim.builder("Cost", "Quality", "Trust", "Loyalty")
        .v("Cost", "Quality").v("Quality", "Trust").v("Trust", "Loyalty")
        .build();
    LevelPartition p = IsmAnalyzer.level(ssim);
    assertEquals(List.of(Set.of("Loyalty"), Set.of("Trust"), Set.of("Quality"), Set.of("Cost")), p.levels());
    assertEquals(4, p.levelOf("Cost"));
    IsmModel m = IsmAnalyzer.analyze(ssim);
    assertTrue(m.finalReachability().isTransitiveLink("Cost", "Loyalty"));
    assertEquals(Cluster.INDEPENDENT, m.micmac().cluster("Cost"));
    assertEquals(4, p.iterations().size());
  }
}
