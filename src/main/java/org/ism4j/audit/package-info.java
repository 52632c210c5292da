/**
 * Reproduction audits of published ISM studies: what a paper printed ({@link PublishedTables})
 * checked against what its own SSIM gives ({@link Audit#of}), as {@link Finding}s and a
 * {@link Verdict}.
 *
 * <h2 id="formats">File formats of published tables</h2>
 *
 * <p>All formats are delimited text read by {@link org.ism4j.ssim.DelimitedTable}, the tokenizer of
 * the SSIM parser: UTF-8 (a byte order mark is dropped), any line ending, delimited by tabs,
 * commas, semicolons or spaces (detected), cells in double quotes where they hold the delimiter.
 * Blank lines are skipped. Every file starts with a header row. A factor is named by its label or
 * by its 1-based number in the SSIM; when the readers are given the SSIM's labels, a name that is
 * neither is an error at its cell. Every error is an {@link org.ism4j.ssim.SsimFormatException}
 * with the line and cell (column) of the offending text, e.g.
 * {@code line 3, column 4: '2' is not a reachability cell (expected 0, 1 or 1*)}.
 *
 * <p><b>Matrix</b> ({@link PublishedTables.Format#IRM}, {@link PublishedTables.Format#FRM}, or
 * {@link PublishedTables.Format#MATRIX} to tell from the file): a header row whose first cell is a
 * corner (empty, or naming the matrix) followed by the factors, then one row per factor, in the
 * same order, with its label and one cell per column: {@code 0}, {@code 1} or {@code 1*} (a
 * transitive link; counted as 1). The printed driving powers may follow as a last column headed
 * {@code Driving power} together with a last row labelled {@code Dependence power}; they are read
 * as the powers. A corner containing {@code IRM} or {@code initial} makes it the IRM, {@code FRM}
 * or {@code final} the FRM; otherwise a matrix with a {@code 1*} is the FRM and one without is the
 * IRM.
 *
 * <pre>
 * FRM    A   B   C   Driving power
 * A      1   1   1*  3
 * B      0   1   1   2
 * C      0   0   1   1
 * Dependence power   1   2   3
 * </pre>
 *
 * <p><b>Sets table</b> ({@link PublishedTables.Format#SETS}), like
 * {@code examples/banking-17/published-table2.tsv}: the first column names the factor; the other
 * columns are recognised by their header, case ignored: one containing {@code intersection},
 * {@code common} or {@code ∩} is the intersection set, {@code antecedent} or {@code input} the
 * antecedent set, {@code reach} or {@code output} the reachability set, {@code level} the level;
 * other columns (factor names, say) are ignored. The reachability and antecedent columns are
 * required. A set is a comma-separated list of factors, optionally in braces; empty, {@code -} or
 * {@code ∅} is the empty set; with or without the factor itself (the audit detects which, see
 * {@link Audit#setsConvention()}). In a comma-delimited file quote the sets. An empty level cell is
 * no level.
 *
 * <pre>
 * id  factor     output_set  input_set  common_set  level
 * 1   Cost       2, 3                               2
 * 2   Quality    3           1                      2
 * 3   Trust                  1, 2                   1
 * </pre>
 *
 * <p><b>Levels</b> ({@link PublishedTables.Format#LEVELS}): a header row {@code factor<TAB>level}
 * (the second cell must contain {@code level}), then one row per factor with its level, 1 for the
 * top.
 *
 * <pre>
 * factor  level
 * Trust   1
 * Cost    2
 * </pre>
 *
 * <p><b>Powers</b> ({@link PublishedTables.Format#POWERS}): the factor first, then columns whose
 * headers contain {@code driv} and {@code depend}, in either order.
 *
 * <pre>
 * factor  driving power  dependence power
 * Cost    3              1
 * </pre>
 *
 * <p>{@link PublishedTables.Format#AUTO} tells the format from the header row: a reachability and
 * an antecedent column make a sets table; a second cell about driving or dependence powers the
 * powers; exactly two cells, the second about levels, a levels table; anything else a matrix.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.audit;

import org.jspecify.annotations.NullMarked;
