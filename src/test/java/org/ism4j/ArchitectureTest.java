package org.ism4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DESIGN.md, checked on the compiled main classes: no cycle between packages
 * (the root package {@code org.ism4j} counts as one), and each package uses only the packages the
 * design's table allows. Each rule is also run on a small fixture that breaks it, so the test can
 * fail.
 */
class ArchitectureTest {
  private static final String ROOT = "org.ism4j";

  /**
   * Which ism4j packages each package may use (besides itself): DESIGN.md's table, with the model
   * packages being ssim, reach, level, micmac, graph, panel, weighted and the root facade.
   */
  static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  static {
    Set<String> model = Set.of("ssim", "reach", "level", "micmac", "graph", "panel", "weighted",
        "tism", "(root)", "internal");
    ALLOWED.put("internal", Set.of());
    ALLOWED.put("ssim", Set.of("internal"));
    ALLOWED.put("reach", Set.of("ssim", "internal"));
    ALLOWED.put("level", Set.of("reach", "ssim", "internal"));
    ALLOWED.put("micmac", Set.of("reach", "ssim", "internal"));
    ALLOWED.put("graph", Set.of("level", "micmac", "reach", "ssim", "internal"));
    ALLOWED.put("panel", Set.of("level", "reach", "ssim", "internal"));
    ALLOWED.put("weighted", Set.of("reach", "ssim", "internal"));
    ALLOWED.put("tism", Set.of("level", "micmac", "reach", "ssim", "internal"));
    ALLOWED.put("(root)", Set.of("ssim", "reach", "level", "micmac", "graph", "panel", "weighted",
        "internal"));
    ALLOWED.put("audit", model);
    ALLOWED.put("sensitivity", model);
    ALLOWED.put("export", union(model, Set.of("audit", "sensitivity")));
    ALLOWED.put("draw", model);
    ALLOWED.put("report", union(model, Set.of("audit", "sensitivity", "export", "draw")));
    ALLOWED.put("testing", model);
    ALLOWED.put("cli", Set.of()); // may use everything: checked below as "no one uses cli"
  }

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  /** The package of a class below {@code base}: its first segment, or "(root)". */
  static String packageOf(String base, JavaClass c) {
    String pkg = c.getPackageName();
    if (pkg.equals(base)) {
      return "(root)";
    }
    if (!pkg.startsWith(base + ".")) {
      return null;
    }
    String rest = pkg.substring(base.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static ArchRule noCycles(String base) {
    return slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String p = packageOf(base, c);
        return p == null ? SliceIdentifier.ignore() : SliceIdentifier.of(p);
      }

      @Override
      public String getDescription() {
        return "the packages below " + base + " (the root package as one)";
      }
    }).should().beFreeOfCycles();
  }

  /** One rule per package: it uses no ism4j package outside its allowed set. */
  static List<ArchRule> layerRules(String base, Map<String, Set<String>> allowed) {
    List<ArchRule> rules = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : allowed.entrySet()) {
      String pkg = e.getKey();
      if (pkg.equals("cli")) {
        continue;
      }
      List<String> forbidden = new ArrayList<>();
      for (String other : allowed.keySet()) {
        if (!other.equals(pkg) && !e.getValue().contains(other)) {
          forbidden.add(other.equals("(root)") ? base : base + "." + other + "..");
        }
      }
      String self = pkg.equals("(root)") ? base : base + "." + pkg + "..";
      rules.add(noClasses().that().resideInAPackage(self).should().dependOnClassesThat()
          .resideInAnyPackage(forbidden.toArray(new String[0]))
          .because("DESIGN.md: " + pkg + " may use only " + e.getValue())
          .allowEmptyShould(true));
    }
    return rules;
  }

  @Test
  void theModuleExportsTheApiPackagesButNotInternalOrTheCommandLine() throws java.io.IOException {
    java.lang.module.ModuleDescriptor module;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(
        java.nio.file.Path.of("target", "classes", "module-info.class"))) {
      module = java.lang.module.ModuleDescriptor.read(in);
    }
    Set<String> exported = new TreeSet<>();
    module.exports().forEach(e -> exported.add(e.source()));
    assertTrue(!exported.contains(ROOT + ".internal") && !exported.contains(ROOT + ".cli"),
        () -> "exports " + exported);
    for (String p : ALLOWED.keySet()) {
      String pkg = p.equals("(root)") ? ROOT : ROOT + "." + p;
      boolean exists = main.stream().anyMatch(c -> c.getPackageName().equals(pkg));
      if (exists && !p.equals("internal") && !p.equals("cli")) {
        assertTrue(exported.contains(pkg), () -> pkg + " is API but module-info does not export it");
      }
    }
  }

  @Test
  void packagesAreFreeOfCycles() {
    noCycles(ROOT).check(main);
  }

  @Test
  void everyPackageUsesOnlyWhatTheDesignAllows() {
    for (ArchRule rule : layerRules(ROOT, ALLOWED)) {
      rule.check(main);
    }
  }

  @Test
  void theInternalPackageUsesNothingButTheJdkAndGuava() {
    noClasses().that().resideInAPackage(ROOT + ".internal..").should().dependOnClassesThat()
        .resideInAnyPackage("org.jgrapht..", "com.google.gson..", "picocli..", "org.ejml..")
        .check(main);
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".cli..").should().dependOnClassesThat()
        .resideInAPackage("picocli..").check(main);
  }

  @Test
  void everyMainPackageIsInTheDesignTable() {
    Set<String> unknown = new TreeSet<>();
    for (JavaClass c : main) {
      String p = packageOf(ROOT, c);
      if (p != null && !ALLOWED.containsKey(p)) {
        unknown.add(p);
      }
    }
    assertTrue(unknown.isEmpty(), () -> "packages missing from DESIGN.md's table: " + unknown);
  }

  @Test
  void theRulesCatchACycleAndAForbiddenUse() {
    // fixture: ...archfixture.low uses ...archfixture.high and back
    String base = ROOT + ".archfixture";
    JavaClasses fixture = new ClassFileImporter().importPackages(base);
    assertThrows(AssertionError.class, () -> noCycles(base).check(fixture));
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    allowed.put("low", Set.of());
    allowed.put("high", Set.of("low"));
    assertThrows(AssertionError.class, () -> {
      for (ArchRule rule : layerRules(base, allowed)) {
        rule.check(fixture);
      }
    });
  }
}
