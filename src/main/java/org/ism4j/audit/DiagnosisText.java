package org.ism4j.audit;

import static org.ism4j.internal.Words.count;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;
import org.ism4j.audit.Cause.Kind;
import org.ism4j.ssim.Relation;

/**
 * The English of the diagnosis in one place: the one-line message of every {@link Cause} and the
 * audit's summary paragraph. The rules decide what holds and call one method here per cause; no
 * rule writes a sentence. Cell-level wording is shared with {@link FindingText}.
 */
final class DiagnosisText {
  /** Lists of cells longer than this are shortened in a message. */
  private static final int NAMED = 6;

  private final FindingText t;

  DiagnosisText(FindingText t) {
    this.t = t;
  }

  private List<Finding.Cell> cells(List<int[]> cells) {
    List<Finding.Cell> out = new ArrayList<>();
    cells.forEach(c -> out.add(new Finding.Cell(t.l(c[0]), t.l(c[1]))));
    return out;
  }

  /** The factors of some cells, in input order. */
  private List<String> factors(List<int[]> cells) {
    BitSet s = new BitSet();
    cells.forEach(c -> {
      s.set(c[0]);
      s.set(c[1]);
    });
    return t.names(s);
  }

  /** "(a, b), (c, d)", at most {@value #NAMED} named, then "and k more". */
  private String named(List<int[]> cells) {
    StringJoiner j = new StringJoiner(", ");
    for (int k = 0; k < Math.min(NAMED, cells.size()); k++) {
      j.add(t.cell(cells.get(k)[0], cells.get(k)[1]));
    }
    String s = j.toString();
    return cells.size() > NAMED ? s + " and " + (cells.size() - NAMED) + " more" : s;
  }

  private String except(List<int[]> exceptions) {
    return exceptions.isEmpty() ? "" : ", except " + count(exceptions.size(), "cell") + " ("
        + named(exceptions) + ")";
  }

  private static String irmName(boolean published) {
    return published ? "the published IRM" : "the SSIM's IRM";
  }

  // ---------------------------------------------------------------- closure

  Cause closureMissing(boolean publishedIrm, List<int[]> missing) {
    return new Cause(Kind.CLOSURE_MISSING, "the published FRM is " + irmName(publishedIrm)
        + " itself: no transitive closure was applied (the closure adds "
        + count(missing.size(), "link") + ")", factors(missing), cells(missing));
  }

  Cause closureOnePass(boolean publishedIrm, List<int[]> missing, List<int[]> exceptions) {
    List<int[]> all = new ArrayList<>(exceptions);
    all.addAll(missing);
    return new Cause(Kind.CLOSURE_ONE_PASS, "the published FRM is one transitivity pass over "
        + irmName(publishedIrm) + " (its Boolean square)" + except(exceptions)
        + ", not the full closure: it lacks " + count(missing.size(), "link")
        + " of paths of three or more direct links", factors(all), cells(all));
  }

  Cause closureIncomplete(boolean publishedIrm, List<int[]> missing) {
    return new Cause(Kind.CLOSURE_INCOMPLETE, "the published FRM lacks "
        + count(missing.size(), "transitive link") + " of " + irmName(publishedIrm) + " ("
        + named(missing) + "): its closure is incomplete", factors(missing), cells(missing));
  }

  Cause frmUnsupported(boolean publishedIrm, List<int[]> extra) {
    return new Cause(Kind.FRM_UNSUPPORTED, "the published FRM holds "
        + count(extra.size(), "link") + " (" + named(extra) + ") that no path of direct links of "
        + irmName(publishedIrm) + " supports", factors(extra), cells(extra));
  }

  Cause ssimIrmMismatch(List<int[]> cells) {
    return new Cause(Kind.SSIM_IRM_MISMATCH, "the published IRM and the SSIM disagree in "
        + count(cells.size(), "cell") + " (" + named(cells) + ")", factors(cells), cells(cells));
  }

  // ---------------------------------------------------------------- levels

