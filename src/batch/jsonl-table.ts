// JSONL rows: each line one object whose keys are the columns (the same names and header
// aliases as a CSV header, columns.ts), merged with the command's flags like a CSV row. A line
// that cannot be read, or written back, is that row's error, never the run's.
import { CLAIM_FIELDS, given, type RawClaim } from '../claim/index.js';
import { batchMessages as M, type Text } from './messages.js';
import type { RowValues } from './row.js';
import { RESULT_SET, type FlagValues } from './table.js';
import { fieldOf, type ColumnField } from './columns.js';

/** A JSON value as a cell: text and numbers as written; null as not given. */
function cellOf(value: unknown): string | undefined | { bad: string; long?: boolean } {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return Math.abs(value) < 1e15 ? String(value) : { bad: String(value), long: true };
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
    if (!('object' in row)) return { raw, own: new Uint8Array(CLAIM_FIELDS.length), personId: undefined, reported: undefined, problem: { column: 'line', message: row.problem ?? M.notJsonObject() } };
    const values: RowValues = { raw, own: new Uint8Array(CLAIM_FIELDS.length), personId: undefined, reported: undefined };
    const keys = this.keysOf(row.object);
    const take = (field: ColumnField): string | undefined => {
      const key = keys.get(field);
      if (key === undefined) return undefined;
      // own keys only: a key the row does not have is not given, whatever Object.prototype holds
      const cell = cellOf(Object.hasOwn(row.object, key) ? row.object[key] : undefined);
      if (typeof cell === 'object') {
        values.problem ??= { column: key, message: cell.long ? M.longNumber(cell.bad) : M.notText(cell.bad) };
        return undefined;
      }
      return cell;
    };
    for (let k = 0; k < CLAIM_FIELDS.length; k++) {
      const field = CLAIM_FIELDS[k]!;
      const cell = take(field);
      if (given(cell)) {
        raw[field] = cell;
        values.own[k] = 1;
      } else raw[field] = this.flags[field];
    }
    values.personId = take('person_id');
    values.reported = take('reported_fund');
    values.holder = take('account_holder');
    return values;
  }

  /** The key that gives each field: its own name, else the best header alias (columns.ts). */
  private keysOf(object: Record<string, unknown>): Map<ColumnField, string> {
    const best = new Map<ColumnField, { key: string; rank: number }>();
    for (const key of Object.keys(object)) {
      let hit = this.aliases.get(key);
      if (hit === undefined) {
        hit = fieldOf(key) ?? null;
        if (this.aliases.size < 1000) this.aliases.set(key, hit); // a hostile file cannot grow it
      }
      if (!hit) continue;
      const now = best.get(hit.field);
      if (!now || hit.rank < now.rank) best.set(hit.field, { key, rank: hit.rank });
    }
    return new Map([...best].map(([f, b]) => [f, b.key]));
  }

  private readonly aliases = new Map<string, { field: ColumnField; rank: number } | null>();

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
