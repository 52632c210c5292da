package org.ism4j.ssim;

/**
 * A file that {@link Workbook} refuses as a whole, before any sheet is read: it is not a zip
 * archive, is an old binary {@code .xls} workbook, is encrypted, expands past
 * {@link Workbook#MAX_EXPANDED_BYTES} (a zip bomb), lacks the parts of a workbook, or has no sheet
 * of the name asked for. The message is the problem alone, without the file name, e.g.
 * {@code an Excel 97-2003 workbook (.xls, the old binary format), which ism4j does not read: open
 * it in Excel or LibreOffice and save it as .xlsx}.
 *
 * <p>A problem at one cell of a sheet is a {@link SsimFormatException} instead, naming the sheet
 * and the cell.
 */
public final class WorkbookException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  WorkbookException(String message) {
    super(message);
  }

  WorkbookException(String message, Throwable cause) {
    super(message, cause);
  }
}
