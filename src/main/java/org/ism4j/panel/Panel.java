package org.ism4j.panel;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.ism4j.internal.Access;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/**
 * A panel: k ≥ 2 experts' SSIMs over the same factors, each expert with a unique name. Immutable
 * and thread-safe.
 *
 * <p>The experts' factors are matched by label, so each may list them in its own order; the panel
 * uses the first expert's order. {@link #aggregate(AggregationRule)} turns the panel into one SSIM,
 * {@link #agreement(AggregationRule)} says how far the experts agree and
 * {@link #stability(AggregationRule, int, long)} how much the levels depend on who was asked.
 *
 * <pre>{@code
 * Panel panel = Panel.builder().expert("Ana", ana).expert("Ben", ben).expert("Chen", chen).build();
 * Ssim consensus = panel.aggregate(AggregationRule.majority());
 * double kappa = panel.agreement(AggregationRule.majority()).fleissKappa();
 * Stability s = panel.stability(AggregationRule.majority(), 1000, 42);
 * }</pre>
 */
public final class Panel {
  /** The default number of bootstrap resamples of {@link #stability(AggregationRule)}. */
  public static final int DEFAULT_RESAMPLES = 1000;
  /** The default seed of {@link #stability(AggregationRule)}. */
  public static final long DEFAULT_SEED = 1;

  private final List<String> experts;
  private final List<Ssim> ssims;
  private final Labels factors;
  private final PanelCore core;

