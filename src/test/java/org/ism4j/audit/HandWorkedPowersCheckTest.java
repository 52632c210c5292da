package org.ism4j.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * {@link PowersCheck} on the chain A → B → C → D, every power worked by hand.
 *
 * <p>IRM rows A {A, B}, B {B, C}, C {C, D}, D {D}: IRM driving (row sums) A 2, B 2, C 2, D 1 and
 * dependence (column sums) A 1, B 2, C 2, D 2. The full closure adds (A, C), (A, D), (B, D): FRM
 * driving A 4, B 3, C 2, D 1 and dependence A 1, B 2, C 3, D 4. From these:
 *
 * <ul>
 *   <li>self not counted (each − 1): driving 3, 2, 1, 0; dependence 0, 1, 2, 3;
 *   <li>swapped: driving 1, 2, 3, 4; dependence 4, 3, 2, 1.
 * </ul>
 *
 * <p>A factor's corrections are 1 for each of its two powers that differs from the FRM's.
 */
class HandWorkedPowersCheckTest {
  private static final Ssim CHAIN =
      Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("C", "D").build();
  private static final List<String> ABCD = List.of("A", "B", "C", "D");

  /** The powers table {@code A d e B d e …}, for the factors listed. */
  private static PublishedTables.Builder powers(Object... factorDrivingDependence) {
    PublishedTables.Builder b = PublishedTables.builder();
    for (int k = 0; k < factorDrivingDependence.length; k += 3) {
      b.power((String) factorDrivingDependence[k], (Integer) factorDrivingDependence[k + 1],
          (Integer) factorDrivingDependence[k + 2]);
    }
    return b;
  }

  private static List<Finding> powerFindings(PublishedTables.Builder b) {
    return Audit.of(CHAIN, b.build()).findings(Finding.Kind.POWER_DIFFERS);
  }

  private static String pattern(String factors) {
    return "the published powers of " + factors + " are not the FRM's row and column sums";
  }

  @Test
  void theFrmSumsAreNoFinding() {
    Audit audit = Audit.of(CHAIN, powers("A", 4, 1, "B", 3, 2, "C", 2, 3, "D", 1, 4).build());
    assertEquals(List.of(), audit.findings());
    assertEquals(Verdict.REPRODUCES, audit.verdict());
  }

  @Test
  void aFactorLeftOutIsOneMissingFindingAndNotAPowerThatDiffers() {
    // D printed nowhere: its powers read as 0 but are not compared
    Audit audit = Audit.of(CHAIN, powers("A", 4, 1, "B", 3, 2, "C", 2, 3).build());
    assertEquals(1, audit.findings().size(), audit.findings()::toString);
    Finding missing = audit.findings().get(0);
    assertEquals(Finding.Kind.MISSING_FACTOR, missing.kind());
    assertEquals("the published powers table leaves out factor D", missing.message());
    assertEquals("no powers for D", missing.published());
    assertEquals("4 factors", missing.computed());
    assertEquals(List.of("D"), missing.factors());
    assertEquals(1, missing.corrections());
  }

  @Test
  void theIrmSumsOfEveryFactorAreOnePatternFinding() {
    // IRM sums A 2/1, B 2/2, C 2/2, D 1/2 against FRM A 4/1, B 3/2, C 2/3, D 1/4: all four differ,
    // each in one power: 1 + 1 + 1 + 1 = 4 corrections
    List<Finding> f = powerFindings(powers("A", 2, 1, "B", 2, 2, "C", 2, 2, "D", 1, 2));
    assertEquals(1, f.size(), f::toString);
    assertEquals(pattern("A, B, C, D"), f.get(0).message());
    assertEquals(Optional.of("the IRM's row and column sums (no closure)"),
        f.get(0).explanation());
    assertEquals("powers of 4 factors", f.get(0).published());
    assertEquals("FRM row and column sums", f.get(0).computed());
    assertEquals(ABCD, f.get(0).factors());
    assertEquals(4, f.get(0).corrections());
  }

  @Test
  void theFactorNotCountedInEveryRowAndColumnIsOnePatternFinding() {
    // each factor differs in both powers: 4 × 2 = 8 corrections
    List<Finding> f = powerFindings(powers("A", 3, 0, "B", 2, 1, "C", 1, 2, "D", 0, 3));
    assertEquals(1, f.size(), f::toString);
    assertEquals(pattern("A, B, C, D"), f.get(0).message());
    assertEquals(Optional.of("the factor itself not counted"), f.get(0).explanation());
    assertEquals(8, f.get(0).corrections());
  }

  @Test
  void drivingAndDependenceSwappedIsOnePatternFinding() {
    // swapped A 1/4, B 2/3, C 3/2, D 4/1 against A 4/1, B 3/2, C 2/3, D 1/4: both powers of each
    // differ, 8 corrections
    List<Finding> f = powerFindings(powers("A", 1, 4, "B", 2, 3, "C", 3, 2, "D", 4, 1));
    assertEquals(1, f.size(), f::toString);
    assertEquals(Optional.of("driving and dependence swapped"), f.get(0).explanation());
    assertEquals(8, f.get(0).corrections());
  }

