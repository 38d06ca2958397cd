// The golden run of a fictional rulebook's hand-worked claims (format: /work/shared/rulebooks/README.md),
// shared by golden.test.ts (白鹭, 云岭) and trial-golden.test.ts (青鸥, 雁汐): each claim through the
// engine (claim parsing, facility names, explain) and through `calc --json`. A decided claim matches
// every non-null `expect` field to the fen. An undecided one is either an unknown (exit 3 naming the
// parameter) or a reading shown as a reading (a warning of kind reading on the rule in question) whose
// numbers match that reading's `expect`.
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import { parseClaim, type RawClaim } from '../../src/claim/index.js';
import { withFacility } from '../../src/claim/facility.js';
import { explain } from '../../src/engine/explain.js';
import { PolicyError, type Settlement } from '../../src/engine/types.js';
import { yibao } from '../cli/calc-helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** The year's deductible already met, from the field for the claim's benefit. */
function deductibleMet(c: Json): number | undefined {
  const y = c.ytd ?? {};
  if (c.benefit === 'outpatient') return y.outpatient_deductible_met_fen;
  if (c.benefit === 'inpatient') return y.inpatient_deductible_met_fen ?? y.chronic_deductible_met_fen;
  return y.chronic_deductible_met_fen;
}

/**
 * The claim as calc flags (the contract's names), from the claim as a caller or a record gives it.
 * `facilities`: the policy's facility names; a claim at one of them is given by that name even where
 * the record also has a level (青鸥's 三级甲等医院 is level 3 with a standard of its own).
 */
export function flagsOf(c: Json, facilities: ReadonlySet<string> = new Set()): [string, string][] {
  const tier = c.facility && facilities.has(c.facility) ? c.facility : (c.level ?? c.facility);
  const f: [string, string][] = [['--date', c.date], ['--scheme', c.scheme], ['--benefit', c.benefit], ['--tier', tier], ['--amount', yuan(c.total_fen)]];
  if (c.status) f.push(['--status', c.status]);
  // a status history: the day the current status began (the status changed within the year)
  const since = c.status_history?.at(-1)?.since;
  if (since) f.push(['--status-since', since]);
  if (c.discharge_date) f.push(['--discharge-date', c.discharge_date]);
  if (c.age !== undefined) f.push(['--age', String(c.age)]);
  if (c.birth_date) f.push(['--birth-date', c.birth_date]);
  if (c.admission_no !== undefined) f.push(['--admission', String(c.admission_no)]);
  if (c.resident_grade) f.push(['--grade', c.resident_grade]);
  if (c.self_pay_fen) f.push(['--out-of-scope', yuan(c.self_pay_fen)]);
  if (c.class_b_drugs_fen) f.push(['--class-b-drugs', yuan(c.class_b_drugs_fen)]);
  if (c.class_b_items_fen) f.push(['--class-b-items', yuan(c.class_b_items_fen)]);
  if (c.disease) f.push(['--disease', c.disease]);
  if (c.diseases) f.push(['--diseases', c.diseases.join(',')]);
  if (c.out_of_area) f.push(['--filing', c.out_of_area.filing === 'referral_filed' ? 'referral' : c.out_of_area.filing]);
  if (c.assistance_group) f.push(['--assistance', c.assistance_group]);
  const y = c.ytd ?? {};
  const outpatient = c.benefit === 'outpatient';
  const fund = outpatient ? y.outpatient_fund_fen : y.fund_fen;
  if (fund) f.push(['--ytd-fund', yuan(fund)]);
  const met = deductibleMet(c);
  if (met) f.push(['--ytd-deductible', yuan(met)]);
  if (y.chronic_fund_fen) f.push(['--ytd-benefit-fund', yuan(y.chronic_fund_fen)]);
  const burden = y.serious_illness_burden_fen ?? y.large_amount_burden_fen;
  if (burden) f.push(['--ytd-burden', yuan(burden)]);
  const second = y.serious_illness_paid_fen ?? y.large_amount_paid_fen;
  if (second) f.push(['--ytd-second', yuan(second)]);
  if (y.assistance_paid_fen) f.push(['--ytd-assistance', yuan(y.assistance_paid_fen)]);
  if (y.assistance_base_fen) f.push(['--ytd-assistance-deductible', yuan(y.assistance_base_fen)]);
  if (c.account_balance_fen) f.push(['--account', yuan(c.account_balance_fen)]);
  if (c.family) f.push(['--family', yuan(c.family.balance_fen)], ['--relation', c.family.relation]);
  return f;
}

const rawOf = (flags: [string, string][]): RawClaim => Object.fromEntries(flags.map(([flag, v]) => [flag.slice(2).replace(/-/g, '_'), v])) as RawClaim;

const KIND = { serious_illness: '大病保险', large_amount: '大额医疗费用补助' } as const;

/** The settlement in the claims' own field names, fen. */
export function observed(s: Settlement): Record<string, number | string | null> {
  return {
    self_pay_fen: s.outOfScope,
    class_b_copay_fen: s.firstPay,
    deductible_fen: s.deductibleApplied,
    fund_before_cap_fen: s.fundBeforeCap,
    fund_fen: s.fundPays,
    second_layer_fen: s.secondLayerPays,
    assistance_fen: s.assistancePays,
    account_fen: s.accountPays,
    family_fen: s.familyPays,
    cash_fen: s.cashDue,
    serious_illness_burden_added_fen: s.burdenAdded,
    second_layer_kind: s.secondLayer === null ? null : KIND[s.secondLayer],
  };
}

