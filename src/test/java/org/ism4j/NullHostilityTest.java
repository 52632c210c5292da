package org.ism4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.ImmutableIntArray;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.audit.Audit;
import org.ism4j.audit.PublishedTables;
import org.ism4j.draw.SvgDigraph;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.Node;
import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Micmac;
import org.ism4j.panel.AggregationRule;
import org.ism4j.panel.Panel;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: every public method and constructor of the exported packages rejects a null argument
 * (one not annotated {@code @Nullable}) with a NullPointerException, and the exception says which
 * argument it was (a non-blank message; the parameter names are not in the class files, so the
 * name itself is not compared). Static members of every public class are checked, instance
 * methods on one instance of each class the sample models reach ({@link ApiSurface#walk}).
 */
class NullHostilityTest {

  /** Non-null sample arguments by parameter type. */
  private static Map<Class<?>, Object> defaults() {
    IsmModel model = IsmAnalyzer.analyze(Examples.load(Examples.BANKING_17).ssim());
    Map<Class<?>, Object> d = new LinkedHashMap<>();
    d.put(IsmModel.class, model);
    d.put(Ssim.class, model.ssim());
    d.put(Labels.class, model.labels());
    d.put(IsmOptions.class, IsmOptions.defaults());
    d.put(ReachabilityMatrix.class, model.finalReachability());
    d.put(LevelPartition.class, model.levels());
    d.put(Micmac.class, model.micmac());
    d.put(LayeredDigraph.class, model.digraph());
    d.put(LayeredDigraph.Options.class, LayeredDigraph.Options.defaults());
    d.put(Node.class, model.digraph().nodes().get(0));
    d.put(SvgDigraph.Options.class, SvgDigraph.Options.defaults());
    d.put(ImmutableIntArray.class, ImmutableIntArray.of(1));
    d.put(FactorNames.class, Examples.load(Examples.BANKING_17).names());
    d.put(AggregationRule.class, AggregationRule.majority());
    d.put(Panel.class, ApiSurface.panel());
    Object audit = ApiSurface.roots().get("banking-17-audit");
    d.put(Audit.class, audit);
    d.put(PublishedTables.class, ((Audit) audit).published());
    d.put(org.ism4j.ssim.DelimitedTable.class, org.ism4j.ssim.DelimitedTable.read("\tA\tB\nA\t\tV\nB\t\t\n"));
    org.ism4j.weighted.WeightedMatrix weights = org.ism4j.weighted.WeightedMatrix.parse(
        "\tA\tB\tC\nA\t0\t2\t1\nB\t1\t0\t3\nC\t0\t1\t0\n", org.ism4j.weighted.Scale.GODET);
    d.put(org.ism4j.weighted.WeightedMatrix.class, weights);
    d.put(org.ism4j.weighted.GodetMicmac.class, org.ism4j.weighted.GodetMicmac.of(weights));
    org.ism4j.weighted.WeightedMatrix fuzzy = org.ism4j.weighted.WeightedMatrix.parse(
        "\tA\tB\nA\t0\t0.5\nB\t0.3\t0\n", org.ism4j.weighted.Scale.FUZZY);
    d.put(org.ism4j.weighted.FuzzyMicmac.class, org.ism4j.weighted.FuzzyMicmac.of(fuzzy));
    d.put(org.ism4j.weighted.Dematel.class, org.ism4j.weighted.Dematel.of(weights));
    d.put(org.ism4j.weighted.Threshold.class, org.ism4j.weighted.Threshold.mean());
    d.put(org.ism4j.micmac.SplitRule.class, org.ism4j.micmac.SplitRule.MEAN);
    try {
      Ssim tism = Ssim.parse(java.nio.file.Path.of("examples", "tism-5", "ssim.tsv"));
      IsmModel m = IsmAnalyzer.analyze(tism);
      d.put(org.ism4j.tism.InterpretationTable.class, org.ism4j.tism.InterpretationTable.parseInterpretations(
          java.nio.file.Path.of("examples", "tism-5", "interpretations.tsv")));
      d.put(org.ism4j.level.AdversarialPartition.class,
          org.ism4j.level.AdversarialPartition.of(m.finalReachability()));
      d.put(org.ism4j.tism.Tism.class, org.ism4j.tism.Tism.of(m.initialReachability(), m.levels(),
          org.ism4j.tism.InterpretationTable.parseInterpretations(
              java.nio.file.Path.of("examples", "tism-5", "interpretations.tsv")), null));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return d;
  }

  private static NullPointerTester tester(Map<Class<?>, Object> defaults) {
    NullPointerTester t = new NullPointerTester();
    defaults.forEach((type, value) -> setDefault(t, type, value));
    return t;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester t, Class<T> type, Object value) {
    t.setDefault(type, (T) value);
  }

  /** One instance of each public ism4j class the sample models reach. */
  private static Map<Class<?>, Object> instances() {
    Map<Class<?>, Object> out = new LinkedHashMap<>();
    ApiSurface.roots().forEach((name, root) -> ApiSurface.walk(name, root, (path, value) -> {
      Class<?> c = value.getClass();
      if (ApiSurface.isIsm(c) && Modifier.isPublic(c.getModifiers()) && !c.isEnum()) {
        out.putIfAbsent(c, value);
      }
    }));
    return out;
  }

  @Test
  void everyPublicMemberRejectsNull() throws NoSuchMethodException {
    ApiSurface.openToTestLibraries();
    NullPointerTester t = tester(defaults());
    // the List contract: contains(null) is false, indexOf(null) -1 (Labels is a List<String>)
    t.ignore(Labels.class.getMethod("contains", Object.class));
    t.ignore(Labels.class.getMethod("indexOf", Object.class));
    t.ignore(Labels.class.getMethod("lastIndexOf", Object.class));
    List<String> failures = new ArrayList<>();
    for (Class<?> c : ApiSurface.publicClasses()) {
      try {
        t.testAllPublicStaticMethods(c);
        if (!Modifier.isAbstract(c.getModifiers())) {
          t.testAllPublicConstructors(c);
        }
      } catch (AssertionError e) {
        failures.add(c.getName() + " (static): " + e.getMessage());
      }
    }
    instances().forEach((c, instance) -> {
      try {
        t.testAllPublicInstanceMethods(instance);
      } catch (AssertionError e) {
        failures.add(c.getName() + " (instance): " + e.getMessage());
      }
    });
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void everyNullIsRejectedWithAMessage() throws Exception {
    ApiSurface.openToTestLibraries();
    Map<Class<?>, Object> defaults = defaults();
    List<String> failures = new ArrayList<>();
    for (Class<?> c : ApiSurface.publicClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
          checkMessages(null, m, defaults, failures);
        }
      }
      if (!Modifier.isAbstract(c.getModifiers())) {
        for (Constructor<?> k : c.getConstructors()) {
          checkMessages(null, k, defaults, failures);
        }
      }
    }
    for (Map.Entry<Class<?>, Object> e : instances().entrySet()) {
      for (Method m : e.getKey().getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) && ApiSurface.isIsm(m.getDeclaringClass())) {
          checkMessages(e.getValue(), m, defaults, failures);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** For each reference parameter in turn: null there, samples elsewhere; expects an NPE with a message. */
  private static void checkMessages(Object target, Executable x, Map<Class<?>, Object> defaults,
      List<String> failures) throws Exception {
    Parameter[] params = x.getParameters();
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      Class<?> type = params[i].getType();
      if (type.isPrimitive()) {
        args[i] = primitive(type);
      } else if (type == String.class) {
        args[i] = "1";
      } else if (defaults.containsKey(type)) {
        args[i] = defaults.get(type);
      } else {
        return; // no sample for this type; NullPointerTester still covers the member
      }
    }
    for (int i = 0; i < params.length; i++) {
      if (params[i].getType().isPrimitive() || isNullable(x.getAnnotatedParameterTypes()[i])) {
        continue;
      }
      Object[] withNull = Arrays.copyOf(args, args.length);
      withNull[i] = null;
      String where = x.getDeclaringClass().getName() + "." + x.getName() + " argument " + (i + 1)
          + " (" + params[i].getType().getSimpleName() + ")";
      try {
        x.trySetAccessible();
        if (x instanceof Method m) {
          m.invoke(target, withNull);
        } else {
          ((Constructor<?>) x).newInstance(withNull);
        }
        failures.add(where + ": null accepted");
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (!(cause instanceof NullPointerException)) {
          failures.add(where + ": threw " + cause + " instead of NullPointerException");
        } else if (cause.getMessage() == null || cause.getMessage().isBlank()) {
          failures.add(where + ": NullPointerException without a message, at "
              + cause.getStackTrace()[0]);
        }
      }
    }
  }

  private static boolean isNullable(AnnotatedType type) {
    return Arrays.stream(type.getAnnotations())
        .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  private static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    } else if (type == int.class) {
      return 1;
    } else if (type == long.class) {
      return 1L;
    } else if (type == double.class) {
      return 0.5;
    } else if (type == char.class) {
      return 'V';
    }
    throw new AssertionError("no sample for " + type);
  }
}
