// The spoken script in Chinese, one short sentence at a time, each chosen by the numbers
// (say-facts.ts) so that it is true in every case. The words of a settlement slip: 个人负担 is
// the patient's whole share, 自费 the part outside the insurance scope, 自付 only the in-scope
// part the patient pays. Amounts as they are said (2000元, 12元5角); no sentence says 0元.
import { percent, spokenYuan as Y } from './format.js';
import { capCase, deductibleCase, type SayFacts } from './say-facts.js';
import { UPLIFT_ZH } from '../../engine/messages2.js';

/** The visit and what of it is outside the scope. */
export function totalZh(f: SayFacts, benefit: string): string[] {
  const s = [`您这次${benefit}总费用${Y(f.amount)}。`];
  if (f.outOfScope > 0) s.push(f.inScope === 0 ? '全部不在医保范围内,要自费。' : `其中${Y(f.outOfScope)}不在医保范围内,要自费。`);
  return s;
}

const LEVEL_ZH: Readonly<Record<string, string>> = { '1': '一级', '2': '二级', '3': '三级' };

/** The deductible, after what the facility changed in it (在中医医院住院,起付线降低100元). */
export function deductibleZh(f: SayFacts): string[] {
  const at = f.eligible && f.atFacility ? f.atFacility.map((x) => (x.op === 'minus' ? `在${x.kind}住院,起付线降低${Y(x.amount)}。` : `在${x.kind}住院,起付线按${percent(x.amount)}收取。`)) : [];
  // 在二级及以上中医医院住院的…: at another level the kind's rules do not apply, said before the deductible
  const outside = f.outside ? f.outside.map((x) => `${x.kind}的待遇只适用于${x.levels.map((t) => LEVEL_ZH[t] ?? t).join('、')}${x.kind},这次按一般规定算。`) : [];
  return [...outside, ...at, ...deductibleBodyZh(f)];
}

/** The deductible: the year's amount, what was met before, what this visit adds, what is still to go. */
function deductibleBodyZh(f: SayFacts): string[] {
  const c = deductibleCase(f);
  // 累计收取的住院起付标准不超过…: this stay is charged only what is left of the year's total
  if (f.yearCapped && f.eligible) {
    const left = f.yearCapped.charged > 0 ? `今年住院已经收过起付线${Y(f.yearCapped.charged)},` : '';
    const now = f.deductible! > 0 ? `这次只收剩下的${Y(f.deductible!)},由您自付。` : '这次不再收起付线。';
    return [`${left}起付线一年累计有上限,本来这次要收${Y(f.yearCapped.before)}。`, now];
  }
  // a 0 that is inferred, assumed or read is never said in the law's voice (its clause follows at the end)
  if (c === 'none' && f.eligible && f.deductible === 0 && f.group !== undefined) return [`${f.group}这次不收起付线。`];
  if (c === 'none' && f.eligible && f.deductible === 0 && f.waived) return ['newborn' in f.waived ? '新生儿出生当年住院,这次不收起付线。' : `出院后${f.waived.readmissionDays}天再次入院,视同一次住院,这次不收起付线。`];
  if (c === 'none') return f.eligible && f.deductible === 0 ? [f.deductibleNotStated ? '这次按不设起付线算。' : '这项待遇不设起付线。'] : [];
  if (c === 'met_before') return [`今年的起付线${Y(f.deductible!)}之前已经付满了。`];
  const year =
    f.metBefore > 0
      ? `今年的起付线是${Y(f.deductible!)},之前已经付了${Y(f.metBefore)},还差${Y(f.toGoBefore)}。`
      : `${f.yearly ? '今年的' : '这次的'}起付线${f.group === undefined ? '' : `按${f.group}`}是${Y(f.deductible!)}。`;
  const part = f.outOfScope > 0 ? '范围内的' : '的';
  switch (c) {
    case 'nothing_in_scope':
      return [year, f.metBefore > 0 ? '这次的费用不算进起付线。' : `这次的费用不算进起付线,还差${Y(f.toGoBefore)}。`];
    case 'met_exactly':
      return [year, `这次${part}${Y(f.applied)}正好付满起付线,由您自付。`];
    case 'met_now':
      return [year, f.metBefore > 0 ? `这次先付满还差的${Y(f.applied)},由您自付。` : `这次先付满起付线,这${Y(f.applied)}由您自付。`];
    case 'not_met':
      return f.yearly
        ? [year, `这次${part}${Y(f.applied)}全部算进起付线,由您自付。`, `算上这次,还差${Y(f.toGoAfter)}。`]
        : [year, `这次${part}${Y(f.applied)}全部算进起付线,由您自付。`];
  }
}

