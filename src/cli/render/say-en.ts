// The spoken script in English: the same sentences as say-zh.ts, chosen by the same numbers.
// "Your share" is the patient's whole part (个人负担), "outside the scope" the part the
// insurance never covers (自费), "you pay yourself" the in-scope part the patient pays (自付).
import { percent, spokenYuanEn as E } from './format.js';
import { capCase, deductibleCase, type SayFacts } from './say-facts.js';
import { UPLIFT_EN } from '../../engine/messages2.js';

/** inpatient: a hospital stay, not a visit (the Chinese says 住院 / 门诊 the same way). */
export function totalEn(f: SayFacts, inpatient = false): string[] {
  const s = [`Your ${inpatient ? 'hospital stay' : 'visit'} cost ${E(f.amount)} in total.`];
  if (f.outOfScope > 0) {
    s.push(f.inScope === 0 ? 'None of it is within the insurance scope, so you pay it all yourself.' : `${E(f.outOfScope)} of it is outside the insurance scope, so you pay that yourself.`);
  }
  return s;
}

export function deductibleEn(f: SayFacts): string[] {
  const at = f.eligible && f.atFacility ? f.atFacility.map((x) => (x.op === 'minus' ? `At a ${x.kind} the deductible is ${E(x.amount)} less.` : `At a ${x.kind} the deductible is ${percent(x.amount)} of the standard.`)) : [];
  const outside = f.outside ? f.outside.map((x) => `The rules for a ${x.kind} hold at level ${x.levels.join(' or ')} only, so this one takes the general rule.`) : [];
  return [...outside, ...at, ...deductibleBodyEn(f)];
}

function deductibleBodyEn(f: SayFacts): string[] {
  const c = deductibleCase(f);
  // a yearly total of deductibles for stays: this stay is charged only what is left of it
  if (f.yearCapped && f.eligible) {
    const before = f.yearCapped.charged > 0 ? `${E(f.yearCapped.charged)} of deductibles was charged for stays earlier this year, and there is a yearly total. ` : 'Deductibles for stays have a yearly total. ';
    return [`${before}This stay would be charged ${E(f.yearCapped.before)}.`, f.deductible! > 0 ? `Only the ${E(f.deductible!)} left is charged, and you pay that yourself.` : 'No deductible is charged this time.'];
  }
  if (c === 'none' && f.eligible && f.deductible === 0 && f.group !== undefined) return [`As ${f.group}, you pay no deductible this time.`];
  if (c === 'none' && f.eligible && f.deductible === 0 && f.waived) return ['newborn' in f.waived ? 'A newborn in the birth year pays no deductible for this stay.' : `Readmitted ${f.waived.readmissionDays} days after discharge, this counts as the same stay: no deductible this time.`];
  if (c === 'none') return f.eligible && f.deductible === 0 ? [f.deductibleNotStated ? 'This is worked out with no deductible.' : 'There is no deductible for this.'] : [];
  if (c === 'met_before') return [`This year's deductible of ${E(f.deductible!)} was already met before this visit.`];
  const year =
    f.metBefore > 0
      ? `This year's deductible is ${E(f.deductible!)}. ${E(f.metBefore)} of it was met before, so ${E(f.toGoBefore)} was still to go.`
      : `${f.yearly ? "This year's deductible" : "This visit's deductible"}${f.group === undefined ? '' : ` for ${f.group}`} is ${E(f.deductible!)}.`;
  const part = f.outOfScope > 0 ? ' in-scope' : '';
  switch (c) {
    case 'nothing_in_scope':
      return [year, f.metBefore > 0 ? 'This visit does not count toward it.' : `This visit does not count toward it: ${E(f.toGoBefore)} is still to go.`];
    case 'met_exactly':
      return [year, `This visit's${part} ${E(f.applied)} meets it exactly, and you pay that yourself.`];
    case 'met_now':
      return [year, f.metBefore > 0 ? `This visit first meets the ${E(f.applied)} still to go, and you pay that yourself.` : `This visit meets it first: you pay those ${E(f.applied)} yourself.`];
    case 'not_met':
      return f.yearly
        ? [year, `All of this visit's${part} ${E(f.applied)} counts toward it, and you pay that yourself.`, `${E(f.toGoAfter)} is still to go.`]
        : [year, `All of this visit's${part} ${E(f.applied)} counts toward it, and you pay that yourself.`];
  }
}

