// Echoed cells that a spreadsheet would run (contract "Batch files", the OWASP rule for CSV
// injection): a cell that starts with =, +, -, @, a tab or a carriage return gets a leading '
// so that Excel, LibreOffice and WPS show it as text. Only echoed input cells are changed,
// never the computed columns (a negative difference stays -50.00); --raw-cells turns it off.

const FORMULA_START = /^[=+\-@\t\r]/;
/** A comma-separated line (no quotes) with a cell that starts like a formula. */
const FORMULA_IN_LINE = /(?:^|,)[=+\-@\t\r]/;

/** The cell as echoed to a CSV: with a leading ' when it starts like a formula. */
export function defuse(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Whether an unquoted comma-separated line can be echoed as it is (no cell starts like a formula). */
export function lineIsSafe(line: string): boolean {
  return !FORMULA_IN_LINE.test(line);
}
