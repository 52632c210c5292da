package org.ism4j;

import org.ism4j.internal.Access;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ism4j.micmac.Cluster;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The 17-factor digital-banking model (Azimi, Aria &amp; Jalali 2023), derived from its SSIM alone.
 * Expected values come from examples/banking-17/NOTES.md, which was checked independently of
 * ism4j; the published Table 2 is read here with a plain split, not with the library.
 */
class Banking17Test {
  private static final Path DIR = Path.of("examples", "banking-17");

  private static IsmModel model() throws IOException {
    return IsmAnalyzer.analyze(Ssim.parse(DIR.resolve("ssim.tsv")));
  }

  @Test
  void theIrmHas153OnesIncludingTheDiagonal() throws IOException {
    assertEquals(153, model().initialReachability().ones());
  }

  @Test
  void theFullClosureIsAllOnesSoAllFactorsShareOneLevel() throws IOException {
    IsmModel m = model();
    assertEquals(17 * 17, m.finalReachability().ones());
    assertEquals(1, m.levels().levelCount());
    assertEquals(17, m.levels().levels().get(0).size());
    assertEquals(1, Access.condensation(m.finalReachability()).componentCount(), "one 17-factor cycle");
    for (int i = 0; i < 17; i++) {
      assertEquals(17, m.micmac().drivingPower(i));
      assertEquals(17, m.micmac().dependencePower(i));
      assertEquals(Cluster.LINKAGE, m.micmac().cluster(i), "17 > 17/2 on both axes");
    }
  }

  @Test
  void thePrintedSetsAreTheIrmRowsAndColumnsExceptAtExactlyTheNotedCells() throws IOException {
    ReachabilityMatrix irm = model().initialReachability();
    List<String> found = new ArrayList<>();
    for (List<String> row : publishedTable()) {
      String f = row.get(0);
      int i = irm.labels().indexOf(f);
      Set<String> out = set(row.get(2));
      Set<String> in = set(row.get(3));
      Set<String> rowSet = withoutSelf(irm.reachabilitySet(i), f);
      Set<String> columnSet = withoutSelf(irm.antecedentSet(i), f);
      diff(found, f + " output", out, rowSet);
      diff(found, f + " input", in, columnSet);
    }
    // cell (4,13) is A in the SSIM (13 → 4) but printed as 4 → 13; 17's input set adds 4 and 5
    assertEquals(List.of("4 output +13", "4 input -13", "13 output -4", "13 input +4",
        "17 input +4", "17 input +5"), found);
  }

  @Test
  void onlyFactor13sCommonSetIsNotTheIntersectionOfItsPrintedSets() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (List<String> row : publishedTable()) {
      Set<String> both = new TreeSet<>(set(row.get(2)));
      both.retainAll(set(row.get(3)));
      if (!both.equals(set(row.get(4)))) {
        wrong.add(row.get(0) + " " + set(row.get(4)) + " vs " + both);
      }
    }
    assertEquals(List.of("13 [12] vs []"), wrong);
  }

  @Test
  void thePapersLevelOneFollowsFromItsPrintedColumnsButNotFromItsSets() throws IOException {
    List<String> byCommonColumn = new ArrayList<>();
    List<String> bySets = new ArrayList<>();
    for (List<String> row : publishedTable()) {
      Set<String> out = set(row.get(2));
      if (out.equals(set(row.get(4)))) {
        byCommonColumn.add(row.get(0));
      }
      Set<String> both = new TreeSet<>(out);
      both.retainAll(set(row.get(3)));
      if (both.equals(out)) {
        bySets.add(row.get(0));
      }
    }
    assertEquals(List.of("8", "13", "17"), byCommonColumn);
    assertEquals(List.of("8", "17"), bySets);
    assertTrue(model().levels().levelCount() == 1, "while the data itself gives one level");
  }

  private static void diff(List<String> found, String what, Set<String> printed, Set<String> computed) {
    for (String x : printed) {
      if (!computed.contains(x)) {
        found.add(what + " +" + x);
      }
    }
    for (String x : computed) {
      if (!printed.contains(x)) {
        found.add(what + " -" + x);
      }
    }
  }

  private static Set<String> withoutSelf(List<String> set, String self) {
    Set<String> s = new TreeSet<>(set);
    s.remove(self);
    return s;
  }

  private static Set<String> set(String cell) {
    Set<String> s = new LinkedHashSet<>();
    for (String x : cell.split(",")) {
      if (!x.isBlank()) {
        s.add(x.strip());
      }
    }
    return s;
  }

  private static List<List<String>> publishedTable() throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve("published-table2.tsv"), StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(List.of(line.split("\t", -1)));
      }
    }
    return rows;
  }
}
