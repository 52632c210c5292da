package org.ism4j.audit;

import org.ism4j.internal.Access;
import org.ism4j.internal.FeedbackArcs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.audit.Audit.SetsBasis;
import org.ism4j.audit.Audit.SetsConvention;
import org.ism4j.audit.Finding.Cell;
import org.ism4j.audit.Finding.Kind;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.level.LevelPartition;
import org.ism4j.level.TextbookPartition;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.Condensation;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.internal.Powers;
import org.ism4j.internal.TransitiveClosure;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/** The audit's work; one instance per {@link Audit#of} call. */
final class Auditor {
  private final Ssim ssim;
  private final PublishedTables published;
  private final Labels labels;
  private final int n;
  private final IsmModel model;
  private final BitMatrix irm;
  private final BitMatrix frm;
  /** Column j of the IRM / FRM as row j: antecedent sets. */
  private final BitMatrix irmT;
  private final BitMatrix frmT;
  private final List<Finding> findings = new ArrayList<>();

  private BitMatrix publishedIrm;
  private BitMatrix publishedFrm;
  private SetsConvention convention;
  private SetsBasis basis;
  private boolean setsDeviate;
  private BitSet[] printedOut;
  private BitSet[] printedIn;
  private BitSet[] printedCommon;
  private boolean[] hasRow;
  private int[] publishedLevels;
  private boolean levelsDiffer;
  private TextbookPartition irmPartition;
  private final List<Audit.Cycle> cycles = new ArrayList<>();

  Auditor(Ssim ssim, PublishedTables published) {
    this.ssim = ssim;
    this.published = published;
    this.labels = ssim.labels();
    this.n = labels.size();
    this.model = IsmAnalyzer.analyze(ssim);
    this.irm = Access.bits(model.initialReachability());
    this.frm = Access.bits(model.finalReachability());
    this.irmT = irm.transpose();
    this.frmT = frm.transpose();
  }

  Audit run() {
    irmPartition = TextbookPartition.of(model.initialReachability());
    published.irm().ifPresent(m -> checkIrm(align(m, Part.IRM)));
    published.frm().ifPresent(m -> checkFrm(align(m, Part.FRM)));
    published.sets().ifPresent(this::checkSets);
    published.levelsOrSetsLevels().ifPresent(this::checkLevels);
    published.powers().ifPresent(this::checkPowers);
    return new Audit(ssim, model, published, findings, levelsDiffer, convention, basis,
        publishedLevels, irmPartition, cycles);
  }

  // ---------------------------------------------------------------- factors and text

