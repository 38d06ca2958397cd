// Which record is the header. Offices often put a title above it (a merged cell "2024年门诊费用
// 明细", a date line): the first record that names at least two known columns, within the first
// ten that are not blank, is the header, and the records above it are skipped and said on stderr
// (report.ts). When none does, the first record is the header, as the contract says, and a file
// that lacks a required column is refused with the usual report; nothing is guessed silently.
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

export class HeaderFinder {
  private readonly held: Held[] = [];

  /** A record that is not blank; the choice once it is made. */
  offer(record: Held): HeaderChoice | undefined {
    if (headerLike(record.record)) return { header: record, above: this.held.splice(0), rows: [] };
    this.held.push(record);
    return this.held.length >= LOOK_AHEAD ? this.end() : undefined;
  }

  /** At the end of the input (or the look-ahead): the first record is the header. */
  end(): HeaderChoice | undefined {
    const [first, ...rest] = this.held.splice(0);
    return first && { header: first, above: [], rows: rest };
  }
}
