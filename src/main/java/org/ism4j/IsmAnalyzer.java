package org.ism4j;

import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Micmac;
import org.ism4j.reach.BitMatrix;
import org.ism4j.reach.Condensation;
import org.ism4j.reach.Powers;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.reach.TransitiveClosure;
import org.ism4j.ssim.Ssim;

/**
 * The one-line entry points of ism4j.
 *
 * <pre>{@code
 * Ssim ssim = Ssim.parse(Path.of("model.tsv"));
 * LevelPartition p = IsmAnalyzer.level(ssim);       // levels only: fastest
 * IsmModel m = IsmAnalyzer.analyze(ssim);           // IRM, FRM, components, levels, MICMAC
 * }</pre>
 *
 * <p>All methods are thread-safe and return immutable values.
 */
public final class IsmAnalyzer {
  private IsmAnalyzer() {}

  /**
   * Partitions the factors of an SSIM into levels, without building the final reachability matrix
   * (it is built on demand for {@link LevelPartition#iterations()}).
   *
   * @param ssim the SSIM
   * @return the level partition
   * @throws IllegalArgumentException when the SSIM has more factors than the default limit
   */
  public static LevelPartition level(Ssim ssim) {
    return level(ssim.initialReachability(), IsmOptions.defaults());
  }

  /**
   * Partitions the factors of a reachability matrix into levels.
   *
   * @param irm an initial (or final) reachability matrix
   * @return the level partition
   * @throws IllegalArgumentException when the matrix has more factors than the default limit
   */
  public static LevelPartition level(ReachabilityMatrix irm) {
    return level(irm, IsmOptions.defaults());
  }

  /**
   * Partitions the factors of an SSIM into levels under the given options (their factor limit).
   *
   * @param ssim the SSIM
   * @param options the options
   * @return the level partition
   * @throws IllegalArgumentException when the SSIM has more factors than {@code options.maxFactors()}
   */
  public static LevelPartition level(Ssim ssim, IsmOptions options) {
    return level(ssim.initialReachability(), options);
  }

  /**
   * Partitions the factors of a reachability matrix into levels under the given options (their
   * factor limit).
   *
   * @param irm an initial (or final) reachability matrix
   * @param options the options
   * @return the level partition
   * @throws IllegalArgumentException when the matrix has more factors than {@code options.maxFactors()}
   */
  public static LevelPartition level(ReachabilityMatrix irm, IsmOptions options) {
    checkLimit(irm.size(), options);
    return LevelPartition.of(irm);
  }

  /**
   * Analyses an SSIM with the default options.
   *
   * @param ssim the SSIM
   * @return the model
   * @throws IllegalArgumentException when the SSIM has more factors than the default limit
   */
  public static IsmModel analyze(Ssim ssim) {
    return analyze(ssim, IsmOptions.defaults());
  }

  /**
   * Analyses an SSIM.
   *
   * @param ssim the SSIM
   * @param options the options
   * @return the model
   * @throws IllegalArgumentException when the SSIM has more factors than {@code options.maxFactors()}
   */
  public static IsmModel analyze(Ssim ssim, IsmOptions options) {
    checkLimit(ssim.size(), options);
    return analyze(ssim, ssim.initialReachability(), options);
  }

  /**
   * Analyses an initial reachability matrix.
   *
   * @param irm the IRM
   * @param options the options
   * @return the model
   * @throws IllegalArgumentException when the matrix has more factors than {@code options.maxFactors()}
   */
  public static IsmModel analyze(ReachabilityMatrix irm, IsmOptions options) {
    checkLimit(irm.size(), options);
    return analyze(Ssim.of(irm), irm, options);
  }

  private static IsmModel analyze(Ssim ssim, ReachabilityMatrix irm, IsmOptions options) {
    Condensation c = Condensation.of(irm.matrix());
    BitMatrix closure = TransitiveClosure.of(c);
    ReachabilityMatrix frm = irm.withClosure(closure);
    LevelPartition levels = LevelPartition.of(irm.labels(), c, () -> frm);
    Micmac micmac = Micmac.of(irm.labels(), Powers.of(c, closure), options.splitRule());
    return new IsmModel(ssim, irm, frm, c, levels, micmac, options);
  }

  private static void checkLimit(int n, IsmOptions options) {
    if (n > options.maxFactors()) {
      throw new IllegalArgumentException(n + " factors exceed the limit of " + options.maxFactors()
          + " (raise it with IsmOptions.withMaxFactors)");
    }
  }
}
