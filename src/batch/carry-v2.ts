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

/**
 * One person's model-2 totals for one calendar year. A file holds hundreds of thousands of
 * people, so the entry is one small object of fields: no Map or array unless the person has a
 * chronic disease.
 */
export class YearTotals {
  /** Inpatient stays counted this year (the last stay's admission number). */
  admissions = 0;
  /**
   * Fund paid against each annual cap. Each benefit counts against one cap, so there are at most
   * three: kept in three slots of fields (an array per person held 17 slots: 44 MB for 100,000 people).
   */
  private key0: string | undefined = undefined;
  private key1: string | undefined = undefined;
  private key2: string | undefined = undefined;
  private fund0: Fen = 0;
  private fund1: Fen = 0;
  private fund2: Fen = 0;
  /** Fund paid for each benefit alone (its own limit inside a shared cap); -1: no row yet. */
  outpatientFund: Fen = -1;
  inpatientFund: Fen = -1;
  chronicFund: Fen = -1;
  /**
   * Fund paid per chronic disease (as the rows name it), as pairs: [name, fen, name, fen, …]. An
   * array of four slots, where a Map held a table of 300 bytes (55,000 of them at 160,000 白鹭 people).
   */
  diseaseFund: (string | Fen)[] | undefined = undefined;
  burden: Fen = 0;
  second: Fen = 0;
  assistance: Fen = 0;
  assistanceDeductible: Fen = 0;
  constructor(readonly year: number) {}

  capFund(key: string): Fen | undefined {
    return key === this.key0 ? this.fund0 : key === this.key1 ? this.fund1 : key === this.key2 ? this.fund2 : undefined;
  }

  setCapFund(key: string, fund: Fen): void {
    if (this.key0 === undefined || key === this.key0) {
      this.key0 = key;
      this.fund0 = fund;
    } else if (this.key1 === undefined || key === this.key1) {
      this.key1 = key;
      this.fund1 = fund;
    } else {
      this.key2 = key; // the third benefit's cap (there are three benefits)
      this.fund2 = fund;
    }
  }

  benefitFund(benefit: BenefitId): Fen | undefined {
    const fund = benefit === 'inpatient' ? this.inpatientFund : benefit === 'chronic' ? this.chronicFund : this.outpatientFund;
    return fund < 0 ? undefined : fund;
  }

  setBenefitFund(benefit: BenefitId, fund: Fen): void {
    if (benefit === 'inpatient') this.inpatientFund = fund;
    else if (benefit === 'chronic') this.chronicFund = fund;
    else this.outpatientFund = fund;
  }
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

/** The index in RowValues.own of each field a row's own cell can restart. */
const OWN = Object.fromEntries(
  (['admission', 'ytd_fund', 'ytd_benefit_fund', 'ytd_disease_fund', 'ytd_burden', 'ytd_second', 'ytd_assistance', 'ytd_assistance_deductible'] as const).map((f) => [f, CLAIM_FIELDS.indexOf(f)]),
) as Record<'admission' | 'ytd_fund' | 'ytd_benefit_fund' | 'ytd_disease_fund' | 'ytd_burden' | 'ytd_second' | 'ytd_assistance' | 'ytd_assistance_deductible', number>;
const own = (values: Uint8Array, field: keyof typeof OWN) => values[OWN[field]] === 1;

/**
 * Sets on `claim` what the person's earlier rows of the year carry, where the row's own cell does
 * not give it. `totals` is undefined at the person's first model-2 row of the year: the claim keeps
 * its cells, flags or zeros. Returns the cap key of the claim.
 */
export function carryModel2(claim: Claim, totals: YearTotals | undefined, cells: Uint8Array, policy: Policy): string {
  const key = capKey(policy, claim);
  if (!totals) return key;
  if (claim.benefit === 'inpatient' && !own(cells, 'admission') && totals.admissions > 0) claim.admission = totals.admissions + 1;
  const fund = totals.capFund(key);
  if (fund !== undefined && !own(cells, 'ytd_fund')) claim.ytdFund = fund;
  const benefitFund = totals.benefitFund(claim.benefit);
  if (benefitFund !== undefined && !own(cells, 'ytd_benefit_fund')) claim.ytdBenefitFund = benefitFund;
  if (claim.benefit === 'chronic' && totals.diseaseFund && !own(cells, 'ytd_disease_fund')) claim.ytdDiseaseFund = Object.fromEntries(entries(totals.diseaseFund));
  if (!own(cells, 'ytd_burden')) claim.ytdBurden = totals.burden;
  if (!own(cells, 'ytd_second')) claim.ytdSecond = totals.second;
  if (!own(cells, 'ytd_assistance')) claim.ytdAssistance = totals.assistance;
  if (!own(cells, 'ytd_assistance_deductible')) claim.ytdAssistanceDeductible = totals.assistanceDeductible;
  return key;
}

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

/** The totals after a settled row: `totals` updated, or new ones for the row's year. */
export function recordModel2(claim: Claim, s: Settlement, totals: YearTotals | undefined, year: number, key: string): YearTotals {
  const t = totals ?? new YearTotals(year);
  if (claim.benefit === 'inpatient') t.admissions = s.admission ?? claim.admission ?? 1;
  t.setCapFund(key, s.ytdFundAfter);
  t.setBenefitFund(claim.benefit, s.ytdBenefitFundAfter);
  if (claim.benefit === 'chronic' && (claim.disease !== undefined || claim.ytdDiseaseFund !== undefined)) {
    t.diseaseFund = diseasePairs(claim.ytdDiseaseFund, claim.disease, s.fundPays);
  }
  t.burden = s.ytdBurdenAfter;
  t.second = s.ytdSecondAfter;
  t.assistance = s.ytdAssistanceAfter;
  t.assistanceDeductible = s.ytdAssistanceDeductibleAfter;
  return t;
}
