// Excel's own limits, which bind both what the reader accepts as a workbook and what the writer
// writes, and the reader's memory bound for one row's text.

/** Excel's last row and last column (XFD). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
/** The most characters Excel holds in one cell. */
export const EXCEL_CELL_CHARS = 32_767;
/** A row holding more text than this (1 MiB) is kept as "too long", without its text. */
export const MAX_ROW_CHARS = 1024 * 1024;
