// The spoken sentences of policy model 2's layers, in a settlement slip's order: 乙类先行自付
// after the total, the fund in bands (the ratio of each band is in the text breakdown; said
// aloud it is the sum), then 大病保险 / 大额医疗费用补助 and 医疗救助 after the fund. A claim
// without these layers says none of them: model 1's script is unchanged.
import { percent, spokenYuan as Y, spokenYuanEn as E } from './format.js';
import type { Explanation } from '../../engine/types.js';

/** The second layer's name as the explanation's step gives it (大病保险 / 大额医疗费用补助). */
const layerName = (e: Explanation) => e.steps.find((s) => s.key === 'second_layer')?.title;

const KIND: Record<string, { zh: string; en: string }> = {
  filed: { zh: '异地已备案', en: 'filed' },
  temporary: { zh: '临时外出就医已备案', en: 'a temporary trip, filed' },
  referral: { zh: '转诊', en: 'referral' },
  unfiled: { zh: '异地未备案', en: 'not filed' },
  emergency: { zh: '异地急诊抢救', en: 'emergency care' },
};

/** Out-of-area care with --where: 省内市外 or 省外 said with the kind, as the text breakdown says it (异地就医(省外)). */
export function whereSay(e: Explanation, lang: 'zh' | 'en'): string[] {
  const { where, filing } = e.claim;
  if (where === undefined || filing === undefined || filing === 'local') return [];
  const kind = KIND[filing];
  if (lang === 'zh') return [`这次是${where === 'in_province' ? '省内市外' : '省外'}就医${kind ? `(${kind.zh})` : ''}。`];
  return [`This care was ${where === 'in_province' ? 'in the province, outside the city' : 'outside the province'}${kind ? ` (${kind.en})` : ''}.`];
}

export function firstPaySay(e: Explanation, lang: 'zh' | 'en'): string[] {
  const fp = e.result.firstPay;
  const s: string[] = [];
  if (fp > 0) s.push(lang === 'zh' ? `乙类药品和诊疗项目先由您自付${Y(fp)}。` : `You first pay ${E(fp)} of the class-B drugs and items yourself.`);
  // 先由个人自付20% (an out-of-area filing's share): said after 乙类, before the deductible
  const share = e.result.firstShare;
  if (share) s.push(lang === 'zh' ? `异地就医按规定先由您自付一部分,这次是${Y(share)}。` : `Out of area, you first pay a share yourself: ${E(share)} this time.`);
  return s;
}

const LEVEL_SAID: Readonly<Record<string, { zh: string; en: string }>> = { '1': { zh: '一级', en: 'level-1' }, '2': { zh: '二级', en: 'level-2' }, '3': { zh: '三级', en: 'level-3' } };

/** An emergency visit paid at another level's ratio (因急诊在三级医疗机构就诊的，按二级医疗机构比例支付): said before the fund. */
export function emergencySay(e: Explanation, lang: 'zh' | 'en'): string[] {
  const to = e.result.emergencyRatioAs;
  if (to === undefined) return [];
  const from = LEVEL_SAID[e.claim.tier]?.[lang] ?? e.claim.tier;
  const as = LEVEL_SAID[to]?.[lang] ?? to;
  return [lang === 'zh' ? `您这次是急诊,在${from}医疗机构就诊按${as}医疗机构的比例报销。` : `This was an emergency, so the ${from} visit is paid at the ${as} ratio.`];
}

/** 未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点，急诊、抢救除外: the cut said before the fund (or why an emergency had none). */
export function unreferredSay(e: Explanation, lang: 'zh' | 'en'): string[] {
  const u = e.result.unreferred;
  if (!u || u.why === 'referred') return [];
  const at = LEVEL_SAID[u.level]?.[lang] ?? u.level;
  const pts = String(u.points / 100);
  if (u.why === 'emergency') return [lang === 'zh' ? `您这次是急诊、抢救,虽然没有转诊,报销比例也不降低。` : `This was an emergency, so the ratio is not lowered though there was no referral.`];
  return [lang === 'zh' ? `您这次没有经过转诊,自己到${at}医疗机构就医,报销比例降低${pts}个百分点。` : `You went to a ${at} facility without a referral, so the ratio is ${pts} points lower.`];
}

