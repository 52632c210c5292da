package org.ism4j.export;

import org.ism4j.ssim.FactorNames;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.internal.Access;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.Set;
import org.ism4j.IsmModel;
import org.ism4j.level.AdversarialPartition;
import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Cluster;
import org.ism4j.micmac.Micmac;
import org.ism4j.internal.Condensation;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;

/**
 * Writes an analysed model as one JSON object, streamed with Gson's {@link JsonWriter} so that large
 * models need no tree in memory. Immutable; configure with the {@code with…} methods.
 *
 * <p>The keys below are a public contract that tools read; they are never renamed or dropped (new
 * keys may be added). Factors are identified by their labels; arrays "aligned with factors" have one
 * entry per factor in input order.
 *
 * <ul>
 *   <li>{@code factors}: the labels in input order;
 *   <li>{@code names}: display names aligned with factors (the label when a factor has no name);
 *   <li>{@code input}: {@code "ssim"} or {@code "reachability"}, when known;
 *   <li>{@code partition}: the level rule, {@code "result-first"} (R(i) ∩ A(i) = R(i), Warfield's),
 *       {@code "cause-first"} (R(i) ∩ A(i) = A(i)) or {@code "adversarial"} (both, see below);
 *   <li>{@code levels}: arrays of labels, level 1 (the top) first, each in input order — the
 *       partition by the model's rule; result-first when {@code partition} is adversarial;
 *   <li>{@code level}: each factor's level, aligned with factors;
 *   <li>{@code levelsCauseFirst}, {@code movable} (adversarial only): the cause-first levels in the
 *       shape of {@code levels} (numbered from the top, as many levels), and the labels of the
 *       factors whose level differs between the rules, in input order;
 *   <li>{@code drivingPower}, {@code dependencePower}: FRM row and column sums (each counting the
 *       factor itself), aligned with factors;
 *   <li>{@code initialReachability}, {@code reachability}: the IRM and the FRM, one string of
 *       {@code 0}/{@code 1} per row;
 *   <li>{@code transitiveLinks}: {@code [from, to]} label pairs the closure added, row by row
 *       ({@link #withCompactForm(boolean) the compact form} writes {@code transitiveLinkCount}
 *       instead, and no {@code reachability});
 *   <li>{@code cycles}: the strongly connected components with more than one factor, as arrays of
 *       labels in input order;
 *   <li>{@code components}: every strongly connected component (a single factor or a cycle) as an
 *       array of labels in input order, the components ordered by their first member's input
 *       position; a component's index in this array is its number in {@code skeleton};
 *   <li>{@code skeleton}: the transitive reduction of the component graph (the edges of the ISM
 *       digraph) as {@code [i, j]} component index pairs, sorted: component i reaches component j
 *       directly and through no other component;
 *   <li>{@code micmac}: {@code splitRule} ({@code "n/2"}, {@code "median"} or {@code "mean"}),
 *       {@code drivingThreshold}, {@code dependenceThreshold} (a power is strong when strictly
 *       greater) and {@code clusters} aligned with factors ({@code "autonomous"},
 *       {@code "dependent"}, {@code "linkage"} or {@code "independent"}).
 * </ul>
 */
public final class JsonExporter implements ModelExporter<IsmModel> {
  private static final JsonExporter DEFAULT =
      new JsonExporter(FactorNames.none(), null, null, true, false, false);

  private final FactorNames names;
  private final String input;
  private final String source;
  private final boolean pretty;
  private final boolean adversarial;
  private final boolean compact;

  private JsonExporter(FactorNames names, String input, String source, boolean pretty,
      boolean adversarial, boolean compact) {
    this.names = Objects.requireNonNull(names, "names");
    this.input = input;
    this.source = source;
    this.pretty = pretty;
    this.adversarial = adversarial;
    this.compact = compact;
  }

  /**
   * Returns an exporter that pretty-prints, without display names, input kind or source.
   *
   * @return the exporter
   */
  public static JsonExporter create() {
    return DEFAULT;
  }

  /**
   * Returns this exporter with display names for the factors.
   *
   * @param names label to name
   * @return a new exporter
   */
  public JsonExporter withNames(FactorNames names) {
    return new JsonExporter(Objects.requireNonNull(names, "names"), input, source, pretty, adversarial,
        compact);
  }

  /**
   * Returns this exporter stating the kind of input read, written as key {@code input}.
   *
   * @param kind {@code "ssim"} or {@code "reachability"}, or null to leave the key out
   * @return a new exporter
   */
  public JsonExporter withInputKind(String kind) {
    return new JsonExporter(names, kind, source, pretty, adversarial, compact);
  }

  /**
   * Returns this exporter naming what was analysed, written as key {@code source}.
   *
   * @param source a file or example name, or null to leave the key out
   * @return a new exporter
   */
  public JsonExporter withSource(String source) {
    return new JsonExporter(names, input, source, pretty, adversarial, compact);
  }

  /**
   * Returns this exporter with or without indentation.
   *
   * @param pretty true for two-space indentation, false for one line
   * @return a new exporter
   */
  public JsonExporter withPrettyPrinting(boolean pretty) {
    return new JsonExporter(names, input, source, pretty, adversarial, compact);
  }

