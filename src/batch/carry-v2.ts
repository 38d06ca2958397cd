// Per-person running totals of policy model 2 (contract "Rulebook structures", batch): besides
// the deductible and the fund that ledger.ts carries per benefit, for each person and calendar
// year: the inpatient stays counted so far (the admission number of the next stay), the fund
// against each annual cap (a cap shared by inpatient and 门诊慢特病 counts both), the fund per
// benefit and per chronic disease, the second layer's burden and payments, medical assistance
// and its yearly threshold; and per 家庭共济 account holder (account_holder), what the account paid
// its relatives. A row's own cell restarts a count from there; a flag only starts
// it (as for ytd_deductible). Only a policy of model 2 uses this: a model-1 row pays nothing
// for it, and a person's entry is made at their first model-2 row.
import type { BenefitId } from '../domain.js';
import type { Claim, Fen, Settlement } from '../engine/types.js';
import type { Policy } from '../policy/schema.js';
import { versionIndexInForce } from '../engine/version.js';
import { CLAIM_FIELDS } from '../claim/index.js';
import { PersonRows } from './person-columns.js';

/**
 * The numbers of a person's row in YearTotals, in order. The fund against each annual cap: each
 * benefit counts against one cap, so there are at most three, each a slot of a cap (its key's
 * number in `keys`, plus one; 0: empty) and its fund.
 */
const YEAR = 0; // the year of the person's totals, plus one (0: none yet)
const ADMISSIONS = 1; // inpatient stays counted in the year (the last stay's admission number)
const KEY = 2; // KEY + slot: the cap of slot 0, 1 or 2
const CAP_FUND = 5; // CAP_FUND + slot: the fund paid against that cap
const BENEFIT_FUND = 8; // BENEFIT_FUND + BENEFIT_SLOT[benefit]: fund paid for the benefit alone (its own limit inside a shared cap); -1: no row yet
const BURDEN = 11;
const BURDEN_SINCE = 12; // the burden counted since the person's assistance group began within the year (rows with assistance_since)
const SECOND = 13;
const ASSISTANCE = 14;
const ASSISTANCE_DEDUCTIBLE = 15;
const WIDTH = 16;

const BENEFIT_SLOT: Readonly<Record<BenefitId, number>> = { outpatient: 0, inpatient: 1, chronic: 2 };

/**
 * Every person's model-2 totals for one calendar year (the year of their last model-2 row), as a
 * row of numbers per person indexed by the person's number (ledger.ts, PersonRows in
 * person-columns.ts): a file holds hundreds of thousands of people, and an object per person held
 * 152 bytes and a pointer the garbage collector traced. The fund per chronic disease, which only
 * chronic patients have, is kept per person in a Map.
 */
export class YearTotals {
  private readonly rows = new PersonRows(WIDTH);
  /** The cap keys seen (a handful: a benefit, or the benefits sharing a cap). */
  private readonly keys: string[] = [];
  /** Fund paid per chronic disease (as the rows name it), as pairs: [name, fen, name, fen, …], by person. */
  private readonly diseaseFund = new Map<number, (string | Fen)[]>();
  /** The deductible met per chronic disease, where the policy sets it by disease, as pairs like diseaseFund. */
  private readonly diseaseDeductible = new Map<number, (string | Fen)[]>();
  /** 家庭共济 received this year by the person (family_year_cap per relative): kept only for people a family account paid. */
  private readonly familyReceived = new Map<number, { year: number; fen: Fen }>();
  /**
   * 家庭共济 paid this year by a holder's account, to all its relatives (family_year_cap per holder),
   * by the holder's id (account_holder): kept only for a policy with the cap, from rows that name a holder.
   */
  private readonly familyPaid = new Map<string, { year: number; fen: Fen }>();
  /** The deductible charged per benefit this year, by person: only where a policy shares a yearly deductible between benefits (deductible_shared). */
  private readonly benefitDeductible = new Map<number, Partial<Record<BenefitId, Fen>>>();
  /** The year's banded amount per benefit (bands.per year: 一个年度内…累计在3万元（含）以下的部分), by person: only where a policy bands the year. */
  private readonly banded = new Map<number, { year: number; fen: Partial<Record<BenefitId, Fen>> }>();
  /** The discharge day of the person's last stay with one (any year), for a readmission rule: only people whose rows give discharge dates. */
  private readonly lastDischarge = new Map<number, string>();

  /** Whether the person has totals for `year`. */
  has(person: number, year: number): boolean {
    const page = person >= 0 ? this.rows.find(person) : undefined;
    return page !== undefined && page[this.rows.at(person) + YEAR] === year + 1;
  }

