package org.ism4j.testing;

import static org.ism4j.testing.IsmAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.level.PartitionDirection;
import org.ism4j.micmac.Cluster;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The assertions pass on what the model says and fail with the exact reason. The model, worked by
 * hand: Motivation → Training → Performance; Budget → Cost ⇄ Price → Quality → Loyalty; Weather
 * alone. Levels: 1 {Performance, Loyalty, Weather}, 2 {Training, Quality}, 3 {Motivation, Cost,
 * Price}, 4 {Budget}. With 9 factors the n/2 threshold is 4.5: Budget (driving 5, dependence 1) is
 * independent, Loyalty (1, 5) dependent, every other factor autonomous.
 */
class IsmAssertionsTest {
  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final IsmModel fixture = IsmAnalyzer.analyze(Ssim.builder("Motivation", "Training",
          "Performance", "Cost", "Price", "Quality", "Loyalty", "Budget", "Weather")
      .v("Motivation", "Training").v("Training", "Performance")
      .x("Cost", "Price").v("Price", "Quality").v("Quality", "Loyalty").a("Cost", "Budget")
      .build());

  private static void fails(String message, Executable assertion) {
    AssertionError e = assertThrows(AssertionError.class, assertion);
    assertEquals(message, e.getMessage());
  }

  @Test
  void assertionsThatHoldChainAndPass() {
    assertThat(fixture).hasLevelCount(4).hasLevel("Motivation", 3).hasLevel("Budget", 4)
        .sharesLevel("Cost", "Price").sharesLevel("Motivation", "Cost").isAbove("Loyalty", "Cost")
        .isAbove("Quality", "Motivation").reaches("Budget", "Loyalty").doesNotReach("Loyalty", "Budget")
        .inOneCycle("Cost", "Price").hasCluster("Budget", Cluster.INDEPENDENT)
        .hasCluster("Loyalty", Cluster.DEPENDENT).hasCluster("Cost", Cluster.AUTONOMOUS)
        .hasLevels(List.of(Set.of("Performance", "Loyalty", "Weather"), Set.of("Training", "Quality"),
            Set.of("Motivation", "Cost", "Price"), Set.of("Budget")));
    assertThat(fixture.levels()).hasLevelCount(4).hasLevel("Cost", 3).sharesLevel("Cost", "Price")
        .isAbove("Loyalty", "Cost");
  }

  @Test
  void aFactorTooLowSaysWhatItReachesOnTheLevelAboveAndThePathThere() {
    fails("expected Motivation on level 1, but it is on level 3: it reaches Training (level 2) "
        + "through Motivation → Training; iteration 1 R(Motivation) = {Motivation, Training, "
        + "Performance}, A(Motivation) = {Motivation}",
        () -> assertThat(fixture).hasLevel("Motivation", 1));
  }

  @Test
  void aFactorTooHighSaysItsLongestChainAndTheIterationThatAssignedIt() {
    fails("expected Cost on level 4, but it is on level 3: its longest chain, Cost → Price → Quality "
        + "→ Loyalty, spans 3 levels; iteration 3 R(Cost) = {Cost, Price}, A(Cost) = {Cost, Price, "
        + "Budget}", () -> assertThat(fixture).hasLevel("Cost", 4));
    fails("expected Weather on level 2, but it is on level 1: it reaches no factor on another level; "
        + "iteration 1 R(Weather) = {Weather}, A(Weather) = {Weather}",
        () -> assertThat(fixture).hasLevel("Weather", 2));
  }

  @Test
  void aLevelBeyondTheLastSaysHowManyThereAre() {
    fails("expected Budget on level 6, but it is on level 4 (there are 4 levels): its longest chain, "
        + "Budget → Cost → Price → Quality → Loyalty, spans 4 levels; iteration 4 R(Budget) = "
        + "{Budget}, A(Budget) = {Budget}", () -> assertThat(fixture).hasLevel("Budget", 6));
    assertThrows(IllegalArgumentException.class, () -> assertThat(fixture).hasLevel("Budget", 0));
  }

  @Test
  void aPartitionAloneNamesWhatAFactorReachesWithoutThePath() {
    fails("expected Motivation on level 1, but it is on level 3: it reaches Training (level 2); "
        + "iteration 1 R(Motivation) = {Motivation, Training, Performance}, A(Motivation) = "
        + "{Motivation}", () -> assertThat(fixture.levels()).hasLevel("Motivation", 1));
    fails("expected Cost on level 1, but it is on level 3: it reaches Quality (level 2); iteration 1 "
        + "R(Cost) = {Cost, Price, Quality, Loyalty}, A(Cost) = {Cost, Price, Budget}",
        () -> assertThat(fixture.levels()).hasLevel("Cost", 1));
  }

  @Test
  void theLevelCountNamesALongestChain() {
    fails("expected 3 levels, but there are 4: a longest chain is Budget → Cost → Price → Quality → "
        + "Loyalty", () -> assertThat(fixture).hasLevelCount(3));
    // without the IRM, → means "reaches", one factor per level
    fails("expected 1 level, but there are 4: a longest chain is Budget → Cost → Quality → Loyalty",
        () -> assertThat(fixture.levels()).hasLevelCount(1));
  }

  @Test
  void sharesLevelNamesBothLevelsAndThePathBetween() {
    fails("expected Cost and Quality on one level, but Cost is on level 3 and Quality on level 2: "
        + "Cost reaches Quality through Cost → Price → Quality",
        () -> assertThat(fixture).sharesLevel("Cost", "Quality"));
    fails("expected Loyalty and Budget on one level, but Loyalty is on level 1 and Budget on level 4: "
        + "Budget reaches Loyalty through Budget → Cost → Price → Quality → Loyalty",
        () -> assertThat(fixture).sharesLevel("Loyalty", "Budget"));
    fails("expected Motivation and Loyalty on one level, but Motivation is on level 3 and Loyalty on "
        + "level 1", () -> assertThat(fixture).sharesLevel("Motivation", "Loyalty"));
  }

