package org.ism4j.report;

import org.ism4j.ssim.FactorNames;
import org.ism4j.internal.Decimals;
import org.ism4j.internal.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Objects;
import org.ism4j.IsmModel;
import org.ism4j.micmac.Micmac;
import org.ism4j.ssim.Labels;

/** What the text and Markdown reports share: their settings and the facts they state. Immutable. */
final class ReportData {
  /** Labels up to this display width serve as matrix headers; longer ones are replaced by numbers. */
  static final int SHORT_LABEL = 5;

  final IsmModel model;
  final FactorNames names;
  final String source;
  final String input;
  final int matrixLimit;

  ReportData(IsmModel model, FactorNames names, String source, String input, int matrixLimit) {
    this.model = Objects.requireNonNull(model, "model");
    this.names = Objects.requireNonNull(names, "names");
    this.source = source;
    this.input = input;
    if (matrixLimit < 0) {
      throw new IllegalArgumentException("negative matrix limit: " + matrixLimit);
    }
    this.matrixLimit = matrixLimit;
  }

  ReportData withNames(FactorNames n) {
    return new ReportData(model, n, source, input, matrixLimit);
  }

  ReportData withSource(String s) {
    return new ReportData(model, names, s, input, matrixLimit);
  }

  ReportData withInput(String i) {
    return new ReportData(model, names, source, i, matrixLimit);
  }

  ReportData withMatrixLimit(int limit) {
    return new ReportData(model, names, source, input, limit);
  }

  int size() {
    return model.size();
  }

  Labels labels() {
    return model.labels();
  }

  /** The display name of a factor, or the empty string when it has none. */
  String name(String label) {
    return names.hasName(label) ? names.nameOf(label) : "";
  }

  /** Whether the n×n matrices and the iteration tables are printed. */
  boolean showMatrices() {
    return size() <= matrixLimit;
  }

  /** Whether the labels are too wide for matrix headers, so factors are keyed by number. */
  boolean keyedByNumber() {
    for (String label : labels()) {
      if (TextMetrics.columns(label) > SHORT_LABEL) {
        return true;
      }
    }
    return false;
  }

  /** The short names of the factors in matrices and iteration tables: labels or 1..n. */
  List<String> keys() {
    if (!keyedByNumber()) {
      return labels();
    }
    List<String> keys = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      keys.add(Integer.toString(i + 1));
    }
    return keys;
  }

  /** Whether a factor table (number, label, name) helps the reader. */
  /** A factor as matrices and set lists show it: its label, or its number when labels are long. */
  String key(String label, boolean numbers, List<String> keys) {
    return numbers ? keys.get(labels().index(label)) : label;
  }

  /** Factors as a comma-separated list of {@link #key keys}, each passed through {@code escape}. */
  String keyList(List<String> labels, boolean numbers, List<String> keys, UnaryOperator<String> escape) {
    StringBuilder sb = new StringBuilder();
    for (String label : labels) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(escape.apply(key(label, numbers, keys)));
    }
    return sb.toString();
  }

  boolean showFactorTable() {
    return !names.isEmpty() || (keyedByNumber() && showMatrices());
  }

  /** The input kind as prose, or null when unknown. */
  String inputDescription() {
    if (input == null) {
      return null;
    }
    switch (input) {
      case "ssim":
        return "SSIM";
      case "reachability":
        return "reachability matrix";
      default:
        return input;
    }
  }

  long irmOnes() {
    return model.initialReachability().ones();
  }

  long frmOnes() {
    return model.finalReachability().ones();
  }

  /** The number of cells the closure added (the IRM is a subset of the FRM). */
  long transitiveLinkCount() {
    return frmOnes() - irmOnes();
  }

  /** The components with more than one member, in input order of their first member. */
  List<int[]> cycles() {
    List<int[]> cycles = new ArrayList<>();
    for (List<String> members : model.cycles()) {
      int[] c = new int[members.size()];
      for (int k = 0; k < c.length; k++) {
        c[k] = labels().index(members.get(k));
      }
      cycles.add(c);
    }
    return cycles;
  }

  /** Whether the whole model (two factors or more) is one cycle. */
  boolean oneCycle() {
    List<List<String>> cycles = model.cycles();
    return size() > 1 && cycles.size() == 1 && cycles.get(0).size() == size();
  }

  /** The one-sentence summary of the cycles, lower-case, no final period. */
  String cycleSentence() {
    int n = size();
    List<int[]> cycles = cycles();
    if (oneCycle()) {
      return "all " + n + " factors form one cycle: every factor reaches every other, so all share level 1";
    }
    if (cycles.isEmpty()) {
      return "no cycles: no two factors reach each other, so every factor is a component of its own";
    }
    int members = 0;
    for (int[] c : cycles) {
      members += c.length;
    }
    return (cycles.size() == 1 ? "one cycle" : cycles.size() + " cycles") + " (" + members + " of " + n
        + " factors): the factors of a cycle reach each other, so they share a level";
  }

  /** The level of a cycle (all its members share it). */
  int levelOf(int[] cycle) {
    return model.levels().levelOf(cycle[0]);
  }

  /** How a MICMAC threshold is stated: {@code > 8.5}. */
  String thresholds() {
    Micmac m = model.micmac();
    String d = number(m.drivingThreshold());
    String e = number(m.dependenceThreshold());
    return d.equals(e)
        ? "a power is strong when > " + d + " (ties are weak)"
        : "driving power is strong when > " + d + ", dependence power when > " + e + " (ties are weak)";
  }

  /** Formats a threshold: an integer without decimals, else rounded to at most 3 decimals. */
  static String number(double x) {
    return Decimals.format(x, Decimals.THRESHOLD);
  }

  /** The note printed instead of matrices for a big model. */
  String skippedNote() {
    return "not printed for " + size() + " factors (matrices and iteration tables are printed up to "
        + matrixLimit + " factors; the JSON export holds the full reachability matrix)";
  }
}
