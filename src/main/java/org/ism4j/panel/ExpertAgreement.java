package org.ism4j.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * How often one expert's SSIM equals the panel's aggregate. Immutable.
 *
 * @param expert the expert's name
 * @param agreeing the cells where the expert wrote the aggregated symbol
 * @param cells all cells, n(n − 1)/2
 */
public record ExpertAgreement(String expert, int agreeing, int cells) {
  /**
   * Creates an expert's agreement.
   *
   * @param expert the expert's name
   * @param agreeing the cells where the expert wrote the aggregated symbol
   * @param cells all cells, n(n − 1)/2
   * @throws IllegalArgumentException naming the expert when the counts are out of range
   */
  public ExpertAgreement {
    Objects.requireNonNull(expert, "expert");
    checkArgument(cells > 0 && agreeing >= 0 && agreeing <= cells,
        "expert '%s': %s agreeing of %s cells", expert, agreeing, cells);
  }

  /**
   * Returns the share of cells where the expert agrees with the aggregate.
   *
   * @return agreeing / cells, between 0 and 1
   */
  public double agreement() {
    return (double) agreeing / cells;
  }
}