export function fundEn(f: SayFacts): string[] {
  if (f.inScope === 0) return ['The fund pays nothing this time.'];
  if (f.aboveDeductible === 0) return f.deductible === null ? ['The fund pays nothing this time.'] : ['Nothing is above the deductible, so the fund pays nothing this time.'];
  if (f.ratio === null) return [];
  const what = f.applied > 0 ? 'left' : 'within scope';
  const ratio = `${percent(f.ratio)} of the ${E(f.aboveDeductible)} ${what} is reimbursed${f.selfPay ? ` (you pay ${percent(10000 - f.ratio)} of it)` : ''}.`;
  const pays = f.fundPays > 0 ? `The fund pays ${E(f.fundPays)}.` : 'The fund pays nothing this time.';
  // a chronic disease's limit is named as such (its scheme's), never as the annual cap
  const cap = f.capName?.en ?? 'cap';
  switch (capCase(f)) {
    case 'not_reached':
      return [ratio, pays];
    case 'used_up':
      return [ratio, `But this year's ${cap} of ${E(f.cap!)} is used up, so the fund pays nothing this time.`];
    case 'limits_first':
      return [ratio, `That would be ${E(f.fundBeforeCap)}, but the ${cap} is ${E(f.cap!)} a year.`, pays];
    case 'limits_rest':
      return [ratio, `That would be ${E(f.fundBeforeCap)}, but only ${E(f.capLeft!)} is left under this year's ${cap}.`, pays];
    case 'limits_day':
      return [ratio, `That would be ${E(f.fundBeforeCap)}, but the fund pays at most a set amount a ${f.stay ? 'bed-day' : 'day'} here.`, pays];
    case 'limits_visit':
      return [ratio, `That would be ${E(f.fundBeforeCap)}, but the fund pays at most ${E(f.fundPays)} a visit.`, pays];
  }
}

export function shareEn(f: SayFacts): string[] {
  if (f.patientShare === 0) return ['You pay nothing yourself.'];
  const of = f.outOfScope === 0 ? '' : f.outOfScope === f.patientShare ? ', all of it outside the scope' : `, of which ${E(f.outOfScope)} is outside the scope`;
  const s = [`Your share is ${E(f.patientShare)}${of}.`];
  if (f.accountPays > 0) s.push(`Your personal account pays ${E(f.accountPays)}.`);
  if (f.familyCap) s.push(familyCapEn(f.familyCap));
  if (f.familyPays > 0) s.push(`The family mutual-aid account pays ${E(f.familyPays)}.`);
  if (f.accountPays > 0 || f.familyPays > 0) s.push(f.cashDue > 0 ? `You pay ${E(f.cashDue)} in cash.` : 'Nothing is left to pay in cash.');
  return s;
}

/** The yearly cap of family mutual aid: what the year had paid and what was left, where the text says whose year it counts. */
function familyCapEn(c: NonNullable<SayFacts['familyCap']>): string {
  const cap = `Family mutual aid is capped at ${E(c.cap)} a year`;
  if (c.per === null || c.left === null || c.before === null) return c.limited ? `${cap}, and the cap holds this payment.` : `${cap}.`;
  if (!c.limited) return `${cap}; ${E(c.left)} is left this year.`;
  const before = c.before === 0 ? '' : c.per === 'holder' ? `; the account has already paid ${E(c.before)} this year` : `; you have already received ${E(c.before)} this year`;
  return c.left === 0 ? `${cap}${before}, so it is used up and cannot pay this time.` : `${cap}${before}, so it can pay only ${E(c.left)} this time.`;
}

/** Each ceiling that held this claim's ratio (with its uplifts where there are several). */
export function ceilingsEn(f: SayFacts): string[] {
  return (f.ceilings ?? []).map((c) => `After ${c.uplifts.length > 0 ? c.uplifts.map((k) => UPLIFT_EN[k]).join(' and ') : 'the uplift'}, the ratio is at most ${percent(c.max)}.`);
}

export function compareEn(where: string, fund: number | null, cash: number | null): string {
  if (fund === null || cash === null) return `At a ${where}, the policy does not say.`;
  const paid = fund > 0 ? `the fund would pay ${E(fund)}` : 'the fund would pay nothing';
  return `At a ${where}, ${paid}${cash > 0 ? ` and you ${E(cash)} in cash` : ' and you nothing in cash'}.`;
}
