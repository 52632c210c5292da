package org.ism4j.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.ism4j.level.LevelPartition;
import org.ism4j.sensitivity.Alternative;
import org.ism4j.sensitivity.CellSensitivity;
import org.ism4j.sensitivity.Move;
import org.ism4j.sensitivity.Sensitivity;
import org.ism4j.sensitivity.WhatIf;
import org.ism4j.ssim.CellChange;

/**
 * Writes a {@link Sensitivity} as one JSON object, streamed with Gson's {@link JsonWriter}.
 * Immutable. The keys are a public contract: new keys may be added, none is renamed or dropped.
 *
 * <ul>
 *   <li>{@code factors}: the labels in input order;
 *   <li>{@code levelCount}: the number of levels as given; {@code changes}: 3·n(n−1)/2;
 *   <li>{@code cells}: every judgement (i, j), i &lt; j, row by row: {@code from}, {@code to},
 *       {@code symbol}, and {@code alternatives}, the three other symbols in V, A, X, O order:
 *       {@code [{symbol, movedFactors, levelCount, cyclesChanged}]}, with {@code movedFactors} the
 *       labels whose level changes and {@code levelCount} the number of levels after the change;
 *   <li>{@code firmness}: {@code [{factor, level, movingChanges}]}, how many single-cell changes
 *       move the factor;
 *   <li>{@code pivotal}: the cells some change of which moves a factor, most factors moved first
 *       (at most {@link #withTop(int)} of them): {@code from}, {@code to}, {@code symbol},
 *       {@code alternative} (the symbol that moves the most), {@code movedFactors},
 *       {@code levelCount}, {@code cyclesChanged};
 *   <li>{@code robust}: {@code [{from, to, symbol}]}, the cells no single change of which alters
 *       any level.
 * </ul>
 *
 * <p>{@link #whatIf()} writes a {@link WhatIf}: {@code changes} {@code [{from, to, symbol}]},
 * {@code before} and {@code after} (each {@code {levels}}, arrays of labels, level 1 first, and
 * {@code cycles}), and {@code moved} {@code [{factor, before, after}]}.
 */
public final class SensitivityJson implements ModelExporter<Sensitivity> {
  private static final SensitivityJson ALL = new SensitivityJson(Integer.MAX_VALUE);
  private final int top;

  private SensitivityJson(int top) {
    this.top = top;
  }

  /**
   * Returns the writer with every pivotal cell.
   *
   * @return the writer
   */
  public static SensitivityJson create() {
    return ALL;
  }

  /**
   * Returns this writer listing at most {@code top} pivotal cells ({@code cells} stays complete).
   *
   * @param top the most pivotal cells, at least 0
   * @return a new writer
   * @throws IllegalArgumentException when {@code top} is negative
   */
  public SensitivityJson withTop(int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top must be at least 0: " + top);
    }
    return new SensitivityJson(top);
  }

  /**
   * Returns the writer of what-if comparisons.
   *
   * @return the writer
   */
  public static ModelExporter<WhatIf> whatIf() {
    return SensitivityJson::writeWhatIf;
  }

  @Override
  public void export(Sensitivity s, Writer out) throws IOException {
    JsonWriter w = Json.writer(out);
    w.beginObject();
    Json.strings(w.name("factors"), s.factors());
    w.name("levelCount").value(s.levelCount());
    w.name("changes").value(s.changeCount());
    w.name("cells").beginArray();
    for (CellSensitivity c : s.cells()) {
      cell(w, c);
      w.name("alternatives").beginArray();
      for (Alternative a : c.alternatives()) {
        w.beginObject();
        w.name("symbol").value(String.valueOf(a.relation().symbol()));
        alternative(w, a);
        w.endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();
    w.name("firmness").beginArray();
    for (int k = 0; k < s.factors().size(); k++) {
      w.beginObject();
      w.name("factor").value(s.factors().get(k));
      w.name("level").value(s.levels().get(k));
      w.name("movingChanges").value(s.movingChanges().get(k));
      w.endObject();
    }
    w.endArray();
    w.name("pivotal").beginArray();
    List<CellSensitivity> pivotal = s.pivotal();
    for (CellSensitivity c : pivotal.subList(0, Math.min(top, pivotal.size()))) {
      cell(w, c);
      Alternative a = c.mostMoving();
      w.name("alternative").value(String.valueOf(a.relation().symbol()));
      alternative(w, a);
      w.endObject();
    }
    w.endArray();
    w.name("robust").beginArray();
    for (CellSensitivity c : s.robust()) {
      cell(w, c);
      w.endObject();
    }
    w.endArray();
    Json.end(w, out);
  }

  private static void writeWhatIf(WhatIf wi, Writer out) throws IOException {
    JsonWriter w = Json.writer(out);
    w.beginObject();
    w.name("changes").beginArray();
    for (CellChange c : wi.changes()) {
      w.beginObject();
      w.name("from").value(c.from());
      w.name("to").value(c.to());
      w.name("symbol").value(String.valueOf(c.relation().symbol()));
      w.endObject();
    }
    w.endArray();
    partition(w.name("before"), wi.levelsBefore(), wi.before().cycles());
    partition(w.name("after"), wi.levelsAfter(), wi.after().cycles());
    w.name("moved").beginArray();
    for (Move m : wi.moved()) {
      w.beginObject();
      w.name("factor").value(m.factor());
      w.name("before").value(m.before());
      w.name("after").value(m.after());
      w.endObject();
    }
    w.endArray();
    Json.end(w, out);
  }

  private static void partition(JsonWriter w, LevelPartition p, List<List<String>> cycles)
      throws IOException {
    w.beginObject();
    w.name("levels").beginArray();
    for (Set<String> level : p.levels()) {
      w.beginArray();
      for (String f : level) {
        w.value(f);
      }
      w.endArray();
    }
    w.endArray();
    w.name("cycles").beginArray();
    for (List<String> c : cycles) {
      Json.strings(w, c);
    }
    w.endArray();
    w.endObject();
  }

  /** Opens the cell's object and writes from, to and symbol. */
  private static void cell(JsonWriter w, CellSensitivity c) throws IOException {
    w.beginObject();
    w.name("from").value(c.from());
    w.name("to").value(c.to());
    w.name("symbol").value(String.valueOf(c.relation().symbol()));
  }

  private static void alternative(JsonWriter w, Alternative a) throws IOException {
    Json.strings(w.name("movedFactors"), a.movedFactors());
    w.name("levelCount").value(a.levelCount());
    w.name("cyclesChanged").value(a.cyclesChanged());
  }
}
