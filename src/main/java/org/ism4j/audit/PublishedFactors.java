package org.ism4j.audit;

import com.google.common.primitives.ImmutableIntArray;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.internal.BitMatrix;
import org.ism4j.ssim.Labels;

/**
 * Matches the factors a paper printed to the SSIM's (by label, trimmed label, or 1-based number)
 * and puts published matrices, levels and powers in SSIM order. Every refusal is a
 * {@link PublishedTableException} naming the part and its source.
 */
final class PublishedFactors {
  private final Labels labels;
  private final Map<Part, String> sources;

  PublishedFactors(Labels labels, Map<Part, String> sources) {
    this.labels = labels;
    this.sources = sources;
  }

  PublishedTableException refuse(Part part, String message) {
    return new PublishedTableException(part, sources.get(part), message);
  }

  private static String unknownFactor(Part part, String name) {
    return "the published " + part.title() + " names factor '" + name + "', which is not in the SSIM";
  }

  private static String wrongSize(Part part, int size, int n) {
    return "the published " + part.title() + " has " + size + " factors, the SSIM " + n;
  }

  private static String namedTwice(Part part, String factor) {
    return "the published " + part.title() + " names factor '" + factor + "' twice";
  }

  static String twoSetsRows(String factor) {
    return "the published sets table has two rows for factor '" + factor + "'";
  }

  private static String levelBelowOne(Part part, String factor, int level) {
    return "the published " + part.title() + " gives factor '" + factor + "' level " + level
        + " (levels start at 1)";
  }

  String label(int i) {
    return labels.get(i);
  }

  /** The SSIM index of a printed factor name. */
  int index(String name, Part part) {
    int i = labels.indexOf(name);
    if (i >= 0) {
      return i;
    }
    String t = name.strip();
    i = labels.indexOf(t);
    if (i >= 0) {
      return i;
    }
    if (t.matches("[0-9]{1,9}")) {
      int k = Integer.parseInt(t);
      if (k >= 1 && k <= labels.size()) {
        return k - 1;
      }
    }
    throw refuse(part, unknownFactor(part, name));
  }

  /** A printed set as SSIM indices. */
  BitSet members(List<String> printed, Part part) {
    BitSet s = new BitSet();
    for (String name : printed) {
      s.set(index(name, part));
    }
    return s;
  }

  /** A published matrix with rows and columns in SSIM order. */
  BitMatrix align(PublishedMatrix m, Part part) {
    int n = labels.size();
    if (m.size() != n) {
      throw refuse(part, wrongSize(part, m.size(), n));
    }
    int[] index = new int[n];
    boolean[] seen = new boolean[n];
    for (int k = 0; k < n; k++) {
      index[k] = index(m.labels().get(k), part);
      if (seen[index[k]]) {
        throw refuse(part, namedTwice(part, labels.get(index[k])));
      }
      seen[index[k]] = true;
    }
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        if (m.get(r, c)) {
          b.set(index[r], index[c]);
        }
      }
    }
    return b.build();
  }

  /** Published levels by SSIM index, 0 where none was printed. */
  ImmutableIntArray levels(Map<String, Integer> levels, Part part) {
    int[] level = new int[labels.size()];
    for (Map.Entry<String, Integer> e : levels.entrySet()) {
      int f = index(e.getKey(), part);
      if (level[f] != 0) {
        throw refuse(part, namedTwice(part, labels.get(f)));
      }
      if (e.getValue() < 1) {
        throw refuse(part, levelBelowOne(part, labels.get(f), e.getValue()));
      }
      level[f] = e.getValue();
    }
    return ImmutableIntArray.copyOf(level);
  }

  /** Published powers by SSIM index. */
  PrintedPowers powers(Map<String, PublishedTables.Power> powers) {
    int n = labels.size();
    int[] driving = new int[n];
    int[] dependence = new int[n];
    BitSet present = new BitSet();
    for (Map.Entry<String, PublishedTables.Power> e : powers.entrySet()) {
      int f = index(e.getKey(), Part.POWERS);
      if (present.get(f)) {
        throw refuse(Part.POWERS, namedTwice(Part.POWERS, labels.get(f)));
      }
      present.set(f);
      driving[f] = e.getValue().driving();
      dependence[f] = e.getValue().dependence();
    }
    return new PrintedPowers(ImmutableIntArray.copyOf(driving),
        ImmutableIntArray.copyOf(dependence), present);
  }

  /**
   * Published driving and dependence powers by SSIM index.
   *
   * @param driving 0 where not printed
   * @param dependence 0 where not printed
   * @param present the factors with printed powers (a copy is kept and handed out)
   */
  record PrintedPowers(ImmutableIntArray driving, ImmutableIntArray dependence, BitSet present) {
    PrintedPowers {
      present = (BitSet) present.clone();
    }

    @Override
    public BitSet present() {
      return (BitSet) present.clone();
    }

    boolean has(int i) {
      return present.get(i);
    }
  }
}
