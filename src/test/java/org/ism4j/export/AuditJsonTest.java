package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.audit.Audit;
import org.ism4j.audit.PublishedTables;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

class AuditJsonTest {
  private static final Path BANKING = Path.of("examples", "banking-17");
  private final Audit banking = banking();

  /** The banking-17 SSIM against the sets table (Table 2) its paper printed. */
  static Audit banking() {
    try {
      return Audit.of(Ssim.parse(BANKING.resolve("ssim.tsv")),
          PublishedTables.read(BANKING.resolve("published-table2.tsv"), PublishedTables.Format.SETS, null));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A paper that printed exactly the levels the SSIM gives. */
  static Audit reproducing() {
    Ssim ssim = Ssim.builder("A", "B", "C", "D", "E", "F")
        .v("A", "B").v("B", "C").x("C", "D").v("D", "E").a("B", "F").build();
    IsmModel m = IsmAnalyzer.analyze(ssim);
    PublishedTables.Builder b = PublishedTables.builder();
    for (String label : ssim.labels()) {
      b.level(label, m.levels().levelOf(label));
    }
    return Audit.of(ssim, b.build());
  }

  @Test
  void jsonHasTheVerdictAndFindingsWithKindAndFactorArrays() {
    JsonObject o = JsonParser.parseString(AuditJson.create().toString(banking)).getAsJsonObject();
    assertEquals("does-not-reproduce", o.get("verdict").getAsString());
    JsonArray findings = o.getAsJsonArray("findings");
    assertEquals(banking.findings().size(), findings.size());
    int cycles = 0;
    for (JsonElement e : findings) {
      JsonObject f = e.getAsJsonObject();
      assertTrue(f.get("kind").getAsString().matches("[a-z]+(-[a-z]+)*"));
      JsonArray factors = f.getAsJsonArray("factors");
      assertTrue(factors.size() > 0);
      if (f.get("kind").getAsString().equals("split-cycle")) {
        cycles++;
        assertEquals(17, factors.size());
      }
    }
    assertEquals(1, cycles);
    assertEquals("excludes-factor", o.getAsJsonObject("published").get("setsConvention").getAsString());
    assertEquals(17, o.getAsJsonArray("levels").size());
    assertTrue(o.getAsJsonArray("levels").get(0).getAsJsonObject().get("computed").isJsonPrimitive());
    assertEquals(1, o.getAsJsonArray("cycles").size());
  }

  @Test
  void jsonOfAReproducingPaperHasNoFindings() {
    JsonObject o = JsonParser.parseString(AuditJson.create().toString(reproducing())).getAsJsonObject();
    assertEquals("reproduces", o.get("verdict").getAsString());
    assertEquals(0, o.getAsJsonArray("findings").size());
    assertEquals(0, o.get("corrections").getAsInt());
  }
}
