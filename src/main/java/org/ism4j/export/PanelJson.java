package org.ism4j.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ism4j.panel.Agreement;
import org.ism4j.panel.CellAgreement;
import org.ism4j.panel.ExpertAgreement;
import org.ism4j.panel.FactorStability;
import org.ism4j.panel.LeaveOneOut;
import org.ism4j.panel.Stability;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.jspecify.annotations.Nullable;

/**
 * Writes a panel's aggregate, agreement and (optionally) stability as one JSON object, streamed
 * with Gson's {@link JsonWriter}: {@code PanelJson.create().withStability(s).export(agreement, out)}.
 * Immutable.
 *
 * <p>The keys below are a public contract: new keys may be added, none is renamed or dropped.
 * Shares are numbers between 0 and 1.
 *
 * <ul>
 *   <li>{@code factors}: the labels in the panel's order (the first expert's);
 *   <li>{@code experts}: the experts' names in panel order;
 *   <li>{@code rule}: {@code "majority"}, {@code "mode"}, {@code "unanimous"} or
 *       {@code "threshold=T"};
 *   <li>{@code ssim}: the aggregated SSIM as n arrays of n strings, the cell's symbol above the
 *       diagonal and {@code ""} on and below it;
 *   <li>{@code fleissKappa} (a number) and {@code kappaReading} (its Landis &amp; Koch band, such as
 *       {@code "substantial"});
 *   <li>{@code agreement}: every cell, row by row: {@code from}, {@code to}, {@code symbol} (the
 *       aggregate's), {@code share} (of the experts who wrote it), {@code counts}
 *       {@code {"V", "A", "X", "O"}} and {@code tied} (true where the mode rule met a tie);
 *   <li>{@code expertAgreement}: {@code [{expert, agreement}]}, the share of cells where the expert
 *       wrote the aggregate's symbol;
 *   <li>{@code contested}: the cells where some expert differs from the aggregate, lowest share
 *       first, shaped as in {@code agreement};
 *   <li>{@code stability} (only with {@link #withStability(Stability)}): {@code resamples},
 *       {@code seed}, {@code identicalLevels} (the share of resamples whose levels all equal the
 *       full panel's), {@code factors} {@code [{factor, level, stability, levelCounts}]} with
 *       {@code levelCounts} an object from level (as a string) to the number of resamples, and
 *       {@code leaveOneOut} {@code [{expert, changedFactors}]}.
 * </ul>
 */
public final class PanelJson implements ModelExporter<Agreement> {
  private static final PanelJson PLAIN = new PanelJson(null, null);

  /** The agreement a writer of the deprecated {@link #of} is bound to, or null. */
  private final @Nullable Agreement bound;
  private final @Nullable Stability stability;

  private PanelJson(@Nullable Agreement bound, @Nullable Stability stability) {
    this.bound = bound;
    this.stability = stability;
  }

  /**
   * Returns the writer of a panel's agreement, without stability.
   *
   * @return the writer
   */
  public static PanelJson create() {
    return PLAIN;
  }

  /**
   * Returns a writer of a panel's agreement, without stability.
   *
   * @param agreement the agreement, which holds the aggregate
   * @return the writer
   * @deprecated use {@link #create()} and {@link #export(Agreement, Writer)}, as every writer of
   *     the package is used
   */
  @Deprecated(since = "0.2.0")
  public static PanelJson of(Agreement agreement) {
    return new PanelJson(Objects.requireNonNull(agreement, "agreement"), null);
  }

  /**
   * Returns this writer with the stability section.
   *
   * @param stability the stability of the panel and rule of the agreement to be written
   * @return a new writer
   * @throws IllegalArgumentException for a writer of {@link #of}, when the stability is of another
   *     factor set or rule (otherwise {@link #export(Agreement, Writer)} checks it)
   */
  public PanelJson withStability(Stability stability) {
    Objects.requireNonNull(stability, "stability");
    if (bound != null) {
      checkStability(bound, stability);
    }
    return new PanelJson(bound, stability);
  }

  private static void checkStability(Agreement agreement, Stability stability) {
    if (!stability.factors().equals(agreement.factors()) || !stability.rule().equals(agreement.rule())) {
      throw new IllegalArgumentException("the stability (rule " + stability.rule()
          + ") is not of this panel's aggregate (rule " + agreement.rule() + ")");
    }
  }