/** A stay referred within the 医联体 whose deductible the referral changed (上转按差额收取 / 下转不再收取): said with the deductible. */
export function referralSay(e: Explanation, lang: 'zh' | 'en'): string[] {
  const ref = e.result.referral;
  if (!ref || ref.way === 'general' || ref.fromLevel === null) return [];
  const from = LEVEL_SAID[ref.fromLevel]?.[lang] ?? ref.fromLevel;
  const up = ref.direction === 'up';
  if (lang === 'zh') {
    if (ref.way === 'difference') return [`您是在医联体内从${from}医疗机构${up ? '上转' : '下转'}过来的,起付线按两级医院起付线的差额收,这次收${Y(e.result.deductible ?? 0)}。`];
    if (ref.way === 'none') return [`您是在医联体内从${from}医疗机构${up ? '上转' : '下转'}过来的,这次不收起付线。`];
    return [`您是在医联体内从${from}医疗机构${up ? '上转' : '下转'}过来的,起付线照常收取。`];
  }
  if (ref.way === 'difference') return [`Referred ${up ? 'up' : 'down'} within the medical alliance from a ${from} facility, you pay the difference of the two levels' deductibles: ${E(e.result.deductible ?? 0)}.`];
  if (ref.way === 'none') return [`Referred ${up ? 'up' : 'down'} within the medical alliance from a ${from} facility, you pay no deductible this time.`];
  return [`Referred ${up ? 'up' : 'down'} within the medical alliance from a ${from} facility, the deductible is charged as usual.`];
}

/** A banded ratio said as one sum; the cap or limit when it cuts. */
export function bandsSay(e: Explanation, lang: 'zh' | 'en'): string[] | undefined {
  const r = e.result;
  if (r.bands === null) return undefined;
  const parts = r.bands.filter((b) => b.base > 0);
  const ratios = parts.map((b) => percent(b.ratio)).join(lang === 'zh' ? '、' : ', ');
  // 个人自付比例8%、12%…: the person's shares first, as the text gives them
  const selfs = e.selfPay ? parts.map((b) => percent(10000 - b.ratio)).join(lang === 'zh' ? '、' : ', ') : undefined;
  const cut = r.fundPays < r.fundBeforeCap;
  // bands on the year's running total: where the year stood, so the caller hears why this stay starts in a higher band
  const year = r.ytdBandedAfter === undefined ? undefined : { before: e.claim.ytdBanded ?? 0, after: r.ytdBandedAfter };
  if (lang === 'zh') {
    const s = year ? [`分段按全年累计算:今年之前已累计${Y(year.before)},加上这次累计到${Y(year.after)}。`] : [];
    s.push(selfs ? `起付线以上的费用分段计算,个人自付${selfs},统筹基金按${ratios}支付,合计${Y(r.fundBeforeCap)}。` : `起付线以上的费用分段报销,按${ratios},合计${Y(r.fundBeforeCap)}。`);
    s.push(cut ? `但今年的最高支付限额只剩${Y(r.fundPays)},统筹基金支付${Y(r.fundPays)}。` : `统筹基金支付${Y(r.fundPays)}。`);
    return s;
  }
  const s = year ? [`The bands count the whole year: ${E(year.before)} earlier this year, ${E(year.after)} with this stay.`] : [];
  s.push(`Above the deductible the cost is reimbursed in bands, at ${ratios}${selfs ? ` (you pay ${selfs})` : ''}: ${E(r.fundBeforeCap)} in all.`);
  s.push(cut ? `But only ${E(r.fundPays)} of this year's cap is left, so the fund pays ${E(r.fundPays)}.` : `The fund pays ${E(r.fundPays)}.`);
  return s;
}

