// The input's columns (CSV, TSV and a workbook's sheet alike): which cell holds each field
// (columns.ts maps headers as offices write them), which input columns are echoed to the
// output, a row's values merged with the command's flags (a missing column or a blank cell takes
// the flag of the same name), and the echoed cells made safe for a spreadsheet (cells.ts).
import { CLAIM_FIELDS, claimSource, given, type ClaimField, type ClaimSource, type RawClaim } from '../claim/index.js';
import { UsageError } from '../errors.js';
import { batchMessages as M, type Text } from './messages.js';
import type { RowValues } from './row.js';
import type { Warning } from '../engine/types.js';
import { RESULT_COLUMNS } from './output.js';
import { csvJoin } from './csv.js';
import { cellsAreSafe, defuse } from './cells.js';
import { mapColumns, type ColumnField, type ColumnMap } from './columns.js';
import { hasWide } from '../text/width.js';
import { setRawField } from '../claim/fields.js';

/** The command's flags that fill claim fields (only those given). */
export type FlagValues = Partial<Record<ClaimField, string>>;

export const RESULT_SET: ReadonlySet<string> = new Set([...RESULT_COLUMNS, 'difference', 'warnings']);

/** The fields every claim needs, so that a file with no column for one (and no flag) is refused. */
const REQUIRED: readonly ClaimField[] = ['date', 'scheme', 'tier', 'amount'];

/** The contract's input columns, in its order (for a CSV from JSONL whose first line is no object). */
export const inputColumns = (check: boolean): string[] => [
  'person_id',
  'date',
  'city',
  ...CLAIM_FIELDS.filter((f) => f !== 'city' && f !== 'date'),
  ...(check ? ['reported_fund'] : []),
];

/** A cell that holds no value to read (an Excel error such as #N/A, a formula never calculated): a problem only if its column is read. */
export interface CellNote {
  col: number;
  message: Text;
  /** A problem only when the column is read as an amount (a money cell filled from a merged range). */
  money?: boolean;
  /** Not a problem but the row's warning (a hidden row). */
  warning?: Warning;
  /** A problem of the whole row, whichever columns are read (a value beyond the header). */
  row?: boolean;
}

/** The fields that hold money. */
const MONEY: ReadonlySet<string> = new Set(['amount', 'out_of_scope', 'ytd_deductible', 'ytd_fund', 'account', 'family', 'reported_fund']);

export interface TableOptions {
  flags: FlagValues;
  check: boolean;
  /** --raw-cells: echoed cells exactly as read, even those a spreadsheet would run as formulas. */
  raw: boolean;
}

/** The first characters of the labels of total rows: 合计, 总计, 小计, 共计, 汇总, 本页合计, total, sum. */
const TOTAL_FIRST = new Set(['合', '总', '小', '共', '汇', '本', 't', 's', 'g', 'T', 'S', 'G', ' ', '\u3000', '\t']);
/** The last characters of the rows Excel's Subtotal command (分类汇总) adds: "P1 汇总", "P1 计数", "P1 Total". */
const SUBTOTAL_LAST = new Set(['总', '数', '值', 'l', 'L', 't', 'T', 'e', 'E']);
const TOTAL = /^(?:本页|本月|本表|总)?(?:合计|总计|小计|共计|汇总)(?:金额|费用)?$|^(?:grand|sub)?total$|^sum$/;
const SUBTOTAL = /^\S.*\s(?:汇总|计数|平均值|total|count|average)$/;

/** Whether a cell is the label of a total row (spaces, colons and case aside), or of a row Excel's Subtotal command adds. */
export const isTotalLabel = (cell: string): boolean => {
  const text = cell.normalize('NFKC').trim().toLowerCase();
  return TOTAL.test(text.replace(/[\s:]/g, '')) || SUBTOTAL.test(text);
};

/** A CR or LF inside a line as read (a cell holding it must be quoted when written back). */
const hasLineEnd = (line: string): boolean => line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0;