  /**
   * Returns the JSON text of the agreement given to {@link #of}, pretty-printed.
   *
   * @return the JSON object, ending in a newline
   * @throws IllegalStateException for a writer of {@link #create()}, which has no agreement
   * @deprecated use {@link #toString(Object) toString(agreement)}
   */
  @Deprecated(since = "0.2.0")
  public String toJson() {
    return toString(bound());
  }

  /**
   * Writes the JSON object of the agreement given to {@link #of}, pretty-printed, and a newline;
   * {@code out} is flushed, not closed.
   *
   * @param out where to write
   * @throws IOException when writing fails
   * @throws IllegalStateException for a writer of {@link #create()}, which has no agreement
   * @deprecated use {@link #export(Agreement, Writer)}
   */
  @Deprecated(since = "0.2.0")
  public void writeTo(Writer out) throws IOException {
    export(bound(), out);
  }

  private Agreement bound() {
    if (bound == null) {
      throw new IllegalStateException("this writer has no agreement: call export(agreement, out)");
    }
    return bound;
  }

  /**
   * Writes the JSON object of an agreement, pretty-printed, and a newline.
   *
   * @param agreement the agreement, which holds the aggregate
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when this writer's stability is of another factor set or rule
   */
  @Override
  public void export(Agreement agreement, Writer out) throws IOException {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(out, "out");
    if (stability != null) {
      checkStability(agreement, stability);
    }
    JsonWriter w = Json.writer(out);
    Ssim ssim = agreement.ssim();
    Labels labels = ssim.labels();
    int n = labels.size();
    w.beginObject();
    Json.strings(w.name("factors"), labels);
    Json.strings(w.name("experts"), agreement.experts());
    w.name("rule").value(agreement.rule().toString());
    w.name("ssim").beginArray();
    for (int i = 0; i < n; i++) {
      w.beginArray();
      for (int j = 0; j < n; j++) {
        w.value(j > i ? String.valueOf(ssim.relation(i, j).symbol()) : "");
      }
      w.endArray();
    }
    w.endArray();
    w.name("fleissKappa").value(agreement.fleissKappa());
    w.name("kappaReading").value(agreement.kappaReading());
    cells(w.name("agreement"), agreement.cells());
    w.name("expertAgreement").beginArray();
    for (ExpertAgreement e : agreement.expertAgreement()) {
      w.beginObject().name("expert").value(e.expert()).name("agreement").value(e.agreement())
          .endObject();
    }
    w.endArray();
    cells(w.name("contested"), agreement.contested());
    if (stability != null) {
      stability(w.name("stability"));
    }
    Json.end(w, out);
  }

  private void stability(JsonWriter w) throws IOException {
    Stability stability = Objects.requireNonNull(this.stability);
    w.beginObject();
    w.name("resamples").value(stability.resamples());
    w.name("seed").value(stability.seed());
    w.name("identicalLevels").value(stability.identicalLevels());
    w.name("factors").beginArray();
    for (FactorStability f : stability.factorStability()) {
      w.beginObject();
      w.name("factor").value(f.factor());
      w.name("level").value(f.level());
      w.name("stability").value(f.stability());
      w.name("levelCounts").beginObject();
      for (Map.Entry<Integer, Integer> e : f.levelCounts().entrySet()) {
        w.name(String.valueOf(e.getKey())).value(e.getValue());
      }
      w.endObject();
      w.endObject();
    }
    w.endArray();
    w.name("leaveOneOut").beginArray();
    for (LeaveOneOut row : stability.leaveOneOut()) {
      w.beginObject().name("expert").value(row.expert());
      Json.strings(w.name("changedFactors"), row.changedFactors());
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }

  private static void cells(JsonWriter w, List<CellAgreement> cells) throws IOException {
    w.beginArray();
    for (CellAgreement c : cells) {
      w.beginObject();
      w.name("from").value(c.from());
      w.name("to").value(c.to());
      w.name("symbol").value(String.valueOf(c.symbol().symbol()));
      w.name("share").value(c.share());
      w.name("counts").beginObject();
      for (Relation r : Relation.values()) {
        w.name(r.name()).value(c.count(r));
      }
      w.endObject();
      w.name("tied").value(c.tied());
      w.endObject();
    }
    w.endArray();
  }
}
