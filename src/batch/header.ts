// Which record is the header. Offices often put a title above it (a merged cell "2024年门诊费用
// 明细", a date line): the first record that names at least two known columns, within the first
// ten that are not blank, is the header, and the records above it are skipped and said on stderr
// (report.ts). When none does, the first record is the header, as the contract says, and a file
// that lacks a required column is refused with the usual report; nothing is guessed silently.
// A header may take two rows (a group row such as 费用情况(元) above 总费用 / 自费金额, the other
// cells merged down or left blank below): when the row after the header names known fields the
// header does not, and loses none it does, the two are one header, the lower row's words where it
// has them (twoRowHeader).
import type { CellNote } from './table.js';
import { mapColumns } from './columns.js';

/** A record as read, kept until the header is known. */
export interface Held {
  record: string[];
  line: string | undefined;
  notes: CellNote[] | undefined;
}

export interface HeaderChoice {
  header: Held;
  /** Records above the header, skipped (titles). */
  above: Held[];
  /** Records after the header, read before it was known: rows to process in order. */
  rows: Held[];
}

export const LOOK_AHEAD = 10;

/** Whether a record reads like a header: two or more cells name a known field. */
export const headerLike = (record: readonly string[]): boolean => mapColumns(record).read.length >= 2;

/**
 * The header of two rows `upper` and `lower` make, or undefined when `lower` is not the second row
 * of a header: it must name a known field `upper` does not, and lose none `upper` names.
 */
export function twoRowHeader(upper: readonly string[], lower: readonly string[]): string[] | undefined {
  if (!lower.some((c) => c.trim() !== '')) return undefined;
  const width = Math.max(upper.length, lower.length);
  const both = Array.from({ length: width }, (_, i) => ((lower[i] ?? '').trim() !== '' ? lower[i]! : (upper[i] ?? '')));
  const before = new Set(mapColumns(upper).read.map((r) => r.field));
  const after = mapColumns(both);
  const fields = new Set(after.read.map((r) => r.field));
  if (after.duplicate !== undefined || [...before].some((f) => !fields.has(f))) return undefined;
  return fields.size > before.size ? both : undefined;
}

export class HeaderFinder {
  private readonly held: Held[] = [];
  /** A record read as the header, waiting for the next one (the second row of a header?). */
  private pending: HeaderChoice | undefined;

  /** A record that is not blank; the choice once it is made. */
  offer(record: Held): HeaderChoice | undefined {
    const pending = this.pending;
    if (pending) {
      this.pending = undefined;
      const both = twoRowHeader(pending.header.record, record.record);
      return both ? { ...pending, header: { record: both, line: undefined, notes: undefined } } : { ...pending, rows: [record] };
    }
    if (headerLike(record.record)) {
      this.pending = { header: record, above: this.held.splice(0), rows: [] };
      return undefined;
    }
    this.held.push(record);
    return this.held.length >= LOOK_AHEAD ? this.end() : undefined;
  }

  /** The header waiting for a second row, as it is (a blank line came next); undefined when none waits. */
  settle(): HeaderChoice | undefined {
    const pending = this.pending;
    this.pending = undefined;
    return pending;
  }

  /** At the end of the input (or the look-ahead): the first record is the header. */
  end(): HeaderChoice | undefined {
    if (this.pending) return this.settle();
    const [first, ...rest] = this.held.splice(0);
    return first && { header: first, above: [], rows: rest };
  }
}
