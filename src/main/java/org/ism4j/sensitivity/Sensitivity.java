package org.ism4j.sensitivity;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ism4j.IsmModel;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.SingleChanges;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/**
 * Which judgements decide the hierarchy: for every SSIM cell (i, j), i &lt; j, and each of its three
 * alternative symbols, the factors whose level the change moves, the number of levels after it and
 * whether the cycles change. Immutable and thread-safe.
 *
 * <pre>{@code
 * Sensitivity s = Sensitivity.of(model);
 * s.pivotal().get(0);              // the judgement whose change moves the most factors
 * s.movingChanges("Training");     // how many single-cell changes move that factor
 * s.robust();                      // judgements no single change of which alters any level
 * }</pre>
 *
 * <p>Cost: 3·n(n−1)/2 changes, each worked from the closure of the unchanged model (an added link
 * ORs one row into the rows that reach its tail; a removed link recloses only the rows that reached
 * its tail), then levels in O(n²/64 + ones) per change.
 */
public final class Sensitivity {
  private final Labels labels;
  private final ImmutableIntArray levels;
  private final int levelCount;
  private final List<CellSensitivity> cells;
  private final List<CellSensitivity> pivotal;
  private final List<CellSensitivity> robust;
  private final ImmutableIntArray movingChanges;

  private Sensitivity(Labels labels, int[] levels, int levelCount, List<CellSensitivity> cells,
      int[] movingChanges) {
    this.labels = labels;
    this.levels = ImmutableIntArray.copyOf(levels);
    this.levelCount = levelCount;
    this.cells = ImmutableList.copyOf(cells);
    List<CellSensitivity> p = new ArrayList<>();
    ImmutableList.Builder<CellSensitivity> r = ImmutableList.builder();
    for (CellSensitivity c : cells) {
      if (c.isRobust()) {
        r.add(c);
      } else {
        p.add(c);
      }
    }
    p.sort(Comparator.comparingInt(CellSensitivity::maxMoved).reversed());
    this.pivotal = ImmutableList.copyOf(p);
    this.robust = r.build();
    this.movingChanges = ImmutableIntArray.copyOf(movingChanges);
  }

  /**
   * Computes the sensitivity of an analysed model's SSIM.
   *
   * @param model the model
   * @return the sensitivity
   */
  public static Sensitivity of(IsmModel model) {
    Objects.requireNonNull(model, "model");
    return of(model.ssim());
  }

  /**
   * Computes the sensitivity of an SSIM.
   *
   * @param ssim the SSIM
   * @return the sensitivity
   */
  public static Sensitivity of(Ssim ssim) {
    Objects.requireNonNull(ssim, "ssim");
    Labels labels = ssim.labels();
    int n = labels.size();
    BitMatrix irm = Access.bits(ssim);
    SingleChanges changes = new SingleChanges(irm);
    int[] base = changes.baseLevels();
    int[] moving = new int[n];
    List<CellSensitivity> cells = new ArrayList<>(n * (n - 1) / 2);
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Relation now = Relation.of(changes.link(i, j), changes.link(j, i));
        List<Alternative> alternatives = new ArrayList<>(3);
        for (Relation r : Relation.values()) {
          if (r == now) {
            continue;
          }
          changes.evaluate(i, j, r.forward(), r.backward());
          int[] after = changes.levels();
          moves.clear();
          for (int k = 0; k < n; k++) {
            if (after[k] != base[k]) {
              moves.add(new Move(labels.get(k), base[k], after[k]));
              moving[k]++;
            }
          }
          alternatives.add(new Alternative(r, moves, changes.levelCount(),
              changes.componentsChanged()));
        }
        cells.add(new CellSensitivity(labels.get(i), labels.get(j), now, alternatives));
      }
    }
    return new Sensitivity(labels, base, changes.baseLevelCount(), cells, moving);
  }

  /**
   * Returns the factors.
   *
   * @return the labels in input order
   */
  public Labels factors() {
    return labels;
  }

  /**
   * Returns the level of each factor as given (1 = top), by input index.
   *
   * @return the levels
   */
  public ImmutableIntArray levels() {
    return levels;
  }

  /**
   * Returns the number of levels as given.
   *
   * @return the level count
   */
  public int levelCount() {
    return levelCount;
  }

  /**
   * Returns every judgement, row by row: (0, 1), (0, 2), …, (n−2, n−1).
   *
   * @return an immutable snapshot of n(n−1)/2 cells
   */
  public List<CellSensitivity> cells() {
    return cells;
  }

  /**
   * Returns the number of single-cell changes considered.
   *
   * @return 3·n(n−1)/2
   */
  public int changeCount() {
    return 3 * cells.size();
  }

  /**
   * Returns the pivotal judgements: the cells some change of which moves a factor, the most factors
   * moved first ({@link CellSensitivity#maxMoved()}), ties in row order.
   *
   * @return an immutable snapshot
   */
  public List<CellSensitivity> pivotal() {
    return pivotal;
  }

  /**
   * Returns the robust judgements: the cells no single change of which alters any level (it may
   * still change a cycle without moving a factor), in row order.
   *
   * @return an immutable snapshot
   */
  public List<CellSensitivity> robust() {
    return robust;
  }

  /**
   * Returns how many of the single-cell changes move a factor to another level: how firmly it sits
   * on its level (0 = no single change moves it).
   *
   * @param factor a label
   * @return the number of changes, between 0 and {@link #changeCount()}
   * @throws IllegalArgumentException for an unknown label
   */
  public int movingChanges(String factor) {
    return movingChanges.get(labels.index(factor));
  }

  /**
   * Returns {@link #movingChanges(String)} of every factor, by input index.
   *
   * @return the counts
   */
  public ImmutableIntArray movingChanges() {
    return movingChanges;
  }

  @Override
  public String toString() {
    return "Sensitivity[" + labels.size() + " factors, " + changeCount() + " changes, "
        + pivotal.size() + " pivotal cells]";
  }
}
