// Per-person annual accumulation (contract "Batch files"): for each person_id, benefit and
// calendar year, the deductible met and the fund paid so far, carried from that person's earlier
// rows to the next as if the hotline had typed --ytd-deductible and --ytd-fund. A new calendar
// year starts from zero. Only rows that settled are recorded: an errored row changes nothing,
// neither the totals nor the person's last date, so the rows after it are computed as if it
// were not in the file.
import type { BenefitId } from '../domain.js';
import type { Fen } from '../engine/types.js';

interface Running {
  year: string;
  deductible: Fen;
  fund: Fen;
}

/** One person: the date of their last settled row and a running total per benefit. */
interface Person {
  date: string;
  outpatient?: Running;
  inpatient?: Running;
  chronic?: Running;
}

export interface Carried {
  deductible: Fen;
  fund: Fen;
}

const ZERO: Carried = { deductible: 0, fund: 0 };

export class Ledger {
  private readonly people = new Map<string, Person>();

  /** The date of this person's last settled row, or undefined. */
  lastDate(personId: string): string | undefined {
    return this.people.get(personId)?.date;
  }

  /** What this person has met and been paid for `benefit` earlier in the year of `date`. */
  carried(personId: string, benefit: BenefitId, date: string): Carried {
    const running = this.people.get(personId)?.[benefit];
    if (!running || running.year !== date.slice(0, 4)) return ZERO;
    return running;
  }

  /** Records a settled row: the year-to-date totals after it. */
  record(personId: string, benefit: BenefitId, date: string, deductible: Fen, fund: Fen): void {
    let person = this.people.get(personId);
    if (!person) {
      person = { date };
      this.people.set(personId, person);
    }
    person.date = date;
    const year = date.slice(0, 4);
    const running = person[benefit];
    if (running) {
      running.year = year;
      running.deductible = deductible;
      running.fund = fund;
    } else {
      person[benefit] = { year, deductible, fund };
    }
  }

  get size(): number {
    return this.people.size;
  }
}
