package org.ism4j.testing;

import java.util.Objects;
import org.ism4j.IsmModel;
import org.ism4j.level.LevelPartition;

/**
 * Entry points of the fluent assertions: {@code import static org.ism4j.testing.IsmAssertions.assertThat;}
 *
 * <pre>{@code
 * assertThat(model).hasLevelCount(4).hasLevel("Motivation", 1).sharesLevel("Cost", "Price")
 *     .isAbove("Loyalty", "Cost").reaches("Cost", "Loyalty").hasCluster("Cost", Cluster.INDEPENDENT);
 * assertThat(partition).hasLevel("Cost", 4);
 * assertThat(model).matchesSnapshot(Path.of("src/test/resources/model.levels.json"));
 * }</pre>
 *
 * <p>A failed assertion throws {@link AssertionError} with a message that says why, from the model;
 * an unknown label fails the same way, naming the closest labels that exist.
 */
public final class IsmAssertions {
  private IsmAssertions() {}

  /**
   * Starts assertions on an analysed model.
   *
   * @param model the model
   * @return the assertions, each returning them again for chaining
   */
  public static ModelAssert assertThat(IsmModel model) {
    return new ModelAssert(Objects.requireNonNull(model, "model"));
  }

  /**
   * Starts assertions on a level partition alone (no reachability matrix: messages name what a
   * factor reaches, without the path).
   *
   * @param partition the partition
   * @return the assertions, each returning them again for chaining
   */
  public static PartitionAssert assertThat(LevelPartition partition) {
    return new PartitionAssert(Objects.requireNonNull(partition, "partition"), null);
  }
}