/** The same from `calc --json`'s result (money strings). */
export function observedJson(r: Json): Record<string, number | string | null> {
  const fen = (v: string) => Math.round(Number(v) * 100);
  return {
    self_pay_fen: fen(r.out_of_scope),
    class_b_copay_fen: fen(r.first_pay),
    deductible_fen: fen(r.deductible_applied),
    fund_before_cap_fen: fen(r.fund_before_cap),
    fund_fen: fen(r.fund_pays),
    second_layer_fen: fen(r.second_layer_pays),
    assistance_fen: fen(r.assistance_pays),
    account_fen: fen(r.account_pays),
    family_fen: fen(r.family_pays),
    cash_fen: fen(r.cash_due),
    serious_illness_burden_added_fen: fen(r.burden_added),
    second_layer_kind: r.second_layer === null ? null : KIND[r.second_layer as keyof typeof KIND],
  };
}

/** Every non-null expected field (the reading's on top for an undecided claim). */
export function expected(e: Json, reading?: string): Record<string, number | string | null> {
  const out: Record<string, number | string | null> = {};
  for (const [k, v] of Object.entries(e)) if (k !== 'readings' && v !== null) out[k] = v as number | string;
  if (reading) {
    const r = (e.readings as Json[]).find((x) => x.reading === reading);
    expect(r, `reading ${reading}`).toBeDefined();
    for (const [k, v] of Object.entries(r)) if (k !== 'reading' && k !== 'says' && v !== null) out[k] = v as number;
  }
  // second_layer_kind null is a value too (no second layer for outpatient care)
  if (e.second_layer_kind === null) out.second_layer_kind = null;
  return out;
}

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

/** How an undecided claim is answered: the reading the policy file names (on the rule at `path`), or an unknown (exit 3) naming the rule. */
export type Undecided = { reading: string; path: string } | { unknown: string };

export interface GoldenRun {
  city: string;
  policyPath: string;
  claims: Json[];
  undecided: Record<string, Undecided>;
  /** Claims that still cannot pass, each with its precise reason (clause, what is missing): run as `it.fails`. */
  failing?: Record<string, string>;
  /** Give a claim at one of the policy's named facilities by its name, not its level. */
  byFacility?: boolean;
  /** A decided claim carries no reading at all (its numbers are the rule's, not a reading's). */
  decidedWithoutReadings?: boolean;
}

/** One describe block: the claims of one rulebook, through the engine and through `calc --json`. */
export function describeGolden(run: GoldenRun): void {
  const { city, policyPath, claims, undecided, failing = {} } = run;
  describe(`${city}: the ${claims.length} hand-worked claims`, async () => {
    const { policy } = await loadPolicyFile(policyPath);
    const facilities = new Set(run.byFacility ? Object.keys(policy.facilities ?? {}) : []);
    for (const c of claims) {
      const how = undecided[c.id];
      const test = failing[c.id] ? it.fails : it;
      const why = failing[c.id] ? ` [fails: ${failing[c.id]}]` : '';
      const flags = flagsOf(c.claim, facilities);
      test(`${c.id} (engine) ${c.title}${why}`, () => {
        expect(Boolean(c.undecided)).toBe(how !== undefined);
        const explained = () => {
          const { raw, facility } = withFacility(rawOf(flags), policy);
          const parsed = parseClaim(raw, { city });
          if (!parsed.ok) throw new Error(parsed.message.en);
          if (facility) parsed.claim.facility = facility;
          return explain(parsed.claim, policy);
        };
        if (how && 'unknown' in how) {
          let error: unknown;
          try {
            explained();
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(PolicyError);
          expect((error as PolicyError).exitCode).toBe(3);
          expect((error as PolicyError).messages.zh).toContain(how.unknown);
          return;
        }
        const e = explained();
        const want = expected(c.expect, how?.reading);
        expect(pick(observed(e.result), Object.keys(want))).toEqual(want);
        // the layers add up to the bill
        const r = e.result;
        expect(r.fundPays + r.secondLayerPays + r.assistancePays + r.accountPays + r.familyPays + r.cashDue).toBe(c.claim.total_fen);
        const readings = e.warnings.filter((w) => w.kind === 'reading').map((w) => w.path);
        if (how) expect(readings).toContain(how.path);
        else if (run.decidedWithoutReadings) expect(readings, 'a decided claim is answered as the rule, with no reading').toEqual([]);
      });

      test(`${c.id} (calc --json)${why}`, async () => {
        const out = await yibao(['calc', '--policy', policyPath, ...flags.flat(), '--json']);
        if (how && 'unknown' in how) {
          expect(out.code).toBe(3);
          expect(out.stderr).toContain(how.unknown);
          return;
        }
        expect(out.code, out.stderr).toBe(0);
        const j = JSON.parse(out.stdout);
        expect(j.schema).toBe('yibao.explanation/2');
        const want = expected(c.expect, how?.reading);
        expect(pick(observedJson(j.result), Object.keys(want))).toEqual(want);
        const readings = j.warnings.filter((w: Json) => w.kind === 'reading').map((w: Json) => w.path);
        if (how) expect(readings).toContain(how.path);
        else if (run.decidedWithoutReadings) expect(readings, 'a decided claim is answered as the rule, with no reading').toEqual([]);
      });
    }
  });
}
