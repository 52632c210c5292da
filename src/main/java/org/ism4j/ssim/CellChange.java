package org.ism4j.ssim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One changed SSIM judgement: the relation read from {@code from} to {@code to} (so
 * {@code CellChange("B", "A", V)} sets the cell (A, B) to {@code A}). Immutable.
 *
 * @param from a factor label
 * @param to another factor label
 * @param relation the new relation, read from {@code from} to {@code to}
 */
public record CellChange(String from, String to, Relation relation) {
  /**
   * Validates the parts.
   *
   * @param from a factor label
   * @param to another factor label
   * @param relation the new relation
   * @throws IllegalArgumentException when {@code from.equals(to)}
   */
  public CellChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(relation, "relation");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a factor has no relation with itself (factor " + from + ")");
    }
  }

  /**
   * Reads a change written {@code FROM,TO=R}, such as {@code "A,B=O"}, against the labels of a model:
   * a label may itself hold commas when exactly one comma splits the text into two labels.
   *
   * @param text the change
   * @param labels the model's labels
   * @return the change
   * @throws IllegalArgumentException naming the text when it is malformed or names an unknown factor
   */
  public static CellChange parse(String text, Labels labels) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(labels, "labels");
    int eq = text.lastIndexOf('=');
    String rel = eq < 0 ? "" : text.substring(eq + 1).trim();
    Relation relation = rel.length() == 1 ? Relation.ofSymbol(rel.charAt(0)) : null;
    if (relation == null) {
      throw new IllegalArgumentException("'" + text
          + "': expected FROM,TO=R with R one of V, A, X or O");
    }
    String pair = text.substring(0, eq);
    List<int[]> splits = new ArrayList<>();
    for (int c = pair.indexOf(','); c >= 0; c = pair.indexOf(',', c + 1)) {
      String from = pair.substring(0, c).trim();
      String to = pair.substring(c + 1).trim();
      if (labels.contains(from) && labels.contains(to)) {
        splits.add(new int[] {labels.index(from), labels.index(to)});
      }
    }
    if (splits.size() != 1) {
      if (pair.indexOf(',') < 0) {
        throw new IllegalArgumentException("'" + text + "': expected FROM,TO=R (a comma between the factors)");
      }
      if (splits.isEmpty()) {
        int c = pair.indexOf(',');
        String from = pair.substring(0, c).trim();
        labels.index(labels.contains(from) ? pair.substring(c + 1).trim() : from);
      }
      throw new IllegalArgumentException("'" + text + "': the factors are ambiguous (labels with commas)");
    }
    int[] s = splits.get(0);
    return new CellChange(labels.get(s[0]), labels.get(s[1]), relation);
  }

  @Override
  public String toString() {
    return from + "," + to + "=" + relation.symbol();
  }
}
