// Policy model 2's readings and notes, and the one rule for which claims show them: each is tied
// to the part of the settlement that uses its value (`Touch`), and a claim shows it only when
// that part changed the claim's numbers: a band's reading when the band's base is not 0, an age
// reading when the claim's age meets the age rule, a 乙类 share's when the claim has that cost,
// an assistance group's when the claim is of that group. Built once per rule combination
// (model2.ts), checked per claim with plain comparisons (warnings2.ts).
import type { Claim, Settlement, Warning } from './types.js';
import type { Text } from './messages.js';
import { warnings as W } from './warnings.js';
import { ageOn } from './steps/age.js';
import { inBand } from './steps/age-bands.js';

/** What a reading's value feeds; the claim shows the reading only where that part is not 0. */
export type Touch =
  | { on: 'claim' } // every eligible claim of the combination
  | { on: 'deductible' } // the deductible charged on this claim
  | { on: 'partly_met' } // a yearly deductible met only in part before, the rest charged on this claim
  | { on: 'first_pay'; kind: 'drugs' | 'items' | 'any' } // a 乙类 cost of that kind
  | { on: 'band'; index: number } // the band's part of the base
  | { on: 'edge'; index: number } // the base reaches the band above the edge
  | { on: 'age'; min: number; under?: number | undefined } // the claim's age is in the age rule's band (from min, below under)
  | { on: 'age_day'; min: number; under?: number | undefined } // the age on admission and on discharge fall on both sides of a bound
  | { on: 'facility'; name: string } // the claim is at that facility
  | { on: 'layer' } // the second layer counted a burden or paid
  | { on: 'layer_band'; above: number } // the second layer paid, and the year's burden went above this edge (fen: a band's lower edge)
  | { on: 'group'; layer: boolean; name: string | null } // an assistance group (that one) on the claim
  | { on: 'uplift'; ground: string | null } // the claim's assistance was raised by that ground (any ground)
  | { on: 'disease'; names: readonly string[] } // the claim names that disease
  | { on: 'disease_group'; name: string } // the claim's treated disease follows that group's own rules (特殊病种)
  | { on: 'several' } // the claim names several diseases
  | { on: 'ytd' } // the claim carries this year's totals
  | { on: 'cap_cut' } // the cap cut the fund payment
  | { on: 'layer_raise' } // the second layer's cap was raised (cap_incentive) where it held the layer's payment
  | { on: 'year_cap' } // a yearly total of deductibles is in play: it cut this deductible, or one was charged earlier this year
  | { on: 'account' } // the own account paid
  | { on: 'family' }; // a relative's account paid

export interface Conditional {
  warning: Warning;
  when: Touch;
}

/** Anything that can carry a reading or a note. */
export interface Readable {
  value?: unknown;
  reading?: Text | undefined;
  reading_short?: Text | undefined;
  note?: Text | undefined;
}

/**
 * The reading of a value, and its note where the value is stated (a note on an unknown value is
 * said by the unknown itself): pushed with the part of the claim it feeds.
 */
export function readingsOf(r: Readable | undefined, path: string, when: Touch, out: Conditional[], words?: Text): void {
  if (!r) return;
  if (r.reading) out.push({ warning: W.reading(path, r.reading, r.reading_short, words), when });
  if (r.note && r.value !== null) out.push({ warning: W.policyNote(path, r.note, words), when });
}

/** The 乙类 drug and item costs of a claim (a single class-B total counts as drugs, where both shares are equal). */
function classB(claim: Claim): { drugs: number; items: number } {
  const drugs = claim.classBDrugs ?? (claim.classBItems === undefined ? (claim.classB ?? 0) : 0);
  return { drugs, items: claim.classBItems ?? 0 };
}

/** The claim's age on a day, or undefined where it gave none. */
function ageAt(claim: Claim, day: string | undefined): number | undefined {
  if (claim.age !== undefined) return claim.age;
  if (claim.birthDate === undefined || day === undefined) return undefined;
  return ageOn(claim.birthDate, day);
}

/** Whether the claim's numbers used the part `t` names. */
export function touches(t: Touch, claim: Claim, s: Settlement, group: string | undefined, diseases: readonly string[]): boolean {
  switch (t.on) {
    case 'claim':
      return s.eligible;
    case 'deductible':
      return s.eligible && (s.deductible ?? 0) > 0;
    case 'partly_met':
      return s.partlyMet === true;
    case 'first_pay': {
      const b = classB(claim);
      return t.kind === 'any' ? s.firstPay > 0 : b[t.kind] > 0;
    }
    case 'band':
      return s.bands === null ? t.index === 0 && s.eligible : (s.bands[t.index]?.base ?? 0) > 0;
    case 'edge':
      return s.bands !== null && (s.bands[t.index + 1]?.base ?? 0) > 0;
    case 'age': {
      if (!s.eligible) return false;
      const a = ageAt(claim, claim.dischargeDate ?? claim.date);
      return a !== undefined && inBand(a, { min: t.min, under: t.under ?? null });
    }
    case 'age_day': {
      if (!s.eligible || claim.age !== undefined) return false;
      const on = ageAt(claim, claim.date);
      const off = ageAt(claim, claim.dischargeDate);
      const band = { min: t.min, under: t.under ?? null };
      return on !== undefined && off !== undefined && inBand(on, band) !== inBand(off, band);
    }
    case 'facility':
      return s.eligible && claim.facility === t.name;
    case 'layer':
      return s.burdenAdded > 0 || s.secondLayerPays > 0;
    case 'layer_band':
      return s.secondLayerPays > 0 && s.ytdBurdenAfter > t.above;
    case 'group':
      if (group === undefined || (t.name !== null && t.name !== group)) return false;
      return t.layer ? s.burdenAdded > 0 || s.secondLayerPays > 0 : s.eligible;
    case 'uplift':
      return s.assistanceUplift !== undefined && (t.ground === null || s.assistanceUplift.grounds.includes(t.ground));
    case 'disease':
      return s.diseaseLimit !== null && t.names.some((n) => diseases.includes(n));
    case 'disease_group':
      return s.diseaseGroup === t.name;
    case 'several':
      return s.diseaseLimit !== null && diseases.length > 1;
    case 'ytd':
      return claim.ytdFund > 0 || claim.ytdDeductible > 0 || (claim.ytdBenefitFund ?? 0) > 0;
    case 'cap_cut':
      return s.fundPays < s.fundBeforeCap;
    case 'layer_raise':
      return s.layerCapRaise !== undefined;
    case 'year_cap':
      return s.deductibleBeforeYearCap !== undefined || (s.eligible && (s.deductible ?? 0) > 0 && claim.ytdDeductible > 0);
    case 'account':
      return s.accountPays > 0;
    case 'family':
      return s.familyPays > 0;
  }
}