  Cause levelsFromPrintedFrm(BitSet moved) {
    return new Cause(Kind.LEVELS_FROM_PRINTED_FRM, "the published levels are what the level rule"
        + " gives on the published FRM as printed; " + movedOnTheClosure(moved),
        t.names(moved), List.of());
  }

  Cause levelsFromIrm(FindingText.NoClosureSource source, BitSet moved) {
    return new Cause(Kind.LEVELS_FROM_IRM, "the published levels are what the level rule gives on "
        + source.name + ", with no closure at all; " + movedOnTheClosure(moved),
        t.names(moved), List.of());
  }

  /** "on the full closure 1 factor (E) gets other levels", "… 2 factors (B, C) get …". */
  private String movedOnTheClosure(BitSet moved) {
    int n = moved.cardinality();
    return "on the full closure " + count(n, "factor") + " (" + t.list(moved) + ")"
        + (n == 1 ? " gets" : " get") + " other levels";
  }

  Cause cycleSplit(SplitCycle s, int distinct) {
    return new Cause(Kind.CYCLE_SPLIT, "the published levels split a cycle of the full closure:"
        + " the " + s.members().length() + " factors " + t.list(s.memberSet())
        + " reach one another (e.g. " + String.join(" → ", s.cycle().walk()) + "), so the level"
        + " rule puts them on one level, but the paper gives them " + count(distinct, "level"),
        s.cycle().members(), List.of());
  }

  // ---------------------------------------------------------------- sets and cells

  Cause setsFromIrm(List<int[]> missing, PrintedSets.FromIrm how) {
    List<String> apart = new ArrayList<>();
    if (!how.transposed().isEmpty()) {
      List<String> pairs = new ArrayList<>();
      how.transposed().forEach(p -> pairs.add(t.cell(p[0], p[1]) + "/" + t.cell(p[1], p[0])));
      apart.add("cells " + String.join(", ", pairs) + " printed the wrong way round");
    }
    if (!how.contradictions().isEmpty()) {
      apart.add("cells " + named(how.contradictions())
          + " printed 1 in one set and 0 in the other");
    }
    return new Cause(Kind.SETS_FROM_IRM, "the printed reachability and antecedent sets are the"
        + " IRM's rows and columns, not the FRM's"
        + (apart.isEmpty() ? "" : " (apart from " + String.join("; ", apart) + ")")
        + ": they lack the " + count(missing.size(), "link") + " the closure adds",
        factors(missing), cells(missing));
  }

  Cause transposedCells(String table, List<int[]> pairs) {
    List<int[]> cells = new ArrayList<>();
    List<String> said = new ArrayList<>();
    List<String> ssim = new ArrayList<>();
    for (int[] p : pairs) {
      cells.add(new int[] {p[0], p[1]});
      cells.add(new int[] {p[1], p[0]});
      said.add(t.cell(p[0], p[1]) + " and " + t.cell(p[1], p[0]));
      ssim.add(t.ssimCell(p[0], p[1]));
    }
    return new Cause(Kind.TRANSPOSED_CELLS, "the " + table + " prints "
        + (pairs.size() == 1 ? "cells " : count(pairs.size(), "pair") + " of cells ")
        + String.join("; ", said) + " the wrong way round (" + String.join("; ", ssim) + ")",
        factors(cells), cells(cells));
  }

  Cause irmPattern(Kind kind, List<int[]> explained, List<int[]> exceptions) {
    String how = kind == Kind.VA_SWAPPED ? "the SSIM read with V and A swapped (the IRM transposed)"
        : "the SSIM with each row's cells read right to left (columns in reverse order)";
    List<int[]> all = new ArrayList<>(explained);
    all.addAll(exceptions);
    return new Cause(kind, "the published IRM is " + how + except(exceptions) + ": "
        + count(explained.size(), "cell") + (explained.size() == 1 ? " differs" : " differ")
        + " from the SSIM that way", factors(all),
        cells(all));
  }

  // ---------------------------------------------------------------- misprint

  /** One single-entry change that makes every published table agree. */
  record Change(String text, int from, int to) {}

