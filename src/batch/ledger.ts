// Per-person annual accumulation (contract "Batch files"): for each person_id, benefit and
// calendar year, the deductible met and the fund paid so far, carried from that person's earlier
// rows to the next as if the hotline had typed --ytd-deductible and --ytd-fund. A new calendar
// year starts from the row's ytd_* values (a cell, a --ytd-* flag, else zero). Only rows that
// settled are recorded: an errored row changes nothing,
// neither the totals nor the person's last date, so the rows after it are computed as if it
// were not in the file.
// A year's file holds hundreds of thousands of people, so an entry is one small object of
// integers (dates as yyyymmdd), with a second and third benefit in one small object each (no Map:
// there are three benefits, and a 白鹭 person has all three).
// A person whose status changes within the year (active in March, retired in August) keeps one
// count for the year, counted against the new status's deductible and cap: a reading (the
// sources do not say), so `statuses` remembers which statuses the count holds and the row is
// marked (status_changed). The ledger also keeps the rows that failed, by person, benefit and
// year: the later rows of that person, benefit and year say so (earlier_row_failed); the count
// of another benefit or year is untouched by the failure, so it is not marked.
import type { BenefitId } from '../domain.js';
import type { Fen } from '../engine/types.js';
import type { YearTotals } from './carry-v2.js';

interface Running {
  benefit: BenefitId;
  year: number;
  deductible: Fen;
  fund: Fen;
  /** The statuses the year's count holds, as bits (STATUS_BIT); two bits: the status changed. */
  statuses: number;
}

/** A claim's status as a bit; 0 for a resident (no status). */
export const STATUS_BIT = { active: 1, retired: 2 } as const;

/** True when counting a row of `status` (a STATUS_BIT, or 0) on `carried` mixes two statuses in one year's count. */
export const mixesStatuses = (carried: Carried, status: number): boolean => (carried.statuses | status) === 3;

/** One person: the date of their last settled row and the running totals of their first benefit. */
export class Person {
  /** The totals of the person's second and third benefit, in the order first seen. */
  second: Running | undefined = undefined;
  third: Running | undefined = undefined;
  /** The year's totals of policy model 2 (carry-v2.ts), from the person's first row under such a policy. */
  model2: YearTotals | undefined = undefined;
  constructor(
    public date: number,
    public benefit: BenefitId,
    public year: number,
    public deductible: Fen,
    public fund: Fen,
    public statuses: number,
  ) {}
}

export interface Carried {
  deductible: Fen;
  fund: Fen;
  statuses: number;
}

/** "2024-05-01" (already validated) -> 20240501, by character codes (every row: no slices, no Number()). */
export function dateNumber(date: string): number {
  let n = 0;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) n = n * 10 + date.charCodeAt(i) - 48;
  return n;
}

/** 20240501 -> "2024-05-01". */
export function dateText(n: number): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${Math.floor(n / 10000)}-${pad(Math.floor(n / 100) % 100)}-${pad(n % 100)}`;
}

/** The benefit and year of a failed row; undefined where the row did not say (any benefit, any year). */
export interface FailedScope {
  benefit: BenefitId | undefined;
  year: number | undefined;
}

const within = (f: FailedScope, benefit: BenefitId, year: number): boolean =>
  (f.benefit === undefined || f.benefit === benefit) && (f.year === undefined || f.year === year);

export class Ledger {
  private readonly people = new Map<string, Person>();
  /** The rows that failed (not counted), by person: their later rows of that benefit and year carry earlier_row_failed. */
  private readonly failures = new Map<string, FailedScope[]>();

  /** Notes that a row of this person failed, for `scope`'s benefit and year. */
  fail(personId: string, scope: FailedScope): void {
    const list = this.failures.get(personId);
    if (!list) this.failures.set(personId, [scope]);
    else if (list.length < 64 && !list.some((f) => f.benefit === scope.benefit && f.year === scope.year)) list.push(scope);
    else if (list.length >= 64) list.splice(0, list.length, { benefit: undefined, year: undefined }); // bounded: any row of the person
  }

  /** Whether a row of this person, for `benefit` in the year of `date` (yyyymmdd), failed earlier in the file. */
  failed(personId: string, benefit: BenefitId, date: number): boolean {
    if (this.failures.size === 0) return false;
    const list = this.failures.get(personId);
    const year = Math.floor(date / 10000);
    return list !== undefined && list.some((f) => within(f, benefit, year));
  }

  find(personId: string): Person | undefined {
    return this.people.get(personId);
  }

  /**
   * What the person has met and been paid for `benefit` earlier in the year of `date`;
   * undefined when nothing was carried yet (their first settled row of that benefit and year),
   * where the row starts from its ytd_* values (cells or flags, else 0).
   */
  carried(person: Person | undefined, benefit: BenefitId, date: number): Carried | undefined {
    if (!person) return undefined;
    const running = person.benefit === benefit ? person : person.second?.benefit === benefit ? person.second : person.third?.benefit === benefit ? person.third : undefined;
    if (!running || running.year !== Math.floor(date / 10000)) return undefined;
    return running;
  }

  /**
   * Records a settled row: the year-to-date totals after it, and its status (a STATUS_BIT) added
   * to those the year's count holds (`carried`, when the row continued a count). Returns the
   * person's entry (made at their first settled row).
   */
  record(personId: string, person: Person | undefined, benefit: BenefitId, date: number, deductible: Fen, fund: Fen, status: number, carried: Carried | undefined): Person {
    const year = Math.floor(date / 10000);
    const statuses = (carried?.statuses ?? 0) | status;
    if (!person) {
      const made = new Person(date, benefit, year, deductible, fund, statuses);
      this.people.set(personId, made);
      return made;
    }
    person.date = date;
    if (person.benefit === benefit) {
      person.year = year;
      person.deductible = deductible;
      person.fund = fund;
      person.statuses = statuses;
      return person;
    }
    const running: Running = { benefit, year, deductible, fund, statuses };
    if (person.second === undefined || person.second.benefit === benefit) person.second = running;
    else person.third = running; // the third of three benefits
    return person;
  }

  get size(): number {
    return this.people.size;
  }
}
