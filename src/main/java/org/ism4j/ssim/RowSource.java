package org.ism4j.ssim;

import java.io.IOException;
import org.ism4j.ssim.DelimitedTable.Delimiter;
import org.ism4j.ssim.DelimitedTable.Row;

/**
 * Rows of cells one at a time, for {@link MatrixReader}: a {@link Tokenizer} over text, or the rows
 * of a {@link DelimitedTable} (a worksheet, say).
 */
interface RowSource {
  /**
   * Returns the next row (a blank one has no cells), or null at the end.
   *
   * @param maxCells at most this many cells need be kept; {@link Row#totalCells()} counts them all
   */
  Row next(int maxCells) throws IOException;

  /** The delimiter, for messages. */
  Delimiter delimiter();

  /** Whether the rows are a worksheet's, for messages ("empty sheet", "empty row"). */
  default boolean isSheet() {
    return false;
  }
}
