// Per-person running totals of policy model 2 (contract "Rulebook structures", batch): besides
// the deductible and the fund that ledger.ts carries per benefit, for each person and calendar
// year: the inpatient stays counted so far (the admission number of the next stay), the fund
// against each annual cap (a cap shared by inpatient and 门诊慢特病 counts both), the fund per
// benefit and per chronic disease, the second layer's burden and payments, medical assistance
// and its yearly threshold. A row's own cell restarts a count from there; a flag only starts
// it (as for ytd_deductible). Only a policy of model 2 uses this: a model-1 row pays nothing
// for it, and a person's entry is made at their first model-2 row.
import type { BenefitId } from '../domain.js';
import type { Claim, Fen, Settlement } from '../engine/types.js';
import type { Policy } from '../policy/schema.js';
import { versionIndexInForce } from '../engine/version.js';
import { CLAIM_FIELDS } from '../claim/index.js';
import { withRoom } from './person-columns.js';

/**
 * Every person's model-2 totals for one calendar year (the year of their last model-2 row), as
 * typed-array columns indexed by the person's number (ledger.ts, person-columns.ts): a file holds
 * hundreds of thousands of people, and an object per person held 152 bytes and a pointer the
 * garbage collector traced. The fund per chronic disease, which only chronic patients have, is
 * kept per person in a Map.
 */
export class YearTotals {
  /** The year of each person's totals, plus one (0: none yet). */
  private yearOf = new Uint16Array(0);
  /** Inpatient stays counted in the year (the last stay's admission number). */
  private admissions = new Float64Array(0);
  /**
   * Fund paid against each annual cap. Each benefit counts against one cap, so there are at most
   * three: three slots of a cap (its key's number in `keys`, plus one; 0: empty) and its fund.
   */
  private key0 = new Uint16Array(0);
  private key1 = new Uint16Array(0);
  private key2 = new Uint16Array(0);
  private fund0 = new Float64Array(0);
  private fund1 = new Float64Array(0);
  private fund2 = new Float64Array(0);
  /** The cap keys seen (a handful: a benefit, or the benefits sharing a cap). */
  private readonly keys: string[] = [];
  /** Fund paid for each benefit alone (its own limit inside a shared cap); -1: no row yet. */
  private outpatientFund = new Float64Array(0);
  private inpatientFund = new Float64Array(0);
  private chronicFund = new Float64Array(0);
  private burden = new Float64Array(0);
  /** The burden counted since the person's assistance group began within the year (rows with assistance_since). */
  private burdenSince = new Float64Array(0);
  private second = new Float64Array(0);
  private assistance = new Float64Array(0);
  private assistanceDeductible = new Float64Array(0);
  /** Fund paid per chronic disease (as the rows name it), as pairs: [name, fen, name, fen, …], by person. */
  private readonly diseaseFund = new Map<number, (string | Fen)[]>();
  /** The deductible met per chronic disease, where the policy sets it by disease, as pairs like diseaseFund. */
  private readonly diseaseDeductible = new Map<number, (string | Fen)[]>();
  /** The deductible charged per benefit this year, by person: only where a policy shares a yearly deductible between benefits (deductible_shared). */
  private readonly benefitDeductible = new Map<number, Partial<Record<BenefitId, Fen>>>();

  /** Whether the person has totals for `year`. */
  has(person: number, year: number): boolean {
    return person >= 0 && person < this.yearOf.length && this.yearOf[person] === year + 1;
  }

  /** Starts the person's totals for `year`: nothing counted yet. */
  private start(person: number, year: number): void {
    if (person >= this.yearOf.length) this.grow(person);
    this.yearOf[person] = year + 1;
    this.admissions[person] = 0;
    this.key0[person] = this.key1[person] = this.key2[person] = 0;
    this.fund0[person] = this.fund1[person] = this.fund2[person] = 0;
    this.outpatientFund[person] = this.inpatientFund[person] = this.chronicFund[person] = -1;
    this.burden[person] = this.burdenSince[person] = this.second[person] = this.assistance[person] = this.assistanceDeductible[person] = 0;
    this.diseaseFund.delete(person);
    this.diseaseDeductible.delete(person);
    this.benefitDeductible.delete(person);
  }

  private grow(person: number): void {
    this.yearOf = withRoom(this.yearOf, person);
    this.admissions = withRoom(this.admissions, person);
    this.key0 = withRoom(this.key0, person);
    this.key1 = withRoom(this.key1, person);
    this.key2 = withRoom(this.key2, person);
    this.fund0 = withRoom(this.fund0, person);
    this.fund1 = withRoom(this.fund1, person);
    this.fund2 = withRoom(this.fund2, person);
    this.outpatientFund = withRoom(this.outpatientFund, person);
    this.inpatientFund = withRoom(this.inpatientFund, person);
    this.chronicFund = withRoom(this.chronicFund, person);
    this.burden = withRoom(this.burden, person);
    this.burdenSince = withRoom(this.burdenSince, person);
    this.second = withRoom(this.second, person);
    this.assistance = withRoom(this.assistance, person);
    this.assistanceDeductible = withRoom(this.assistanceDeductible, person);
  }

  /** A cap key's number, plus one. */
  private keyNumber(key: string): number {
    let i = this.keys.indexOf(key);
    if (i < 0) i = this.keys.push(key) - 1;
    return i + 1;
  }

  private capFund(person: number, key: string): Fen | undefined {
    const k = this.keyNumber(key);
    return k === this.key0[person] ? this.fund0[person] : k === this.key1[person] ? this.fund1[person] : k === this.key2[person] ? this.fund2[person] : undefined;
  }