  private Panel(List<String> experts, List<Ssim> ssims) {
    this.experts = ImmutableList.copyOf(experts);
    this.ssims = ImmutableList.copyOf(ssims);
    this.factors = ssims.get(0).labels();
    int n = factors.size();
    byte[][] codes = new byte[ssims.size()][];
    for (int e = 0; e < ssims.size(); e++) {
      Ssim s = ssims.get(e);
      int[] at = new int[n];
      for (int i = 0; i < n; i++) {
        at[i] = s.labels().indexOf(factors.get(i));
      }
      byte[] code = new byte[n * (n - 1) / 2];
      int c = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          code[c++] = (byte) s.relation(at[i], at[j]).ordinal();
        }
      }
      codes[e] = code;
    }
    this.core = new PanelCore(n, codes);
  }

  /**
   * Returns the panel of the given SSIMs, naming the experts {@code expert 1}, {@code expert 2}, …
   *
   * @param ssims at least two SSIMs over the same factors (by label, in any order)
   * @return the panel
   * @throws IllegalArgumentException for fewer than two SSIMs or different factor sets, naming the
   *     expert and the label
   */
  public static Panel of(List<Ssim> ssims) {
    Builder b = builder();
    for (int e = 0; e < ssims.size(); e++) {
      b.expert("expert " + (e + 1), ssims.get(e));
    }
    return b.build();
  }

  /**
   * Returns a builder to which experts are added by name.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the experts' names in panel order.
   *
   * @return an immutable list
   */
  public List<String> experts() {
    return experts;
  }

  /**
   * Returns the experts' SSIMs in panel order, as given (each in its own factor order).
   *
   * @return an immutable list
   */
  public List<Ssim> ssims() {
    return ssims;
  }

  /**
   * Returns the factors in the panel's order: the first expert's.
   *
   * @return the labels
   */
  public Labels factors() {
    return factors;
  }

  /**
   * Returns the number of experts.
   *
   * @return k, at least 2
   */
  public int size() {
    return experts.size();
  }

  /**
   * Returns the SSIM of the {@link AggregationRule#majority() majority} rule.
   *
   * @return the aggregated SSIM over {@link #factors()}
   */
  public Ssim aggregate() {
    return aggregate(AggregationRule.majority());
  }

  /**
   * Returns the one SSIM the rule makes of the panel.
   *
   * @param rule the aggregation rule
   * @return the aggregated SSIM over {@link #factors()}
   */
  public Ssim aggregate(AggregationRule rule) {
    return ssim(decided(rule, ones()));
  }

  /**
   * Returns the experts' agreement with each other and with the rule's aggregate.
   *
   * @param rule the aggregation rule
   * @return the agreement
   */
  public Agreement agreement(AggregationRule rule) {
    Objects.requireNonNull(rule, "rule");
    int k = size();
    int[] counts = new int[core.cells * 4];
    core.count(ones(), counts);
    byte[] decided = new byte[core.cells];
    PanelCore.decide(rule, counts, decided);
    List<CellAgreement> cells = new ArrayList<>(core.cells);
    Relation[] relations = Relation.values();
    for (int c = 0; c < core.cells; c++) {
      int i = core.cellRow[c];
      int j = core.cellColumn[c];
      cells.add(new CellAgreement(i, j, factors.get(i), factors.get(j), relations[decided[c] & 3],
          counts[4 * c], counts[4 * c + 1], counts[4 * c + 2], counts[4 * c + 3],
          (decided[c] & AggregationRule.TIED) != 0));
    }
    List<ExpertAgreement> byExpert = new ArrayList<>(k);
    for (int e = 0; e < k; e++) {
      byte[] code = core.codes[e];
      int same = 0;
      for (int c = 0; c < core.cells; c++) {
        if (code[c] == (decided[c] & 3)) {
          same++;
        }
      }
      byExpert.add(new ExpertAgreement(experts.get(e), same, core.cells));
    }
    return new Agreement(rule, experts, ssim(decided), cells, byExpert);
  }

  /**
   * Returns the stability of the levels over {@link #DEFAULT_RESAMPLES} resamples with
   * {@link #DEFAULT_SEED}.
   *
   * @param rule the aggregation rule
   * @return the stability
   */
  public Stability stability(AggregationRule rule) {
    return stability(rule, DEFAULT_RESAMPLES, DEFAULT_SEED);
  }

  /**
   * Returns the stability of the levels: a bootstrap over the experts and a leave-one-expert-out
   * table (see {@link Stability} for the exact procedure). Deterministic for a seed. Each resample
   * costs one aggregation (O(k·n²)) and one level partition.
   *
   * @param rule the aggregation rule, for the full panel and every resample
   * @param resamples the number of bootstrap resamples, at least 1
   * @param seed the seed of the draws
   * @return the stability
   * @throws IllegalArgumentException naming {@code resamples} when it is below 1
   */
  public Stability stability(AggregationRule rule, int resamples, long seed) {
    Objects.requireNonNull(rule, "rule");
    checkArgument(resamples >= 1, "resamples must be at least 1, got %s", resamples);
    int n = factors.size();
    int k = size();
    int[] counts = new int[core.cells * 4];
    byte[] decided = new byte[core.cells];
    int[] weights = ones();
    int[] full = levels(rule, weights, counts, decided, new int[n]);

    int[] levelCounts = new int[n * (n + 1)];
    int[] same = new int[n];
    int identical = 0;
    int[] levels = new int[n];
    Random random = new Random(seed);
    for (int r = 0; r < resamples; r++) {
      Arrays.fill(weights, 0);
      for (int d = 0; d < k; d++) {
        weights[random.nextInt(k)]++;
      }
      levels(rule, weights, counts, decided, levels);
      boolean all = true;
      for (int i = 0; i < n; i++) {
        levelCounts[i * (n + 1) + levels[i]]++;
        if (levels[i] == full[i]) {
          same[i]++;
        } else {
          all = false;
        }
      }
      if (all) {
        identical++;
      }
    }
    List<FactorStability> byFactor = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ImmutableSortedMap.Builder<Integer, Integer> distribution = ImmutableSortedMap.naturalOrder();
      for (int l = 1; l <= n; l++) {
        int count = levelCounts[i * (n + 1) + l];
        if (count > 0) {
          distribution.put(l, count);
        }
      }
      byFactor.add(new FactorStability(factors.get(i), full[i], same[i], resamples,
          distribution.build()));
    }
    List<LeaveOneOut> loo = new ArrayList<>(k);
    for (int e = 0; e < k; e++) {
      Arrays.fill(weights, 1);
      weights[e] = 0;
      int[] without = levels(rule, weights, counts, decided, new int[n]);
      List<String> changed = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (without[i] != full[i]) {
          changed.add(factors.get(i));
        }
      }
      loo.add(new LeaveOneOut(experts.get(e), ImmutableIntArray.copyOf(without), changed));
    }
    return new Stability(rule, resamples, seed, factors, ImmutableIntArray.copyOf(full), identical,
        byFactor, loo);
  }

  private int[] levels(AggregationRule rule, int[] weights, int[] counts, byte[] decided, int[] out) {
    core.count(weights, counts);
    PanelCore.decide(rule, counts, decided);
    core.levels(decided, out);
    return out;
  }

  private int[] ones() {
    int[] w = new int[size()];
    Arrays.fill(w, 1);
    return w;
  }

  private byte[] decided(AggregationRule rule, int[] weights) {
    Objects.requireNonNull(rule, "rule");
    int[] counts = new int[core.cells * 4];
    core.count(weights, counts);
    byte[] decided = new byte[core.cells];
    PanelCore.decide(rule, counts, decided);
    return decided;
  }

  private Ssim ssim(byte[] decided) {
    return Access.make(Ssim.class, factors, core.bits(decided));
  }

  @Override
  public String toString() {
    return "Panel[" + size() + " experts, " + factors.size() + " factors]";
  }

  /** Collects the experts of a {@link Panel}; not thread-safe. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Ssim> ssims = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private Builder() {}

    /**
     * Adds an expert.
     *
     * @param name the expert's name, unique in the panel and not blank
     * @param ssim the expert's SSIM; its factors must be the first expert's (by label, any order)
     * @return this builder
     * @throws IllegalArgumentException naming the expert for a duplicate or blank name, or naming
     *     the expert and the label when the factor sets differ
     */
    public Builder expert(String name, Ssim ssim) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(ssim, "ssim");
      checkArgument(!name.isBlank(), "an expert needs a name, got '%s'", name);
      checkArgument(!seen.contains(name), "two experts named '%s'", name);
      if (!ssims.isEmpty()) {
        checkSameFactors(names.get(0), ssims.get(0).labels(), name, ssim.labels());
      }
      seen.add(name);
      names.add(name);
      ssims.add(ssim);
      return this;
    }

    private static void checkSameFactors(String firstName, Labels first, String name, Labels labels) {
      for (String label : first) {
        checkArgument(labels.contains(label), "expert '%s' has no factor '%s' (expert '%s' has it)",
            name, label, firstName);
      }
      for (String label : labels) {
        checkArgument(first.contains(label), "expert '%s' has a factor '%s' that expert '%s' has not",
            name, label, firstName);
      }
    }

    /**
     * Builds the panel.
     *
     * @return the panel
     * @throws IllegalArgumentException with fewer than two experts, or fewer than two factors
     */
    public Panel build() {
      checkArgument(ssims.size() >= 2, "a panel needs at least two experts, got %s", ssims.size());
      int n = ssims.get(0).size();
      checkArgument(n >= 2, "a panel needs at least two factors, got %s", n);
      return new Panel(names, ssims);
    }
  }
}