export class CsvTable {
  /** Input columns echoed to the output: all but those the result would repeat. */
  readonly echoColumns: string[];
  /** Input columns not echoed: a result column of the same name takes their place. */
  readonly shadowed: string[];
  readonly columns: ColumnMap;
  /** The column header of each field read, for row errors: the file's own words. */
  readonly names: Partial<Record<ColumnField, string>> = {};
  private readonly echoIndex: number[] | undefined;
  /** The fields the file has a column for, as parallel arrays: their k in CLAIM_FIELDS, their column, their name. */
  private readonly readK: number[];
  private readonly readColumn: number[];
  private readonly readField: ClaimField[];
  /** The flag that fills each of those fields where its cell is blank (undefined: no flag). */
  private readonly readFlag: (string | undefined)[];
  private readonly personIndex: number;
  private readonly reportedIndex: number;
  /** The account_holder column (-1: none): read only where the file has it. */
  private readonly holderIndex: number;
  private readonly current: RowValues;
  private readonly flags: FlagValues;
  /** Whether no flag has a character halfWidth changes (then a row's plain line makes all its values plain). */
  private readonly flagsPlain: boolean;

  constructor(
    readonly header: string[],
    private readonly opts: TableOptions,
  ) {
    this.flags = opts.flags;
    this.flagsPlain = Object.values(opts.flags).every((f) => f === undefined || !hasWide(f));
    this.columns = mapColumns(header);
    if (this.columns.duplicate !== undefined) throw new UsageError(M.duplicateColumn(this.columns.duplicate), 'duplicate_column');
    const index = this.columns.index;
    for (const { column, field } of this.columns.read) this.names[field] = column;
    this.readK = CLAIM_FIELDS.flatMap((f, k) => (index[f] >= 0 ? [k] : []));
    this.readColumn = this.readK.map((k) => index[CLAIM_FIELDS[k]!]);
    this.readField = this.readK.map((k) => CLAIM_FIELDS[k]!);
    this.readFlag = this.readField.map((f) => this.flags[f]);
    this.personIndex = index.person_id;
    this.reportedIndex = index.reported_fund;
    this.holderIndex = index.account_holder;
    const names = header.map((h) => h.trim().toLowerCase());
    const keep = names.flatMap((n, i) => (RESULT_SET.has(n) ? [] : [i]));
    this.echoIndex = keep.length === names.length ? undefined : keep;
    this.echoColumns = keep.map((i) => header[i]!.trim());
    this.shadowed = header.filter((_, i) => RESULT_SET.has(names[i]!)).map((h) => h.trim());
    this.source = claimSource(CLAIM_FIELDS.filter((f) => index[f] >= 0 || this.flags[f] !== undefined));
    const raw: RawClaim = Object.fromEntries(CLAIM_FIELDS.map((f) => [f, this.flags[f]]));
    this.current = { raw, personId: undefined, holder: undefined, reported: undefined, problem: undefined, own: new Uint8Array(CLAIM_FIELDS.length), read: undefined, plain: false };
  }

  /** The claim fields this file can give: its columns and the command's flags. */
  readonly source: ClaimSource;

  /** The required fields that no column gives and no flag fills (the file is refused when any). */
  missing(): ColumnField[] {
    const fields: ColumnField[] = REQUIRED.filter((f) => this.columns.index[f] < 0 && this.flags[f] === undefined);
    if (this.opts.check && this.reportedIndex < 0) fields.push('reported_fund');
    return fields;
  }

  /** A record with no cell that holds anything: not a claim (Excel's trailing rows of commas). */
  blank(cells: readonly string[]): boolean {
    for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
    return true;
  }

  /**
   * The row's values. One object is reused for every row (a million rows, a million fewer
   * allocations): the caller uses it before asking for the next row. `line`: the CSV line the
   * cells were split from, when there is one: checked once for full-width forms, rather than
   * each cell when the claim is parsed.
   */
  values(cells: string[], notes?: readonly CellNote[], line?: string): RowValues {
    const v = this.current;
    const raw = v.raw;
    const own = v.own;
    // only the fields the file has a column for (a missing column: the flag, set once in the constructor)
    const ks = this.readK;
    const columns = this.readColumn;
    for (let j = 0; j < ks.length; j++) {
      const cell = cells[columns[j]!];
      const k = ks[j]!;
      if (given(cell)) {
        setRawField(raw, k, cell);
        own[k] = 1;
      } else {
        setRawField(raw, k, this.readFlag[j]);
        own[k] = 0;
      }
    }
    v.personId = this.personIndex >= 0 ? cells[this.personIndex] : undefined;
    v.reported = this.reportedIndex >= 0 ? cells[this.reportedIndex] : undefined;
    if (this.holderIndex >= 0) v.holder = cells[this.holderIndex];
    v.problem = cells.length === this.header.length ? undefined : { column: 'row', message: M.fieldCount(cells.length, this.header.length) };
    v.read = undefined;
    v.plain = line !== undefined && this.flagsPlain && !hasWide(line);
    if (notes && !v.problem) v.problem = this.noteProblem(notes);
    if (notes) v.read = notes.find((n) => n.warning)?.warning;
    if (!v.problem) v.problem = this.totalRow(cells);
    return v;
  }

