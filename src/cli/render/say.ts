// `--format say`: a short script a hotline operator reads to a caller. Spoken Chinese, amounts
// as they are said (2000元, 12元5角): one sentence that walks from the total to what the fund
// pays, one for what the caller pays and from which account, then (with --compare) what other
// facilities would pay, which numbers the policy does not state, and where to ask.
// `--lang en` gives the same in English.
import type { Explanation } from '../../engine/types.js';
import { benefitShortZh, percent, spokenYuan as Y, spokenYuanEn as E, tierName } from './format.js';
import type { CompareRow, RenderInput } from './types.js';
import { sayNotes } from './say-notes.js';

/** The first sentence of a reason: enough for a listener, the rest is in the text output. */
const firstSentence = (s: string, stop: RegExp) => s.split(stop)[0]!.trim();

function fundZh(e: Explanation): string {
  const r = e.result;
  const s: string[] = [`您这次${benefitShortZh(e.claim.benefit)}总费用${Y(r.amount)}`];
  if (r.outOfScope > 0) s.push(`其中${Y(r.outOfScope)}不在医保报销范围内,要自费,范围内的是${Y(r.inScope)}`);
  if (!r.eligible) {
    const why = r.ineligibleReason ? `:${firstSentence(r.ineligibleReason.zh, /。/)}` : '';
    return `${s.join(',')}。按政策这次统筹基金不能报销${why}。`;
  }
  const base = r.inScope - r.deductibleApplied;
  if (r.deductibleApplied > 0) {
    s.push(e.claim.ytdDeductible > 0 ? `今年的起付线还差${Y(r.deductibleApplied)},这次由您自付` : `其中起付线${Y(r.deductibleApplied)}由您自付`);
  } else if (r.deductible !== null && r.deductible > 0) {
    s.push('您今年的起付线已经付满了');
  }
  if (base === 0) s.push('没有超过起付线,统筹基金这次不报销');
  else if (r.ratio !== null) s.push(`${r.deductibleApplied > 0 ? '剩下' : '政策范围内的'}${Y(base)}按${percent(r.ratio)}报销`);
  if (r.capRemaining !== null && r.fundBeforeCap > r.capRemaining) {
    s.push(`本来可以报${Y(r.fundBeforeCap)},但您今年的封顶线只剩${Y(r.capRemaining)}了`);
  }
  s.push(`统筹基金支付${Y(r.fundPays)}`);
  return `${s.join(',')},`;
}

function shareZh(e: Explanation): string {
  const r = e.result;
  const paidBy: string[] = [];
  if (r.accountPays > 0) paidBy.push(`个人账户支付${Y(r.accountPays)}`);
  if (r.familyPays > 0) paidBy.push(`家庭共济账户支付${Y(r.familyPays)}`);
  let text = `您需要自付${Y(r.patientShare)}`;
  text += paidBy.length > 0 ? `,其中${paidBy.join(',')},您还需要付现金${Y(r.cashDue)}。` : '。';
  if (e.claim.family > 0 && r.familyPays === 0 && r.familyRefusedReason) text += `家庭共济这次用不上:${firstSentence(r.familyRefusedReason.zh, /。/)}。`;
  return text;
}

function compareZh(input: RenderInput, rows: CompareRow[]): string {
  const others = rows.filter((row) => row.tier !== input.explanation.claim.tier);
  const said = others.map((row) =>
    row.fundPays === null || row.cashDue === null
      ? `${tierName(input.policy, row.tier, 'zh')}政策没有写明,算不出来`
      : `在${tierName(input.policy, row.tier, 'zh')}统筹基金支付${Y(row.fundPays)}、您付现金${Y(row.cashDue)}`,
  );
  return said.length === 0 ? '' : `同样的费用,${said.join(';')}。`;
}

function sayZh(input: RenderInput): string {
  const e = input.explanation;
  // The fund sentence ends with a comma when the share continues it, with 。 after a refusal.
  return fundZh(e) + shareZh(e) + (input.compare ? compareZh(input, input.compare) : '') + sayNotes(e.warnings, 'zh');
}

function sayEn(input: RenderInput): string {
  const e = input.explanation;
  const r = e.result;
  const s: string[] = [`Your visit cost ${E(r.amount)} in total.`];
  if (r.outOfScope > 0) s.push(`${E(r.outOfScope)} of it is outside the insurance scope, so you pay that yourself; ${E(r.inScope)} is within scope.`);
  if (!r.eligible) {
    s.push(`Under the policy the fund cannot pay this time${r.ineligibleReason ? `: ${firstSentence(r.ineligibleReason.en, /\.\s/).replace(/\.$/, '').replace(/^./, (ch) => ch.toLowerCase())}` : ''}.`);
  } else {
    const base = r.inScope - r.deductibleApplied;
    if (r.deductibleApplied > 0) s.push(`You pay the first ${E(r.deductibleApplied)} yourself: that is the deductible.`);
    else if (r.deductible !== null && r.deductible > 0) s.push(`You have already met this year's deductible.`);
    if (base === 0) s.push('Nothing is left above the deductible, so the fund pays nothing this time.');
    else if (r.ratio !== null) s.push(`${percent(r.ratio)} of the ${E(base)} ${r.deductibleApplied > 0 ? 'left' : 'within scope'} is reimbursed.`);
    if (r.capRemaining !== null && r.fundBeforeCap > r.capRemaining) {
      s.push(`That would be ${E(r.fundBeforeCap)}, but only ${E(r.capRemaining)} is left under this year's cap.`);
    }
    s.push(`The fund pays ${E(r.fundPays)}.`);
  }
  s.push(`Your share is ${E(r.patientShare)}.`);
  if (r.accountPays > 0) s.push(`Your personal account pays ${E(r.accountPays)}.`);
  if (r.familyPays > 0) s.push(`The family mutual-aid account pays ${E(r.familyPays)}.`);
  if (r.accountPays > 0 || r.familyPays > 0) s.push(`You pay ${E(r.cashDue)} in cash.`);
  if (e.claim.family > 0 && r.familyPays === 0 && r.familyRefusedReason) s.push(`Family mutual aid cannot pay: ${r.familyRefusedReason.en}`);
  for (const row of (input.compare ?? []).filter((x) => x.tier !== e.claim.tier)) {
    const where = tierName(input.policy, row.tier, 'en');
    s.push(row.fundPays === null || row.cashDue === null ? `At a ${where} the policy does not say.` : `At a ${where} the fund would pay ${E(row.fundPays)} and you ${E(row.cashDue)} in cash.`);
  }
  const notes = sayNotes(e.warnings, 'en');
  if (notes) s.push(notes);
  return s.join(' ');
}

export function renderSay(input: RenderInput): string {
  const body = input.lang === 'en' ? sayEn(input) : sayZh(input);
  return `${body}\n${input.footer ? `${input.footer}\n` : ''}`;
}
