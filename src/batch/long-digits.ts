// A CSV cell that a spreadsheet will turn into a number and spoil: 12 digits or more (an 18-digit
// ID number, a 12-digit social security number). Excel and LibreOffice open such a cell as
// 4.2130219550312E+17, keep 15 significant digits, and write that back when the file is saved.
// Batch counts these cells per column of its CSV output and its summary suggests an .xlsx instead,
// where yibao writes every echoed cell as text.

/** Digits at least this long are shown in scientific notation by Excel (General format, above 11 digits). */
export const LONG_DIGITS = 12;

/** Whether `cell` is only ASCII digits, LONG_DIGITS of them or more (checked cheaply: it runs on every cell). */
export function isLongDigits(cell: string): boolean {
  if (cell.length < LONG_DIGITS) return false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The .xlsx name to suggest instead of a CSV output (`r.csv` -> `r.xlsx`; stdout -> results.xlsx). */
export function xlsxInstead(out: string | undefined): string {
  if (out === undefined) return 'results.xlsx';
  return /\.(?:csv|txt|tsv)$/i.test(out) ? out.replace(/\.(?:csv|txt|tsv)$/i, '.xlsx') : `${out}.xlsx`;
}
