package org.ism4j.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.ism4j.Reference;
import org.ism4j.audit.Finding.Kind;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/**
 * Papers printed correctly from random SSIMs reproduce; one planted error is the one finding it
 * should be. What "correct" means comes from {@link Reference} (through {@link Paper}), never from
 * the audit or the model under test. SSIMs are lists of upper-triangle relations, so jqwik shrinks a
 * failure to few factors and O cells; a failure prints the IRM as 0/1 rows.
 */
class AuditProperties {

  /** An SSIM that prints as its IRM's 0/1 rows. */
  record Model(Ssim ssim) {
    int size() {
      return ssim.size();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(size() + " factors, IRM:");
      for (boolean[] row : Reference.irm(ssim)) {
        sb.append('\n');
        for (boolean b : row) {
          sb.append(b ? '1' : '0');
        }
      }
      return sb.toString();
    }
  }

  /** A model with a cell position (i, j), i != j, for planting an error. */
  record ModelAndCell(Model model, int i, int j) {}

  /** SSIMs of {@code min..12} factors, relations O (most often), V, A, X. */
  static Arbitrary<Model> models(int min) {
    Arbitrary<Relation> relation = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(Relation.O)), Tuple.of(2, Arbitraries.just(Relation.V)),
        Tuple.of(2, Arbitraries.just(Relation.A)), Tuple.of(1, Arbitraries.just(Relation.X)));
    return Arbitraries.integers().between(min, 12).flatMap(n -> relation.list()
        .ofSize(n * (n - 1) / 2).map(cells -> {
          Ssim.Builder b = Ssim.builder(Labels.numbered(n));
          int k = 0;
          for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
              b.relation(i, j, cells.get(k++));
            }
          }
          return new Model(b.build());
        }));
  }

  @Provide
  Arbitrary<Model> anyModel() {
    return models(1);
  }

  @Provide
  Arbitrary<ModelAndCell> modelAndCell() {
    return models(2).flatMap(m -> Combinators.combine(Arbitraries.integers().between(0, m.size() - 1),
        Arbitraries.integers().between(1, m.size() - 1))
        .as((i, d) -> new ModelAndCell(m, i, (i + d) % m.size())));
  }

  private static List<Kind> kinds(Audit a) {
    return a.findings().stream().map(Finding::kind).collect(Collectors.toList());
  }

  private static Paper only(Model m, boolean irm, boolean frm, boolean sets, boolean levels,
      boolean powers) {
    Paper paper = new Paper(m.ssim());
    paper.printIrm = irm;
    paper.printFrm = frm;
    paper.printSets = sets;
    paper.printLevels = levels;
    paper.printPowers = powers;
    return paper;
  }

  @Property(tries = 150)
  void aPaperPrintedFromItsSsimReproduces(@ForAll("anyModel") Model m,
      @ForAll boolean withFactor) {
    Paper paper = new Paper(m.ssim());
    paper.setsWithFactor = withFactor;
    Audit audit = paper.audit();
    assertEquals(List.of(), audit.findings());
    assertEquals(Verdict.REPRODUCES, audit.verdict());
  }

  @Property(tries = 150)
  void oneFlippedIrmCellIsOneIrmFinding(@ForAll("modelAndCell") ModelAndCell c) {
    Paper paper = only(c.model(), true, false, false, false, false);
    paper.irm[c.i()][c.j()] = !paper.irm[c.i()][c.j()];
    Audit audit = paper.audit();
    assertEquals(List.of(Kind.IRM_CELL), kinds(audit));
    assertEquals(List.of(new Finding.Cell(Integer.toString(c.i() + 1), Integer.toString(c.j() + 1))),
        audit.findings().get(0).cells());
    assertEquals(Verdict.REPRODUCES_AFTER_CORRECTIONS, audit.verdict());
    assertEquals(1, audit.corrections());
  }

  @Property(tries = 150)
  void oneFlippedFrmCellIsOneFrmFindingWithAShortestPath(@ForAll("modelAndCell") ModelAndCell c) {
    Paper paper = only(c.model(), false, true, false, false, false);
    boolean link = paper.frm[c.i()][c.j()];
    paper.frm[c.i()][c.j()] = !link;
    Audit audit = paper.audit();
    assertEquals(List.of(link ? Kind.FRM_MISSING_LINK : Kind.FRM_UNSUPPORTED_LINK), kinds(audit));
    assertEquals(1, audit.corrections());
    Finding f = audit.findings().get(0);
    if (link && !f.path().isEmpty()) {
      // the path is a walk of direct links from i to j, as short as any
      List<String> path = f.path();
      assertEquals(Reference.distance(paper.irm, c.i(), c.j()), path.size() - 1);
      assertEquals(Integer.toString(c.i() + 1), path.get(0));
      assertEquals(Integer.toString(c.j() + 1), path.get(path.size() - 1));
      for (int k = 0; k + 1 < path.size(); k++) {
        assertTrue(paper.irm[Integer.parseInt(path.get(k)) - 1][Integer.parseInt(path.get(k + 1)) - 1],
            () -> "not a direct link in " + path);
      }
    }
  }

  @Property(tries = 150)
  void setsPrintedFromTheIrmAreOneFindingCountingTheMembershipsTheClosureAdds(
      @ForAll("anyModel") Model m) {
    Paper paper = only(m, false, false, true, false, false);
    paper.fillSets(paper.irm);
    int transitive = 0;
    for (int i = 0; i < paper.n; i++) {
      for (int j = 0; j < paper.n; j++) {
        transitive += paper.frm[i][j] && !paper.irm[i][j] ? 1 : 0;
      }
    }
    Audit audit = paper.audit();
    if (transitive == 0) {
      assertEquals(List.of(), audit.findings());
      return;
    }
    assertEquals(List.of(Kind.SETS_WITHOUT_CLOSURE), kinds(audit));
    // each transitive link (i, j) is missing from i's output set and from j's input set
    assertEquals(2 * transitive, audit.corrections());
    assertEquals(Audit.SetsBasis.IRM, audit.setsBasis().orElseThrow());
  }

  @Property(tries = 150)
  void oneWrongPowerIsOneFindingWithTheFrmSums(@ForAll("anyModel") Model m,
      @ForAll("anyFactor") int at, @ForAll boolean driving) {
    Paper paper = only(m, false, false, false, false, true);
    int i = at % paper.n;
    (driving ? paper.driving : paper.dependence)[i] += 1;
    Audit audit = paper.audit();
    assertEquals(List.of(Kind.POWER_DIFFERS), kinds(audit));
    int[] rows = Reference.rowSums(paper.frm);
    int[] columns = Reference.columnSums(paper.frm);
    assertEquals("driving " + rows[i] + ", dependence " + columns[i],
        audit.findings().get(0).computed());
    assertEquals(Verdict.REPRODUCES_AFTER_CORRECTIONS, audit.verdict());
  }

  @Provide
  Arbitrary<Integer> anyFactor() {
    return Arbitraries.integers().between(0, 11);
  }

  @Property(tries = 150)
  void levelsThatAreNotTheTextbookPartitionDoNotReproduce(@ForAll("modelAndCell") ModelAndCell c,
      @ForAll boolean up) {
    Paper paper = only(c.model(), false, false, false, true, false);
    int i = c.i();
    paper.levels[i] = up && paper.levels[i] > 1 ? paper.levels[i] - 1 : paper.levels[i] + 1;
    Audit audit = paper.audit();
    assertEquals(Verdict.DOES_NOT_REPRODUCE, audit.verdict(), audit.findings()::toString);
    assertTrue(audit.findings().stream().anyMatch(f -> f.factors().contains(Integer.toString(i + 1))),
        () -> "no finding names factor " + (i + 1) + ": " + audit.findings());
  }
}
