package org.ism4j.export;

import org.jspecify.annotations.Nullable;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.ism4j.IsmModel;
import org.ism4j.micmac.Cluster;
import org.ism4j.micmac.Micmac;
import org.ism4j.micmac.Quadrants;
import org.ism4j.micmac.SplitRule;
import org.ism4j.ssim.FactorNames;
import org.ism4j.weighted.Dematel;
import org.ism4j.weighted.FuzzyMicmac;
import org.ism4j.weighted.GodetMicmac;
import org.ism4j.weighted.Threshold;

/**
 * Writes the weighted analyses as one JSON object each, pretty-printed, arrays of numbers on one
 * line. Stateless. The keys are a public contract: they are never renamed or dropped (new keys may
 * be added). Arrays "aligned with factors" have one entry per factor in input order; integers are
 * exact (Godet's sums can exceed any fixed-width type), other numbers are doubles.
 *
 * <p>Every MICMAC object has {@code factors}, {@code method} ({@code "direct"}, {@code "indirect"}
 * or {@code "fuzzy"}), {@code splitRule}, {@code drivingThreshold}, {@code dependenceThreshold}
 * and {@code clusters} (aligned with factors). Then:
 *
 * <ul>
 *   <li>{@code direct}: {@code drivingPower}, {@code dependencePower} (FRM sums, as
 *       {@link JsonExporter} writes them);
 *   <li>{@code indirect}: {@code power} (k, where it stopped), {@code maxPower}, {@code stable};
 *       {@code direct} and {@code indirect}, each {@code influence}, {@code dependence} (row and
 *       column sums of M and of M<sup>k</sup>), {@code influenceRank}, {@code dependenceRank},
 *       {@code clusters}, {@code drivingThreshold}, {@code dependenceThreshold};
 *       {@code rankShift} {@code influence}, {@code dependence} (direct rank − indirect rank);
 *       {@code potential}: the same keys for potential links counted as 3, only when the matrix has
 *       any; the top-level {@code clusters} are the indirect ones;
 *   <li>{@code fuzzy}: {@code iterations}, {@code maxIterations}, {@code stable}, {@code period}
 *       (0 when the last matrix repeats none before it), {@code drivingPower},
 *       {@code dependencePower} (the last iteration's sums), {@code drivingRank},
 *       {@code dependenceRank}, {@code history} (one {@code {drivingPower, dependencePower}} per
 *       iteration, the first being the direct matrix).
 * </ul>
 *
 * <p>Each is a {@link ModelExporter}, as the package's other writers are: {@link #direct()},
 * {@link #indirect(SplitRule)}, {@link #fuzzy(SplitRule)} and
 * {@link #dematel(Threshold, IsmModel, FactorNames, String)}.
 *
 * <p>The DEMATEL object ({@link #dematel(Threshold, IsmModel, FactorNames, String)}) holds every key of {@link JsonExporter} for the
 * thresholded model (its {@code input} is {@code "dematel"}), then {@code method}
 * ({@code "dematel"}), {@code experts}, {@code normalization} (s), {@code total} (T, n rows of n
 * numbers), {@code given} (r), {@code received} (c), {@code prominence} (r + c), {@code relation}
 * (r − c), {@code roles} ({@code "cause"}, {@code "effect"} or {@code "neutral"}) and
 * {@code threshold} {{@code rule}, {@code value}}.
 */
public final class WeightedJson {
  private WeightedJson() {}

  /**
   * Returns the writer of the binary (direct) MICMAC of an analysed model.
   *
   * @return the exporter
   */
  public static ModelExporter<Micmac> direct() {
    return WeightedJson::writeDirect;
  }

  /**
   * Returns the writer of Godet's indirect MICMAC.
   *
   * @param rule the split rule of the quadrants (mean or median for weighted sums)
   * @return the exporter
   */
  public static ModelExporter<GodetMicmac> indirect(SplitRule rule) {
    Objects.requireNonNull(rule, "rule");
    return (micmac, out) -> writeIndirect(micmac, rule, out);
  }

  /**
   * Returns the writer of fuzzy MICMAC.
   *
   * @param rule the split rule of the quadrants (mean or median for weighted sums)
   * @return the exporter
   */
  public static ModelExporter<FuzzyMicmac> fuzzy(SplitRule rule) {
    Objects.requireNonNull(rule, "rule");
    return (micmac, out) -> writeFuzzy(micmac, rule, out);
  }

  /**
   * Returns the writer of DEMATEL and the ISM analysis of its thresholded matrix: every key of
   * {@link JsonExporter} first, then the DEMATEL keys.
   *
   * @param threshold the rule that made the model's IRM
   * @param model the ISM analysis of {@code dematel.reachability(threshold)}
   * @param names display names for the {@code names} key
   * @param source what was read, for the {@code source} key, or null to leave it out
   * @return the exporter of the {@link Dematel} that {@code model} was made from
   */
  public static ModelExporter<Dematel> dematel(Threshold threshold, IsmModel model, FactorNames names,
      @Nullable String source) {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(names, "names");
    return (dematel, out) -> writeDematel(dematel, threshold, model, names, source, out);
  }

