package org.ism4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.google.common.primitives.ImmutableIntArray;
import com.google.common.testing.EqualsTester;
import nl.jqno.equalsverifier.EqualsVerifier;
import com.google.common.primitives.ImmutableIntArray;
import com.google.common.testing.EqualsTester;
import nl.jqno.equalsverifier.Warning;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: every value type of the exported packages has equals, hashCode and toString that
 * EqualsVerifier accepts; every other public class is either a static facade, an enum or
 * exception, or listed here as identity-by-design with the reason. A public class added later
 * fails this test until it is one or the other.
 */
class ValueTypesTest {

  /** Public classes whose equality is identity on purpose, and why. */
  static final Map<String, String> IDENTITY_BY_DESIGN = Map.ofEntries(
      Map.entry("org.ism4j.IsmModel", "a bundle of computed views; compare its ssim() and options()"),
      Map.entry("org.ism4j.Examples$Example", "a handle on bundled files"),
      Map.entry("org.ism4j.ssim.Ssim$Builder", "mutable builder"),
      Map.entry("org.ism4j.ssim.SsimParser", "configured reader, not a value"),
      Map.entry("org.ism4j.level.LevelPartition", "computed result; compare levels()"),
      Map.entry("org.ism4j.level.TextbookPartition", "computed result; compare iterations()"),
      Map.entry("org.ism4j.level.Iteration", "a row of a computed table"),
      Map.entry("org.ism4j.level.Iteration$Row", "a row of a computed table"),
      Map.entry("org.ism4j.micmac.Micmac", "computed result; compare the powers"),
      Map.entry("org.ism4j.graph.Node", "a node of one digraph; equal labels in two digraphs are different nodes"),
      Map.entry("org.ism4j.audit.Audit", "computed result; compare findings()"),
      Map.entry("org.ism4j.audit.PublishedTables$Builder", "mutable builder"),
      Map.entry("org.ism4j.panel.Panel", "input bundle; compare ssims() and experts()"),
      Map.entry("org.ism4j.panel.Panel$Builder", "mutable builder"),
      Map.entry("org.ism4j.panel.Agreement", "computed result"),
      Map.entry("org.ism4j.panel.Stability", "computed result"),
      Map.entry("org.ism4j.graph.LayeredDigraph", "computed result; compare nodes() and edges()"),
      Map.entry("org.ism4j.audit.Finding", "one line of an audit's result"),
      Map.entry("org.ism4j.audit.PublishedTables", "what was read from a paper, with its positions"),
      Map.entry("org.ism4j.ssim.DelimitedTable", "a tokenized file, with positions"),
      Map.entry("org.ism4j.ssim.DelimitedTable$Row", "a row of a tokenized file"),
      Map.entry("org.ism4j.ssim.SsimParser$Builder", "mutable builder"),
      Map.entry("org.ism4j.ssim.SsimParser$Parsed", "a parse result with its source positions"),
      Map.entry("org.ism4j.export.AuditJson", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.export.ConicalMatrixCsv", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.export.DotExporter", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.export.GraphMlExporter", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.export.JsonExporter", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.export.MermaidExporter", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.export.PanelJson", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.report.PanelReport", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.report.Report", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.report.TextReport", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.export.AuditXlsx", "stateless writer; compare what it writes"),
      Map.entry("org.ism4j.export.PanelXlsx", "stateless writer; compare what it writes"),
      Map.entry("org.ism4j.export.XlsxExporter", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.export.SensitivityJson", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.report.SensitivityReport", "configured writer; compare what it writes"),
      Map.entry("org.ism4j.level.AdversarialPartition", "computed result; compare its two partitions"),
      Map.entry("org.ism4j.micmac.Quadrants", "computed result; compare clusters()"),
      Map.entry("org.ism4j.sensitivity.Sensitivity", "computed result; compare cells()"),
      Map.entry("org.ism4j.sensitivity.WhatIf", "computed result; compare its levels"),
      Map.entry("org.ism4j.ssim.Workbook", "an opened file, with its sheets"),
      Map.entry("org.ism4j.testing.ModelAssert", "an assertion in progress"),
      Map.entry("org.ism4j.testing.PartitionAssert", "an assertion in progress"),
      Map.entry("org.ism4j.tism.InterpretationTable", "what was read from a file, with its positions"),
      Map.entry("org.ism4j.tism.Tism", "computed result; compare links()"),
      Map.entry("org.ism4j.weighted.Dematel", "computed result; compare totalRelation()"),
      Map.entry("org.ism4j.weighted.FuzzyMicmac", "computed result; compare the powers"),
      Map.entry("org.ism4j.weighted.GodetMicmac", "computed result; compare the sums"));

