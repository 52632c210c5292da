package org.ism4j.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

/**
 * Writes a panel's aggregate, agreement and (optionally) stability as one JSON object, streamed
 * with Gson's {@link JsonWriter}. Immutable.
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
public final class PanelJson {
  private final Agreement agreement;
  private final Stability stability;

  private PanelJson(Agreement agreement, Stability stability) {
    this.agreement = Objects.requireNonNull(agreement, "agreement");
    this.stability = stability;
  }

  /**
   * Returns a writer of a panel's agreement, without stability.
   *
   * @param agreement the agreement, which holds the aggregate
   * @return the writer
   */
  public static PanelJson of(Agreement agreement) {
    return new PanelJson(agreement, null);
  }

  /**
   * Returns this writer with the stability section.
   *
   * @param stability the stability of the same panel and rule
   * @return a new writer
   * @throws IllegalArgumentException when the stability is of another factor set or rule
   */
  public PanelJson withStability(Stability stability) {
    Objects.requireNonNull(stability, "stability");
    if (!stability.factors().equals(agreement.factors()) || !stability.rule().equals(agreement.rule())) {
      throw new IllegalArgumentException("the stability (rule " + stability.rule()
          + ") is not of this panel's aggregate (rule " + agreement.rule() + ")");
    }
    return new PanelJson(agreement, stability);
  }

  /**
   * Returns the JSON text, pretty-printed.
   *
   * @return the JSON object, ending in a newline
   */
  public String toJson() {
    StringWriter w = new StringWriter();
    try {
      writeTo(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes the JSON object, pretty-printed, and a newline; {@code out} is flushed, not closed.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeTo(Writer out) throws IOException {
    JsonWriter w = new JsonWriter(out);
    w.setHtmlSafe(false);
    w.setIndent("  ");
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
    w.endObject();
    w.flush();
    out.write('\n');
    out.flush();
  }

  private void stability(JsonWriter w) throws IOException {
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
