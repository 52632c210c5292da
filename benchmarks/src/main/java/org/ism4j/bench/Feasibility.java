package org.ism4j.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The (impl, shape, n) combinations of {@link ClosureBenchmark} that are not run, with the
 * measurement that justifies each, and the run plan that leaves them out.
 *
 * <p>JMH cannot skip one combination of parameters, so {@code benchmarks/run.sh} asks {@link #main}
 * for the plan: a few sets of {@code -p} lists whose cartesian products cover every feasible
 * combination exactly once. {@link #check} is called in the benchmark's setup so that a hand-written
 * {@code -p} list cannot run an infeasible combination by accident; {@code -Dism4j.bench.force=true}
 * on the forked JVM ({@code -jvmArgsAppend -Dism4j.bench.force=true}) overrides it, for re-measuring.
 *
 * <p>The rule: a peer is not run where one operation takes more than about 30 s (or more than the
 * 4 GB fork heap) on the reference machine; the times below are single-shot measurements
 * ({@code -bm ss -wi 0 -i 1 -f 1}) or, where marked, lower bounds from a run stopped by a timeout.
 */
public final class Feasibility {
  /** The {@code impl} values, in the order of the JMH parameter. */
  static final List<String> IMPLS =
      List.of("ism", "bitWarshall", "booleanWarshall", "jgrapht", "guava", "ejml");
  /** The {@code shape} values. */
  static final List<String> SHAPES = List.of("sparse", "dag", "chain", "dense");
  /** The {@code n} values. */
  static final List<Integer> SIZES = List.of(17, 100, 1000, 10000);

  private static final Map<String, String> SKIPPED = new LinkedHashMap<>();

  static {
    // single-shot measurements, 2-core machine, JDK 17, 2026-11-23; see benchmarks/README.md
    skip("booleanWarshall", "sparse", 10000, "one op took 55.5 s single-shot (O(n³) over boolean[][])");
    skip("booleanWarshall", "chain", 10000, "one op took 30.4 s single-shot (O(n³) over boolean[][])");
    skip("booleanWarshall", "dense", 10000,
        "setup check + one op gave no result within 160 s (O(n³) over boolean[][])");
    skip("jgrapht", "sparse", 1000,
        "setup check + one op gave no result within 100 s (closure 10⁶ edges)");
    skip("jgrapht", "chain", 1000, "one op took 33.5 s single-shot");
    skip("jgrapht", "dense", 1000,
        "setup check + one op gave no result within 100 s (closure 10⁶ edges)");
    for (String shape : SHAPES) {
      skip("jgrapht", shape, 10000, "dag, the smallest closure at this size (2.2·10⁷ edges), gave no"
          + " result within 100 s, and dag n=1000 (3·10⁵ edges) already takes 24 s an op");
      skip("guava", shape, 10000, "dag, the smallest closure at this size (2.2·10⁷ edges), gave no"
          + " result within 150 s with a 4 GB heap; the other shapes close to 5·10⁷-10⁸ edges");
      skip("ejml", shape, 10000, "one O(n³) dense product takes ~0.35 s at n=1000, so ~350 s at"
          + " n=10000 (and 800 MB a matrix); dense, the fewest products, gave no result within 100 s");
    }
  }

  private Feasibility() {}

  private static void skip(String impl, String shape, int n, String why) {
    SKIPPED.put(key(impl, shape, n), why);
  }

  private static String key(String impl, String shape, int n) {
    return impl + "/" + shape + "/" + n;
  }

  /**
   * Returns why a combination is skipped.
   *
   * @param impl the implementation
   * @param shape the input shape
   * @param n the size
   * @return the reason, or null when the combination is run
   */
  public static String reason(String impl, String shape, int n) {
    return SKIPPED.get(key(impl, shape, n));
  }

  /**
   * Throws when a combination is listed as infeasible, unless the system property
   * {@code ism4j.bench.force} is {@code true}.
   *
   * @param benchmark the benchmark class, for the message
   * @param impl the implementation
   * @param shape the input shape
   * @param n the size
   * @throws IllegalStateException for an infeasible combination
   */
  public static void check(Class<?> benchmark, String impl, String shape, int n) {
    String why = reason(impl, shape, n);
    if (why != null && !Boolean.getBoolean("ism4j.bench.force")) {
      throw new IllegalStateException(
          benchmark.getSimpleName() + " impl=" + impl + " shape=" + shape + " n=" + n
              + " is not run: its closure is infeasible, " + why + ". Use benchmarks/run.sh, which leaves it out, or pass"
              + " -jvmArgsAppend -Dism4j.bench.force=true to run it anyway.");
    }
  }

  /**
   * Returns the run plan: groups of JMH {@code -p} options whose products cover exactly the
   * feasible combinations.
   *
   * @param impls the implementations to plan for
   * @return one string of options per JMH invocation
   */
  public static List<String> plan(List<String> impls) {
    // per impl: for each n, the feasible shapes; impls with the same table run together
    Map<String, List<String>> implsByTable = new LinkedHashMap<>();
    for (String impl : impls) {
      StringJoiner table = new StringJoiner(";");
      for (int n : SIZES) {
        table.add(n + "=" + String.join(",", feasibleShapes(impl, n)));
      }
      implsByTable.computeIfAbsent(table.toString(), t -> new ArrayList<>()).add(impl);
    }
    List<String> plan = new ArrayList<>();
    for (List<String> group : implsByTable.values()) {
      // sizes with the same feasible shapes run together
      Map<List<String>, List<String>> sizesByShapes = new LinkedHashMap<>();
      for (int n : SIZES) {
        List<String> shapes = feasibleShapes(group.get(0), n);
        if (!shapes.isEmpty()) {
          sizesByShapes.computeIfAbsent(shapes, s -> new ArrayList<>()).add(Integer.toString(n));
        }
      }
      for (Map.Entry<List<String>, List<String>> e : sizesByShapes.entrySet()) {
        plan.add("-p impl=" + String.join(",", group)
            + " -p shape=" + String.join(",", e.getKey())
            + " -p n=" + String.join(",", e.getValue()));
      }
    }
    return plan;
  }

  private static List<String> feasibleShapes(String impl, int n) {
    List<String> shapes = new ArrayList<>();
    for (String shape : SHAPES) {
      if (reason(impl, shape, n) == null) {
        shapes.add(shape);
      }
    }
    return shapes;
  }

  /**
   * Prints the run plan, one line of {@code -p} options per JMH invocation, for all implementations
   * or the ones named; with {@code --skipped}, prints the skipped combinations and why instead.
   *
   * @param args {@code --skipped}, or implementation names, or nothing for all
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--skipped")) {
      SKIPPED.forEach((k, v) -> System.out.println(k + "\t" + v));
      return;
    }
    List<String> impls = args.length == 0 ? IMPLS : List.of(args);
    for (String impl : impls) {
      if (!IMPLS.contains(impl)) {
        throw new IllegalArgumentException("unknown impl '" + impl + "', expected one of " + IMPLS);
      }
    }
    plan(impls).forEach(System.out::println);
  }
}