  /**
   * Writes the binary (direct) MICMAC of an analysed model.
   *
   * @param micmac the model's MICMAC
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @deprecated the same as {@code direct().export(micmac, out)}, the {@link ModelExporter} every
   *     writer of the package is
   */
  @Deprecated(since = "0.2.0")
  public static void direct(Micmac micmac, Writer out) throws IOException {
    direct().export(micmac, out);
  }

  /**
   * Writes Godet's indirect MICMAC.
   *
   * @param micmac the analysis
   * @param rule the split rule of the quadrants (mean or median for weighted sums)
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @deprecated the same as {@code indirect(rule).export(micmac, out)}
   */
  @Deprecated(since = "0.2.0")
  public static void indirect(GodetMicmac micmac, SplitRule rule, Writer out) throws IOException {
    indirect(rule).export(micmac, out);
  }

  /**
   * Writes fuzzy MICMAC.
   *
   * @param micmac the analysis
   * @param rule the split rule of the quadrants (mean or median for weighted sums)
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @deprecated the same as {@code fuzzy(rule).export(micmac, out)}
   */
  @Deprecated(since = "0.2.0")
  public static void fuzzy(FuzzyMicmac micmac, SplitRule rule, Writer out) throws IOException {
    fuzzy(rule).export(micmac, out);
  }

  /**
   * Writes DEMATEL and the ISM analysis of its thresholded matrix: every key of
   * {@link JsonExporter} first, then the DEMATEL keys.
   *
   * @param dematel the analysis
   * @param threshold the rule that made the model's IRM
   * @param model the ISM analysis of {@code dematel.reachability(threshold)}
   * @param names display names for the {@code names} key
   * @param source what was read, for the {@code source} key, or null to leave it out
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @deprecated the same as {@code dematel(threshold, model, names, source).export(dematel, out)}
   */
  @Deprecated(since = "0.2.0")
  public static void dematel(Dematel dematel, Threshold threshold, IsmModel model, FactorNames names,
      @Nullable String source, Writer out) throws IOException {
    dematel(threshold, model, names, source).export(dematel, out);
  }

  private static void writeDirect(Micmac micmac, Writer out) throws IOException {
    JsonWriter w = Json.writer(out);
    w.beginObject();
    head(w, micmac.labels(), "direct", micmac.splitRule(), micmac.drivingThreshold(),
        micmac.dependenceThreshold(), micmac.clusters());
    w.name("drivingPower");
    Json.ints(w, micmac.drivingPowers().toArray(), true);
    w.name("dependencePower");
    Json.ints(w, micmac.dependencePowers().toArray(), true);
    Json.end(w, out);
  }

  /** The keys every MICMAC object starts with. */
  private static void head(JsonWriter w, List<String> labels, String method, SplitRule rule,
      double drivingThreshold, double dependenceThreshold, List<Cluster> clusters) throws IOException {
    w.name("factors");
    Json.strings(w, labels);
    w.name("method").value(method);
    w.name("splitRule").value(rule.label());
    thresholds(w, drivingThreshold, dependenceThreshold, clusters);
  }

  private static void thresholds(JsonWriter w, double driving, double dependence, List<Cluster> clusters)
      throws IOException {
    w.name("drivingThreshold");
    Json.number(w, driving);
    w.name("dependenceThreshold");
    Json.number(w, dependence);
    w.name("clusters");
    clusters(w, clusters);
  }