  /** Starts the person's totals for `year`: nothing counted yet. */
  private start(person: number, year: number): void {
    const row = this.rows.page(person);
    const at = this.rows.at(person);
    row.fill(0, at, at + WIDTH);
    row[at + YEAR] = year + 1;
    row[at + BENEFIT_FUND] = row[at + BENEFIT_FUND + 1] = row[at + BENEFIT_FUND + 2] = -1;
    this.diseaseFund.delete(person);
    this.diseaseDeductible.delete(person);
    this.benefitDeductible.delete(person);
  }

  /** A cap key's number, plus one. */
  private keyNumber(key: string): number {
    let i = this.keys.indexOf(key);
    if (i < 0) i = this.keys.push(key) - 1;
    return i + 1;
  }

  /** The fund paid against the cap `key` in the row at `at` (undefined: none yet). */
  private capFund(row: Float64Array, at: number, key: string): Fen | undefined {
    const k = this.keyNumber(key);
    for (let slot = 0; slot < 3; slot++) if (row[at + KEY + slot] === k) return row[at + CAP_FUND + slot];
    return undefined;
  }

  private setCapFund(row: Float64Array, at: number, key: string, fund: Fen): void {
    const k = this.keyNumber(key);
    // the first empty slot or the cap's own; the third benefit's cap takes the third (there are three benefits)
    let slot = 0;
    while (slot < 2 && row[at + KEY + slot] !== 0 && row[at + KEY + slot] !== k) slot++;
    row[at + KEY + slot] = k;
    row[at + CAP_FUND + slot] = fund;
  }

  /**
   * Sets on `claim` what the person's earlier rows of `year` carry, where the row's own cell
   * (`cells`) does not give it; nothing at their first model-2 row of the year (the claim keeps
   * its cells, flags or zeros).
   */
  carry(person: number, year: number, claim: Claim, cells: Uint8Array, key: string, needs: Model2Needs, sharedWith?: readonly BenefitId[]): 'burden_open' | 'admission_open' | undefined {
    // a stay: the discharge day of the person's previous stay (readmission), from any year, where the rows give one
    if (needs.readmission && claim.benefit === 'inpatient' && claim.previousDischarge === undefined && !own(cells, 'previous_discharge')) {
      const last = this.lastDischarge.get(person);
      if (last !== undefined && last <= claim.date) claim.previousDischarge = last;
    }
    if (!this.has(person, year)) return undefined;
    // 门诊慢特病起付标准与住院起付标准合并计算: the deductible met this year is what all of them charged
    const charged = sharedWith && !own(cells, 'ytd_deductible') ? this.benefitDeductible.get(person) : undefined;
    if (charged) {
      claim.ytdDeductible = sharedWith!.reduce((sum, b) => sum + (charged[b] ?? 0), 0);
      claim.ytdDeductibleFrom = 'carried';
    }
    const row = this.rows.page(person);
    const at = this.rows.at(person);
    const admissions = row[at + ADMISSIONS]!;
    if (claim.benefit === 'inpatient' && !own(cells, 'admission') && Number.isNaN(admissions)) return 'admission_open';
    if (claim.benefit === 'inpatient' && !own(cells, 'admission') && admissions > 0) claim.admission = admissions + 1;
    const fund = this.capFund(row, at, key);
    if (fund !== undefined && !own(cells, 'ytd_fund')) claim.ytdFund = fund;
    const benefitFund = row[at + BENEFIT_FUND + BENEFIT_SLOT[claim.benefit]]!;
    if (benefitFund >= 0 && !own(cells, 'ytd_benefit_fund')) claim.ytdBenefitFund = benefitFund;
    // the per-disease totals only for a 门诊慢特病 row (a lookup in a Map of every chronic patient, a cache miss on every other row)
    if (claim.benefit === 'chronic') {
      const diseases = this.diseaseFund.get(person);
      if (diseases && !own(cells, 'ytd_disease_fund')) claim.ytdDiseaseFund = Object.fromEntries(entries(diseases));
      const met = this.diseaseDeductible.get(person);
      if (met && !own(cells, 'ytd_disease_deductible')) claim.ytdDiseaseDeductible = Object.fromEntries(entries(met));
    }
    if (!own(cells, 'ytd_burden')) {
      // an earlier row's burden left open by the text (carried_unknown): this row cannot start from it
      if (Number.isNaN(row[at + BURDEN])) return 'burden_open';
      claim.ytdBurden = row[at + BURDEN];
    }
    if (claim.assistanceSince !== undefined && !own(cells, 'ytd_burden_since')) {
      if (Number.isNaN(row[at + BURDEN_SINCE])) return 'burden_open';
      claim.ytdBurdenSince = row[at + BURDEN_SINCE];
    }
    if (!own(cells, 'ytd_second')) claim.ytdSecond = row[at + SECOND];
    if (!own(cells, 'ytd_assistance')) claim.ytdAssistance = row[at + ASSISTANCE];
    if (!own(cells, 'ytd_assistance_deductible')) claim.ytdAssistanceDeductible = row[at + ASSISTANCE_DEDUCTIBLE];
    if (needs.yearBands && !own(cells, 'ytd_banded')) {
      const banded = this.banded.get(person);
      const fen = banded?.year === year ? banded.fen[claim.benefit] : undefined;
      if (fen !== undefined) claim.ytdBanded = fen;
    }
    if (!needs.familyCap) return undefined;
    const received = this.familyReceived.get(person);
    if (received?.year === year && !own(cells, 'ytd_family_received')) claim.ytdFamilyReceived = received.fen;
    return undefined;
  }