  /** The FRM printed without the 3-step link (A, D): A's row and D's column are 1 short. */
  private static final String[] FRM_WITHOUT_AD = {"1 1 1* 0", "0 1 1 1*", "0 0 1 1", "0 0 0 1"};

  @Test
  void twoFactorsThatAreThePublishedFrmsSumsAreOnePatternFinding() {
    // published FRM sums: driving A 3, B 3, C 2, D 1; dependence A 1, B 2, C 3, D 3. Printed so,
    // only A (3 not 4) and D (3 not 4) differ, one power each: 2 corrections. The IRM sums
    // (A 2/1), self not counted (A 3/0) and swapped (A 1/4) do not give A 3/1.
    PublishedTables.Builder b = powers("A", 3, 1, "B", 3, 2, "C", 2, 3, "D", 1, 3)
        .frm(PublishedMatrix.ofRows(ABCD, FRM_WITHOUT_AD));
    List<Finding> f = powerFindings(b);
    assertEquals(1, f.size(), f::toString);
    assertEquals(pattern("A, D"), f.get(0).message());
    assertEquals(Optional.of("the published FRM's row and column sums"), f.get(0).explanation());
    assertEquals("powers of 2 factors", f.get(0).published());
    assertEquals(List.of("A", "D"), f.get(0).factors());
    assertEquals(2, f.get(0).corrections());
  }

  @Test
  void aZeroOnThePublishedFrmsDiagonalStillCountsTheFactorItself() {
    // as above, and D's diagonal cell printed 0: D's row sum 0 + 1 = 1, its column sum B, C = 2,
    // + 1 = 3; the sums are A 3/1, D 1/3 as before, so the same one finding
    String[] rows = FRM_WITHOUT_AD.clone();
    rows[3] = "0 0 0 0";
    PublishedTables.Builder b = powers("A", 3, 1, "B", 3, 2, "C", 2, 3, "D", 1, 3)
        .frm(PublishedMatrix.ofRows(ABCD, rows));
    List<Finding> f = powerFindings(b);
    assertEquals(1, f.size(), f::toString);
    assertEquals(Optional.of("the published FRM's row and column sums"), f.get(0).explanation());
    assertEquals(2, f.get(0).corrections());
  }

  @Test
  void withoutAPublishedFrmItsSumsExplainNothing() {
    // the same powers with no FRM printed: no hypothesis covers A 3/1 and D 1/3, one finding each
    List<Finding> f = powerFindings(powers("A", 3, 1, "B", 3, 2, "C", 2, 3, "D", 1, 3));
    assertEquals(List.of("factor A: published driving power 3 and dependence power 1, but the"
        + " FRM's row sum is 4 and its column sum 1", "factor D: published driving power 1 and"
        + " dependence power 3, but the FRM's row sum is 1 and its column sum 4"),
        f.stream().map(Finding::message).collect(Collectors.toList()));
    assertEquals(List.of(Optional.empty(), Optional.empty()),
        f.stream().map(Finding::explanation).collect(Collectors.toList()));
    assertEquals(List.of(1, 1), f.stream().map(Finding::corrections).collect(Collectors.toList()));
  }

  @Test
  void oneFactorThatDiffersIsItsOwnFindingWithItsExplanation() {
    // only A printed self-not-counted, 3/0 for 4/1: one factor is never a pattern
    List<Finding> f = powerFindings(powers("A", 3, 0, "B", 3, 2, "C", 2, 3, "D", 1, 4));
    assertEquals(1, f.size(), f::toString);
    assertEquals("factor A: published driving power 3 and dependence power 0, but the FRM's row"
        + " sum is 4 and its column sum 1", f.get(0).message());
    assertEquals("driving 3, dependence 0", f.get(0).published());
    assertEquals("driving 4, dependence 1", f.get(0).computed());
    assertEquals(Optional.of("the factor itself not counted"), f.get(0).explanation());
    assertEquals(List.of("A"), f.get(0).factors());
    assertEquals(2, f.get(0).corrections());
  }

  @Test
  void twoFactorsWithDifferentExplanationsAreTwoFindings() {
    // A 3/0 is self not counted (swapped would be 1/4); D 4/1 is swapped (self not counted would
    // be 0/3); B 7/7 is nothing; C 5/3 differs only in driving (1 correction)
    List<Finding> f = powerFindings(powers("A", 3, 0, "B", 7, 7, "C", 5, 3, "D", 4, 1));
    assertEquals(List.of("A", "B", "C", "D"), f.stream().map(x -> x.factors().get(0))
        .collect(Collectors.toList()));
    assertEquals(List.of(Optional.of("the factor itself not counted"), Optional.empty(),
        Optional.empty(), Optional.of("driving and dependence swapped")),
        f.stream().map(Finding::explanation).collect(Collectors.toList()));
    assertEquals(List.of(2, 2, 1, 2),
        f.stream().map(Finding::corrections).collect(Collectors.toList()));
    assertEquals("factor C: published driving power 5 and dependence power 3, but the FRM's row"
        + " sum is 2 and its column sum 3", f.get(2).message());
  }
}
