package org.ism4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ism4j.audit.Audit;
import org.ism4j.audit.PublishedTables;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.panel.AggregationRule;
import org.ism4j.panel.Panel;
import org.ism4j.ssim.Ssim;

/**
 * The public API as the guarantee tests (issue 15) see it: every public class of the exported
 * packages, found by scanning the compiled classes (so a class added later is covered without
 * editing a list), and a walk over every value reachable from a few representative models by
 * public no-argument methods.
 */
public final class ApiSurface {
  private ApiSurface() {}

  /** Packages left out when the module is unnamed (PIT, IDE class path runs): not API. */
  private static final Set<String> NOT_API = Set.of("org.ism4j.internal", "org.ism4j.cli");

  /** The exported packages of module org.ism4j (unqualified exports only). */
  public static Set<String> exportedPackages() {
    Module module = IsmModel.class.getModule();
    if (module.isNamed()) {
      ModuleDescriptor d = module.getDescriptor();
      return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
    }
    return mainClassNames().stream().map(n -> n.substring(0, n.lastIndexOf('.')))
        .filter(p -> !NOT_API.contains(p)).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every public class (top level or nested, public all the way out) of the exported packages. */
  public static List<Class<?>> publicClasses() {
    Set<String> packages = exportedPackages();
    List<Class<?>> out = new ArrayList<>();
    for (String name : mainClassNames()) {
      if (!packages.contains(name.substring(0, name.lastIndexOf('.')))) {
        continue;
      }
      Class<?> c;
      try {
        c = Class.forName(name, false, IsmModel.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      if (isPublicAllTheWay(c) && !c.isSynthetic() && !c.isAnonymousClass()) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  private static boolean isPublicAllTheWay(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** Binary names of the classes compiled from src/main (the directory or jar IsmModel came from). */
  private static List<String> mainClassNames() {
    Path root;
    try {
      root = Path.of(IsmModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    if (!Files.isDirectory(root)) {
      throw new AssertionError("expected the compiled classes in a directory, got " + root);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.startsWith("org/ism4j/") && !f.endsWith("module-info.class")
              && !f.endsWith("package-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens every package of module org.ism4j to the class path (where EqualsVerifier and Guava's
   * testlib live) at run time. The tests are patched into the module, so they may do this for it
   * ({@link Module#addOpens}); it needs no --add-opens per package in the pom, so a package added
   * later is opened too. A no-op when the module is unnamed (PIT, IDE runs on the class path).
   */
  public static void openToTestLibraries() {
    Module module = IsmModel.class.getModule();
    if (!module.isNamed()) {
      return;
    }
    Module unnamed = ApiSurface.class.getClassLoader().getUnnamedModule();
    for (String p : module.getPackages()) {
      module.addOpens(p, unnamed);
    }
  }

  /** Representative roots: banking-17 (cycles, transitive links), a chain, cycles, an audit, a panel. */
  public static Map<String, Object> roots() {
    Map<String, Object> roots = new LinkedHashMap<>();
    Examples.Example banking = Examples.load(Examples.BANKING_17);
    roots.put("banking-17", IsmAnalyzer.analyze(banking.ssim()));
    roots.put("chain", chain());
    roots.put("cycles", cycles());
    roots.put("empty", IsmAnalyzer.analyze(Ssim.builder(List.of()).build()));
    roots.put("banking-17-audit", Audit.of(banking.ssim(),
        PublishedTables.parse(banking.file("published-table2.tsv"), PublishedTables.Format.SETS,
            banking.ssim().labels())));
    roots.put("banking-17-names", banking.names());
    roots.put("banking-17-direct-links", IsmAnalyzer.analyze(banking.ssim())
        .digraph(LayeredDigraph.Options.defaults().withDirectLinks(true).withCycleLinks(true)));
    try {
      Path kumar = Path.of("examples", "kumar-2014");
      roots.put("kumar-2014-audit", Audit.of(Ssim.parse(kumar.resolve("ssim.tsv")),
          PublishedTables.read(kumar.resolve("published-frm.tsv"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    roots.put("banking-17-example", banking);
    Panel panel = panel();
    roots.put("panel-5", panel);
    roots.put("panel-5-agreement", panel.agreement(AggregationRule.majority()));
    roots.put("panel-5-stability", panel.stability(AggregationRule.majority(), 20, 1));
    roots.put("panel-5-rule", AggregationRule.threshold(0.6));
    return roots;
  }

  /** A chain A → B → C → D → E: every level a single factor, six transitive links. */
  public static IsmModel chain() {
    return IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D", "E").v("A", "B").v("B", "C").v("C", "D")
        .v("D", "E").build());
  }

  /** Two cycles, one feeding the other, plus a loner. */
  public static IsmModel cycles() {
    return IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D", "E", "F").x("A", "B").v("B", "C")
        .x("C", "D").x("D", "E").v("A", "E").build());
  }

  /** The five-expert panel of examples/panel-5. */
  public static Panel panel() {
    List<Ssim> ssims = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      try {
        ssims.add(Ssim.parse(Path.of("examples", "panel-5", "expert-" + i + ".tsv")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Panel.of(ssims);
  }

  /** Methods the walk does not call: Object's, and those that start something costly or mutate. */
  private static final Set<String> SKIPPED = Set.of("hashCode", "toString", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize", "builder", "toBuilder");

  /**
   * Calls every public no-argument instance method of every ism4j value reachable from
   * {@code root}, and hands each result (with the path that reached it) to {@code visitor}.
   * Collections, maps and optionals are visited and then walked into; other ism4j objects are
   * walked into; foreign objects (Graph, ImmutableGraph, Gson trees) are visited only.
   *
   * @param name the root's name, the start of every path
   * @param root the start
   * @param visitor called with (path, result) for every result, non-null results only
   */
  public static void walk(String name, Object root, BiConsumer<String, Object> visitor) {
    new Walker(visitor).walk(name, root, 0);
  }

  private static final class Walker {
    private final BiConsumer<String, Object> visitor;
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();

    Walker(BiConsumer<String, Object> visitor) {
      this.visitor = visitor;
    }

    void walk(String path, Object value, int depth) {
      if (value == null || depth > 12) {
        return;
      }
      boolean container = value instanceof Collection<?> || value instanceof Map<?, ?>
          || value instanceof Optional<?> || isIsm(value.getClass()) && !value.getClass().isEnum();
      // leaves (strings, boxes, enums) are shared by the JVM's caches: visited on every path
      if (container && seen.put(value, Boolean.TRUE) != null) {
        return;
      }
      visitor.accept(path, value);
      if (value instanceof Collection<?> c) {
        int i = 0;
        for (Object e : c) {
          if (i++ >= 40) {
            break;
          }
          walk(path + "[" + (i - 1) + "]", e, depth + 1);
        }
      } else if (value instanceof Map<?, ?> m) {
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (i++ >= 40) {
            break;
          }
          walk(path + ".key", e.getKey(), depth + 1);
          walk(path + "[" + e.getKey() + "]", e.getValue(), depth + 1);
        }
      } else if (value instanceof Optional<?> o) {
        o.ifPresent(v -> walk(path + ".get()", v, depth + 1));
      } else if (isIsm(value.getClass()) && !value.getClass().isEnum()) {
        for (Method m : apiMethods(value.getClass())) {
          Object result;
          try {
            m.setAccessible(true);
            result = m.invoke(value);
          } catch (InvocationTargetException e) {
            // a view a model does not offer (an audit without levels, say) is not a guarantee breach
            if (e.getCause() instanceof IllegalStateException
                || e.getCause() instanceof UnsupportedOperationException) {
              continue;
            }
            throw new AssertionError(path + "." + m.getName() + "() threw", e.getCause());
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
          walk(path + "." + m.getName() + "()", result, depth + 1);
        }
      }
    }
  }

  static boolean isIsm(Class<?> c) {
    return c.getName().startsWith("org.ism4j.");
  }

  /** Public no-arg, non-void instance methods declared by a public ism4j type the object is. */
  static List<Method> apiMethods(Class<?> c) {
    Map<String, Method> byName = new LinkedHashMap<>();
    for (Method m : c.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
          || m.getReturnType() == void.class || SKIPPED.contains(m.getName()) || m.isSynthetic()
          || m.isBridge()) {
        continue;
      }
      byName.putIfAbsent(m.getName(), m);
    }
    List<Method> out = new ArrayList<>(byName.values());
    out.sort(Comparator.comparing(Method::getName));
    return out;
  }
}
