package org.ism4j.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.ism4j.IsmModel;
import org.ism4j.level.LevelPartition;
import org.ism4j.ssim.CellChange;
import org.ism4j.ssim.Labels;

/**
 * The effect of a set of changed judgements: the model before and after, and the factors that
 * change level. Immutable.
 */
public final class WhatIf {
  private final IsmModel before;
  private final IsmModel after;
  private final List<CellChange> changes;
  private final List<Move> moved;

  private WhatIf(IsmModel before, IsmModel after, List<CellChange> changes) {
    this.before = before;
    this.after = after;
    this.changes = changes;
    Labels labels = before.labels();
    ImmutableList.Builder<Move> b = ImmutableList.builder();
    for (int k = 0; k < labels.size(); k++) {
      int l0 = before.levels().levelOf(k);
      int l1 = after.levels().levelOf(k);
      if (l0 != l1) {
        b.add(new Move(labels.get(k), l0, l1));
      }
    }
    this.moved = b.build();
  }

  /**
   * Applies changes to a model ({@link IsmModel#with(Collection)}) and compares the levels.
   *
   * @param model the model as given
   * @param changes the changed judgements; later changes of the same cell win
   * @return the comparison
   * @throws IllegalArgumentException when a change names an unknown factor
   */
  public static WhatIf of(IsmModel model, Collection<CellChange> changes) {
    Objects.requireNonNull(model, "model");
    List<CellChange> copy = ImmutableList.copyOf(changes);
    return new WhatIf(model, model.with(copy), copy);
  }

  /**
   * Returns the model as given.
   *
   * @return the model before the changes
   */
  public IsmModel before() {
    return before;
  }

  /**
   * Returns the model with the changes.
   *
   * @return the model after the changes
   */
  public IsmModel after() {
    return after;
  }

  /**
   * Returns the changes.
   *
   * @return an immutable snapshot, in the order given
   */
  public List<CellChange> changes() {
    return changes;
  }

  /**
   * Returns the factors whose level changes, in input order.
   *
   * @return an immutable snapshot
   */
  public List<Move> moved() {
    return moved;
  }

  /**
   * Returns the levels before the changes.
   *
   * @return the partition before
   */
  public LevelPartition levelsBefore() {
    return before.levels();
  }

  /**
   * Returns the levels after the changes.
   *
   * @return the partition after
   */
  public LevelPartition levelsAfter() {
    return after.levels();
  }

  /**
   * Returns whether the changes alter the cycles (a cycle forms, merges, splits or breaks).
   *
   * @return whether the cycles differ
   */
  public boolean cyclesChanged() {
    return !before.cycles().equals(after.cycles());
  }
}