  private int resolve(String name, Part part) {
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
      if (k >= 1 && k <= n) {
        return k - 1;
      }
    }
    throw new IllegalArgumentException("the published " + part.title() + " names factor '" + name
        + "', which is not in the SSIM");
  }

  private String l(int i) {
    return labels.get(i);
  }

  private String set(BitSet s) {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    s.stream().forEach(i -> j.add(l(i)));
    return j.toString();
  }

  private String list(BitSet s) {
    StringJoiner j = new StringJoiner(", ");
    s.stream().forEach(i -> j.add(l(i)));
    return j.toString();
  }

  private List<String> names(BitSet s) {
    List<String> out = new ArrayList<>();
    s.stream().forEach(i -> out.add(l(i)));
    return out;
  }

  private String arrow(List<Integer> path) {
    StringJoiner j = new StringJoiner(" → ");
    for (int v : path) {
      j.add(l(v));
    }
    return j.toString();
  }

  private String cell(int i, int j) {
    return "(" + l(i) + ", " + l(j) + ")";
  }

  /** The SSIM cell of a pair as printed in the upper triangle, e.g. "(4, 13) = A: 13 → 4". */
  private String ssimCell(int a, int b) {
    int i = Math.min(a, b);
    int j = Math.max(a, b);
    Relation r = ssim.relation(i, j);
    String meaning;
    switch (r) {
      case V:
        meaning = l(i) + " → " + l(j);
        break;
      case A:
        meaning = l(j) + " → " + l(i);
        break;
      case X:
        meaning = l(i) + " ↔ " + l(j);
        break;
      default:
        meaning = "no link";
        break;
    }
    return "SSIM cell " + cell(i, j) + " = " + r.symbol() + " (" + meaning + ")";
  }

  private static BitSet row(BitMatrix m, int i) {
    BitSet s = new BitSet();
    m.forEachInRow(i, s::set);
    return s;
  }

  private static BitSet and(BitSet a, BitSet b) {
    BitSet s = (BitSet) a.clone();
    s.and(b);
    return s;
  }

  private static BitSet minus(BitSet a, BitSet b) {
    BitSet s = (BitSet) a.clone();
    s.andNot(b);
    return s;
  }

  private static BitSet xor(BitSet a, BitSet b) {
    BitSet s = (BitSet) a.clone();
    s.xor(b);
    return s;
  }

  /** Shortest path of direct links from a to b (both included), or null. */
  private static List<Integer> path(BitMatrix g, int a, int b) {
    int n = g.size();
    int[] parent = new int[n];
    java.util.Arrays.fill(parent, -1);
    parent[a] = a;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(a);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      if (u == b) {
        break;
      }
      for (int v : g.rowIndices(u)) {
        if (parent[v] < 0) {
          parent[v] = u;
          queue.add(v);
        }
      }
    }
    if (parent[b] < 0) {
      return null;
    }
    List<Integer> p = new ArrayList<>();
    for (int v = b; v != a; v = parent[v]) {
      p.add(0, v);
    }
    p.add(0, a);
    return p;
  }

  private BitMatrix align(PublishedMatrix m, Part part) {
    if (m.size() != n) {
      throw new IllegalArgumentException("the published " + part.title() + " has " + m.size()
          + " factors, the SSIM " + n);
    }
    int[] index = new int[m.size()];
    boolean[] seen = new boolean[n];
    for (int k = 0; k < m.size(); k++) {
      index[k] = resolve(m.labels().get(k), part);
      if (seen[index[k]]) {
        throw new IllegalArgumentException("the published " + part.title() + " names factor '"
            + l(index[k]) + "' twice");
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

  // ---------------------------------------------------------------- IRM

  private void checkIrm(BitMatrix pub) {
    publishedIrm = pub;
    List<int[]> diffs = differences(pub, irm);
    if (diffs.isEmpty()) {
      return;
    }
    BitMatrix[] alternatives = {irmT, reversedColumnsIrm()};
    String[] explanations = {
      "the SSIM read with V and A swapped (the matrix transposed)",
      "SSIM columns printed in reverse order (each row's cells read right to left)"};
    int best = -1;
    int bestCount = diffs.size();
    for (int a = 0; a < alternatives.length; a++) {
      int d = differences(pub, alternatives[a]).size();
      if (d * 4 <= diffs.size() && d < bestCount) {
        best = a;
        bestCount = d;
      }
    }
    List<int[]> rest = new ArrayList<>();
    if (best >= 0) {
      Finding.Builder f = Finding.builder(Kind.IRM_CELL);
      int count = 0;
      for (int[] c : diffs) {
        if (pub.get(c[0], c[1]) == alternatives[best].get(c[0], c[1])) {
          f.factor(l(c[0])).factor(l(c[1])).cell(l(c[0]), l(c[1]));
          count++;
        } else {
          rest.add(c);
        }
      }
      findings.add(f.published(count + " cells differ from the SSIM")
          .computed("the IRM of the SSIM as given")
          .message(count + " cells of the IRM disagree with the SSIM in one pattern")
          .explanation(explanations[best]).build());
    } else {
      rest.addAll(diffs);
    }
    Set<Long> done = new LinkedHashSet<>();
    for (int[] c : rest) {
      int i = c[0];
      int j = c[1];
      if (done.contains(key(i, j))) {
        continue;
      }
      done.add(key(i, j));
      String pubText = pub.get(i, j) ? "1" : "0";
      String compText = irm.get(i, j) ? "1" : "0";
      if (i == j) {
        findings.add(Finding.builder(Kind.IRM_CELL).factor(l(i)).cell(l(i), l(i))
            .published(pubText).computed(compText)
            .message("IRM diagonal cell " + cell(i, i) + " is 0, but every factor reaches itself")
            .build());
        continue;
      }
      boolean transposed = pub.get(i, j) != irm.get(i, j) && pub.get(j, i) != irm.get(j, i)
          && irm.get(i, j) != irm.get(j, i);
      if (transposed) {
        done.add(key(j, i));
        findings.add(Finding.builder(Kind.IRM_CELL).factor(l(i)).factor(l(j))
            .cell(l(i), l(j)).cell(l(j), l(i))
            .published(cell(i, j) + " = " + pubText + ", " + cell(j, i) + " = "
                + (pub.get(j, i) ? "1" : "0"))
            .computed(cell(i, j) + " = " + compText + ", " + cell(j, i) + " = "
                + (irm.get(j, i) ? "1" : "0") + " (" + ssimCell(i, j) + ")")
            .message("IRM cells " + cell(i, j) + " and " + cell(j, i) + " disagree with the "
                + ssimCell(i, j))
            .explanation("cells " + cell(i, j) + " and " + cell(j, i) + " transposed").build());
      } else {
        findings.add(Finding.builder(Kind.IRM_CELL).factor(l(i)).factor(l(j)).cell(l(i), l(j))
            .published(pubText).computed(compText + " (" + ssimCell(i, j) + ")")
            .message("IRM cell " + cell(i, j) + " is " + pubText + ", but the " + ssimCell(i, j))
            .build());
      }
    }
  }

  private static long key(int i, int j) {
    return ((long) i << 32) | j;
  }

  private static List<int[]> differences(BitMatrix a, BitMatrix b) {
    List<int[]> d = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.size(); j++) {
        if (a.get(i, j) != b.get(i, j)) {
          d.add(new int[] {i, j});
        }
      }
    }
    return d;
  }

  /** The IRM of the SSIM with each row's upper-triangle cells in reverse order. */
  private BitMatrix reversedColumnsIrm() {
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int i = 0; i < n; i++) {
      b.set(i, i);
      for (int j = i + 1; j < n; j++) {
        Relation r = ssim.relation(i, n + i - j);
        b.set(i, j, r.forward());
        b.set(j, i, r.backward());
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- FRM

  private void checkFrm(BitMatrix pub) {
    publishedFrm = pub;
    List<int[]> missing = new ArrayList<>();
    List<int[]> extra = new ArrayList<>();
    for (int[] c : differences(pub, frm)) {
      (frm.get(c[0], c[1]) ? missing : extra).add(c);
    }
    if (missing.isEmpty() && extra.isEmpty()) {
      return;
    }
    String whole = null;
    if (extra.isEmpty()) {
      if (pub.equals(irm.or(BitMatrix.identity(n)))) {
        whole = "the published FRM is the IRM: no transitive closure applied";
      } else if (pub.equals(oneStep(irm))) {
        whole = "one transitivity step only: the published FRM is the IRM plus the links of two"
            + " steps, not the full closure";
      }
    }
    String fromIrm = null;
    if (publishedIrm != null && !publishedIrm.equals(irm)
        && pub.equals(TransitiveClosure.of(publishedIrm))) {
      fromIrm = "the published FRM is the closure of the published IRM, whose cells differ from"
          + " the SSIM";
    }
    if (whole != null) {
      Finding.Builder f = Finding.builder(Kind.FRM_MISSING_LINK);
      for (int[] c : missing) {
        f.factor(l(c[0])).factor(l(c[1])).cell(l(c[0]), l(c[1]));
      }
      findings.add(f.published(missing.size() + " links absent")
          .computed(missing.size() + " transitive links")
          .message("the FRM lacks " + missing.size() + " links that paths of direct links imply")
          .explanation(whole).build());
      return;
    }
    for (int[] c : missing) {
      int i = c[0];
      int j = c[1];
      Finding.Builder f = Finding.builder(Kind.FRM_MISSING_LINK).cell(l(i), l(j)).published("0");
      if (i == j) {
        f.factor(l(i)).computed("1").message("FRM diagonal cell " + cell(i, i)
            + " is 0, but every factor reaches itself");
      } else {
        List<Integer> p = path(irm, i, j);
        List<String> names = new ArrayList<>();
        p.forEach(v -> names.add(l(v)));
        f.factors(names).path(names);
        if (p.size() == 2) {
          f.computed("1 (direct link, " + ssimCell(i, j) + ")")
              .message("the FRM lacks the direct link " + arrow(p));
        } else {
          f.computed("1* (path " + arrow(p) + ")")
              .message("the FRM lacks the transitive link " + l(i) + " → " + l(j)
                  + " implied by the path " + arrow(p));
        }
      }
      if (fromIrm != null) {
        f.explanation(fromIrm);
      }
      findings.add(f.build());
    }
    for (int[] c : extra) {
      int i = c[0];
      int j = c[1];
      Finding.Builder f = Finding.builder(Kind.FRM_UNSUPPORTED_LINK).factor(l(i)).factor(l(j))
          .cell(l(i), l(j)).published("1").computed("0 (no path)")
          .message("the FRM holds " + l(i) + " → " + l(j) + ", but no path of direct links leads"
              + " from " + l(i) + " to " + l(j));
      if (fromIrm != null) {
        f.explanation(fromIrm);
      }
      findings.add(f.build());
    }
  }

  /** The IRM plus every link of two steps. */
  private static BitMatrix oneStep(BitMatrix m) {
    int n = m.size();
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int i = 0; i < n; i++) {
      b.set(i, i);
      for (int k : m.rowIndices(i)) {
        b.set(i, k);
        for (int j : m.rowIndices(k)) {
          b.set(i, j);
        }
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- sets table

  private BitSet members(List<String> printed) {
    BitSet s = new BitSet();
    for (String name : printed) {
      s.set(resolve(name, Part.SETS));
    }
    return s;
  }

  private void checkSets(List<PublishedTables.SetsRow> rows) {
    printedOut = new BitSet[n];
    printedIn = new BitSet[n];
    printedCommon = new BitSet[n];
    hasRow = new boolean[n];
    int withSelf = 0;
    int withoutSelf = 0;
    boolean allCommon = true;
    for (PublishedTables.SetsRow r : rows) {
      int f = resolve(r.factor(), Part.SETS);
      if (hasRow[f]) {
        throw new IllegalArgumentException("the published sets table has two rows for factor '"
            + l(f) + "'");
      }
      hasRow[f] = true;
      printedOut[f] = members(r.output());
      printedIn[f] = members(r.input());
      if (printedOut[f].get(f) && printedIn[f].get(f)) {
        withSelf++;
      } else if (!printedOut[f].get(f) && !printedIn[f].get(f)) {
        withoutSelf++;
      } else {
        withSelf++;
        withoutSelf++;
      }
      printedOut[f].set(f);
      printedIn[f].set(f);
      if (r.common().isPresent()) {
        printedCommon[f] = members(r.common().get());
        printedCommon[f].set(f);
      } else {
        allCommon = false;
      }
    }
    if (!allCommon) {
      printedCommon = null;
    }
    convention = withoutSelf == 0 ? SetsConvention.INCLUDES_FACTOR
        : withSelf == 0 ? SetsConvention.EXCLUDES_FACTOR : SetsConvention.MIXED;
    missing(Part.SETS, i -> hasRow[i], "no row");

    int dIrm = 0;
    int dFrm = 0;
    for (int f = 0; f < n; f++) {
      if (hasRow[f]) {
        dIrm += xor(printedOut[f], row(irm, f)).cardinality() + xor(printedIn[f], row(irmT, f)).cardinality();
        dFrm += xor(printedOut[f], row(frm, f)).cardinality() + xor(printedIn[f], row(frmT, f)).cardinality();
      }
    }
    basis = dIrm < dFrm ? SetsBasis.IRM : SetsBasis.FRM;
    BitMatrix b = basis == SetsBasis.IRM ? irm : frm;
    BitMatrix bT = basis == SetsBasis.IRM ? irmT : frmT;
    setsDeviate = dFrm > 0;

    if (basis == SetsBasis.IRM) {
      Finding.Builder f = Finding.builder(Kind.SETS_WITHOUT_CLOSURE);
      int added = 0;
      for (int i = 0; i < n; i++) {
        if (!hasRow[i]) {
          continue;
        }
        BitSet addOut = minus(row(frm, i), row(irm, i));
        BitSet addIn = minus(row(frmT, i), row(irmT, i));
        if (!addOut.isEmpty() || !addIn.isEmpty()) {
          final int fi = i;
          f.factor(l(fi));
          addOut.stream().forEach(j -> f.cell(l(fi), l(j)));
          addIn.stream().forEach(j -> f.cell(l(j), l(fi)));
          added += addOut.cardinality() + addIn.cardinality();
        }
      }
      int links = model.finalReachability().transitiveLinks().size();
      findings.add(f.published("sets = IRM rows and columns (" + dIrm + " printed memberships differ"
              + " from the IRM, " + dFrm + " from the FRM)")
          .computed("the closure adds " + links + " transitive links")
          .message("the printed reachability and antecedent sets are the IRM's rows and columns:"
              + " no transitive closure was applied (" + added + " memberships missing)")
          .explanation("sets taken from the IRM without closure").corrections(added).build());
    }

    for (int f = 0; f < n; f++) {
      if (hasRow[f]) {
        checkSetRow(f, b, bT);
      }
    }
    if (printedCommon != null) {
      for (int f = 0; f < n; f++) {
        if (hasRow[f]) {
          checkIntersection(f);
        }
      }
    }
  }

  /** The printed values of cell (a, b): from a's output set and from b's input set, where printed. */
  private List<Boolean> printedCell(int a, int b) {
    List<Boolean> v = new ArrayList<>(2);
    if (hasRow[a]) {
      v.add(printedOut[a].get(b));
    }
    if (hasRow[b]) {
      v.add(printedIn[b].get(a));
    }
    return v;
  }

  private boolean transposedPair(int a, int b, BitMatrix basisM) {
    if (a == b || basisM.get(a, b) == basisM.get(b, a)) {
      return false;
    }
    for (boolean v : printedCell(a, b)) {
      if (v != basisM.get(b, a)) {
        return false;
      }
    }
    for (boolean v : printedCell(b, a)) {
      if (v != basisM.get(a, b)) {
        return false;
      }
    }
    return true;
  }

  private void checkSetRow(int f, BitMatrix b, BitMatrix bT) {
    BitSet outExtra = minus(printedOut[f], row(b, f));
    BitSet outMissing = minus(row(b, f), printedOut[f]);
    BitSet inExtra = minus(printedIn[f], row(bT, f));
    BitSet inMissing = minus(row(bT, f), printedIn[f]);
    if (outExtra.isEmpty() && outMissing.isEmpty() && inExtra.isEmpty() && inMissing.isEmpty()) {
      return;
    }
    List<int[]> cells = new ArrayList<>();
    BitSet involved = new BitSet();
    List<String> parts = new ArrayList<>();
    if (!outExtra.isEmpty()) {
      parts.add("output set lists " + list(outExtra));
    }
    if (!outMissing.isEmpty()) {
      parts.add("output set lacks " + list(outMissing));
    }
    if (!inExtra.isEmpty()) {
      parts.add("input set lists " + list(inExtra));
    }
    if (!inMissing.isEmpty()) {
      parts.add("input set lacks " + list(inMissing));
    }
    BitSet outDiff = xor(printedOut[f], row(b, f));
    BitSet inDiff = xor(printedIn[f], row(bT, f));
    outDiff.stream().forEach(j -> cells.add(new int[] {f, j}));
    inDiff.stream().forEach(j -> cells.add(new int[] {j, f}));
    involved.or(outDiff);
    involved.or(inDiff);

    Finding.Builder fb = Finding.builder(Kind.SET_DIFFERS).factor(l(f)).factors(names(involved));
    List<String> computed = new ArrayList<>();
    Set<String> pairs = new LinkedHashSet<>();
    List<String> transposed = new ArrayList<>();
    List<String> contradictions = new ArrayList<>();
    for (int[] c : cells) {
      fb.cell(l(c[0]), l(c[1]));
      int lo = Math.min(c[0], c[1]);
      int hi = Math.max(c[0], c[1]);
      if (pairs.add(lo + "," + hi)) {
        if (basis == SetsBasis.FRM && !irm.get(c[0], c[1]) && frm.get(c[0], c[1])) {
          computed.add(l(c[0]) + " reaches " + l(c[1]) + " by " + arrow(path(irm, c[0], c[1])));
        } else {
          computed.add(ssimCell(lo, hi));
        }
        if (transposedPair(lo, hi, b)) {
          transposed.add("cells " + cell(lo, hi) + " and " + cell(hi, lo) + " transposed");
        }
      }
      List<Boolean> v = printedCell(c[0], c[1]);
      if (v.size() == 2 && !v.get(0).equals(v.get(1))) {
        contradictions.add("cell " + cell(c[0], c[1]) + " is " + (v.get(0) ? 1 : 0)
            + " in the output set of " + l(c[0]) + " but " + (v.get(1) ? 1 : 0)
            + " in the input set of " + l(c[1]));
      }
    }
    List<String> explanation = new ArrayList<>(transposed);
    if (!contradictions.isEmpty()) {
      explanation.add("the table contradicts itself: " + String.join("; ", contradictions));
    }
    if (!explanation.isEmpty()) {
      fb.explanation(String.join("; ", explanation));
    }
    String publishedText = String.join("; ", parts);
    findings.add(fb.published(publishedText).computed(String.join("; ", computed))
        .message("factor " + l(f) + ": the " + publishedText + " (" + String.join("; ", computed)
            + ")")
        .build());
  }

  /** A printed set as the table prints it: without the factor itself under that convention. */
  private String printed(BitSet s, int f) {
    if (convention == SetsConvention.EXCLUDES_FACTOR) {
      BitSet t = (BitSet) s.clone();
      t.clear(f);
      return set(t);
    }
    return set(s);
  }

  private void checkIntersection(int f) {
    BitSet expected = and(printedOut[f], printedIn[f]);
    BitSet diff = xor(expected, printedCommon[f]);
    if (diff.isEmpty()) {
      return;
    }
    findings.add(Finding.builder(Kind.INTERSECTION_DIFFERS).factor(l(f)).factors(names(diff))
        .published("common set " + printed(printedCommon[f], f))
        .computed("output ∩ input = " + printed(expected, f))
        .message("factor " + l(f) + ": the printed common set " + printed(printedCommon[f], f)
            + " is not the intersection " + printed(expected, f) + " of its printed output set "
            + printed(printedOut[f], f) + " and input set " + printed(printedIn[f], f))
        .corrections(diff.cardinality()).build());
  }

  private void missing(Part part, IntPredicate present, String what) {
    BitSet absent = new BitSet();
    for (int i = 0; i < n; i++) {
      if (!present.test(i)) {
        absent.set(i);
      }
    }
    if (absent.isEmpty()) {
      return;
    }
    findings.add(Finding.builder(Kind.MISSING_FACTOR).factors(names(absent))
        .published(what + " for " + list(absent)).computed(n + " factors")
        .message("the published " + part.title() + " leaves out " + (absent.cardinality() == 1
            ? "factor " : "factors ") + list(absent))
        .corrections(absent.cardinality()).build());
  }

  // ---------------------------------------------------------------- levels

  private void checkLevels(Map<String, Integer> levels) {
    Part part = published.levels().isPresent() ? Part.LEVELS : Part.SETS;
    publishedLevels = new int[n];
    for (Map.Entry<String, Integer> e : levels.entrySet()) {
      int f = resolve(e.getKey(), part);
      if (publishedLevels[f] != 0) {
        throw new IllegalArgumentException("the published " + part.title() + " names factor '"
            + l(f) + "' twice");
      }
      if (e.getValue() < 1) {
        throw new IllegalArgumentException("the published " + part.title() + " gives factor '"
            + l(f) + "' level " + e.getValue() + " (levels start at 1)");
      }
      publishedLevels[f] = e.getValue();
    }
    if (part == Part.LEVELS) {
      missing(part, i -> publishedLevels[i] != 0, "no level");
    }
    LevelPartition computed = model.levels();
    int[] c = computed.levelsByFactor().toArray();
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = publishedLevels[i] != 0 ? publishedLevels[i] : c[i];
      if (p[i] != c[i]) {
        levelsDiffer = true;
      }
    }
    if (!levelsDiffer) {
      return;
    }
    boolean withoutClosure = checkLevelsWithoutClosure(p, c);
    BitSet inSplitCycles = checkSplitCycles(p);
    if (!withoutClosure) {
      checkLevelRule(p, inSplitCycles);
    }
    if (printedOut != null && setsDeviate) {
      checkPrintedLevelRule(p);
    }
  }

  private boolean matchesPublished(int[] partition) {
    for (int i = 0; i < n; i++) {
      if (publishedLevels[i] != 0 && partition[i] != publishedLevels[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean checkLevelsWithoutClosure(int[] p, int[] c) {
    String source = null;
    int[] partition = irmPartition.levelsByFactor().toArray();
    if (matchesPublished(partition)) {
      source = "the SSIM's IRM";
    } else if (publishedIrm != null && !publishedIrm.equals(irm)) {
      int[] fromPublished = TextbookPartition.of(Access.make(ReachabilityMatrix.class, labels,
          publishedIrm.or(BitMatrix.identity(n)))).levelsByFactor().toArray();
      if (matchesPublished(fromPublished)) {
        source = "the published IRM";
        partition = fromPublished;
      }
    }
    if (source == null) {
      return false;
    }
    BitSet differ = new BitSet();
    for (int i = 0; i < n; i++) {
      if (p[i] != c[i]) {
        differ.set(i);
      }
    }
    findings.add(Finding.builder(Kind.LEVELS_WITHOUT_CLOSURE).factors(names(differ))
        .published(levelsText(p, differ)).computed(levelsText(c, differ))
        .message("the published levels are what the level rule gives on " + source
            + " without transitive closure; with the closure " + differ.cardinality()
            + (differ.cardinality() == 1 ? " factor moves" : " factors move"))
        .explanation("levels follow from the IRM without closure").build());
    return true;
  }

  /** "1: a, b; 2: c" for the factors in {@code which}, grouped by level. */
  private String levelsText(int[] level, BitSet which) {
    TreeMap<Integer, BitSet> by = new TreeMap<>();
    which.stream().forEach(i -> by.computeIfAbsent(level[i], k -> new BitSet()).set(i));
    StringJoiner j = new StringJoiner("; ");
    by.forEach((lv, s) -> j.add(lv + ": " + list(s)));
    return j.toString();
  }

  private BitSet checkSplitCycles(int[] p) {
    Condensation cond = Access.condensation(model.finalReachability());
    BitSet split = new BitSet();
    for (int comp = 0; comp < cond.componentCount(); comp++) {
      if (!cond.isCycle(comp)) {
        continue;
      }
      int[] members = cond.members(comp);
      int top = members[0];
      int bottom = members[0];
      boolean differ = false;
      for (int m : members) {
        if (p[m] != p[members[0]]) {
          differ = true;
        }
        if (p[m] < p[top]) {
          top = m;
        }
        if (p[m] > p[bottom]) {
          bottom = m;
        }
      }
      if (!differ) {
        continue;
      }
      BitSet ms = new BitSet();
      for (int m : members) {
        ms.set(m);
      }
      split.or(ms);
      List<Integer> down = path(irm, bottom, top);
      List<Integer> up = path(irm, top, bottom);
      List<Integer> walk = new ArrayList<>(down);
      walk.addAll(up.subList(1, up.size()));
      List<String> walkNames = new ArrayList<>();
      walk.forEach(v -> walkNames.add(l(v)));

      List<Cell> links = new ArrayList<>();
      List<Set<String>> without = List.of();
      boolean exact = false;
      String explanation = null;
      if (members.length <= Audit.FEEDBACK_LIMIT) {
        FeedbackArcs fas = FeedbackArcs.of(irm, members, p);
        exact = fas.isExact();
        BitMatrix.Builder reduced = BitMatrix.builder(n);
        for (int i = 0; i < n; i++) {
          final int fi = i;
          irm.forEachInRow(fi, j -> reduced.set(fi, j));
        }
        StringJoiner lj = new StringJoiner(", ");
        for (FeedbackArcs.Arc arc : fas.arcs()) {
          reduced.set(arc.from(), arc.to(), false);
          links.add(new Cell(l(arc.from()), l(arc.to())));
          lj.add(l(arc.from()) + " → " + l(arc.to()));
        }
        without = IsmAnalyzer.level(Access.make(ReachabilityMatrix.class, labels, reduced.build())).levels();
        explanation = "removing the " + links.size() + " feedback links ("
            + (fas.isExact() ? "exact minimum" : "Eades–Lin–Smyth heuristic, minimal") + ") "
            + lj + " would leave a hierarchy of " + without.size() + " levels";
      }
      cycles.add(new Audit.Cycle(names(ms), walkNames, links, exact, without));
      int distinct = (int) java.util.Arrays.stream(members).map(m -> p[m]).distinct().count();
      Finding.Builder f = Finding.builder(Kind.SPLIT_CYCLE).factors(names(ms)).path(walkNames)
          .published(distinct + " levels (" + levelsText(p, ms) + ")")
          .computed("one level (" + model.levels().levelOf(members[0]) + ")")
          .message("the " + members.length + " factors " + list(ms) + " form one cycle (each"
              + " reaches every other, e.g. " + arrow(walk) + "), so they share a level, but the"
              + " published levels put them on " + distinct + " levels");
      if (explanation != null) {
        f.explanation(explanation);
      }
      findings.add(f.build());
    }
    return split;
  }

  /** The iterations of the published partition: 1 to the highest published level. */
  private int[] iterationLevels(int[] p) {
    int max = java.util.Arrays.stream(p).max().orElse(0);
    return java.util.stream.IntStream.rangeClosed(1, max).toArray();
  }

  private BitSet remaining(int[] p, int level) {
    BitSet rem = new BitSet();
    for (int i = 0; i < n; i++) {
      if (p[i] >= level) {
        rem.set(i);
      }
    }
    return rem;
  }

  private void checkLevelRule(int[] p, BitSet excluded) {
    boolean[] reported = new boolean[n];
    for (int k : iterationLevels(p)) {
      BitSet rem = remaining(p, k);
      BitSet violators = new BitSet();
      List<String> evidence = new ArrayList<>();
      for (int f = rem.nextSetBit(0); f >= 0; f = rem.nextSetBit(f + 1)) {
        if (excluded.get(f) || publishedLevels[f] == 0 || reported[f]) {
          continue;
        }
        BitSet r = and(row(frm, f), rem);
        BitSet a = and(row(frmT, f), rem);
        BitSet outside = minus(r, a);
        boolean holds = outside.isEmpty();
        if (p[f] == k && !holds) {
          violators.set(f);
          reported[f] = true;
          evidence.add(l(f) + " is published at level " + k + ", but R(" + l(f) + ") = " + set(r)
              + " is not within A(" + l(f) + ") = " + set(a) + ": " + list(outside)
              + (outside.cardinality() == 1 ? " does" : " do") + " not reach " + l(f));
        } else if (p[f] > k && holds) {
          violators.set(f);
          reported[f] = true;
          evidence.add(l(f) + " qualifies in iteration " + k + " (R(" + l(f) + ") = " + set(r)
              + " is within A(" + l(f) + ") = " + set(a) + "), but is published at level " + p[f]);
        }
      }
      if (violators.isEmpty()) {
        continue;
      }
      BitSet atK = new BitSet();
      BitSet qualify = new BitSet();
      for (int f = rem.nextSetBit(0); f >= 0; f = rem.nextSetBit(f + 1)) {
        if (p[f] == k) {
          atK.set(f);
        }
        if (minus(and(row(frm, f), rem), row(frmT, f)).isEmpty()) {
          qualify.set(f);
        }
      }
      findings.add(Finding.builder(Kind.LEVEL_RULE).factors(names(violators))
          .published("level " + k + ": " + set(atK)).computed("the rule selects " + set(qualify))
          .message("in iteration " + k + " (remaining " + set(rem) + "), the level rule"
              + " R(i) ∩ A(i) = R(i) on the FRM: " + String.join("; ", evidence))
          .build());
    }
  }

  private void checkPrintedLevelRule(int[] p) {
    for (int k : iterationLevels(p)) {
      BitSet rem = remaining(p, k);
      BitSet atK = new BitSet();
      BitSet bySets = new BitSet();
      BitSet byColumns = new BitSet();
      for (int f = rem.nextSetBit(0); f >= 0; f = rem.nextSetBit(f + 1)) {
        if (!hasRow[f]) {
          continue;
        }
        if (p[f] == k) {
          atK.set(f);
        }
        BitSet r = and(printedOut[f], rem);
        if (minus(r, printedIn[f]).isEmpty()) {
          bySets.set(f);
        }
        if (printedCommon != null && r.equals(and(printedCommon[f], rem))) {
          byColumns.set(f);
        }
      }
      if (bySets.equals(atK)) {
        continue;
      }
      Finding.Builder fb = Finding.builder(Kind.PRINTED_LEVEL_RULE)
          .factors(names(xor(bySets, atK)))
          .published("level " + k + ": " + set(atK))
          .computed("printed output and input sets give " + set(bySets)
              + (printedCommon != null ? "; printed output and common columns give "
                  + set(byColumns) : ""));
      String where = k == 1 ? "" : " (after removing the factors of the"
          + " published levels above)";
      if (printedCommon != null && byColumns.equals(atK)) {
        fb.message("level " + k + " " + set(atK) + " does not follow from the paper's printed"
                + " output and input sets" + where + ", which give " + set(bySets))
            .explanation("level " + k + " follows from the printed output and common columns"
                + " (output set = common set), not from the printed sets");
      } else {
        fb.message("level " + k + " " + set(atK) + " does not follow from the paper's stated rule"
            + " (output set = output ∩ input) on its printed sets" + where + ": the printed"
            + " output and input sets give " + set(bySets)
            + (printedCommon != null ? ", the printed output and common columns "
                + set(byColumns) : ""));
      }
      findings.add(fb.build());
    }
  }

  // ---------------------------------------------------------------- powers

  private void checkPowers(Map<String, PublishedTables.Power> powers) {
    int[] pd = new int[n];
    int[] pe = new int[n];
    boolean[] present = new boolean[n];
    for (Map.Entry<String, PublishedTables.Power> e : powers.entrySet()) {
      int f = resolve(e.getKey(), Part.POWERS);
      if (present[f]) {
        throw new IllegalArgumentException("the published powers table names factor '" + l(f) + "' twice");
      }
      present[f] = true;
      pd[f] = e.getValue().driving();
      pe[f] = e.getValue().dependence();
    }
    missing(Part.POWERS, i -> present[i], "no powers");
    int[] cd = model.micmac().drivingPowers().toArray();
    int[] ce = model.micmac().dependencePowers().toArray();
    BitSet differ = new BitSet();
    for (int i = 0; i < n; i++) {
      if (present[i] && (pd[i] != cd[i] || pe[i] != ce[i])) {
        differ.set(i);
      }
    }
    if (differ.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    List<int[][]> hypotheses = new ArrayList<>();
    names.add("the IRM's row and column sums (no closure)");
    hypotheses.add(sums(irm));
    names.add("the factor itself not counted");
    hypotheses.add(new int[][] {shift(cd, -1), shift(ce, -1)});
    names.add("driving and dependence swapped");
    hypotheses.add(new int[][] {ce, cd});
    if (publishedFrm != null && !publishedFrm.equals(frm)) {
      names.add("the published FRM's row and column sums");
      hypotheses.add(sums(publishedFrm));
    }
    for (int h = 0; h < hypotheses.size() && differ.cardinality() >= 2; h++) {
      int[][] hy = hypotheses.get(h);
      boolean all = differ.stream().allMatch(i -> hy[0][i] == pd[i] && hy[1][i] == pe[i]);
      if (all) {
        Finding.Builder f = Finding.builder(Kind.POWER_DIFFERS).factors(names(differ));
        int count = 0;
        for (int i = differ.nextSetBit(0); i >= 0; i = differ.nextSetBit(i + 1)) {
          count += (pd[i] != cd[i] ? 1 : 0) + (pe[i] != ce[i] ? 1 : 0);
        }
        findings.add(f.published("powers of " + differ.cardinality() + " factors")
            .computed("FRM row and column sums")
            .message("the published powers of " + list(differ) + " are not the FRM's row and"
                + " column sums")
            .explanation(names.get(h)).corrections(count).build());
        return;
      }
    }
    for (int i = differ.nextSetBit(0); i >= 0; i = differ.nextSetBit(i + 1)) {
      Finding.Builder f = Finding.builder(Kind.POWER_DIFFERS).factor(l(i))
          .published("driving " + pd[i] + ", dependence " + pe[i])
          .computed("driving " + cd[i] + ", dependence " + ce[i])
          .message("factor " + l(i) + ": published driving power " + pd[i] + " and dependence"
              + " power " + pe[i] + ", but the FRM's row sum is " + cd[i] + " and its column sum "
              + ce[i])
          .corrections((pd[i] != cd[i] ? 1 : 0) + (pe[i] != ce[i] ? 1 : 0));
      for (int h = 0; h < hypotheses.size(); h++) {
        if (hypotheses.get(h)[0][i] == pd[i] && hypotheses.get(h)[1][i] == pe[i]) {
          f.explanation(names.get(h));
          break;
        }
      }
      findings.add(f.build());
    }
  }

  /** Row and column sums, each counting the factor itself even where the diagonal cell is 0. */
  private static int[][] sums(BitMatrix m) {
    Powers p = Powers.of(m);
    int[] d = p.driving();
    int[] e = p.dependence();
    for (int i = 0; i < m.size(); i++) {
      if (!m.get(i, i)) {
        d[i]++;
        e[i]++;
      }
    }
    return new int[][] {d, e};
  }

  private static int[] shift(int[] a, int by) {
    int[] s = a.clone();
    for (int i = 0; i < s.length; i++) {
      s[i] += by;
    }
    return s;
  }
}