  /**
   * Records whose compact constructor checks invariants EqualsVerifier's generated field values
   * break (counts, shares, row below column): their equals and hashCode are the compiler's, so
   * only the record-ness is checked.
   */
  static final Map<String, String> CHECKED_RECORDS = Map.of(
      "org.ism4j.panel.CellAgreement", "counts must be non-negative with a positive sum, row < column",
      "org.ism4j.panel.ExpertAgreement", "0 <= agreeing <= cells, cells > 0",
      "org.ism4j.panel.FactorStability", "level >= 1, 0 <= sameLevel <= resamples",
      "org.ism4j.ssim.CellChange", "the two labels differ and the relation is set");

  /** Warnings suppressed per type, with the reason. */
  static final Map<String, Warning[]> SUPPRESSED = Map.of(
      // the line each name was read from is for error messages, not part of the value
      "org.ism4j.ssim.FactorNames", new Warning[] {Warning.ALL_FIELDS_SHOULD_BE_USED},
      // the label-to-index map is derived from the label list
      "org.ism4j.ssim.Labels", new Warning[] {Warning.ALL_FIELDS_SHOULD_BE_USED},
      // equal bits over equal labels: the IRM an FRM was closed from, the SSIM an IRM was made
      // from and the lazy caches are provenance, not value
      "org.ism4j.reach.ReachabilityMatrix", new Warning[] {Warning.ALL_FIELDS_SHOULD_BE_USED},
      // a cell's column offset only renders its worksheet reference (F7); the value is the text
      // at its line and column
      "org.ism4j.ssim.DelimitedTable$Cell", new Warning[] {Warning.ALL_FIELDS_SHOULD_BE_USED},
      // n is labels.size()
      "org.ism4j.weighted.WeightedMatrix", new Warning[] {Warning.ALL_FIELDS_SHOULD_BE_USED});

  @Test
  void everyPublicClassIsAValueTypeOrListedAsIdentity() {
    ApiSurface.openToTestLibraries();
    List<String> failures = new ArrayList<>();
    int values = 0;
    for (Class<?> c : ApiSurface.publicClasses()) {
      if (c.isInterface() || c.isEnum() || Throwable.class.isAssignableFrom(c) || isStaticFacade(c)) {
        continue;
      }
      boolean value = declaresEquals(c);
      if (!value) {
        if (!IDENTITY_BY_DESIGN.containsKey(c.getName())) {
          failures.add(c.getName() + ": no equals; give it one or list it in IDENTITY_BY_DESIGN");
        }
        continue;
      }
      values++;
      if (IDENTITY_BY_DESIGN.containsKey(c.getName())) {
        failures.add(c.getName() + " is listed as identity but declares equals");
      }
      if (!declares(c, "toString")) {
        failures.add(c.getName() + ": a value type without toString");
      }
      if (CHECKED_RECORDS.containsKey(c.getName())) {
        if (!c.isRecord()) {
          failures.add(c.getName() + " is listed as a checked record but is not a record");
        }
        continue;
      }
      if (c == Labels.class) {
        // a List by inheritance (AbstractList): equality is the List contract, and EqualsVerifier
        // cannot read AbstractList.modCount across the java.base boundary; Guava's tester instead
        new EqualsTester().addEqualityGroup(Labels.of("a", "b"), Labels.of("a", "b"), List.of("a", "b"))
            .addEqualityGroup(Labels.of("b", "a")).addEqualityGroup(Labels.of()).testEquals();
        continue;
      }
      try {
        EqualsVerifier.forClass(c).suppress(Warning.NULL_FIELDS)
            .suppress(SUPPRESSED.getOrDefault(c.getName(), new Warning[0]))
            .withPrefabValues(Labels.class, Labels.of("a", "b"), Labels.of("c"))
            .withPrefabValues(ReachabilityMatrix.class, ApiSurface.chain().initialReachability(),
                ApiSurface.cycles().initialReachability())
            .withPrefabValues(ImmutableIntArray.class, ImmutableIntArray.of(1), ImmutableIntArray.of(2, 3))
            .verify();
      } catch (AssertionError e) {
        failures.add(c.getName() + ": " + e.getMessage().lines().skip(1).findFirst().orElse(""));
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(values >= 10, "only " + values + " value types found");
  }

  private static boolean declaresEquals(Class<?> c) {
    try {
      return c.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean declares(Class<?> c, String name) {
    try {
      return c.getMethod(name).getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** No public constructor and no public instance method of its own: a static facade. */
  static boolean isStaticFacade(Class<?> c) {
    if (c.getConstructors().length > 0) {
      return false;
    }
    for (Method m : c.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
