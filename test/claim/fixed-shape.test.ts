// ClaimDefaults.fixedShape (batch rows that carry model-2 fields, src/claim/fixed-claim.ts):
// every field of the claim present, undefined when not given, in one order, so a million claims
// share one shape. The values are the same as without it; only the keys not given differ.
import { describe, expect, test } from 'vitest';
import { parseClaim, type RawClaim } from '../../src/claim/index.js';
import type { Claim } from '../../src/engine/types.js';

const defaults = { city: 'suizhou', date: '2025-05-06' };
const plain: RawClaim = { scheme: 'employee', status: 'active', tier: '1', amount: '2000' };
// every claim field given (so every optional key of Claim is set)
const full: RawClaim = {
  scheme: 'employee',
  status: 'retired',
  benefit: 'chronic',
  tier: '社区卫生服务站',
  amount: '12000',
  out_of_scope: '100',
  ytd_deductible: '300',
  ytd_fund: '500',
  account: '50',
  family: '20',
  relation: '配偶',
  contribution: '60%',
  contribution_years_met: '是',
  admission: '2',
  days: '5',
  discharge_date: '2025-05-10',
  status_since: '2025-01-01',
  age: '67',
  birth_date: '1958-03-09',
  class_b: '200',
  class_b_drugs: '100',
  class_b_items: '100',
  grade: '一档',
  disease: '糖尿病',
  diseases: '糖尿病、高血压',
  filing: '异地已备案',
  assistance: '低保对象',
  ytd_benefit_fund: '10',
  ytd_disease_fund: '糖尿病=15',
  ytd_disease_deductible: '糖尿病=5',
  ytd_burden: '1',
  ytd_second: '2',
  ytd_assistance: '3',
  ytd_assistance_deductible: '4',
  ytd_family_paid: '6',
  ytd_family_received: '7',
  ytd_banded: '8',
  emergency: 'yes',
  referred_from: '一级',
  referred: 'yes',
  insured_years: '7',
  zero_claim_years: '1',
  enrolled: '2024-01-01',
  certified: '2024-01-01',
  previous_same_facility: 'yes',
};

function parsed(raw: RawClaim, fixedShape: boolean): Claim {
  const r = parseClaim(raw, { ...defaults, fixedShape });
  if (!r.ok) throw new Error(r.message.en);
  return r.claim;
}

/** The keys the claim sets beside those always set, as named in src/engine/types.ts's Claim. */
const CLAIM_KEYS = ['city', 'date', 'scheme', 'status', 'benefit', 'tier', 'amount', 'outOfScope', 'ytdDeductible', 'ytdDeductibleFrom', 'ytdFund', 'account', 'family', 'relation', 'contribution', 'yearsMet', 'facility', 'admission', 'days', 'dischargeDate', 'statusSince', 'age', 'birthDate', 'classB', 'classBDrugs', 'classBItems', 'grade', 'disease', 'diseases', 'filing', 'assistance', 'assistanceGroups', 'ytdBenefitFund', 'ytdDiseaseFund', 'ytdDiseaseDeductible', 'ytdBurden', 'ytdSecond', 'ytdAssistance', 'ytdAssistanceDeductible', 'disability', 'where', 'assistanceSince', 'ytdBurdenSince', 'retirementProcessed', 'previousDischarge', 'ytdFamilyPaid', 'ytdFamilyReceived', 'ytdBanded', 'emergency', 'previousSameFacility', 'referredFrom', 'referred', 'insuredYears', 'zeroClaimYears', 'enrolled', 'certified'];

describe('fixed-shape claims', () => {
  test('a plain claim and a claim giving every field have the same keys, in the order of Claim', () => {
    expect(Object.keys(parsed(plain, true))).toEqual(CLAIM_KEYS);
    expect(Object.keys(parsed(full, true))).toEqual(CLAIM_KEYS);
  });

  test('every key a claim can take is among them', () => {
    for (const k of Object.keys(parsed(full, false))) expect(CLAIM_KEYS).toContain(k);
  });

  test('the values are those of the claim without it', () => {
    for (const raw of [plain, full]) {
      const fixed = parsed(raw, true);
      const loose = parsed(raw, false);
      for (const k of CLAIM_KEYS) expect((fixed as unknown as Record<string, unknown>)[k]).toEqual((loose as unknown as Record<string, unknown>)[k]);
    }
    // the values worked by hand for the plain claim: 2000 yuan, nothing else given
    const p = parsed(plain, true);
    expect([p.amount, p.outOfScope, p.ytdDeductible, p.ytdDeductibleFrom, p.status, p.benefit, p.relation]).toEqual([200000, 0, 0, 'unsaid', 'active', 'outpatient', undefined]);
  });

  test('without it, a field not given is absent', () => {
    expect('relation' in parsed(plain, false)).toBe(false);
    expect('relation' in parsed(plain, true)).toBe(true);
  });
});
