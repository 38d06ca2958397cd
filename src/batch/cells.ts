// Echoed cells that a spreadsheet would run (contract "Batch files", the OWASP rule for CSV
// injection): a cell that starts with =, +, -, @, a tab or a carriage return gets a leading '
// so that Excel, LibreOffice and WPS show it as text (the full-width ＝ ＋ － ＠ too: WPS and Excel
// with a Chinese input method may take them for the ASCII ones). Only echoed input cells are changed,
// never the computed columns (a negative difference stays -50.00); --raw-cells turns it off.

/** Whether a cell starts like a formula: =, +, -, @, a tab or a carriage return, or the full-width ＝ ＋ － ＠ a Chinese input method types. */
function formulaLike(cell: string): boolean {
  const c = cell.charCodeAt(0); // NaN for an empty cell
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || (c >= 0xff0b && (c === 0xff1d || c === 0xff0b || c === 0xff0d || c === 0xff20));
}

/** The cell as echoed to a CSV: with a leading ' when it starts like a formula. */
export function defuse(cell: string): string {
  return formulaLike(cell) ? `'${cell}` : cell;
}

/**
 * Whether a row's cells can be echoed as read (no cell starts like a formula). Every row asks:
 * the first character of each cell, not a regex over the line, keeps it cheap.
 */
export function cellsAreSafe(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (formulaLike(cells[i]!)) return false;
  return true;
}
