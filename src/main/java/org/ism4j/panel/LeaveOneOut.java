package org.ism4j.panel;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import java.util.Objects;

/**
 * The model of a panel without one expert, compared with the full panel's. Immutable.
 *
 * @param expert the expert left out
 * @param levels every factor's level without that expert, in the panel's factor order
 * @param changedFactors the labels of the factors whose level differs from the full panel's, in
 *     factor order (an immutable snapshot; empty when the expert's absence changes nothing)
 */
public record LeaveOneOut(String expert, ImmutableIntArray levels, List<String> changedFactors) {
  /**
   * Creates a leave-one-out row, copying {@code changedFactors}.
   *
   * @param expert the expert left out
   * @param levels every factor's level without that expert, in the panel's factor order
   * @param changedFactors the labels of the factors whose level differs from the full panel's
   */
  public LeaveOneOut {
    Objects.requireNonNull(expert, "expert");
    Objects.requireNonNull(levels, "levels");
    changedFactors = ImmutableList.copyOf(changedFactors);
  }
}