  /**
   * Returns this exporter with or without the adversarial view: {@code partition} is then
   * {@code "adversarial"}, {@code levels} the result-first partition, and {@code levelsCauseFirst}
   * and {@code movable} are added.
   *
   * @param adversarial whether to write both partitions
   * @return a new exporter
   */
  public JsonExporter withAdversarial(boolean adversarial) {
    return new JsonExporter(names, input, source, pretty, adversarial, compact);
  }

  /**
   * Returns this exporter in the compact form for large models, or the full form (the default). The
   * compact form writes {@code transitiveLinkCount} (a number) instead of {@code transitiveLinks}
   * and leaves {@code reachability} out: both follow from {@code components} and {@code skeleton}
   * (factor i reaches j when j's component is i's or is reached from it along skeleton edges). Its
   * size is the IRM's n² characters plus O(n + skeleton edges), where the full form lists every
   * transitive link as a label pair (about 500 MB for 5,000 factors in one cycle).
   *
   * @param compact true for the compact form
   * @return a new exporter
   */
  public JsonExporter withCompactForm(boolean compact) {
    return new JsonExporter(names, input, source, pretty, adversarial, compact);
  }

  /**
   * Writes a model as one JSON object followed by a newline.
   *
   * @param model the analysed model
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  @Override
  public void export(IsmModel model, Writer out) throws IOException {
    JsonWriter w = new JsonWriter(out);
    w.setHtmlSafe(false);
    if (pretty) {
      w.setIndent("  ");
    }
    Labels labels = model.labels();
    int n = labels.size();
    Micmac micmac = model.micmac();
    w.beginObject();
    if (source != null) {
      w.name("source").value(source);
    }
    if (input != null) {
      w.name("input").value(input);
    }
    w.name("factors");
    Json.strings(w, labels);
    w.name("names").beginArray();
    for (String label : labels) {
      w.value(names.nameOf(label));
    }
    w.endArray();

    AdversarialPartition both = adversarial ? AdversarialPartition.of(model.finalReachability()) : null;
    LevelPartition levels = both != null ? both.resultFirst() : model.levels();
    w.name("partition").value(both != null ? "adversarial" : levels.direction().label());
    w.name("levels");
    levels(w, levels);
    w.name("level");
    ints(w, levels.levelsByFactor().toArray());
    if (both != null) {
      w.name("levelsCauseFirst");
      levels(w, both.causeFirst());
      w.name("movable");
      inline(w);
      for (String label : both.movable()) {
        w.value(label);
      }
      endInline(w);
    }

    w.name("drivingPower");
    ints(w, micmac.drivingPowers().toArray());
    w.name("dependencePower");
    ints(w, micmac.dependencePowers().toArray());

    ReachabilityMatrix irm = model.initialReachability();
    ReachabilityMatrix frm = model.finalReachability();
    w.name("initialReachability");
    rows(w, irm);
    if (compact) {
      // the IRM is a subset of the FRM (both with the diagonal)
      w.name("transitiveLinkCount").value(frm.ones() - irm.ones());
    } else {
      w.name("reachability");
      rows(w, frm);

      w.name("transitiveLinks").beginArray();
      try {
        frm.forEachTransitiveLink((i, j) -> {
          try {
            inline(w); // one pair per line
            w.value(labels.get(i)).value(labels.get(j));
            endInline(w);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      w.endArray();
    }

    w.name("cycles").beginArray();
    Condensation c = Access.condensation(model.finalReachability());
    for (int k = 0; k < c.componentCount(); k++) {
      if (c.isCycle(k)) {
        inline(w);
        for (int i : c.members(k)) {
          w.value(labels.get(i));
        }
        endInline(w);
      }
    }
    w.endArray();

    w.name("components").beginArray();
    for (int k = 0; k < c.componentCount(); k++) {
      inline(w); // one component per line
      for (int i : c.members(k)) {
        w.value(labels.get(i));
      }
      endInline(w);
    }
    w.endArray();

    w.name("skeleton").beginArray();
    for (LayeredDigraph.Edge e : model.digraph().skeletonEdges()) {
      inline(w); // one edge per line
      w.value(e.source().component()).value(e.target().component());
      endInline(w);
    }
    w.endArray();

    w.name("micmac").beginObject();
    w.name("splitRule").value(micmac.splitRule().label());
    w.name("drivingThreshold");
    Json.number(w, micmac.drivingThreshold());
    w.name("dependenceThreshold");
    Json.number(w, micmac.dependenceThreshold());
    w.name("clusters").beginArray();
    for (Cluster cl : micmac.clusters()) {
      w.value(cl.displayName());
    }
    w.endArray();
    w.endObject();

    w.endObject();
    w.flush();
    out.write('\n');
    out.flush();
  }

  private void levels(JsonWriter w, LevelPartition p) throws IOException {
    w.beginArray();
    for (Set<String> level : p.levels()) {
      inline(w); // one level per line
      for (String label : level) {
        w.value(label);
      }
      endInline(w);
    }
    w.endArray();
  }

  private void inline(JsonWriter w) throws IOException {
    Json.inline(w, pretty);
  }

  private void endInline(JsonWriter w) throws IOException {
    Json.endInline(w, pretty);
  }

  private void ints(JsonWriter w, int[] values) throws IOException {
    Json.ints(w, values, pretty); // numbers on one line
  }

  private static void rows(JsonWriter w, ReachabilityMatrix m) throws IOException {
    w.beginArray();
    for (int i = 0; i < m.size(); i++) {
      w.value(m.rowString(i));
    }
    w.endArray();
  }
}
