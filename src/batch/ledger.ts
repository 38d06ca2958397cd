// Per-person annual accumulation (contract "Batch files"): for each person_id, benefit and
// calendar year, the deductible met and the fund paid so far, carried from that person's earlier
// rows to the next as if the hotline had typed --ytd-deductible and --ytd-fund. A new calendar
// year starts from the row's ytd_* values (a cell, a --ytd-* flag, else zero). Only rows that
// settled are recorded: an errored row changes nothing,
// neither the totals nor the person's last date, so the rows after it are computed as if it
// were not in the file.
// A year's file holds hundreds of thousands of people, so a person is a number (the order first
// seen) and their totals are typed-array columns indexed by it (person-columns.ts): the date of
// their last row (yyyymmdd), and per benefit slot (first, second, third benefit seen) the
// benefit, year, deductible, fund and statuses; the second and third slots exist only once a
// person has a second benefit.
// A person whose status changes within the year (active in March, retired in August) keeps one
// count for the year, counted against the new status's deductible and cap: a reading (the
// sources do not say), so `statuses` remembers which statuses the count holds and the row is
// marked (status_changed). The ledger also keeps the rows that failed, by person, benefit and
// year: the later rows of that person, benefit and year say so (earlier_row_failed); the count
// of another benefit or year is untouched by the failure, so it is not marked.
import type { BenefitId } from '../domain.js';
import type { Fen } from '../engine/types.js';
import { YearTotals } from './carry-v2.js';
import { withRoom } from './person-columns.js';
import { PersonIds } from './person-ids.js';

/** A claim's status as a bit; 0 for a resident (no status). */
export const STATUS_BIT = { active: 1, retired: 2 } as const;

/** True when counting a row of `status` (a STATUS_BIT, or 0) on a count holding `statuses` mixes two statuses in one year's count. */
export const mixesStatuses = (statuses: number, status: number): boolean => (statuses | status) === 3;

/** A benefit as a number in a column (0: no benefit in that slot). */
const BENEFIT_CODE: Readonly<Record<BenefitId, number>> = { outpatient: 1, inpatient: 2, chronic: 3 };

/** One benefit slot of every person: their running count of that benefit in its year. */
class Running {
  benefit = new Uint8Array(0);
  year = new Uint16Array(0);
  deductible = new Float64Array(0);
  fund = new Float64Array(0);
  /** The statuses the year's count holds, as bits (STATUS_BIT); two bits: the status changed. */
  statuses = new Uint8Array(0);

  set(person: number, benefit: number, year: number, deductible: Fen, fund: Fen, statuses: number): void {
    if (person >= this.benefit.length) {
      this.benefit = withRoom(this.benefit, person);
      this.year = withRoom(this.year, person);
      this.deductible = withRoom(this.deductible, person);
      this.fund = withRoom(this.fund, person);
      this.statuses = withRoom(this.statuses, person);
    }
    this.benefit[person] = benefit;
    this.year[person] = year;
    this.deductible[person] = deductible;
    this.fund[person] = fund;
    this.statuses[person] = statuses;
  }

  /** The person's benefit code in this slot (0: none). */
  holds(person: number): number {
    return person < this.benefit.length ? this.benefit[person]! : 0;
  }
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

/** No person (find), or no count carried (carried). */
export const NONE = -1;

export class Ledger {
  /** person_id -> the person's number (their index in the columns): person-ids.ts. */
  private readonly people = new PersonIds();
  /** The date (yyyymmdd) of each person's last settled row. */
  private dates = new Int32Array(0);
  /** The first, second and third benefit slots (the last two made when first needed). */
  private readonly slots: Running[] = [new Running()];
  /** The year's totals of policy model 2 (carry-v2.ts), per person. */
  readonly model2 = new YearTotals();
  /** The rows that failed (not counted), by person: their later rows of that benefit and year carry earlier_row_failed. */
  private readonly failures = new Map<string, FailedScope[]>();

  /** The years (undefined: any) in which a row naming a 家庭共济 account holder failed, by holder: that holder's later rows of the year say so (holder_row_failed). */
  private readonly holderFailures = new Map<string, (number | undefined)[]>();

  /** Notes that a row naming this account holder failed, in `year` (undefined: the date was the problem). */
  failHolder(holder: string, year: number | undefined): void {
    const list = this.holderFailures.get(holder);
    if (!list) this.holderFailures.set(holder, [year]);
    else if (!list.includes(year)) list.push(year);
  }

  /** Whether a row naming this account holder failed earlier in the file, in `year`. */
  holderFailed(holder: string, year: number): boolean {
    if (this.holderFailures.size === 0) return false;
    return this.holderFailures.get(holder)?.some((y) => y === undefined || y === year) === true;
  }

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

  /** The person's number, or NONE before their first settled row. */
  find(personId: string): number {
    return this.people.get(personId); // NONE (-1) when not held
  }

  /** The date (yyyymmdd) of the person's last settled row. */
  lastDate(person: number): number {
    return this.dates[person]!;
  }

  /**
   * The slot holding what the person has met and been paid for `benefit` earlier in the year of
   * `date`; NONE when nothing was carried yet (no such person, or their first settled row of that
   * benefit and year), where the row starts from its ytd_* values (cells or flags, else 0).
   */
  carried(person: number, benefit: BenefitId, date: number): number {
    if (person === NONE) return NONE;
    const code = BENEFIT_CODE[benefit];
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) {
      if (slots[i]!.holds(person) !== code) continue;
      return slots[i]!.year[person] === Math.floor(date / 10000) ? i : NONE;
    }
    return NONE;
  }

  /** The deductible met so far in a carried slot. */
  deductible(person: number, slot: number): Fen {
    return this.slots[slot]!.deductible[person]!;
  }

  /** The fund paid so far in a carried slot. */
  fund(person: number, slot: number): Fen {
    return this.slots[slot]!.fund[person]!;
  }

  /** The statuses (STATUS_BIT) a carried slot's count holds. */
  statuses(person: number, slot: number): number {
    return this.slots[slot]!.statuses[person]!;
  }

  /**
   * Records a settled row: the year-to-date totals after it, and its status (a STATUS_BIT) added
   * to those the year's count holds (`slot`, when the row continued a count, else NONE). Returns
   * the person's number (given at their first settled row).
   */
  record(personId: string, person: number, benefit: BenefitId, date: number, deductible: Fen, fund: Fen, status: number, slot: number): number {
    const year = Math.floor(date / 10000);
    const statuses = (slot === NONE ? 0 : this.statuses(person, slot)) | status;
    const code = BENEFIT_CODE[benefit];
    if (person === NONE) {
      person = this.people.size;
      this.people.set(personId, person);
      this.dates = withRoom(this.dates, person);
      this.slots[0]!.set(person, code, year, deductible, fund, statuses);
    } else {
      // the benefit's slot: the first where it is held; else the second, made if need be; else the third
      const at = this.slots[0]!.holds(person) === code ? 0 : this.slotFor(person, code);
      this.slots[at]!.set(person, code, year, deductible, fund, statuses);
    }
    this.dates[person] = date;
    return person;
  }

  /** The slot (1 or 2) a person's benefit other than their first is counted in. */
  private slotFor(person: number, code: number): number {
    if (this.slots.length < 2) this.slots.push(new Running());
    const second = this.slots[1]!.holds(person);
    if (second === 0 || second === code) return 1;
    if (this.slots.length < 3) this.slots.push(new Running());
    return 2; // the third of three benefits
  }

  get size(): number {
    return this.people.size;
  }
}
