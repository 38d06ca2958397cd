// The input's columns: which cell holds each claim field, person_id and reported_fund, which
// input columns are echoed to the output, and a row's values merged with the command's flags
// (a missing column or a blank cell takes the flag of the same name). One shape for CSV
// records (cells by position) and JSONL objects (cells by key).
import { CLAIM_FIELDS, given, type ClaimField, type RawClaim } from '../claim/index.js';
import { UsageError } from '../errors.js';
import { batchMessages as M, type Text } from './messages.js';
import type { RowValues } from './row.js';
import { RESULT_COLUMNS } from './output.js';
import { csvJoin } from './csv.js';

/** The command's flags that fill claim fields (only those given). */
export type FlagValues = Partial<Record<ClaimField, string>>;

const RESULT_SET: ReadonlySet<string> = new Set([...RESULT_COLUMNS, 'difference']);

/** The contract's input columns, in its order (for a CSV from JSONL whose first line is no object). */
export const inputColumns = (check: boolean): string[] => [
  'person_id',
  'date',
  'city',
  ...CLAIM_FIELDS.filter((f) => f !== 'city' && f !== 'date'),
  ...(check ? ['reported_fund'] : []),
];

export class CsvTable {
  /** Input columns echoed to the output: all but those the result would repeat. */
  readonly echoColumns: string[];
  /** Input columns not echoed: a result column of the same name takes their place. */
  readonly shadowed: string[];
  private readonly echoIndex: number[] | undefined;
  private readonly fieldIndex: number[];
  private readonly personIndex: number;
  private readonly reportedIndex: number;
  private readonly current: RowValues;

  constructor(
    readonly header: string[],
    private readonly flags: FlagValues,
  ) {
    const names = header.map((h) => h.trim().toLowerCase());
    const seen = new Set<string>();
    for (const n of names) {
      if (n !== '' && seen.has(n)) throw new UsageError(M.duplicateColumn(n), 'duplicate_column');
      seen.add(n);
    }
    this.fieldIndex = CLAIM_FIELDS.map((f) => names.indexOf(f));
    this.personIndex = names.indexOf('person_id');
    this.reportedIndex = names.indexOf('reported_fund');
    const keep = names.flatMap((n, i) => (RESULT_SET.has(n) ? [] : [i]));
    this.echoIndex = keep.length === names.length ? undefined : keep;
    this.echoColumns = keep.map((i) => header[i]!.trim());
    this.shadowed = header.filter((_, i) => RESULT_SET.has(names[i]!)).map((h) => h.trim());
    const raw: RawClaim = {};
    for (const field of CLAIM_FIELDS) raw[field] = flags[field];
    this.current = { raw, personId: undefined, reported: undefined, problem: undefined, own: 0 };
  }

  has(column: string): boolean {
    return column === 'reported_fund' ? this.reportedIndex >= 0 : false;
  }

  /**
   * The row's values. One object is reused for every row (a million rows, a million fewer
   * allocations): the caller uses it before asking for the next row.
   */
  values(cells: string[]): RowValues {
    const v = this.current;
    const raw = v.raw;
    const idx = this.fieldIndex;
    let own = 0;
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k]!;
      if (i < 0) continue; // a missing column: the flag, set once in the constructor
      const cell = cells[i];
      const field = CLAIM_FIELDS[k]!;
      if (given(cell)) {
        raw[field] = cell;
        own |= 1 << k;
      } else raw[field] = this.flags[field];
    }
    v.own = own;
    v.personId = this.personIndex >= 0 ? cells[this.personIndex] : undefined;
    v.reported = this.reportedIndex >= 0 ? cells[this.reportedIndex] : undefined;
    v.problem = cells.length === this.header.length ? undefined : { column: 'row', message: M.fieldCount(cells.length, this.header.length) };
    return v;
  }

  /** The echoed input cells as CSV; the line as read when it can be reused as it is. */
  echoLine(cells: string[], line: string | undefined): string {
    if (line !== undefined && !this.echoIndex && cells.length === this.header.length) return line;
    return csvJoin(this.echo(cells));
  }

  /** The echoed input cells, exactly as many as echoColumns. */
  echo(cells: string[]): string[] {
    const width = this.header.length;
    const full = cells.length === width ? cells : Array.from({ length: width }, (_, i) => cells[i] ?? '');
    return this.echoIndex ? this.echoIndex.map((i) => full[i]!) : full;
  }
}

/** A JSON value as a cell: text and numbers as written; null as not given. */
function cellOf(value: unknown): string | undefined | { bad: string } {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return { bad: JSON.stringify(value) ?? String(value) };
}

export type JsonRow = { object: Record<string, unknown> } | { text: string; problem?: Text };

/** A nested value is written back with JSON.stringify, which overflows the stack on deep nesting. */
function writable(object: Record<string, unknown>): boolean {
  for (const k in object) {
    const v = object[k];
    if (typeof v === 'object' && v !== null) {
      try {
        JSON.stringify(object);
        return true;
      } catch {
        return false;
      }
    }
  }
  return true;
}

export class JsonlTable {
  /** Input keys not echoed: a result field of the same name takes their place. */
  readonly shadowed = new Set<string>();
  constructor(private readonly flags: FlagValues) {}

  /** One line; any line that cannot be read (or written back) is that row's error, never the run's. */
  parse(line: string): JsonRow {
    let object: unknown;
    try {
      object = JSON.parse(line);
    } catch (error) {
      return { text: line, problem: M.badJson(error instanceof Error ? error.message : String(error)) };
    }
    if (typeof object !== 'object' || object === null || Array.isArray(object)) return { text: line };
    if (!writable(object as Record<string, unknown>)) return { text: line, problem: M.tooDeep() };
    return { object: object as Record<string, unknown> };
  }

  values(row: JsonRow): RowValues {
    const raw: RawClaim = {};
    if (!('object' in row)) return { raw, own: 0, personId: undefined, reported: undefined, problem: { column: 'line', message: row.problem ?? M.notJsonObject() } };
    const values: RowValues = { raw, own: 0, personId: undefined, reported: undefined };
    const take = (key: string): string | undefined => {
      // own keys only: a key the row does not have is not given, whatever Object.prototype holds
      const cell = cellOf(Object.hasOwn(row.object, key) ? row.object[key] : undefined);
      if (typeof cell === 'object') {
        values.problem ??= { column: key, message: M.notText(cell.bad) };
        return undefined;
      }
      return cell;
    };
    for (let k = 0; k < CLAIM_FIELDS.length; k++) {
      const field = CLAIM_FIELDS[k]!;
      const cell = take(field);
      if (given(cell)) {
        raw[field] = cell;
        values.own |= 1 << k;
      } else raw[field] = this.flags[field];
    }
    values.personId = take('person_id');
    values.reported = take('reported_fund');
    return values;
  }

  /**
   * The input object without keys the result would repeat. A null-prototype object: every key is
   * data (`__proto__` too), and a key the row lacks reads as missing, never as Object.prototype's.
   */
  echoObject(row: JsonRow): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    if (!('object' in row)) return out;
    for (const [k, v] of Object.entries(row.object)) {
      if (!RESULT_SET.has(k)) out[k] = v;
      else this.shadowed.add(k);
    }
    return out;
  }
}
