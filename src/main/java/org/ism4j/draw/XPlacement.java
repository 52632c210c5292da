package org.ism4j.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The x-coordinates of a digraph drawing, with the row order fixed: each row placed by weighted
 * isotonic regression as close as possible to the median x of its vertices' neighbours with no
 * overlap, sweeping down and up, then the weakly connected parts packed side by side.
 * Package-private.
 */
final class XPlacement {
  private static final double GAP = DigraphLayout.GAP;
  private static final double DUMMY_GAP = DigraphLayout.DUMMY_GAP;

  private final List<Integer> layerOf;
  private final List<Double> widthOf;
  private final List<List<Integer>> up;
  private final List<List<Integer>> down;
  private final List<List<Integer>> rows;
  private final int[] partOf;
  private final List<Integer> partOrder;
  private final int boxCount;
  private double[] xOf;

  private XPlacement(LayerOrder g) {
    this.layerOf = g.layerOf;
    this.widthOf = g.widthOf;
    this.up = g.up;
    this.down = g.down;
    this.rows = g.rows;
    this.partOf = g.partOf;
    this.partOrder = g.partOrder;
    this.boxCount = g.boxCount;
  }

  /**
   * Places the vertices of an ordered layered graph.
   *
   * @param g the layered graph, its rows ordered
   * @return the x of each vertex's centre, by vertex
   */
  static double[] place(LayerOrder g) {
    XPlacement p = new XPlacement(g);
    p.placeX();
    return p.xOf;
  }

  private double separation(int a, int b) {
    boolean dummy = a >= boxCount || b >= boxCount;
    return (widthOf.get(a) + widthOf.get(b)) / 2 + (dummy ? DUMMY_GAP : GAP);
  }

  private void placeX() {
    int n = layerOf.size();
    xOf = new double[n];
    double widest = 0;
    for (List<Integer> row : rows) {
      widest = Math.max(widest, packedWidth(row));
    }
    for (List<Integer> row : rows) {
      double x = (widest - packedWidth(row)) / 2;
      for (int i = 0; i < row.size(); i++) {
        int v = row.get(i);
        if (i > 0) {
          x += separation(row.get(i - 1), v);
        } else {
          x += widthOf.get(v) / 2;
        }
        xOf[v] = x;
      }
    }
    for (int it = 0; it < 16; it++) {
      int mode = it < 12 ? it % 2 : 2;
      if (mode == 0 || mode == 2) {
        for (int r = 0; r < rows.size(); r++) {
          placeRow(r, mode);
        }
      }
      if (mode == 1 || mode == 2) {
        for (int r = rows.size() - 1; r >= 0; r--) {
          placeRow(r, mode);
        }
      }
    }
    packParts();
  }

  private double packedWidth(List<Integer> row) {
    double w = 0;
    for (int i = 0; i < row.size(); i++) {
      w += i == 0 ? widthOf.get(row.get(i)) : separation(row.get(i - 1), row.get(i));
    }
    return w;
  }

  /** Places one row by weighted isotonic regression (pool adjacent violators). */
  private void placeRow(int r, int mode) {
    List<Integer> row = rows.get(r);
    int m = row.size();
    if (m == 0) {
      return;
    }
    double[] target = new double[m];
    double[] weight = new double[m];
    double[] offset = new double[m];
    for (int i = 0; i < m; i++) {
      int v = row.get(i);
      List<Integer> nb = new ArrayList<>();
      if (mode == 0 || mode == 2) {
        nb.addAll(up.get(v));
      }
      if (mode == 1 || mode == 2) {
        nb.addAll(down.get(v));
      }
      if (nb.isEmpty()) {
        nb.addAll(up.get(v));
        nb.addAll(down.get(v));
      }
      double t = xOf[v];
      if (!nb.isEmpty()) {
        double[] xs = new double[nb.size()];
        for (int k = 0; k < xs.length; k++) {
          xs[k] = xOf[nb.get(k)];
        }
        Arrays.sort(xs);
        t = xs.length % 2 == 1 ? xs[xs.length / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
      }
      offset[i] = i == 0 ? 0 : offset[i - 1] + separation(row.get(i - 1), v);
      target[i] = t - offset[i];
      weight[i] = (v >= boxCount ? 2.0 : 1.0) * (nb.isEmpty() ? 0.2 : 1.0);
    }
    // pool adjacent violators on target, nondecreasing
    double[] blockValue = new double[m];
    double[] blockWeight = new double[m];
    int[] blockCount = new int[m];
    int blocks = 0;
    for (int i = 0; i < m; i++) {
      blockValue[blocks] = target[i];
      blockWeight[blocks] = weight[i];
      blockCount[blocks] = 1;
      blocks++;
      while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1]) {
        double w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
        blockValue[blocks - 2] = (blockValue[blocks - 2] * blockWeight[blocks - 2]
            + blockValue[blocks - 1] * blockWeight[blocks - 1]) / w;
        blockWeight[blocks - 2] = w;
        blockCount[blocks - 2] += blockCount[blocks - 1];
        blocks--;
      }
    }
    int i = 0;
    for (int b = 0; b < blocks; b++) {
      for (int c = 0; c < blockCount[b]; c++, i++) {
        xOf[row.get(i)] = blockValue[b] + offset[i];
      }
    }
  }

  /**
   * Packs the parts side by side, left to right: each part moves as far left as its rows allow
   * (never changing the order or the shape within it).
   */
  private void packParts() {
    int levels = rows.size();
    int[] last = new int[levels];
    Arrays.fill(last, -1);
    List<List<Integer>> members = new ArrayList<>();
    java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
    for (int root : partOrder) {
      index.put(root, members.size());
      members.add(new ArrayList<>());
    }
    for (List<Integer> row : rows) {
      for (int v : row) {
        members.get(index.get(partOf[v])).add(v);
      }
    }
    boolean first = true;
    for (List<Integer> part : members) {
      // leftmost vertex of the part per row
      int[] leftmost = new int[levels];
      Arrays.fill(leftmost, -1);
      for (int v : part) {
        int r = layerOf.get(v);
        if (leftmost[r] < 0 || xOf[v] < xOf[leftmost[r]]) {
          leftmost[r] = v;
        }
      }
      double shift = Double.MAX_VALUE;
      for (int r = 0; r < levels; r++) {
        if (leftmost[r] >= 0 && last[r] >= 0) {
          shift = Math.min(shift, xOf[leftmost[r]] - (xOf[last[r]] + separation(last[r], leftmost[r])));
        }
      }
      if (shift == Double.MAX_VALUE) {
        shift = first ? 0 : Double.MAX_VALUE;
        if (!first) {
          // shares no row with anything placed: put it right after the widest row so far
          double right = -Double.MAX_VALUE;
          double left = Double.MAX_VALUE;
          for (int r = 0; r < levels; r++) {
            if (last[r] >= 0) {
              right = Math.max(right, xOf[last[r]] + widthOf.get(last[r]) / 2);
            }
          }
          for (int v : part) {
            left = Math.min(left, xOf[v] - widthOf.get(v) / 2);
          }
          shift = left - right - GAP;
        }
      }
      for (int v : part) {
        xOf[v] -= shift;
        int r = layerOf.get(v);
        if (last[r] < 0 || xOf[v] > xOf[last[r]]) {
          last[r] = v;
        }
      }
      first = false;
    }
  }

}