  /**
   * Sets on `claim` what the holder's account paid by 共济 this year on earlier rows (any relative's),
   * unless the row's own ytd_family_paid cell gives it (that cell restarts the count from there).
   */
  carryPaid(holder: string, year: number, claim: Claim, cells: Uint8Array): void {
    if (own(cells, 'ytd_family_paid')) return;
    const paid = this.familyPaid.get(holder);
    if (paid?.year === year) claim.ytdFamilyPaid = paid.fen;
  }

  /** The holder's 共济 total after a settled row: what it had (carried, its own cell, or a flag) plus what this row's family account paid. */
  recordPaid(holder: string, year: number, claim: Claim, s: Settlement): void {
    if (s.familyPays > 0 || claim.ytdFamilyPaid !== undefined) this.familyPaid.set(holder, { year, fen: (claim.ytdFamilyPaid ?? 0) + s.familyPays });
  }

  private recordDeductible(person: number, claim: Claim, s: Settlement, sharedWith: readonly BenefitId[] | undefined, ownCell: boolean): void {
    recordDeductibleOf(this.benefitDeductible, person, claim, s, sharedWith, ownCell);
  }

  /** The totals after a settled row of `year`: the person's updated, or new ones for a new year. */
  record(person: number, year: number, claim: Claim, s: Settlement, key: string, needs: Model2Needs, sharing?: { with: readonly BenefitId[] | undefined; ownCell: boolean }): void {
    if (!this.has(person, year)) this.start(person, year);
    if (sharing) this.recordDeductible(person, claim, s, sharing.with, sharing.ownCell);
    const row = this.rows.page(person);
    const at = this.rows.at(person);
    // 视同一次住院: a readmission the policy counts as the same stay is not a new admission
    // 视同一次住院 not said (same_admission unknown): the count is open (NaN); a later stay without its own number fails
    if (claim.benefit === 'inpatient' && s.readmission?.within && s.readmission.sameAdmission === null) row[at + ADMISSIONS] = NaN;
    else if (claim.benefit === 'inpatient' && !(s.readmission?.within && s.readmission.sameAdmission)) row[at + ADMISSIONS] = s.admission ?? claim.admission ?? 1;
    if (needs.readmission && claim.benefit === 'inpatient' && claim.dischargeDate !== undefined) this.lastDischarge.set(person, claim.dischargeDate);
    this.setCapFund(row, at, key, s.ytdFundAfter);
    row[at + BENEFIT_FUND + BENEFIT_SLOT[claim.benefit]] = s.ytdBenefitFundAfter;
    if (claim.benefit === 'chronic' && (claim.disease !== undefined || claim.ytdDiseaseFund !== undefined)) {
      this.diseaseFund.set(person, diseasePairs(claim.ytdDiseaseFund, claim.disease, s.fundPays));
    }
    // a deductible set by disease: what each disease's rows paid of it (only such policies' rows)
    if (s.deductibleByDisease && claim.disease !== undefined) this.diseaseDeductible.set(person, diseasePairs(claim.ytdDiseaseDeductible, claim.disease, s.deductibleApplied));
    // NaN: left open by the text on this row (carried_unknown); a later row without its own cell fails
    row[at + BURDEN] = s.ytdBurdenOpen ? NaN : s.ytdBurdenAfter;
    // the burden since the group began: only rows that say when it began count it
    row[at + BURDEN_SINCE] = s.ytdBurdenOpen && s.ytdBurdenSinceAfter !== undefined ? NaN : (s.ytdBurdenSinceAfter ?? row[at + BURDEN_SINCE]!);
    row[at + SECOND] = s.ytdSecondAfter;
    row[at + ASSISTANCE] = s.ytdAssistanceAfter;
    row[at + ASSISTANCE_DEDUCTIBLE] = s.ytdAssistanceDeductibleAfter;
    // bands on the year's running total: the row's amount after it (a row's own ytd_banded cell restarted it there)
    if (needs.yearBands && s.ytdBandedAfter !== undefined) {
      let banded = this.banded.get(person);
      if (banded?.year !== year) this.banded.set(person, (banded = { year, fen: {} }));
      banded.fen[claim.benefit] = s.ytdBandedAfter;
    }
    if (needs.familyCap && (s.familyPays > 0 || claim.ytdFamilyReceived !== undefined)) this.familyReceived.set(person, { year, fen: (claim.ytdFamilyReceived ?? 0) + s.familyPays });
  }
}

