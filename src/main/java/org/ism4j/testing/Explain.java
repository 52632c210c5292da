package org.ism4j.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
    int n = labels.size();
    int[] previous = new int[n];
    Arrays.fill(previous, -2);
    previous[from] = -1;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty() && previous[to] == -2) {
      int u = queue.poll();
      for (int v = 0; v < n; v++) {
        if (v != u && previous[v] == -2 && irm.reaches(u, v)) {
          previous[v] = u;
          queue.add(v);
        }
      }
    }
    if (previous[to] == -2) {
      return null;
    }
    List<Integer> path = new ArrayList<>();
    for (int v = to; v != -1; v = previous[v]) {
      path.add(0, v);
    }
    return path;
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

  /** The first factor in input order that {@code f} reaches and that sits on {@code level}. */
  int reachedOn(int f, int level) {
    for (String label : reachabilitySet(f)) {
      int g = labels.index(label);
      if (level(g) == level) {
        return g;
      }
    }
    return -1;
  }

  /**
   * A longest chain from {@code f} down to level 1 (the top): one factor per level, each reaching
   * the next; with the IRM the gaps are filled with shortest paths of direct links.
   */
  List<Integer> longestChain(int f) {
    List<Integer> chain = new ArrayList<>();
    chain.add(f);
    int at = f;
    for (int l = level(f) - 1; l >= 1; l--) {
      int next = reachedOn(at, l);
      List<Integer> p = path(at, next);
      if (p == null) {
        chain.add(next);
      } else {
        chain.addAll(p.subList(1, p.size()));
      }
      at = next;
    }
    return chain;
  }

  /** A factor on the highest level, first in input order; -1 for an empty model. */
  int deepest() {
    int best = -1;
    for (int f = 0; f < labels.size(); f++) {
      if (best < 0 || level(f) > level(best)) {
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
