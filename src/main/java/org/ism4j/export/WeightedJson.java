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
 * <p>The DEMATEL object ({@link #dematel}) holds every key of {@link JsonExporter} for the
 * thresholded model (its {@code input} is {@code "dematel"}), then {@code method}
 * ({@code "dematel"}), {@code experts}, {@code normalization} (s), {@code total} (T, n rows of n
 * numbers), {@code given} (r), {@code received} (c), {@code prominence} (r + c), {@code relation}
 * (r − c), {@code roles} ({@code "cause"}, {@code "effect"} or {@code "neutral"}) and
 * {@code threshold} {{@code rule}, {@code value}}.
 */
public final class WeightedJson {
  private WeightedJson() {}

  /**
   * Writes the binary (direct) MICMAC of an analysed model.
   *
   * @param micmac the model's MICMAC
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  public static void direct(Micmac micmac, Writer out) throws IOException {
    JsonWriter w = writer(out);
    w.beginObject();
    w.name("factors");
    Json.strings(w, micmac.labels());
    w.name("method").value("direct");
    w.name("splitRule").value(micmac.splitRule().label());
    w.name("drivingThreshold");
    Json.number(w, micmac.drivingThreshold());
    w.name("dependenceThreshold");
    Json.number(w, micmac.dependenceThreshold());
    w.name("clusters");
    clusters(w, micmac.clusters());
    w.name("drivingPower");
    Json.ints(w, micmac.drivingPowers().toArray(), true);
    w.name("dependencePower");
    Json.ints(w, micmac.dependencePowers().toArray(), true);
    end(w, out);
  }

  /**
   * Writes Godet's indirect MICMAC.
   *
   * @param micmac the analysis
   * @param rule the split rule of the quadrants (mean or median for weighted sums)
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  public static void indirect(GodetMicmac micmac, SplitRule rule, Writer out) throws IOException {
    Objects.requireNonNull(rule, "rule");
    JsonWriter w = writer(out);
    w.beginObject();
    w.name("factors");
    Json.strings(w, micmac.labels());
    w.name("method").value("indirect");
    w.name("splitRule").value(rule.label());
    Quadrants indirect = Quadrants.of(micmac.indirectInfluence(), micmac.indirectDependence(), rule);
    w.name("drivingThreshold");
    Json.number(w, indirect.drivingThreshold());
    w.name("dependenceThreshold");
    Json.number(w, indirect.dependenceThreshold());
    w.name("clusters");
    clusters(w, indirect.clusters());
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
    end(w, out);
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
    w.name("drivingThreshold");
    Json.number(w, q.drivingThreshold());
    w.name("dependenceThreshold");
    Json.number(w, q.dependenceThreshold());
    w.name("clusters");
    clusters(w, q.clusters());
    w.endObject();
  }

  /**
   * Writes fuzzy MICMAC.
   *
   * @param micmac the analysis
   * @param rule the split rule of the quadrants (mean or median for weighted sums)
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  public static void fuzzy(FuzzyMicmac micmac, SplitRule rule, Writer out) throws IOException {
    JsonWriter w = writer(out);
    Quadrants q = Quadrants.of(micmac.drivingPower().asList(), micmac.dependencePower().asList(), rule);
    w.beginObject();
    w.name("factors");
    Json.strings(w, micmac.labels());
    w.name("method").value("fuzzy");
    w.name("splitRule").value(rule.label());
    w.name("drivingThreshold");
    Json.number(w, q.drivingThreshold());
    w.name("dependenceThreshold");
    Json.number(w, q.dependenceThreshold());
    w.name("clusters");
    clusters(w, q.clusters());
    w.name("iterations").value(micmac.iterations());
    w.name("maxIterations").value(micmac.maxIterations());
    w.name("stable").value(micmac.isStable());
    w.name("period").value(micmac.period());
    w.name("drivingPower");
    doubles(w, micmac.drivingPower().toArray());
    w.name("dependencePower");
    doubles(w, micmac.dependencePower().toArray());
    w.name("drivingRank");
    Json.ints(w, micmac.drivingRanks().toArray(), true);
    w.name("dependenceRank");
    Json.ints(w, micmac.dependenceRanks().toArray(), true);
    w.name("history").beginArray();
    for (int t = 1; t <= micmac.iterations(); t++) {
      w.beginObject();
      w.name("drivingPower");
      doubles(w, micmac.drivingPower(t).toArray());
      w.name("dependencePower");
      doubles(w, micmac.dependencePower(t).toArray());
      w.endObject();
    }
    w.endArray();
    end(w, out);
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
   */
  public static void dematel(Dematel dematel, Threshold threshold, IsmModel model, FactorNames names, @Nullable String source,
      Writer out) throws IOException {
    String ism = JsonExporter.create().withNames(names).withSource(source).withInputKind("dematel").toString(model);
    int close = ism.lastIndexOf('}');
    // the ISM object's members, then ours, in one object: JsonExporter stays the one writer of its keys
    out.write(ism.substring(0, close).stripTrailing());
    out.write(",\n");
    StringWriter sw = new StringWriter();
    JsonWriter w = writer(sw);
    int n = dematel.labels().size();
    w.beginObject();
    w.name("method").value("dematel");
    w.name("experts").value(dematel.experts());
    w.name("normalization");
    Json.number(w, dematel.normalization());
    w.name("total").beginArray();
    double[][] t = dematel.totalRelation();
    for (double[] row : t) {
      doubles(w, row);
    }
    w.endArray();
    w.name("given");
    doubles(w, dematel.given().toArray());
    w.name("received");
    doubles(w, dematel.received().toArray());
    w.name("prominence");
    doubles(w, dematel.prominence().toArray());
    w.name("relation");
    double[] relation = dematel.relation().toArray();
    doubles(w, relation);
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

  private static JsonWriter writer(Writer out) {
    JsonWriter w = new JsonWriter(out);
    w.setHtmlSafe(false);
    w.setIndent("  ");
    return w;
  }

  private static void end(JsonWriter w, Writer out) throws IOException {
    w.endObject();
    w.flush();
    out.write('\n');
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

  private static void doubles(JsonWriter w, double[] values) throws IOException {
    Json.inline(w, true);
    for (double v : values) {
      Json.number(w, v);
    }
    Json.endInline(w, true);
  }
}