/** What the fund pays: the ratio on what is above the deductible, the cap when it bites. */
export function fundZh(f: SayFacts): string[] {
  if (f.inScope === 0) return ['统筹基金这次不报销。'];
  if (f.aboveDeductible === 0) return f.deductible === null ? ['统筹基金这次不报销。'] : ['没有超过起付线,统筹基金这次不报销。'];
  if (f.ratio === null) return [];
  const what = f.applied > 0 ? '剩下的' : f.outOfScope > 0 ? '医保范围内的' : '这';
  const ratio = f.selfPay ? `${what}${Y(f.aboveDeductible)}个人自付${percent(10000 - f.ratio)},按${percent(f.ratio)}报销` : `${what}${Y(f.aboveDeductible)}按${percent(f.ratio)}报销`;
  const pays = f.fundPays > 0 ? `统筹基金支付${Y(f.fundPays)}。` : '统筹基金这次不报销。';
  // a chronic disease's limit is named as such (its scheme's), never as the annual cap
  const cap = f.capName?.zh ?? '封顶线';
  switch (capCase(f)) {
    case 'not_reached':
      return [f.fundPays > 0 ? `${ratio},${pays}` : `${ratio}。`, ...(f.fundPays > 0 ? [] : [pays])];
    case 'used_up':
      return [`${ratio}。`, `但今年的${cap}${Y(f.cap!)}已经用完了,统筹基金这次不报销。`];
    case 'limits_first':
      return [`${ratio},本来能报${Y(f.fundBeforeCap)}。`, f.capName ? `但${cap}是${Y(f.cap!)},${pays}` : `但封顶线是每年最多报${Y(f.cap!)},${pays}`];
    case 'limits_rest':
      return [`${ratio},本来能报${Y(f.fundBeforeCap)}。`, `但今年的${cap}只剩${Y(f.capLeft!)}了,${pays}`];
    case 'limits_day':
      return [`${ratio},本来能报${Y(f.fundBeforeCap)}。`, f.stay ? `但在这里住院统筹基金每床日有支付限额,${pays}` : `但在这里就诊统筹基金每天有支付限额,${pays}`];
    case 'limits_visit':
      return [`${ratio},本来能报${Y(f.fundBeforeCap)}。`, `但每次就诊统筹基金最多支付${Y(f.fundPays)},${pays}`];
  }
}

/** The patient's share, the out-of-scope part of it, and who pays it. */
export function shareZh(f: SayFacts): string[] {
  if (f.patientShare === 0) return ['您个人不用负担费用。'];
  const of = f.outOfScope === 0 ? '' : f.outOfScope === f.patientShare ? ',都是自费' : `,其中自费${Y(f.outOfScope)}`;
  const s = [`您个人负担${Y(f.patientShare)}${of}。`];
  const paid: string[] = [];
  if (f.accountPays > 0) paid.push(`个人账户付${Y(f.accountPays)}`);
  if (f.familyPays > 0) paid.push(`家庭共济账户付${Y(f.familyPays)}`);
  if (f.familyCap) s.push(familyCapZh(f.familyCap));
  if (paid.length > 0) s.push(`${paid.join(',')},${f.cashDue > 0 ? `您再付现金${Y(f.cashDue)}。` : '不用再付现金。'}`);
  return s;
}

/** 家庭共济每年累计最多5000元: what the year had paid and what was left, where the text says whose year it counts. */
function familyCapZh(c: NonNullable<SayFacts['familyCap']>): string {
  const cap = `家庭共济每年累计最多${Y(c.cap)}`;
  if (c.per === null || c.left === null || c.before === null) return c.limited ? `${cap},这次受这个上限限制。` : `${cap}。`;
  if (!c.limited) return `${cap},今年还剩${Y(c.left)}。`;
  const before = c.before === 0 ? '' : c.per === 'holder' ? `,今年这个账户已经共济出去${Y(c.before)}` : `,今年您已经用了家庭共济${Y(c.before)}`;
  return c.left === 0 ? `${cap}${before},已经用满了,这次家庭共济用不上。` : `${cap}${before},这次只能用${c.before === 0 ? '' : '剩下的'}${Y(c.left)}。`;
}

/** 报销比例提高后最高不超过90%: each ceiling that held this claim's ratio (with its uplifts where there are several). */
export function ceilingsZh(f: SayFacts): string[] {
  return (f.ceilings ?? []).map((c) => `报销比例${c.uplifts.length > 0 ? `按${c.uplifts.map((k) => UPLIFT_ZH[k]).join('、')}` : ''}提高后最高不超过${percent(c.max)}。`);
}

/** One tier of --compare, as a sentence. */
export function compareZh(where: string, fund: number | null, cash: number | null): string {
  if (fund === null || cash === null) return `在${where}看,政策没有写明,算不出来。`;
  const paid = fund > 0 ? `统筹基金支付${Y(fund)}` : '统筹基金不报销';
  return `在${where}看,${paid}${cash > 0 ? `,您付现金${Y(cash)}` : ',您不用付现金'}。`;
}
