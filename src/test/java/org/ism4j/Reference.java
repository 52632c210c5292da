package org.ism4j;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;
import org.ism4j.ssim.Ssim;

/**
 * Short, obviously correct textbook implementations on {@code boolean[][]}, the references every
 * fast path is tested against. Nothing here is clever on purpose.
 */
public final class Reference {
  private Reference() {}

  /**
   * The initial reachability matrix of an SSIM, straight from the definition: diagonal 1; for
   * i &lt; j, V sets (i, j), A sets (j, i), X both, O neither.
   */
  public static boolean[][] irm(Ssim ssim) {
    int n = ssim.size();
    boolean[][] m = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = true;
      for (int j = i + 1; j < n; j++) {
        switch (ssim.relation(i, j)) {
          case V:
            m[i][j] = true;
            break;
          case A:
            m[j][i] = true;
            break;
          case X:
            m[i][j] = true;
            m[j][i] = true;
            break;
          default:
            break;
        }
      }
    }
    return m;
  }

  /** The number of links on a shortest path from a to b (breadth first), -1 if there is none. */
  public static int distance(boolean[][] m, int a, int b) {
    int[] d = new int[m.length];
    Arrays.fill(d, -1);
    d[a] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(a);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int v = 0; v < m.length; v++) {
        if (m[u][v] && d[v] < 0) {
          d[v] = d[u] + 1;
          queue.add(v);
        }
      }
    }
    return d[b];
  }

  /** Reflexive transitive closure by Warshall's algorithm on booleans. */
  public static boolean[][] closure(boolean[][] m) {
    int n = m.length;
    boolean[][] r = new boolean[n][];
    for (int i = 0; i < n; i++) {
      r[i] = m[i].clone();
      r[i][i] = true;
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (r[i][k] && r[k][j]) {
            r[i][j] = true;
          }
        }
      }
    }
    return r;
  }

  /**
   * The iterative level partition from the reachability and antecedent sets of a closed matrix:
   * each round, every remaining factor whose R(i) ∩ A(i) equals R(i) gets the round's level.
   * Returns the level per factor, 0 if it never got one.
   */
  public static int[] levels(boolean[][] frm) {
    int n = frm.length;
    int[] level = new int[n];
    boolean[] removed = new boolean[n];
    int left = n;
    for (int round = 1; left > 0; round++) {
      boolean[] pick = new boolean[n];
      boolean any = false;
      for (int i = 0; i < n; i++) {
        if (removed[i]) {
          continue;
        }
        boolean ok = true;
        for (int j = 0; j < n; j++) {
          boolean inR = !removed[j] && frm[i][j];
          boolean inA = !removed[j] && frm[j][i];
          if (inR && !inA) {
            ok = false;
          }
        }
        if (ok) {
          pick[i] = true;
          any = true;
        }
      }
      if (!any) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (pick[i]) {
          removed[i] = true;
          level[i] = round;
          left--;
        }
      }
    }
    return level;
  }

  /**
   * The cause-first iterative partition of a closed matrix: each round, every remaining factor whose
   * R(i) ∩ A(i) equals A(i) (nothing remaining reaches it from outside its cycle) is extracted; the
   * first round is the bottom level. Returns the level per factor numbered from the top (the last
   * round is level 1), 0 if it never got one.
   */
  public static int[] causeFirstLevels(boolean[][] frm) {
    int n = frm.length;
    int[] round = new int[n];
    boolean[] removed = new boolean[n];
    int left = n;
    int rounds = 0;
    while (left > 0) {
      boolean[] pick = new boolean[n];
      boolean any = false;
      for (int i = 0; i < n; i++) {
        if (removed[i]) {
          continue;
        }
        boolean ok = true;
        for (int j = 0; j < n; j++) {
          boolean inR = !removed[j] && frm[i][j];
          boolean inA = !removed[j] && frm[j][i];
          if (inA && !inR) {
            ok = false;
          }
        }
        pick[i] = ok;
        any |= ok;
      }
      if (!any) {
        break;
      }
      rounds++;
      for (int i = 0; i < n; i++) {
        if (pick[i]) {
          removed[i] = true;
          round[i] = rounds;
          left--;
        }
      }
    }
    int[] level = new int[n];
    for (int i = 0; i < n; i++) {
      level[i] = round[i] == 0 ? 0 : rounds + 1 - round[i];
    }
    return level;
  }

  /**
   * Whether each component lies on a longest chain of an acyclic component graph: the number of
   * components on the longest path ending at it plus on the longest path starting at it, minus
   * one, equals the longest path overall. Paths are found by relaxing every edge k times.
   */
  public static boolean[] onALongestChain(boolean[][] dag) {
    int k = dag.length;
    int[] ending = new int[k];
    int[] starting = new int[k];
    java.util.Arrays.fill(ending, 1);
    java.util.Arrays.fill(starting, 1);
    for (int round = 0; round < k; round++) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          if (dag[a][b]) {
            ending[b] = Math.max(ending[b], ending[a] + 1);
            starting[a] = Math.max(starting[a], starting[b] + 1);
          }
        }
      }
    }
    int longest = 0;
    for (int c = 0; c < k; c++) {
      longest = Math.max(longest, ending[c]);
    }
    boolean[] on = new boolean[k];
    for (int c = 0; c < k; c++) {
      on[c] = ending[c] + starting[c] - 1 == longest;
    }
    return on;
  }

  /**
   * The strongly connected components by mutual reachability in the closure, numbered by first
   * member: component 0 holds factor 0, and so on. Returns the component of each factor.
   */
  public static int[] components(boolean[][] m) {
    boolean[][] r = closure(m);
    int n = m.length;
    int[] comp = new int[n];
    java.util.Arrays.fill(comp, -1);
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (comp[i] < 0) {
        for (int j = i; j < n; j++) {
          if (r[i][j] && r[j][i]) {
            comp[j] = next;
          }
        }
        next++;
      }
    }
    return comp;
  }

  /** The number of components in {@link #components}' answer. */
  public static int componentCount(int[] comp) {
    int k = 0;
    for (int c : comp) {
      k = Math.max(k, c + 1);
    }
    return k;
  }

  /** The component graph: C → D iff C ≠ D and some member of C has an edge to a member of D. */
  public static boolean[][] condensation(boolean[][] m, int[] comp) {
    int k = componentCount(comp);
    boolean[][] c = new boolean[k][k];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        if (m[i][j] && comp[i] != comp[j]) {
          c[comp[i]][comp[j]] = true;
        }
      }
    }
    return c;
  }

  /**
   * The transitive reduction of an acyclic relation: a → b is kept iff a reaches b and no third
   * element c lies between them (a reaches c and c reaches b).
   */
  public static boolean[][] transitiveReduction(boolean[][] dag) {
    int n = dag.length;
    boolean[][] r = closure(dag);
    boolean[][] keep = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a == b || !r[a][b]) {
          continue;
        }
        boolean between = false;
        for (int c = 0; c < n; c++) {
          if (c != a && c != b && r[a][c] && r[c][b]) {
            between = true;
          }
        }
        keep[a][b] = !between;
      }
    }
    return keep;
  }

  /** Row sums. */
  public static int[] rowSums(boolean[][] m) {
    int[] s = new int[m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        s[i] += m[i][j] ? 1 : 0;
      }
    }
    return s;
  }

  /** Column sums. */
  public static int[] columnSums(boolean[][] m) {
    int[] s = new int[m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        s[j] += m[i][j] ? 1 : 0;
      }
    }
    return s;
  }

  // The two seeded generators below remain for properties outside the shrinkable-generator work
  // (audit, export, feedback arcs); new properties draw from org.ism4j.Matrices instead.

  /** A random digraph: each ordered pair i != j is an edge with probability p. */
  public static boolean[][] randomDigraph(int n, double p, long seed) {
    Random r = new Random(seed);
    boolean[][] m = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = i != j && r.nextDouble() < p;
      }
    }
    return m;
  }

  /** A random DAG: edges only forward in a random hidden order, so index order is not topological. */
  public static boolean[][] randomDag(int n, double p, long seed) {
    Random r = new Random(seed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    boolean[][] m = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (r.nextDouble() < p) {
          m[order[a]][order[b]] = true;
        }
      }
    }
    return m;
  }
}