  Change irmCell(String table, int i, int j, boolean printed) {
    return new Change("the published " + table + " prints cell " + t.cell(i, j) + " as "
        + (printed ? "1" : "0") + " (" + (printed ? "0" : "1") + " there)", i, j);
  }

  Change ssimCell(int i, int j, Relation printed, Relation instead) {
    return new Change("the SSIM prints cell " + t.cell(i, j) + " as " + printed.symbol() + " ("
        + instead.symbol() + " there)", i, j);
  }

  Change level(int f, int printed, int instead) {
    return new Change("the published levels give " + t.l(f) + " level " + printed + " (" + instead
        + " there)", f, f);
  }

  Change power(int f, boolean driving, int printed, int instead) {
    return new Change("the published " + (driving ? "driving" : "dependence") + " power of "
        + t.l(f) + " is " + printed + " (" + instead + " there)", f, f);
  }

  Change membership(int f, int m, boolean output, boolean printed) {
    return new Change("the printed " + (output ? "output" : "input") + " set of " + t.l(f)
        + (printed ? " lists " : " lacks ") + t.l(m) + " (" + (printed ? "without" : "with")
        + " it there)", output ? f : m, output ? m : f);
  }

  Cause misprint(List<Change> changes) {
    List<int[]> cells = new ArrayList<>();
    changes.forEach(ch -> cells.add(new int[] {ch.from(), ch.to()}));
    String message;
    if (changes.size() == 1) {
      message = "one misprint: " + changes.get(0).text() + "; with that one change every"
          + " published table agrees with the others";
    } else {
      StringJoiner j = new StringJoiner("; or ");
      changes.stream().limit(NAMED).forEach(ch -> j.add(ch.text()));
      message = "one misprint, in one of " + changes.size() + " places: " + j
          + (changes.size() > NAMED ? "; or " + (changes.size() - NAMED) + " more" : "")
          + "; any one of these changes makes every published table agree with the others";
    }
    List<String> factors = new ArrayList<>();
    changes.forEach(ch -> {
      factors.add(t.l(ch.from()));
      factors.add(t.l(ch.to()));
    });
    return new Cause(Kind.MISPRINT, message, factors, cells(cells));
  }

  // ---------------------------------------------------------------- summary

  /**
   * The summary paragraph.
   *
   * @param verdict the verdict
   * @param verdictText the verdict as reports print it
   * @param findings how many findings
   * @param diagnosis the ranked causes
   * @param published what the paper printed, e.g. "IRM, FRM and levels table"; empty for nothing
   * @param n factors
   * @param levels the levels the SSIM gives
   */
  String summary(Verdict verdict, String verdictText, int findings, List<Cause> diagnosis,
      String published, int n, int levels) {
    String what = count(n, "factor") + ", " + count(levels, "level") + " with the full closure";
    if (published.isEmpty()) {
      return "Nothing published to check (SSIM: " + what + ").";
    }
    if (verdict == Verdict.REPRODUCES) {
      return "The paper reproduces: its " + published + " follow from its SSIM (" + what + ").";
    }
    StringBuilder sb = new StringBuilder(verdict == Verdict.DOES_NOT_REPRODUCE
        ? "The paper does not reproduce" : "The paper reproduces after corrections");
    sb.append(" (").append(verdictText.equals(verdict.id()) ? ""
            : verdictText.substring(verdict.id().length() + 2, verdictText.length() - 1)
                + " to correct; ")
        .append(count(findings, "finding")).append("; SSIM: ").append(what).append("). ");
    if (diagnosis.isEmpty()) {
      sb.append("No single root cause accounts for the findings; each is listed below.");
    } else {
      sb.append("Root cause: ").append(diagnosis.get(0).message()).append('.');
      if (diagnosis.size() > 1) {
        StringJoiner also = new StringJoiner(", ");
        diagnosis.subList(1, diagnosis.size()).forEach(c -> also.add(c.id()));
        sb.append(" Also: ").append(also).append('.');
      }
    }
    return sb.toString();
  }
}
