package org.ism4j.tism;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ism4j.level.LevelPartition;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.SsimFormatException;
import org.jspecify.annotations.Nullable;

/**
 * A total interpretive structural model: the factors, their levels, and every link of the final
 * reachability matrix with its interpretation — direct links from the interpretation table,
 * transitive links with their shortest path and, from the optional significance table, whether they
 * stay in the model and why. Immutable and thread-safe.
 *
 * <pre>{@code
 * IsmModel m = IsmAnalyzer.analyze(ssim);
 * Tism t = Tism.of(m.initialReachability(), m.levels(),
 *     InterpretationTable.parseInterpretations(Path.of("interpretations.tsv")), null);
 * t.links();      // direct and transitive, row by row
 * t.warnings();   // direct links without an interpretation
 * }</pre>
 */
public final class Tism {
  private final Labels labels;
  private final LevelPartition levels;
  private final List<TismLink> links;
  private final List<String> warnings;

  private Tism(Labels labels, LevelPartition levels, List<TismLink> links, List<String> warnings) {
    this.labels = labels;
    this.levels = levels;
    this.links = ImmutableList.copyOf(links);
    this.warnings = ImmutableList.copyOf(warnings);
  }

  /**
   * Joins a model's links with their interpretations. O(n²) for the links, plus a breadth-first
   * search over the direct links per transitive link.
   *
   * @param irm the initial reachability matrix (the direct links)
   * @param levels the levels to report (any partition of the same factors)
   * @param interpretations one row per direct link
   * @param significance one row per transitive link that the experts reviewed, or null for none (no
   *     transitive link is then significant)
   * @return the TISM
   * @throws SsimFormatException at the row of an unknown label, of an interpretation of a pair that
   *     is no direct link, or of a significance row for a pair that is no transitive link
   */
  public static Tism of(ReachabilityMatrix irm, LevelPartition levels,
      InterpretationTable interpretations, @Nullable InterpretationTable significance) {
    Objects.requireNonNull(irm, "irm");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(interpretations, "interpretations");
    Labels labels = irm.labels();
    ReachabilityMatrix frm = irm.closure();
    for (InterpretationTable.Row r : interpretations.rows()) {
      int i = index(labels, r.from(), r);
      int j = index(labels, r.to(), r);
      if (i == j || !irm.reaches(i, j)) {
        throw new SsimFormatException(r.line(), r.column(), r.from(), r.from() + " \u2192 " + r.to()
            + " is not a direct link" + (i != j && frm.reaches(i, j)
                ? " but a transitive one (give it in the significance table)"
                : " (the SSIM does not say " + r.from() + " influences " + r.to() + ")"));
      }
    }
    if (significance != null) {
      for (InterpretationTable.Row r : significance.rows()) {
        int i = index(labels, r.from(), r);
        int j = index(labels, r.to(), r);
        if (!frm.isTransitiveLink(i, j)) {
          throw new SsimFormatException(r.line(), r.column(), r.from(), r.from() + " \u2192 " + r.to()
              + " is not a transitive link" + (i != j && irm.reaches(i, j)
                  ? " but a direct one (interpret it in the interpretation table)" : ""));
        }
      }
    }
    List<TismLink> links = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int n = labels.size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j || !frm.reaches(i, j)) {
          continue;
        }
        String from = labels.get(i);
        String to = labels.get(j);
        if (irm.reaches(i, j)) {
          InterpretationTable.Row r = interpretations.row(from, to);
          if (r == null || r.interpretation().isEmpty()) {
            warnings.add("direct link " + from + " \u2192 " + to + " has no interpretation");
          }
          links.add(new TismLink(from, to, TismLink.Kind.DIRECT, r == null ? "" : r.interpretation(),
              List.of(), true));
        } else {
          InterpretationTable.Row r = significance == null ? null : significance.row(from, to);
          links.add(new TismLink(from, to, TismLink.Kind.TRANSITIVE,
              r == null ? "" : r.interpretation(), via(irm, i, j), r != null && r.significant()));
        }
      }
    }
    return new Tism(labels, levels, links, warnings);
  }

  private static int index(Labels labels, String label, InterpretationTable.Row r) {
    int i = labels.indexOf(label);
    if (i < 0) {
      String message;
      try {
        labels.index(label);
        message = "unknown factor '" + label + "'";
      } catch (IllegalArgumentException e) {
        message = e.getMessage();
      }
      throw new SsimFormatException(r.line(), r.column(), label, message);
    }
    return i;
  }

  /** The intermediate factors of a shortest path of direct links from i to j (breadth first). */
  private static List<String> via(ReachabilityMatrix irm, int from, int to) {
    List<Integer> path = irm.shortestPath(from, to);
    List<String> via = new ArrayList<>();
    for (int k = 1; k < path.size() - 1; k++) {
      via.add(irm.labels().get(path.get(k)));
    }
    return via;
  }

  /**
   * Returns the factors.
   *
   * @return the labels in input order
   */
  public Labels labels() {
    return labels;
  }

  /**
   * Returns the levels.
   *
   * @return level 1 (the top) first, each level's labels in input order
   */
  public List<Set<String>> levels() {
    return levels.levels();
  }

  /**
   * Returns the level partition.
   *
   * @return the partition given to {@link #of}
   */
  public LevelPartition partition() {
    return levels;
  }

  /**
   * Returns every link, direct and transitive, row by row (by the input position of {@code from},
   * then of {@code to}).
   *
   * @return an immutable list
   */
  public List<TismLink> links() {
    return links;
  }

  /**
   * Returns the transitive links, the table the experts review.
   *
   * @return an immutable list, row by row
   */
  public List<TismLink> transitiveLinks() {
    return links.stream().filter(l -> !l.isDirect()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the links of the TISM digraph: every direct link and the significant transitive ones.
   *
   * @return an immutable list, row by row
   */
  public List<TismLink> keptLinks() {
    return links.stream().filter(TismLink::significant).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the link between two factors, if any.
   *
   * @param from the influencing factor
   * @param to the influenced factor
   * @return the link, or null when {@code from} does not reach {@code to}
   * @throws IllegalArgumentException for an unknown label
   */
  public @Nullable TismLink link(String from, String to) {
    labels.index(from);
    labels.index(to);
    for (TismLink l : links) {
      if (l.from().equals(from) && l.to().equals(to)) {
        return l;
      }
    }
    return null;
  }

  /**
   * Returns the cell of the interpretive matrix: the interpretation of a direct link, {@code via k}
   * (the intermediate factors, comma-separated) for a significant transitive link, else empty.
   *
   * @param from the row factor
   * @param to the column factor
   * @return the cell text
   * @throws IllegalArgumentException for an unknown label
   */
  public String cell(String from, String to) {
    TismLink l = link(from, to);
    if (l == null || !l.significant()) {
      return "";
    }
    return l.isDirect() ? l.interpretation() : "via " + String.join(", ", l.via());
  }

  /**
   * Returns the warnings: one per direct link without an interpretation.
   *
   * @return an immutable list of sentences
   */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "Tism[" + labels.size() + " factors, " + links.size() + " links]";
  }
}
