package org.ism4j;

/**
 * A square 0/1 matrix drawn by {@link Matrices}, row → column, diagonal always 0. Immutable.
 * {@link #toString()} prints the shape and the rows as 0/1, one per line, so a failing property
 * shows the matrix jqwik shrank to.
 */
public final class Adjacency {
  private final String shape;
  private final boolean[][] m;

  Adjacency(String shape, boolean[][] m) {
    this.shape = shape;
    this.m = new boolean[m.length][];
    for (int i = 0; i < m.length; i++) {
      this.m[i] = m[i].clone();
      this.m[i][i] = false;
    }
  }

  /** The number of factors. */
  public int size() {
    return m.length;
  }

  /** Whether i → j. */
  public boolean get(int i, int j) {
    return m[i][j];
  }

  /** A copy of the matrix, diagonal 0. */
  public boolean[][] matrix() {
    boolean[][] c = new boolean[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /** A copy of the matrix with the diagonal set, as an IRM has it. */
  public boolean[][] withDiagonal() {
    boolean[][] c = matrix();
    for (int i = 0; i < c.length; i++) {
      c[i][i] = true;
    }
    return c;
  }

  /** Which generator made it: random, dag, chain, cycle or cycles. */
  public String shape() {
    return shape;
  }

  @Override
  public String toString() {
    int edges = 0;
    StringBuilder rows = new StringBuilder();
    for (boolean[] row : m) {
      rows.append('\n');
      for (boolean b : row) {
        rows.append(b ? '1' : '0');
        edges += b ? 1 : 0;
      }
    }
    return shape + " n=" + m.length + " edges=" + edges + rows;
  }
}