  @Test
  void isAboveGivesThePathOrItsAbsence() {
    fails("expected Budget above Loyalty, but Budget is on level 4 and Loyalty on level 1: Budget "
        + "reaches Loyalty through Budget → Cost → Price → Quality → Loyalty",
        () -> assertThat(fixture).isAbove("Budget", "Loyalty"));
    fails("expected Cost above Price, but both are on level 3: they are in one cycle",
        () -> assertThat(fixture).isAbove("Cost", "Price"));
    fails("expected Motivation above Quality, but Motivation is on level 3 and Quality on level 2: no "
        + "path leads from Quality to Motivation", () -> assertThat(fixture).isAbove("Motivation", "Quality"));
  }

  @Test
  void reachesGivesWhatIsReachedAndDoesNotReachThePath() {
    fails("expected Motivation to reach Loyalty, but no path leads from Motivation to Loyalty: "
        + "Motivation reaches only {Motivation, Training, Performance}",
        () -> assertThat(fixture).reaches("Motivation", "Loyalty"));
    fails("expected Budget not to reach Loyalty, but it does through Budget → Cost → Price → Quality → "
        + "Loyalty", () -> assertThat(fixture).doesNotReach("Budget", "Loyalty"));
  }

  @Test
  void inOneCycleNamesTheFactorThatBreaksIt() {
    fails("expected Cost, Price, Quality in one cycle, but Quality does not reach Cost (Cost reaches "
        + "Quality through Cost → Price → Quality)",
        () -> assertThat(fixture).inOneCycle("Cost", "Price", "Quality"));
    fails("expected Loyalty, Price in one cycle, but Loyalty does not reach Price (Price reaches "
        + "Loyalty through Price → Quality → Loyalty)",
        () -> assertThat(fixture).inOneCycle("Loyalty", "Price"));
    fails("expected Weather, Cost in one cycle, but Weather and Cost reach each other in neither "
        + "direction", () -> assertThat(fixture).inOneCycle("Weather", "Cost"));
  }

  @Test
  void hasClusterGivesBothPowersAgainstTheThresholds() {
    fails("expected Budget in cluster linkage, but it is independent: driving power 5 > 4.5 (strong), "
        + "dependence power 1 ≤ 4.5 (weak), split rule n/2",
        () -> assertThat(fixture).hasCluster("Budget", Cluster.LINKAGE));
  }

  @Test
  void hasLevelsListsEveryFactorThatIsElsewhere() {
    fails("expected levels [{Performance, Loyalty, Weather}, {Training, Quality, Budget}, {Motivation, "
        + "Cost, Price, Nope}], but they are [{Performance, Loyalty, Weather}, {Training, Quality}, "
        + "{Motivation, Cost, Price}, {Budget}]: Budget is on level 4, not 2; Nope is not a factor",
        () -> assertThat(fixture).hasLevels(List.of(Set.of("Weather", "Loyalty", "Performance"),
            Set.of("Budget", "Quality", "Training"), Set.of("Nope", "Price", "Cost", "Motivation"))));
    fails("expected levels [{Loyalty}], but they are [{Performance, Loyalty, Weather}, {Training, "
        + "Quality}, {Motivation, Cost, Price}, {Budget}]: Motivation is on level 3, not listed; "
        + "Training is on level 2, not listed; Performance is on level 1, not listed; Cost is on level "
        + "3, not listed; Price is on level 3, not listed; Quality is on level 2, not listed; Budget is "
        + "on level 4, not listed; Weather is on level 1, not listed",
        () -> assertThat(fixture.levels()).hasLevels(List.of(Set.of("Loyalty"))));
  }

  @Test
  void aCauseFirstModelIsExplainedByTheLongestChainIntoTheFactor() {
    // A → B → C and D → C: cause-first, D (a source) is on the bottom level 3 with A
    IsmModel causeFirst = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D")
        .v("A", "B").v("B", "C").v("D", "C").build(),
        IsmOptions.defaults().withPartitionDirection(PartitionDirection.CAUSE_FIRST));
    assertThat(causeFirst).hasLevel("D", 3).hasLevel("B", 2).hasLevelCount(3);
    fails("expected D on level 2, but it is on level 3 (cause-first): the longest chain into it, D, "
        + "spans 1 level of 3; iteration 1 R(D) = {C, D}, A(D) = {D}",
        () -> assertThat(causeFirst).hasLevel("D", 2));
    fails("expected C on level 2, but it is on level 1 (cause-first): the longest chain into it, A → B "
        + "→ C, spans 3 levels of 3; iteration 3 R(C) = {C}, A(C) = {C}",
        () -> assertThat(causeFirst.levels()).hasLevel("C", 2));
    fails("expected 2 levels, but there are 3: a longest chain is A → B → C",
        () -> assertThat(causeFirst).hasLevelCount(2));
  }

  @Test
  void anUnknownLabelNamesTheClosestLabels() {
    fails("unknown factor 'Costs' (closest: Cost, Loyalty, Price, …)",
        () -> assertThat(fixture).hasLevel("Costs", 1));
    fails("unknown factor 'Loyality' (closest: Loyalty, Quality, Cost, …)",
        () -> assertThat(fixture).reaches("Cost", "Loyality"));
  }
}