export function layersSay(e: Explanation, lang: 'zh' | 'en'): string[] {
  const r = e.result;
  const s: string[] = [];
  const name = layerName(e);
  // two parts (第十七条（一）（二）): each said, then what the layer pays in all where the shared cap cut them
  const two = r.secondLayerTwo;
  if (r.secondLayerPays > 0 && name && two && two.one > 0 && two.pays > 0) {
    const cut = two.one + two.pays > r.secondLayerPays;
    s.push(
      lang === 'zh'
        ? `${name.zh}分两部分:个人负担超过起付线的部分支付${Y(two.one)},超出统筹基金最高支付限额的部分支付${Y(two.pays)},${cut ? `但受年度最高支付限额限制,一共支付${Y(r.secondLayerPays)}` : `一共${Y(r.secondLayerPays)}`}。`
        : `The ${name.en} pays in two parts: ${E(two.one)} on the burden above its threshold and ${E(two.pays)} above the fund's annual cap; ${cut ? `its yearly cap leaves ${E(r.secondLayerPays)} in all` : `${E(r.secondLayerPays)} in all`}.`,
    );
  } else if (r.secondLayerPays > 0 && name) s.push(lang === 'zh' ? `${name.zh}再支付${Y(r.secondLayerPays)}。` : `The ${name.en} then pays ${E(r.secondLayerPays)}.`);
  // 连续参保…零报销…提高 (cap_incentive): said where the raise let the layer pay more than its cap would
  const cr = r.layerCapRaise;
  if (cr && name) {
    const why = [cr.counted > 0 ? (lang === 'zh' ? `连续参保${cr.years}年` : `${cr.years} years of continuous insurance`) : '', cr.zero > 0 ? (lang === 'zh' ? `${cr.zeroYears}年基金零报销` : `${cr.zeroYears} year${cr.zeroYears === 1 ? '' : 's'} without reimbursement`) : ''].filter((x) => x !== '');
    s.push(
      lang === 'zh'
        ? `因为${why.join('、')},${name.zh}年度最高支付限额提高${Y(cr.raise)},从${Y(cr.cap)}提高到${Y(cr.raised)}。`
        : `For ${why.join(' and ')}, the ${name.en}'s yearly cap is raised by ${E(cr.raise)}, from ${E(cr.cap)} to ${E(cr.raised)}.`,
    );
  }
  const up = r.assistanceUplift;
  // 未成年人、重度残疾人…提高10个百分点: the raised ratio, as the slip names it
  // 其中年满70周岁的低保对象…救助比例为80%: a ratio the ground sets is said as set, not raised
  const setOnly = up !== undefined && up.ratioTo !== undefined && up.ratioPlus === 0;
  const raised =
    up && r.assistancePays > 0
      ? lang === 'zh'
        ? `按${up.grounds.join('、')}的规定,救助比例${setOnly ? '为' : '提高到'}${percent(up.ratio)}`
        : ` (as ${up.grounds.join(', ')}, at ${setOnly ? '' : 'a raised '}${percent(up.ratio)})`
      : '';
  // 未按规定办理异地就医备案的，救助比例降低10个百分点: the lowered ratio
  const fc = r.assistanceFilingCut;
  const cut = fc && r.assistancePays > 0 ? (lang === 'zh' ? `异地就医没有备案,救助比例降低到${percent(fc.ratio)}` : ` (not filed: at a lowered ${percent(fc.ratio)})`) : '';
  const lead = [raised, cut].filter((x) => x !== '');
  if (r.assistancePays > 0) s.push(lang === 'zh' ? `${lead.length ? `${lead.join(',')},` : ''}医疗救助再支付${Y(r.assistancePays)}。` : `Medical assistance then pays ${E(r.assistancePays)}${raised}${cut}.`);
  return s;
}
