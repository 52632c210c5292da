package org.ism4j.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import org.ism4j.ssim.Relation;

/**
 * How a panel's k judgements of one cell become one relation. Immutable and thread-safe; obtain one
 * from the static factories.
 *
 * <p>Every rule but {@link #mode()} is defined per direction. For a cell (i, j), i &lt; j, an expert
 * asserts i → j when the cell is V or X and j → i when it is A or X; the <em>share</em> of a
 * direction is the fraction of the k experts asserting it. The rule decides each direction on its
 * own and the cell's symbol follows from the two: both X, only i → j V, only j → i A, neither O.
 *
 * <ul>
 *   <li>{@link #majority()} (the default): a direction holds when its share is &gt; 1/2;
 *   <li>{@link #threshold(double) threshold(T)}: when its share is ≥ T;
 *   <li>{@link #unanimous()}: when its share is 1;
 *   <li>{@link #mode()}: the cell takes its most frequent symbol; when two or more symbols tie for
 *       the top count the cell falls back to {@code majority} and is reported as tied
 *       ({@link CellAgreement#tied()}).
 * </ul>
 */
public final class AggregationRule {
  private enum Kind {
    MAJORITY, THRESHOLD, UNANIMOUS, MODE
  }

  private static final AggregationRule MAJORITY = new AggregationRule(Kind.MAJORITY, 0.5);
  private static final AggregationRule UNANIMOUS = new AggregationRule(Kind.UNANIMOUS, 1);
  private static final AggregationRule MODE = new AggregationRule(Kind.MODE, 0.5);

  private final Kind kind;
  private final double threshold;

  private AggregationRule(Kind kind, double threshold) {
    this.kind = kind;
    this.threshold = threshold;
  }

  /**
   * Returns the majority rule: a direction holds when more than half of the experts assert it.
   *
   * @return the rule
   */
  public static AggregationRule majority() {
    return MAJORITY;
  }

  /**
   * Returns the threshold rule: a direction holds when at least the share {@code t} of the experts
   * assert it ({@code count / k >= t}, in {@code double} arithmetic).
   *
   * @param t the share, 0 &lt; t ≤ 1
   * @return the rule
   * @throws IllegalArgumentException naming {@code t} when it is outside (0, 1]
   */
  public static AggregationRule threshold(double t) {
    checkArgument(t > 0 && t <= 1, "threshold must be in (0, 1], got %s", t);
    return new AggregationRule(Kind.THRESHOLD, t);
  }

  /**
   * Returns the unanimity rule: a direction holds when every expert asserts it.
   *
   * @return the rule
   */
  public static AggregationRule unanimous() {
    return UNANIMOUS;
  }

  /**
   * Returns the mode rule: a cell takes its most frequent symbol; a tie falls back to
   * {@link #majority()} for that cell.
   *
   * @return the rule
   */
  public static AggregationRule mode() {
    return MODE;
  }

  /**
   * Reads a rule by name: {@code majority}, {@code mode}, {@code unanimous} or {@code threshold=T}
   * (also {@code threshold:T}), in any case; the inverse of {@link #toString()}.
   *
   * @param text the name
   * @return the rule
   * @throws IllegalArgumentException naming {@code text} when it is no rule
   */
  public static AggregationRule parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "majority":
        return MAJORITY;
      case "mode":
        return MODE;
      case "unanimous":
        return UNANIMOUS;
      default:
        break;
    }
    if (s.startsWith("threshold=") || s.startsWith("threshold:")) {
      String value = s.substring("threshold=".length()).strip();
      double t;
      try {
        t = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "unknown rule '" + text + "' (the threshold '" + value + "' is not a number)", e);
      }
      checkArgument(t > 0 && t <= 1, "threshold must be in (0, 1], got %s in rule '%s'", value, text);
      return new AggregationRule(Kind.THRESHOLD, t);
    }
    throw new IllegalArgumentException(
        "unknown rule '" + text + "' (expected majority, mode, unanimous or threshold=T)");
  }

  /**
   * Returns whether this is the {@link #mode()} rule, which decides a cell by its symbols rather
   * than direction by direction.
   *
   * @return true for {@code mode}
   */
  public boolean isMode() {
    return kind == Kind.MODE;
  }

  /**
   * Returns whether a direction asserted by {@code count} of {@code k} experts holds. For
   * {@link #mode()} this is the majority fallback.
   *
   * @param count the experts asserting the direction, 0 ≤ count ≤ k
   * @param k the panel size, at least 1
   * @return whether the direction holds
   */
  public boolean holds(int count, int k) {
    checkArgument(k >= 1 && count >= 0 && count <= k, "count %s out of range for %s experts", count, k);
    return holdsUnchecked(count, k);
  }

  boolean holdsUnchecked(int count, int k) {
    switch (kind) {
      case THRESHOLD:
        return (double) count / k >= threshold;
      case UNANIMOUS:
        return count == k;
      default:
        return 2 * count > k;
    }
  }

  /**
   * Returns the relation of one cell from its symbol counts, as this rule defines it.
   *
   * @param v the experts who wrote V
   * @param a the experts who wrote A
   * @param x the experts who wrote X
   * @param o the experts who wrote O
   * @return the aggregated relation
   * @throws IllegalArgumentException naming the counts when one is negative or all are zero
   */
  public Relation apply(int v, int a, int x, int o) {
    checkArgument(v >= 0 && a >= 0 && x >= 0 && o >= 0 && v + a + x + o > 0,
        "counts V=%s A=%s X=%s O=%s: none may be negative and one must be positive", v, a, x, o);
    int code = decide(v, a, x, o);
    return Relation.values()[code & 3];
  }

  /**
   * The relation's ordinal in the low two bits; bit 2 set when the mode rule met a tie. Ordinals
   * are {@link Relation}'s: V 0, A 1, X 2, O 3.
   */
  int decide(int v, int a, int x, int o) {
    int k = v + a + x + o;
    if (kind == Kind.MODE) {
      int best = Math.max(Math.max(v, a), Math.max(x, o));
      int at = (v == best ? 1 : 0) + (a == best ? 1 : 0) + (x == best ? 1 : 0) + (o == best ? 1 : 0);
      if (at == 1) {
        return v == best ? 0 : a == best ? 1 : x == best ? 2 : 3;
      }
      return TIED | directions(v + x, a + x, k);
    }
    return directions(v + x, a + x, k);
  }

  /** Flag in {@link #decide}'s result: the mode rule met a tie. */
  static final int TIED = 4;

  private int directions(int forward, int backward, int k) {
    boolean f = holdsUnchecked(forward, k);
    boolean b = holdsUnchecked(backward, k);
    return f ? (b ? 2 : 0) : (b ? 1 : 3);
  }

  /**
   * Returns the rule's name as {@link #parse(String)} reads it: {@code majority}, {@code mode},
   * {@code unanimous} or {@code threshold=T}.
   *
   * @return the name
   */
  @Override
  public String toString() {
    switch (kind) {
      case THRESHOLD:
        return "threshold=" + formatThreshold(threshold);
      case UNANIMOUS:
        return "unanimous";
      case MODE:
        return "mode";
      default:
        return "majority";
    }
  }

  private static String formatThreshold(double t) {
    String s = Double.toString(t);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AggregationRule && ((AggregationRule) o).kind == kind
        && Double.compare(((AggregationRule) o).threshold, threshold) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, threshold);
  }
}
