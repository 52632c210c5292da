package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.Examples;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.audit.PublishedTables;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.ism4j.ssim.SsimParser;
import org.ism4j.ssim.Workbook;
import org.junit.jupiter.api.Test;

/** Every model written to xlsx reads back identically; labels stay text. */
class XlsxExporterTest {
  private static Workbook written(IsmModel model, FactorNames names) throws IOException {
    return Workbook.read(new ByteArrayInputStream(XlsxExporter.create().withNames(names).toBytes(model)));
  }

  @Test
  void theSheetsAreTheIssuesTablesInOrder() throws IOException {
    IsmModel m = IsmAnalyzer.analyze(Examples.load("banking-17").ssim());
    assertEquals(List.of("SSIM", "IRM", "FRM", "Iterations", "Levels", "MICMAC", "Conical matrix",
        "Digraph links"), written(m, FactorNames.none()).sheetNames());
  }

  @Test
  void banking17ReadsBackSheetBySheet() throws IOException {
    Examples.Example ex = Examples.load("banking-17");
    IsmModel m = IsmAnalyzer.analyze(ex.ssim());
    Workbook b = written(m, ex.names());
    SsimParser p = SsimParser.defaults();
    assertEquals(m.ssim(), p.parse(b.sheet("SSIM")));
    assertEquals(m.ssim(), p.parseIrm(b.sheet("IRM")));
    PublishedTables frm = PublishedTables.read(b.sheet("FRM"), PublishedTables.Format.FRM, m.labels());
    for (int i = 0; i < m.size(); i++) {
      for (int j = 0; j < m.size(); j++) {
        assertEquals(m.finalReachability().reaches(i, j), frm.frm().orElseThrow().get(i, j));
        assertEquals(m.finalReachability().isTransitiveLink(i, j), frm.frm().orElseThrow().isStarred(i, j));
      }
    }
    Map<String, Integer> levels =
        PublishedTables.read(b.sheet("Levels"), PublishedTables.Format.LEVELS, m.labels()).levels().orElseThrow();
    for (String label : m.labels()) {
      assertEquals(m.levels().levelOf(label), levels.get(label));
    }
    assertEquals(ex.names(), FactorNames.parse(b.sheet("Factors")));
  }

  @Test
  void labelsThatLookLikeFormulasStayText() throws IOException {
    Ssim s = Ssim.builder("=1+1", "+A", "-B", "@C", "007").v("=1+1", "+A").x("-B", "@C").a("@C", "007").build();
    IsmModel m = IsmAnalyzer.analyze(s);
    Workbook b = written(m, FactorNames.none());
    assertEquals(s, SsimParser.defaults().parse(b.sheet("SSIM")));
  }

  @Provide
  Arbitrary<Ssim> ssims() {
    return Arbitraries.integers().between(1, 25).flatMap(n ->
        Arbitraries.of(Relation.O, Relation.V, Relation.A, Relation.X).list().ofSize(n * (n - 1) / 2)
            .map(rel -> {
              String[] labels = new String[n];
              for (int i = 0; i < n; i++) {
                labels[i] = i % 3 == 0 ? Integer.toString(i + 1) : "F" + (i + 1);
              }
              Ssim.Builder b = Ssim.builder(labels);
              int k = 0;
              for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                  b.relation(i, j, rel.get(k++));
                }
              }
              return b.build();
            }));
  }

  @Property(tries = 40)
  void everyWrittenModelReadsBackIdentically(@ForAll("ssims") Ssim s) throws IOException {
    IsmModel m = IsmAnalyzer.analyze(s, IsmOptions.defaults());
    Workbook b = written(m, FactorNames.none());
    assertEquals(s, SsimParser.defaults().parse(b.sheet("SSIM")));
    assertEquals(s, SsimParser.defaults().parseIrm(b.sheet("IRM")));
  }
}
