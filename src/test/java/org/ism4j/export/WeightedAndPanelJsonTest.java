package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ism4j.micmac.SplitRule;
import org.ism4j.panel.Agreement;
import org.ism4j.panel.AggregationRule;
import org.ism4j.panel.Panel;
import org.ism4j.ssim.Ssim;
import org.ism4j.weighted.FuzzyMicmac;
import org.ism4j.weighted.GodetMicmac;
import org.ism4j.weighted.WeightedMatrix;
import org.junit.jupiter.api.Test;

/**
 * {@link WeightedJson} and {@link PanelJson} as {@link ModelExporter}s: they write the bytes the
 * command line wrote before they were one (the golden files, kept from main before the change),
 * and their deprecated forms write the same.
 */
class WeightedAndPanelJsonTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path WEIGHTED = Path.of("src/test/resources/weighted");

  private static String golden(String name) throws IOException {
    return Files.readString(GOLDEN.resolve(name + ".out"), StandardCharsets.UTF_8);
  }

  @Test
  @SuppressWarnings("deprecation")
  void theWeightedExportersWriteWhatTheCommandLineWrote() throws IOException {
    GodetMicmac godet = GodetMicmac.of(WeightedMatrix.parse(WEIGHTED.resolve("godet-p.tsv")));
    ModelExporter<GodetMicmac> indirect = WeightedJson.indirect(SplitRule.MEAN);
    assertEquals(golden("godet-potential-json"), indirect.toString(godet));
    StringWriter old = new StringWriter();
    WeightedJson.indirect(godet, SplitRule.MEAN, old);
    assertEquals(indirect.toString(godet), old.toString());

    FuzzyMicmac fuzzy = FuzzyMicmac.of(WeightedMatrix.parse(WEIGHTED.resolve("fuzzy.tsv")));
    assertEquals(golden("fuzzy-json"), WeightedJson.fuzzy(SplitRule.MEDIAN).toString(fuzzy));
    old = new StringWriter();
    WeightedJson.fuzzy(fuzzy, SplitRule.MEDIAN, old);
    assertEquals(golden("fuzzy-json"), old.toString());
  }

  private static Agreement panel() throws IOException {
    Panel.Builder b = Panel.builder();
    for (int e = 1; e <= 5; e++) {
      String name = "expert-" + e + ".tsv";
      b.expert(name, Ssim.parse(Path.of("examples/panel-5", name)));
    }
    return b.build().agreement(AggregationRule.majority());
  }

  @Test
  @SuppressWarnings("deprecation")
  void thePanelExporterWritesWhatTheCommandLineWrote() throws IOException {
    Agreement a = panel();
    assertEquals(golden("panel-json"), PanelJson.create().toString(a));
    assertEquals(golden("panel-json"), PanelJson.of(a).toJson());
    // a writer of create() has no agreement of its own
    assertEquals("this writer has no agreement: call export(agreement, out)",
        assertThrows(IllegalStateException.class, () -> PanelJson.create().toJson()).getMessage());
  }

  @Test
  void aStabilityOfAnotherRuleIsRefusedWhenWritten() throws IOException {
    Panel.Builder b = Panel.builder();
    for (int e = 1; e <= 3; e++) {
      String name = "expert-" + e + ".tsv";
      b.expert(name, Ssim.parse(Path.of("examples/panel-5", name)));
    }
    Panel p = b.build();
    Agreement majority = p.agreement(AggregationRule.majority());
    PanelJson writer = PanelJson.create().withStability(p.stability(AggregationRule.unanimous(), 5, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> writer.toString(majority));
    assertEquals("the stability (rule unanimous) is not of this panel's aggregate (rule majority)", e.getMessage());
  }
}