/**
 * Keeps, for a policy that shares a yearly deductible between benefits, what each benefit charged
 * this year. A shared row's own ytd_deductible cell is the total met across the benefits: it
 * restarts the count there, as this benefit's.
 */
function recordDeductibleOf(map: Map<number, Partial<Record<BenefitId, Fen>>>, person: number, claim: Claim, s: Settlement, sharedWith: readonly BenefitId[] | undefined, ownCell: boolean): void {
  const charged = map.get(person) ?? {};
  if (sharedWith && ownCell) {
    for (const b of sharedWith) delete charged[b];
    charged[claim.benefit] = claim.ytdDeductible + s.deductibleApplied;
  } else charged[claim.benefit] = (charged[claim.benefit] ?? 0) + s.deductibleApplied;
  map.set(person, charged);
}

/**
 * Which of the per-person records a policy's rows need beyond the year's totals: the last
 * discharge day (a readmission rule in some benefit), what 家庭共济 paid a person (a yearly
 * family cap) and the year's banded amount (bands counting the year: bands.per). A file of a
 * policy without them pays nothing for them on any row: no Map lookup, no entry per person. A
 * --set override may add any of them, so with overrides all are kept.
 */
export interface Model2Needs {
  readonly readmission: boolean;
  readonly familyCap: boolean;
  readonly yearBands: boolean;
}
const NEEDS = new WeakMap<Policy, Model2Needs>();
const ALL_NEEDS: Model2Needs = { readmission: true, familyCap: true, yearBands: true };

export function model2Needs(policy: Policy, overrides: readonly unknown[] | undefined): Model2Needs {
  if (overrides && overrides.length > 0) return ALL_NEEDS;
  let needs = NEEDS.get(policy);
  if (!needs) {
    const schemes = policy.versions.flatMap((v) => Object.values(v.benefits as Record<string, Record<string, { readmission?: unknown; bands?: { per?: unknown } } | undefined> | undefined>).flatMap((b) => [b?.employee, b?.resident]));
    needs = {
      readmission: schemes.some((r) => r?.readmission !== undefined),
      familyCap: policy.versions.some((v) => (v as { family_year_cap?: unknown }).family_year_cap !== undefined),
      yearBands: schemes.some((r) => r?.bands?.per !== undefined),
    };
    NEEDS.set(policy, needs);
  }
  return needs;
}

/** Whether a policy has the structures of model 2 (its rows carry these totals). */
export const isModel2 = (policy: Policy): boolean => policy.schema === 'yibao.policy/2';

/** Per policy: the version in force on each date seen, and each version's cap key per benefit and scheme. */
interface CapKeys {
  versions: Map<string, number>;
  keys: Map<number, Map<string, string>>;
}
const CAP_KEYS = new WeakMap<Policy, CapKeys>();

/**
 * The fund cap a claim counts against: the benefits sharing it (住院和门诊慢特病合并计算), or the
 * benefit alone. Every row asks: a batch has a few hundred dates and a handful of benefits and
 * schemes, so each answer is worked out once.
 */