  /** Where the cells of a row are (fast-row.ts reads them directly): each claim field's column, the person's, the reported fund's and the holder's (-1: none), and whether any flag fills a field. */
  layout(): { fields: readonly ClaimField[]; columns: readonly number[]; person: number; reported: number; holder: number; flags: boolean } {
    return { fields: this.readField, columns: this.readColumn, person: this.personIndex, reported: this.reportedIndex, holder: this.holderIndex, flags: Object.values(this.flags).some((f) => f !== undefined) };
  }

  /** Whether a row is a 合计 or subtotal row (values() makes it the row's problem). */
  isTotal(cells: readonly string[]): boolean {
    return this.totalRow(cells) !== undefined;
  }

  /** A 合计 row at the bottom of a sheet, or a subtotal row (its label the row's first cell): not a claim, and never computed as one. */
  private totalRow(cells: readonly string[]): RowValues['problem'] {
    let i = 0;
    while (i < cells.length && cells[i] === '') i++;
    const label = cells[i];
    if (label === undefined || label.length > 48) return undefined;
    if (!TOTAL_FIRST.has(label.charAt(0)) && !SUBTOTAL_LAST.has(label.charAt(label.length - 1))) return undefined;
    if (!isTotalLabel(label)) return undefined;
    return { column: this.header[i]!.trim(), message: M.totalRow(label), total: true };
  }

  /** The first note on a column that is read (an error cell in an ignored column is only echoed). */
  private noteProblem(notes: readonly CellNote[]): RowValues['problem'] {
    const fields = Object.entries(this.columns.index);
    const read = new Set(fields.map(([, i]) => i));
    const money = new Set(fields.flatMap(([f, i]) => (MONEY.has(f) ? [i] : [])));
    const note = notes.find((n) => !n.warning && (n.row === true || (n.money ? money.has(n.col) : read.has(n.col))));
    return note ? { column: note.row === true ? 'row' : this.header[note.col]!.trim(), message: note.message } : undefined;
  }

  /**
   * The echoed input cells as CSV, each made safe for a spreadsheet unless --raw-cells; the
   * line as read when it can be reused as it is (the common case, kept cheap): not when a cell
   * holds a CR or LF, which must be quoted, whatever its first character.
   */
  echoLine(cells: string[], line: string | undefined): string {
    if (line !== undefined && !this.echoIndex && cells.length === this.header.length && !hasLineEnd(line) && (this.opts.raw || cellsAreSafe(cells))) return line;
    const echoed = this.echo(cells);
    return csvJoin(this.opts.raw ? echoed : echoed.map(defuse));
  }

  /** What each echoed column is read as: an amount, a date, or neither (text). */
  echoKinds(): ('money' | 'date' | 'text')[] {
    const field = new Map(Object.entries(this.columns.index).map(([f, i]) => [i, f]));
    const kind = (i: number) => {
      const f = field.get(i);
      return f !== undefined && MONEY.has(f) ? 'money' : f === 'date' ? 'date' : 'text';
    };
    return this.echoIndex ? this.echoIndex.map(kind) : this.header.map((_, i) => kind(i));
  }

  /** The echoed input cells as read, exactly as many as echoColumns. */
  echo(cells: string[]): string[] {
    const width = this.header.length;
    const full = cells.length === width ? cells : Array.from({ length: width }, (_, i) => cells[i] ?? '');
    return this.echoIndex ? this.echoIndex.map((i) => full[i]!) : full;
  }
}
