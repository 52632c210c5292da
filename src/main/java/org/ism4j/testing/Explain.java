package org.ism4j.testing;

import java.util.ArrayList;
import java.util.List;
import org.ism4j.level.Iteration;
import org.ism4j.level.LevelPartition;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The facts a failure message quotes: levels, what reaches what, the shortest path of direct links
 * (when the IRM is known) and the iteration table rows. Built per assertion object; not thread-safe
 * (it caches the first iteration's reachability sets).
 */
final class Explain {
  static final String ARROW = " \u2192 ";

  final LevelPartition partition;
  final Labels labels;
  private final @Nullable ReachabilityMatrix irm;
  private final @Nullable ReachabilityMatrix frm;
  private List<List<String>> reach;
  private List<List<String>> antecedents;
  private int[] height;
  private int[] depth;

  Explain(LevelPartition partition, @Nullable ReachabilityMatrix irm, @Nullable ReachabilityMatrix frm) {
    this.partition = partition;
    this.labels = partition.labels();
    this.irm = irm;
    this.frm = frm;
  }

  /** The index of a label, or an {@code AssertionError} naming the closest labels that exist. */
  int index(String label) {
    try {
      return labels.index(label);
    } catch (IllegalArgumentException e) {
      throw new AssertionError(e.getMessage());
    }
  }

  int level(int f) {
    return partition.levelOf(f);
  }

  /** R(f) over all factors, f included, in input order. */
  List<String> reachabilitySet(int f) {
    if (frm != null) {
      return frm.reachabilitySet(f);
    }
    if (reach == null) {
      List<List<String>> r = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        r.add(List.of());
      }
      // the first iteration has every factor: its R(i) are the full reachability sets
      for (Iteration.Row row : partition.iterations().get(0).rows()) {
        r.set(labels.index(row.factor()), row.reachabilitySet());
      }
      reach = r;
    }
    return reach.get(f);
  }

  /** A(f) over all factors, f included, in input order. */
  List<String> antecedentSet(int f) {
    if (frm != null) {
      return frm.antecedentSet(f);
    }
    if (antecedents == null) {
      List<List<String>> a = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        a.add(List.of());
      }
      for (Iteration.Row row : partition.iterations().get(0).rows()) {
        a.set(labels.index(row.factor()), row.antecedentSet());
      }
      antecedents = a;
    }
    return antecedents.get(f);
  }

  /**
   * The number of levels on a longest chain from f down to the top (its result-first level), or
   * into f from a source (its depth + 1), from the full reachability or antecedent sets.
   */
  private int chainLength(int f, boolean down, int[] memo) {
    if (memo[f] == 0) {
      int best = 0;
      for (String label : down ? reachabilitySet(f) : antecedentSet(f)) {
        int g = labels.index(label);
        if (!sameComponent(f, g)) {
          best = Math.max(best, chainLength(g, down, memo));
        }
      }
      memo[f] = best + 1;
    }
    return memo[f];
  }

  int height(int f) {
    if (height == null) {
      height = new int[labels.size()];
    }
    return chainLength(f, true, height);
  }

  int depth(int f) {
    if (depth == null) {
      depth = new int[labels.size()];
    }
    return chainLength(f, false, depth);
  }

  boolean reaches(int from, int to) {
    return frm != null ? frm.reaches(from, to) : reachabilitySet(from).contains(labels.get(to));
  }

  boolean sameComponent(int a, int b) {
    return reaches(a, b) && reaches(b, a);
  }

  /** The factors of a shortest path of direct links, both ends included; null without an IRM. */
  @Nullable List<Integer> path(int from, int to) {
    if (irm == null) {
      return null;
    }
    List<Integer> path = irm.shortestPath(from, to);
    return path.isEmpty() ? null : path;
  }

  /** {@code " through A → B"} for a path of direct links, or {@code ""} without an IRM. */
  String through(int from, int to) {
    List<Integer> p = path(from, to);
    return p == null ? "" : " through " + names(p);
  }

  /** {@code A → B → C}; consecutive factors reach each other (directly when the IRM is known). */
  String names(List<Integer> factors) {
    StringBuilder sb = new StringBuilder();
    for (int f : factors) {
      if (sb.length() > 0) {
        sb.append(ARROW);
      }
      sb.append(labels.get(f));
    }
    return sb.toString();
  }

  /** The first factor in input order that {@code f} reaches and whose longest chain is {@code h} long. */
  int reachedOn(int f, int h) {
    for (String label : reachabilitySet(f)) {
      int g = labels.index(label);
      if (height(g) == h) {
        return g;
      }
    }
    return -1;
  }

  /**
   * A longest chain from {@code f} down to the top: one factor per result-first level, each reaching
   * the next; with the IRM the gaps are filled with shortest paths of direct links.
   */
  List<Integer> longestChain(int f) {
    List<Integer> chain = new ArrayList<>();
    chain.add(f);
    int at = f;
    for (int h = height(f) - 1; h >= 1; h--) {
      int next = reachedOn(at, h);
      append(chain, at, next);
      at = next;
    }
    return chain;
  }

  /** A longest chain from a source into {@code f}, source first, filled in as {@link #longestChain}. */
  List<Integer> longestChainInto(int f) {
    List<Integer> reversed = new ArrayList<>();
    reversed.add(f);
    int at = f;
    for (int d = depth(f) - 1; d >= 1; d--) {
      int previous = -1;
      for (String label : antecedentSet(at)) {
        int g = labels.index(label);
        if (previous < 0 && depth(g) == d) {
          previous = g;
        }
      }
      reversed.add(previous);
      at = previous;
    }
    List<Integer> chain = new ArrayList<>();
    chain.add(reversed.get(reversed.size() - 1));
    for (int k = reversed.size() - 2; k >= 0; k--) {
      append(chain, chain.get(chain.size() - 1), reversed.get(k));
    }
    return chain;
  }

  private void append(List<Integer> chain, int from, int to) {
    List<Integer> p = path(from, to);
    if (p == null) {
      chain.add(to);
    } else {
      chain.addAll(p.subList(1, p.size()));
    }
  }

  /** A factor with the longest chain down, first in input order; -1 for an empty model. */
  int deepest() {
    int best = -1;
    for (int f = 0; f < labels.size(); f++) {
      if (best < 0 || height(f) > height(best)) {
        best = f;
      }
    }
    return best;
  }

  /** {@code iteration k R(f) = {…}, A(f) = {…}}, or "" when there is no such iteration. */
  String row(int iteration, int f) {
    List<Iteration> its = partition.iterations();
    if (iteration < 1 || iteration > its.size()) {
      return "";
    }
    String label = labels.get(f);
    for (Iteration.Row r : its.get(iteration - 1).rows()) {
      if (r.factor().equals(label)) {
        return "iteration " + iteration + " R(" + label + ") = " + set(r.reachabilitySet()) + ", A("
            + label + ") = " + set(r.antecedentSet());
      }
    }
    return "";
  }

  static String set(List<String> labels) {
    return "{" + String.join(", ", labels) + "}";
  }
}
