// `--format say`: a short script a hotline operator reads to a caller. Spoken Chinese, amounts
// as they are said (2000元, 12元5角), one sentence that walks from the total to what the caller
// pays, then which numbers are not stated by the policy, then where to ask. `--lang en` gives the same in English.
import type { Explanation } from '../../engine/types.js';
import { benefitShortZh, percent, spokenYuan as Y, spokenYuanEn as E } from './format.js';
import type { RenderInput } from './types.js';
import { sayNotes } from './say-notes.js';

function sayZh(e: Explanation): string {
  const r = e.result;
  const c = e.claim;
  const s: string[] = [`您这次${benefitShortZh(c.benefit)}总费用${Y(r.amount)}`];
  if (r.outOfScope > 0) s.push(`其中${Y(r.outOfScope)}不在医保报销范围内,要自费,范围内的是${Y(r.inScope)}`);
  if (!r.eligible) {
    s.push(`按政策这次不能由统筹基金报销${r.ineligibleReason ? `,因为${r.ineligibleReason.zh.replace(/。$/, '')}` : ''}`);
  } else {
    const base = r.inScope - r.deductibleApplied;
    if (r.deductibleApplied > 0) {
      s.push(c.ytdDeductible > 0 ? `今年的起付线还差${Y(r.deductibleApplied)},这次由您自付` : `其中起付线${Y(r.deductibleApplied)}由您自付`);
    } else if (r.deductible !== null && r.deductible > 0) {
      s.push('您今年的起付线已经付满了');
    }
    if (base === 0) s.push('没有超过起付线,统筹基金这次不报销');
    else if (r.ratio !== null) s.push(`${r.deductibleApplied > 0 ? '剩下' : '政策范围内的'}${Y(base)}按${percent(r.ratio)}报销`);
    if (r.capRemaining !== null && r.fundBeforeCap > r.capRemaining) {
      s.push(`本来可以报${Y(r.fundBeforeCap)},但您今年的封顶线只剩${Y(r.capRemaining)}了`);
    }
  }
  s.push(`统筹基金支付${Y(r.fundPays)}`, `您需要自付${Y(r.patientShare)}`);
  const paidBy: string[] = [];
  if (r.accountPays > 0) paidBy.push(`个人账户支付${Y(r.accountPays)}`);
  if (r.familyPays > 0) paidBy.push(`家庭共济账户支付${Y(r.familyPays)}`);
  if (paidBy.length > 0) s.push(`其中${paidBy.join(',')},您还需要付现金${Y(r.cashDue)}`);
  let text = `${s.join(',')}。`;
  if (c.family > 0 && r.familyPays === 0 && r.familyRefusedReason) text += `家庭共济这次用不上:${r.familyRefusedReason.zh.replace(/。$/, '')}。`;
  return text + sayNotes(e.warnings, 'zh');
}

function sayEn(e: Explanation): string {
  const r = e.result;
  const s: string[] = [`Your visit cost ${E(r.amount)} in total.`];
  if (r.outOfScope > 0) s.push(`${E(r.outOfScope)} of it is outside the insurance scope, so you pay that yourself; ${E(r.inScope)} is within scope.`);
  if (!r.eligible) {
    s.push(`Under the policy the fund cannot pay this time${r.ineligibleReason ? `: ${r.ineligibleReason.en.replace(/\.$/, '')}` : ''}.`);
  } else {
    const base = r.inScope - r.deductibleApplied;
    if (r.deductibleApplied > 0) s.push(`You pay the first ${E(r.deductibleApplied)} yourself: that is the deductible.`);
    else if (r.deductible !== null && r.deductible > 0) s.push(`You have already met this year's deductible.`);
    if (base === 0) s.push('Nothing is left above the deductible, so the fund pays nothing this time.');
    else if (r.ratio !== null) s.push(`The fund pays ${percent(r.ratio)} of the ${E(base)} ${r.deductibleApplied > 0 ? 'left' : 'within scope'}.`);
    if (r.capRemaining !== null && r.fundBeforeCap > r.capRemaining) {
      s.push(`That would be ${E(r.fundBeforeCap)}, but only ${E(r.capRemaining)} is left under this year's cap.`);
    }
  }
  s.push(`The fund pays ${E(r.fundPays)}, and your share is ${E(r.patientShare)}.`);
  if (r.accountPays > 0) s.push(`Your personal account pays ${E(r.accountPays)}.`);
  if (r.familyPays > 0) s.push(`The family mutual-aid account pays ${E(r.familyPays)}.`);
  if (r.accountPays > 0 || r.familyPays > 0) s.push(`You pay ${E(r.cashDue)} in cash.`);
  if (e.claim.family > 0 && r.familyPays === 0 && r.familyRefusedReason) s.push(`Family mutual aid cannot pay: ${r.familyRefusedReason.en}`);
  const notes = sayNotes(e.warnings, 'en');
  if (notes) s.push(notes);
  return s.join(' ');
}

export function renderSay(input: RenderInput): string {
  const body = input.lang === 'en' ? sayEn(input.explanation) : sayZh(input.explanation);
  return `${body}\n${input.footer ? `${input.footer}\n` : ''}`;
}