export function capKey(policy: Policy, claim: Claim): string {
  let cache = CAP_KEYS.get(policy);
  if (!cache) CAP_KEYS.set(policy, (cache = { versions: new Map(), keys: new Map() }));
  let i = cache.versions.get(claim.date);
  if (i === undefined) {
    if (cache.versions.size > 10_000) cache.versions.clear(); // bounded, whatever the file's dates
    cache.versions.set(claim.date, (i = versionIndexInForce(policy, claim.date)));
  }
  let keys = cache.keys.get(i);
  if (!keys) cache.keys.set(i, (keys = new Map()));
  const at = claim.scheme === 'employee' ? claim.benefit : `${claim.benefit}/r`;
  let key = keys.get(at);
  if (key === undefined) {
    const rules = i < 0 ? undefined : (policy.versions[i]?.benefits as Record<string, Record<string, { cap_shared?: { benefits: readonly string[] } } | undefined> | undefined> | undefined)?.[claim.benefit]?.[claim.scheme];
    const shared = rules?.cap_shared?.benefits;
    key = shared && shared.includes(claim.benefit) ? [...shared].sort().join('+') : claim.benefit;
    keys.set(at, key);
  }
  return key;
}

/** Per policy: the version in force on each date and, per benefit and scheme, the benefits its yearly deductible is shared with (null: none). */
const SHARED = new WeakMap<Policy, { any: boolean; at: Map<string, readonly BenefitId[] | null> }>();

/**
 * deductible_shared (门诊慢特病起付标准与住院起付标准合并计算): the benefits whose deductibles this
 * claim's yearly deductible counts, or undefined; and whether the policy shares any (its rows then
 * keep what each benefit charged). Worked out once per policy, date and combination.
 */
export function deductibleSharing(policy: Policy, claim: Claim): { with: readonly BenefitId[] | undefined } | undefined {
  let cache = SHARED.get(policy);
  if (!cache) {
    const any = policy.versions.some((v) => Object.values(v.benefits as Record<string, Record<string, { deductible_shared?: unknown } | undefined> | undefined>).some((b) => b?.employee?.deductible_shared !== undefined || b?.resident?.deductible_shared !== undefined));
    SHARED.set(policy, (cache = { any, at: new Map() }));
  }
  if (!cache.any) return undefined;
  const at = `${claim.date}|${claim.benefit}|${claim.scheme}`;
  let shared = cache.at.get(at);
  if (shared === undefined) {
    const i = versionIndexInForce(policy, claim.date);
    const rules = i < 0 ? undefined : (policy.versions[i]?.benefits as Record<string, Record<string, { deductible_shared?: { benefits: readonly BenefitId[] } } | undefined> | undefined> | undefined)?.[claim.benefit]?.[claim.scheme];
    shared = rules?.deductible_shared?.benefits ?? null;
    if (cache.at.size > 10_000) cache.at.clear();
    cache.at.set(at, shared);
  }
  return { with: shared ?? undefined };
}

/** The index in RowValues.own of each field a row's own cell can restart. */
const OWN = Object.fromEntries(
  (['admission', 'previous_discharge', 'ytd_deductible', 'ytd_fund', 'ytd_benefit_fund', 'ytd_disease_fund', 'ytd_disease_deductible', 'ytd_burden', 'ytd_burden_since', 'ytd_second', 'ytd_assistance', 'ytd_assistance_deductible', 'ytd_family_paid', 'ytd_family_received', 'ytd_banded'] as const).map((f) => [f, CLAIM_FIELDS.indexOf(f)]),
) as Record<'admission' | 'previous_discharge' | 'ytd_deductible' | 'ytd_fund' | 'ytd_benefit_fund' | 'ytd_disease_fund' | 'ytd_disease_deductible' | 'ytd_burden' | 'ytd_burden_since' | 'ytd_second' | 'ytd_assistance' | 'ytd_assistance_deductible' | 'ytd_family_paid' | 'ytd_family_received' | 'ytd_banded', number>;
const own = (values: Uint8Array, field: keyof typeof OWN) => values[OWN[field]] === 1;

/** [name, fen, name, fen, …] -> [[name, fen], …]. */
function entries(pairs: readonly (string | Fen)[]): [string, Fen][] {
  const out: [string, Fen][] = [];
  for (let i = 0; i < pairs.length; i += 2) out.push([pairs[i] as string, pairs[i + 1] as Fen]);
  return out;
}

/** The fund per disease after a row: the row's (carried or its own cell's), with `paid` added to its disease's. */
function diseasePairs(funds: Readonly<Record<string, Fen>> | undefined, disease: string | undefined, paid: Fen): (string | Fen)[] {
  const pairs: (string | Fen)[] = [];
  if (funds) for (const [name, fen] of Object.entries(funds)) pairs.push(name, fen);
  if (disease !== undefined) {
    const i = pairs.indexOf(disease); // a name: the funds beside them are numbers
    if (i >= 0) pairs[i + 1] = (pairs[i + 1] as Fen) + paid;
    else pairs.push(disease, paid);
  }
  return pairs.slice(); // exactly its length: a pushed-to array keeps room for 17
}