  private static void writeIndirect(GodetMicmac micmac, SplitRule rule, Writer out) throws IOException {
    JsonWriter w = Json.writer(out);
    w.beginObject();
    Quadrants indirect = Quadrants.of(micmac.indirectInfluence(), micmac.indirectDependence(), rule);
    head(w, micmac.labels(), "indirect", rule, indirect.drivingThreshold(), indirect.dependenceThreshold(),
        indirect.clusters());
    godetBody(w, micmac, rule);
    micmac.potential().ifPresent(p -> {
      try {
        w.name("potential").beginObject();
        godetBody(w, p, rule);
        w.endObject();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Json.end(w, out);
  }

  private static void godetBody(JsonWriter w, GodetMicmac g, SplitRule rule) throws IOException {
    w.name("power").value(g.power());
    w.name("maxPower").value(g.maxPower());
    w.name("stable").value(g.isStable());
    w.name("direct");
    sums(w, g.directInfluence(), g.directDependence(), g.directInfluenceRanks().toArray(),
        g.directDependenceRanks().toArray(), rule);
    w.name("indirect");
    sums(w, g.indirectInfluence(), g.indirectDependence(), g.indirectInfluenceRanks().toArray(),
        g.indirectDependenceRanks().toArray(), rule);
    w.name("rankShift").beginObject();
    w.name("influence");
    Json.ints(w, g.influenceRankShift().toArray(), true);
    w.name("dependence");
    Json.ints(w, g.dependenceRankShift().toArray(), true);
    w.endObject();
  }

  private static void sums(JsonWriter w, List<BigInteger> influence, List<BigInteger> dependence, int[] ir,
      int[] dr, SplitRule rule) throws IOException {
    Quadrants q = Quadrants.of(influence, dependence, rule);
    w.beginObject();
    w.name("influence");
    bigs(w, influence);
    w.name("dependence");
    bigs(w, dependence);
    w.name("influenceRank");
    Json.ints(w, ir, true);
    w.name("dependenceRank");
    Json.ints(w, dr, true);
    thresholds(w, q.drivingThreshold(), q.dependenceThreshold(), q.clusters());
    w.endObject();
  }

  private static void writeFuzzy(FuzzyMicmac micmac, SplitRule rule, Writer out) throws IOException {
    JsonWriter w = Json.writer(out);
    Quadrants q = Quadrants.of(micmac.drivingPower().asList(), micmac.dependencePower().asList(), rule);
    w.beginObject();
    head(w, micmac.labels(), "fuzzy", rule, q.drivingThreshold(), q.dependenceThreshold(), q.clusters());
    w.name("iterations").value(micmac.iterations());
    w.name("maxIterations").value(micmac.maxIterations());
    w.name("stable").value(micmac.isStable());
    w.name("period").value(micmac.period());
    w.name("drivingPower");
    Json.numbers(w, micmac.drivingPower().toArray(), true);
    w.name("dependencePower");
    Json.numbers(w, micmac.dependencePower().toArray(), true);
    w.name("drivingRank");
    Json.ints(w, micmac.drivingRanks().toArray(), true);
    w.name("dependenceRank");
    Json.ints(w, micmac.dependenceRanks().toArray(), true);
    w.name("history").beginArray();
    for (int t = 1; t <= micmac.iterations(); t++) {
      w.beginObject();
      w.name("drivingPower");
      Json.numbers(w, micmac.drivingPower(t).toArray(), true);
      w.name("dependencePower");
      Json.numbers(w, micmac.dependencePower(t).toArray(), true);
      w.endObject();
    }
    w.endArray();
    Json.end(w, out);
  }

  private static void writeDematel(Dematel dematel, Threshold threshold, IsmModel model, FactorNames names,
      @Nullable String source, Writer out) throws IOException {
    String ism = JsonExporter.create().withNames(names).withSource(source).withInputKind("dematel").toString(model);
    int close = ism.lastIndexOf('}');
    // the ISM object's members, then ours, in one object: JsonExporter stays the one writer of its keys
    out.write(ism.substring(0, close).stripTrailing());
    out.write(",\n");
    StringWriter sw = new StringWriter();
    JsonWriter w = Json.writer(sw);
    int n = dematel.labels().size();
    w.beginObject();
    w.name("method").value("dematel");
    w.name("experts").value(dematel.experts());
    w.name("normalization");
    Json.number(w, dematel.normalization());
    w.name("total").beginArray();
    double[][] t = dematel.totalRelation();
    for (double[] row : t) {
      Json.numbers(w, row, true);
    }
    w.endArray();
    w.name("given");
    Json.numbers(w, dematel.given().toArray(), true);
    w.name("received");
    Json.numbers(w, dematel.received().toArray(), true);
    w.name("prominence");
    Json.numbers(w, dematel.prominence().toArray(), true);
    w.name("relation");
    double[] relation = dematel.relation().toArray();
    Json.numbers(w, relation, true);
    w.name("roles");
    Json.inline(w, true);
    for (int i = 0; i < n; i++) {
      w.value(relation[i] > 0 ? "cause" : relation[i] < 0 ? "effect" : "neutral");
    }
    Json.endInline(w, true);
    w.name("threshold").beginObject();
    w.name("rule").value(threshold.rule());
    w.name("value");
    Json.number(w, threshold.valueFor(dematel));
    w.endObject();
    w.endObject();
    w.flush();
    String ours = sw.toString();
    out.write(ours.substring(ours.indexOf('{') + 1, ours.lastIndexOf('}')).replaceFirst("^\n", "").stripTrailing());
    out.write("\n}\n");
    out.flush();
  }

  private static void clusters(JsonWriter w, List<Cluster> clusters) throws IOException {
    Json.inline(w, true);
    for (Cluster c : clusters) {
      w.value(c.displayName());
    }
    Json.endInline(w, true);
  }

  private static void bigs(JsonWriter w, List<BigInteger> values) throws IOException {
    Json.inline(w, true);
    for (BigInteger v : values) {
      w.value(v);
    }
    Json.endInline(w, true);
  }

}