  private setCapFund(person: number, key: string, fund: Fen): void {
    const k = this.keyNumber(key);
    if (this.key0[person] === 0 || k === this.key0[person]) {
      this.key0[person] = k;
      this.fund0[person] = fund;
    } else if (this.key1[person] === 0 || k === this.key1[person]) {
      this.key1[person] = k;
      this.fund1[person] = fund;
    } else {
      this.key2[person] = k; // the third benefit's cap (there are three benefits)
      this.fund2[person] = fund;
    }
  }

  private benefitFund(person: number, benefit: BenefitId): Fen | undefined {
    const fund = (benefit === 'inpatient' ? this.inpatientFund : benefit === 'chronic' ? this.chronicFund : this.outpatientFund)[person]!;
    return fund < 0 ? undefined : fund;
  }

  /**
   * Sets on `claim` what the person's earlier rows of `year` carry, where the row's own cell
   * (`cells`) does not give it; nothing at their first model-2 row of the year (the claim keeps
   * its cells, flags or zeros).
   */
  carry(person: number, year: number, claim: Claim, cells: Uint8Array, key: string, sharedWith?: readonly BenefitId[]): void {
    if (!this.has(person, year)) return;
    // 门诊慢特病起付标准与住院起付标准合并计算: the deductible met this year is what all of them charged
    const charged = sharedWith && !own(cells, 'ytd_deductible') ? this.benefitDeductible.get(person) : undefined;
    if (charged) {
      claim.ytdDeductible = sharedWith!.reduce((sum, b) => sum + (charged[b] ?? 0), 0);
      claim.ytdDeductibleFrom = 'carried';
    }
    const admissions = this.admissions[person]!;
    if (claim.benefit === 'inpatient' && !own(cells, 'admission') && admissions > 0) claim.admission = admissions + 1;
    const fund = this.capFund(person, key);
    if (fund !== undefined && !own(cells, 'ytd_fund')) claim.ytdFund = fund;
    const benefitFund = this.benefitFund(person, claim.benefit);
    if (benefitFund !== undefined && !own(cells, 'ytd_benefit_fund')) claim.ytdBenefitFund = benefitFund;
    const diseases = this.diseaseFund.get(person);
    if (claim.benefit === 'chronic' && diseases && !own(cells, 'ytd_disease_fund')) claim.ytdDiseaseFund = Object.fromEntries(entries(diseases));
    const met = this.diseaseDeductible.get(person);
    if (claim.benefit === 'chronic' && met && !own(cells, 'ytd_disease_deductible')) claim.ytdDiseaseDeductible = Object.fromEntries(entries(met));
    if (!own(cells, 'ytd_burden')) claim.ytdBurden = this.burden[person];
    if (claim.assistanceSince !== undefined && !own(cells, 'ytd_burden_since')) claim.ytdBurdenSince = this.burdenSince[person];
    if (!own(cells, 'ytd_second')) claim.ytdSecond = this.second[person];
    if (!own(cells, 'ytd_assistance')) claim.ytdAssistance = this.assistance[person];
    if (!own(cells, 'ytd_assistance_deductible')) claim.ytdAssistanceDeductible = this.assistanceDeductible[person];
  }

  private recordDeductible(person: number, claim: Claim, s: Settlement, sharedWith: readonly BenefitId[] | undefined, ownCell: boolean): void {
    recordDeductibleOf(this.benefitDeductible, person, claim, s, sharedWith, ownCell);
  }

  /** The totals after a settled row of `year`: the person's updated, or new ones for a new year. */
  record(person: number, year: number, claim: Claim, s: Settlement, key: string, sharing?: { with: readonly BenefitId[] | undefined; ownCell: boolean }): void {
    if (!this.has(person, year)) this.start(person, year);
    if (sharing) this.recordDeductible(person, claim, s, sharing.with, sharing.ownCell);
    if (claim.benefit === 'inpatient') this.admissions[person] = s.admission ?? claim.admission ?? 1;
    this.setCapFund(person, key, s.ytdFundAfter);
    const benefitFund = claim.benefit === 'inpatient' ? this.inpatientFund : claim.benefit === 'chronic' ? this.chronicFund : this.outpatientFund;
    benefitFund[person] = s.ytdBenefitFundAfter;
    if (claim.benefit === 'chronic' && (claim.disease !== undefined || claim.ytdDiseaseFund !== undefined)) {
      this.diseaseFund.set(person, diseasePairs(claim.ytdDiseaseFund, claim.disease, s.fundPays));
    }
    // a deductible set by disease: what each disease's rows paid of it (only such policies' rows)
    if (s.deductibleByDisease && claim.disease !== undefined) this.diseaseDeductible.set(person, diseasePairs(claim.ytdDiseaseDeductible, claim.disease, s.deductibleApplied));
    this.burden[person] = s.ytdBurdenAfter;
    // the burden since the group began: only rows that say when it began count it
    this.burdenSince[person] = s.ytdBurdenSinceAfter ?? this.burdenSince[person]!;
    this.second[person] = s.ytdSecondAfter;
    this.assistance[person] = s.ytdAssistanceAfter;
    this.assistanceDeductible[person] = s.ytdAssistanceDeductibleAfter;
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
  (['admission', 'ytd_deductible', 'ytd_fund', 'ytd_benefit_fund', 'ytd_disease_fund', 'ytd_disease_deductible', 'ytd_burden', 'ytd_burden_since', 'ytd_second', 'ytd_assistance', 'ytd_assistance_deductible'] as const).map((f) => [f, CLAIM_FIELDS.indexOf(f)]),
) as Record<'admission' | 'ytd_deductible' | 'ytd_fund' | 'ytd_benefit_fund' | 'ytd_disease_fund' | 'ytd_disease_deductible' | 'ytd_burden' | 'ytd_burden_since' | 'ytd_second' | 'ytd_assistance' | 'ytd_assistance_deductible', number>;
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
