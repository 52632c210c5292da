package org.ism4j.graph;

import java.util.List;
import org.ism4j.micmac.Cluster;

/**
 * One node of a {@link LayeredDigraph}: a strongly connected component, that is a single factor or
 * a cycle of factors that all reach each other. Immutable.
 *
 * <p>Members of a cycle share their level and, since they reach and are reached by the same
 * factors, their driving power, dependence power and MICMAC cluster.
 */
public final class Node {
  private final int component;
  private final String name;
  private final List<String> members;
  private final int level;
  private final int drivingPower;
  private final int dependencePower;
  private final Cluster cluster;

  Node(int component, String name, List<String> members, int level, int drivingPower,
      int dependencePower, Cluster cluster) {
    this.component = component;
    this.name = name;
    this.members = members;
    this.level = level;
    this.drivingPower = drivingPower;
    this.dependencePower = dependencePower;
    this.cluster = cluster;
  }

  /**
   * Returns the component index: components are numbered by their first member's input position.
   *
   * @return the index, 0-based
   */
  public int component() {
    return component;
  }

  /**
   * Returns the node's name, unique in its digraph: the label of a single factor, the member labels
   * in braces for a cycle ({@code "{B, C}"}), followed by {@code " #"} and the 1-based component
   * number in the unlikely case that this collides with a factor label.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the members' labels in input order. Immutable: a snapshot that never changes.
   *
   * @return one label for a single factor, two or more for a cycle
   */
  public List<String> members() {
    return members;
  }

  /**
   * Returns the number of members.
   *
   * @return at least 1
   */
  public int size() {
    return members.size();
  }

  /**
   * Returns whether the node is a cycle.
   *
   * @return whether it has more than one member
   */
  public boolean isCycle() {
    return members.size() > 1;
  }

  /**
   * Returns the level.
   *
   * @return 1 for the top
   */
  public int level() {
    return level;
  }

  /**
   * Returns the members' driving power (FRM row sum, counting the factor itself).
   *
   * @return the driving power
   */
  public int drivingPower() {
    return drivingPower;
  }

  /**
   * Returns the members' dependence power (FRM column sum, counting the factor itself).
   *
   * @return the dependence power
   */
  public int dependencePower() {
    return dependencePower;
  }

  /**
   * Returns the members' MICMAC cluster under the model's split rule.
   *
   * @return the quadrant
   */
  public Cluster cluster() {
    return cluster;
  }

  @Override
  public String toString() {
    return name;
  }
}
