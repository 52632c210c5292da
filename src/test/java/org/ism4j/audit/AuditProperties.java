package org.ism4j.audit;

import org.ism4j.internal.Access;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ism4j.Reference;
import org.ism4j.audit.Finding.Kind;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;

/** Papers printed correctly from random SSIMs reproduce; one flipped matrix cell is one finding. */
class AuditProperties {

  private static Ssim randomSsim(int n, double p, long seed) {
    boolean[][] m = Reference.randomDigraph(n, p, seed);
    for (int i = 0; i < n; i++) {
      m[i][i] = true;
    }
    return Access.make(Ssim.class, Labels.numbered(n), BitMatrix.of(m));
  }

  private static List<Kind> kinds(Audit a) {
    return a.findings().stream().map(Finding::kind).collect(Collectors.toList());
  }

  @Property(tries = 100)
  void aPaperPrintedFromItsSsimReproduces(@ForAll @IntRange(min = 1, max = 14) int n,
      @ForAll @DoubleRange(min = 0, max = 0.4) double p, @ForAll long seed, @ForAll boolean withFactor) {
    Paper paper = new Paper(randomSsim(n, p, seed));
    paper.setsWithFactor = withFactor;
    Audit audit = paper.audit();
    assertEquals(List.of(), audit.findings());
    assertEquals(Verdict.REPRODUCES, audit.verdict());
  }

  @Property(tries = 100)
  void oneFlippedIrmCellIsOneIrmFinding(@ForAll @IntRange(min = 2, max = 14) int n,
      @ForAll @DoubleRange(min = 0, max = 0.4) double p, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1000) int at) {
    Paper paper = new Paper(randomSsim(n, p, seed));
    paper.printFrm = paper.printSets = paper.printLevels = paper.printPowers = false;
    int i = at % n;
    int j = (i + 1 + (at / n) % (n - 1)) % n;
    paper.irm[i][j] = !paper.irm[i][j];
    Audit audit = paper.audit();
    assertEquals(List.of(Kind.IRM_CELL), kinds(audit));
    assertEquals(List.of(new Finding.Cell(Integer.toString(i + 1), Integer.toString(j + 1))),
        audit.findings().get(0).cells());
    assertEquals(Verdict.REPRODUCES_AFTER_CORRECTIONS, audit.verdict());
    assertEquals(1, audit.corrections());
  }

  @Property(tries = 100)
  void oneFlippedFrmCellIsOneFrmFinding(@ForAll @IntRange(min = 2, max = 14) int n,
      @ForAll @DoubleRange(min = 0, max = 0.4) double p, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1000) int at) {
    Paper paper = new Paper(randomSsim(n, p, seed));
    paper.printIrm = paper.printSets = paper.printLevels = paper.printPowers = false;
    int i = at % n;
    int j = (i + 1 + (at / n) % (n - 1)) % n;
    paper.frm[i][j] = !paper.frm[i][j];
    Audit audit = paper.audit();
    assertEquals(List.of(paper.frm[i][j] ? Kind.FRM_UNSUPPORTED_LINK : Kind.FRM_MISSING_LINK),
        kinds(audit));
    assertEquals(1, audit.corrections());
  }
}
