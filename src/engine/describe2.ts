// The steps of a model-2 claim in plain words (zh/en), each citing the clauses it applied: the
// layers of a settlement slip in its order. Model-1 steps that read the same (in_scope,
// eligibility) are describe.ts's.
import { levelWords } from './referral.js';
import type { Policy } from '../policy/schema.js';
import type { BandPart, Claim, Fen, Settlement, Step, StepKey, Where } from './types.js';
import type { Rules } from './rules.js';
import type { Cited, LayerRules, Model2, RatioTimes } from './model2.js';
import type { CapIncentiveRule } from './cap-incentive.js';
import { countEntry, dayCapEntry, dayCapOf, limitGroup, sinceGroup } from './settle2.js';
import { groupLayer } from './layer-group.js';
import { groupShareSaid, joinedThisYear } from './model2.js';
import { entryOf, groupRulesOf, ownDeductible, type GroupRules } from './disease-group.js';
import { shareForScheme } from '../policy/sourced.js';
import { RELATION_NAMES, SCHEME_NAMES, STEP_TITLES, bare, type Text } from './messages.js';
import { applyRatio, formatFen, formatPercent, type Rounding } from '../money/money.js';
import { burdenParts } from './steps/second_layer.js';
import type { Band } from './steps/bands.js';
import { unreferredWords } from './unreferred.js';
import { agesMet, ceilingsHeld, claimGroupOf, claimPoints, groupPointsOf, NO_POINTS, plusCut, type ClaimPoints } from './settle2.js';
import { raise, type UpliftKind } from './steps/uplift.js';
import { familyYearLeft } from './steps/family.js';
import { filingKindWords, model2Messages as M2, UPLIFT_EN, UPLIFT_ZH } from './messages2.js';
import { bedDaysOf } from './steps/bed-days.js';
import { facilityAtLevel } from './steps/facility-levels.js';
import { ageCapFor, type AgeCapStep } from './year-limits.js';
import { bandSelfPay } from './self-pay.js';
import { countedDiseases } from './disease-count.js';
import { monthsOf, proratedLimit } from './disease-prorate.js';

const y = (f: Fen) => formatFen(f);

/** The burdens of an open rule that changes only them (carried_unknown), each option's: "A 或 B(未定)". */
const either = (fens: readonly Fen[], lang: 'zh' | 'en'): string => (lang === 'zh' ? `${fens.map(y).join(' 或 ')}(未定)` : `${fens.map(y).join(' or ')} (not settled)`);
/** The year's burden after the claim. */
const yearBurden = (s: Settlement, lang: 'zh' | 'en'): string => (s.ytdBurdenOpen ? either(s.ytdBurdenOpen, lang) : y(s.ytdBurdenAfter));
/** The burden this claim adds: each option's where it is open (the year's total before is the same for all). */
const burdenAdded = (s: Settlement, lang: 'zh' | 'en'): string => (s.ytdBurdenOpen ? either(s.ytdBurdenOpen.map((after) => after - (s.ytdBurdenAfter - s.burdenAdded)), lang) : y(s.burdenAdded));
const pct = formatPercent;
/** A first-pay share; an unknown one (null) is shown only where the claim has none of that cost. */
const shareText = (share: number | null): string => (share === null ? '?' : pct(share));

export interface Model2Context {
  claim: Claim;
  s: Settlement;
  rules: Rules;
  m: Model2;
}

/** A step citing every clause it used that has a source and quote (one source: the policy's rulebook). */
function step(key: StepKey, amount: Fen, explain: Text, policy: Policy, cites: (Cited | undefined)[]): Step {
  const out: Step = { key, title: STEP_TITLES[key], amount, explain };
  const used = cites.filter((c): c is Cited & { source: string; quote: string } => Boolean(c?.source && c.quote));
  const first = used[0];
  const doc = first ? policy.sources[first.source] : undefined;
  if (first && doc) {
    const quotes = [...new Set(used.filter((c) => c.source === first.source).map((c) => c.quote))];
    out.source = { title: doc.title, publisher: doc.publisher, date: doc.date, quote: quotes[0]!, quotes };
  }
  return out;
}

const join = (parts: Text[], zhSep = ';', enSep = '; '): Text => ({ zh: parts.map((p) => p.zh).join(zhSep), en: parts.map((p) => p.en).join(enSep) });

function firstPayStep({ claim, s, rules, m }: Model2Context): Step | undefined {
  const fp = m.firstPay;
  // left out where the claim gives no 乙类 cost (nothing to pay first)
  if (!fp || (claim.classB === undefined && claim.classBDrugs === undefined && claim.classBItems === undefined)) return undefined;
  const drugs = claim.classBDrugs ?? (claim.classBItems === undefined ? (claim.classB ?? 0) : 0);
  const items = claim.classBItems ?? 0;
  const text: Text = {
    zh: `乙类药品 ${y(drugs)} 元 × ${shareText(fp.drugs)} + 乙类诊疗项目 ${y(items)} 元 × ${shareText(fp.items)},各自四舍五入后合计先行自付 ${y(s.firstPay)} 元;进入统筹的费用 ${y(s.inScope)} − ${y(s.firstPay)} = ${y(s.inScope - s.firstPay)} 元。`,
    en: `Class-B drugs ${y(drugs)} × ${shareText(fp.drugs)} + class-B items ${y(items)} × ${shareText(fp.items)}, each rounded: the patient first pays ${y(s.firstPay)}; into pooling ${y(s.inScope)} − ${y(s.firstPay)} = ${y(s.inScope - s.firstPay)}.`,
  };
  return step('first_pay', s.firstPay, text, rules.policy, [fp.drugsCite, fp.itemsCite, fp.order]);
}

/** 先由个人自付20%: the filing's share of the in-pooling cost, with its clause and whether it counts in the layers' bases. */
function firstShareStep({ s, rules, m }: Model2Context): Step | undefined {
  const fs = m.filing?.share;
  if (!fs || s.firstShare === undefined) return undefined;
  // first_share.order after_deductible: the share of what the deductible leaves
  const after = fs.afterDeductible;
  const pooled = s.inScope - s.firstPay - (after ? s.deductibleApplied : 0);
  const layers = rules.version.second_layer !== undefined || rules.version.assistance !== undefined;
  const counts = !layers ? { zh: '', en: '' } : fs.counts ? { zh: '这部分计入大病保险/大额补助和医疗救助的计算基数。', en: ' It counts in the second layer’s and assistance’s bases.' } : { zh: '这部分不计入大病保险/大额补助和医疗救助的计算基数。', en: ' It counts in neither the second layer’s nor assistance’s base.' };
  const text = after
    ? {
        zh: `纳入统筹基金支付范围的费用扣除起付线 ${y(s.deductibleApplied)} 元后为 ${y(pooled)} 元,个人先行自付 ${pct(fs.share)}:${y(pooled)} × ${pct(fs.share)} = ${y(s.firstShare)} 元;余下 ${y(pooled - s.firstShare)} 元按比例计算。${counts.zh}`,
        en: `The in-pooling cost less the deductible ${y(s.deductibleApplied)} is ${y(pooled)}; the patient first pays ${pct(fs.share)} of it: ${y(pooled)} × ${pct(fs.share)} = ${y(s.firstShare)}; the rest, ${y(pooled - s.firstShare)}, goes to the ratio.${counts.en}`,
      }
    : {
    zh: `纳入统筹基金支付范围的费用 ${y(pooled)} 元(已扣除目录外和乙类先行自付),先由个人自付 ${pct(fs.share)}:${y(pooled)} × ${pct(fs.share)} = ${y(s.firstShare)} 元;余下 ${y(pooled - s.firstShare)} 元按起付线和比例计算。${counts.zh}`,
    en: `Of the in-pooling cost ${y(pooled)} (目录外 and class-B first pay taken off), the patient first pays ${pct(fs.share)}: ${y(pooled)} × ${pct(fs.share)} = ${y(s.firstShare)}; the rest, ${y(pooled - s.firstShare)}, goes to the deductible and ratio.${counts.en}`,
  };
  return step('first_share', s.firstShare, text, rules.policy, [fs.cite, fs.orderCite, layers ? fs.countsCite : undefined]);
}

/** The kind emergency care elsewhere is counted as (filing.emergency). */
const EMERGENCY_AS: Partial<Record<string, Text>> = {
  filed: { zh: '异地已备案', en: 'filed' },
  temporary: { zh: '临时外出就医已备案', en: 'a temporary trip, filed' },
  referral: { zh: '转诊', en: 'referral' },
  unfiled: { zh: '未备案', en: 'not filed' },
};

/** 省内市外 / 省外, where the filing rule the claim took is keyed by it. */
const whereZh = (w: Where | undefined) => (w === undefined ? '' : w === 'in_province' ? '(省内市外)' : '(省外)');
const whereEn = (w: Where | undefined) => (w === undefined ? '' : w === 'in_province' ? ' (in the province)' : ' (outside the province)');

function deductibleStep(ctx: Model2Context): Step | undefined {
  const { claim, s, rules, m } = ctx;
  if (s.deductible === null) return undefined;
  const parts: Text[] = [];
  const full = rules.deductible.value!;
  if (m.filing?.deductibleAs) parts.push({ zh: `异地就医${whereZh(m.filing.where)}按本市${m.filing.deductibleAs}级医疗机构标准`, en: `out of area${whereEn(m.filing.where)}: the city's level-${m.filing.deductibleAs} standard` });
  const times = m.filing && m.filing.times !== 10000 ? m.filing.times : undefined;
  const named = claim.facility ? rules.policy.facilities?.[claim.facility] : undefined;
  if (named?.own_standard) parts.push({ zh: `${claim.facility}执行其单列标准`, en: `a ${claim.facility}: its own standard` });
  else if (named) {
    const level = rules.policy.tiers[claim.tier]?.name;
    if (level && named.counts_as === 'rated') parts.push({ zh: `${claim.facility}按其评定级别(${level.zh})`, en: `a ${claim.facility} at its rated level (${level.en})` });
    else if (level) parts.push({ zh: `${claim.facility}按${level.zh}`, en: `a ${claim.facility} counts as a ${level.en}` });
  }
  const outside = levelsOutside(ctx);
  if (outside) parts.push(outside.text);
  const dg = diseaseGroup(ctx);
  const own = ownOf(ctx);
  if (own) {
    parts.push({ zh: `起付标准按病种设定:${claim.disease} ${y(own.fen)} 元`, en: `deductible by disease: ${claim.disease} ${y(own.fen)}` });
    // 一个年度内只收取一次: the rule as the file states it; left open, the options agree on this claim (else it is exit 3 or a reading)
    const once = m.diseases!.value.deductible_once;
    if (rules.deductiblePeriod === 'year')
      parts.push(once?.value == null && once ? { zh: '一个年度内只收取一次(原文未说明按病种还是按人,各种理解本次结果相同)', en: 'once a year (per disease or per person is not said; every reading gives this claim the same)' } : M2.deductibleOnceWords(m.diseases!.once));
  } else if (dg?.deductible != null) parts.push(groupWords(claim, dg), { zh: `起付标准 ${y(dg.deductible)} 元`, en: `deductible ${y(dg.deductible)}` });
  else parts.push({ zh: `起付标准 ${y(full)} 元`, en: `deductible ${y(full)}` });
  // 医联体内上转的…按两级医疗机构起付标准的差额收取；下转的，不再收取起付标准 (a referral the rule does not reach: why, in the warnings)
  const ref = s.referral;
  if (ref && ref.way !== 'general') {
    const from = levelWords(ref.fromLevel!);
    const named = ref.from !== ref.fromLevel && !/^[123]$/.test(ref.from) ? { zh: `${ref.from}(${from.zh})`, en: `${ref.from} (${from.en})` } : from;
    const dir = ref.direction === 'up' ? { zh: '上转', en: 'referred up' } : { zh: '下转', en: 'referred down' };
    const head = { zh: `医联体内由${named.zh}${dir.zh}`, en: `${dir.en} within the medical alliance from ${named.en}` };
    if (ref.way === 'difference') parts.push({ zh: `${head.zh},按两级医疗机构起付标准的差额收取:${y(full)} − ${y(ref.fromStandard!)} = ${y(Math.max(0, full - ref.fromStandard!))} 元`, en: `${head.en}: the difference of the two levels' deductibles, ${y(full)} − ${y(ref.fromStandard!)} = ${y(Math.max(0, full - ref.fromStandard!))}` });
    else if (ref.way === 'none') parts.push({ zh: `${head.zh},不再收取起付线`, en: `${head.en}: no deductible` });
    else parts.push({ zh: `${head.zh},按本级起付标准收取`, en: `${head.en}: this level's deductible` });
  }
  parts.push(...facilityWords(s, 'standard'));
  if (times !== undefined) parts.push({ zh: `异地就医按 ${times / 10000} 倍收取`, en: `out of area: ${times / 10000} times` });
  if (m.retireeShare && !rules.deductible.retiredKey) parts.push({ zh: `退休人员按 ${pct(m.retireeShare.share)}`, en: `retirees pay ${pct(m.retireeShare.share)}` });
  if (s.deductibleStep && s.admission !== null) {
    const st = s.deductibleStep;
    const step = m.scheduleStep!;
    parts.push({
      zh: `本年第 ${s.admission} 次住院,在 ${y(st.full)} 元基础上依次降低 ${y(step.step!)} 元,共降低 ${y(st.minus)} 元`,
      en: `admission ${s.admission} of the year: ${y(step.step!)} less for each later stay, ${y(st.minus)} off ${y(st.full)}`,
    });
    if (st.floor !== null && step.floorShare != null)
      parts.push(
        st.floored
          ? { zh: `低于本人起付标准的 ${pct(step.floorShare)}(${y(st.floor)} 元),按 ${y(st.floor)} 元收取`, en: `below ${pct(step.floorShare)} of the standard (${y(st.floor)}): ${y(st.floor)}` }
          : { zh: `不低于本人起付标准的 ${pct(step.floorShare)}(${y(st.floor)} 元)`, en: `not below ${pct(step.floorShare)} of the standard (${y(st.floor)})` },
      );
  } else if (m.schedule && s.admission !== null) {
    const share = m.schedule.filter((x) => s.admission! >= x.from).at(-1);
    parts.push(
      share
        ? { zh: `本年第 ${s.admission} 次住院按 ${pct(share.share!)} 收取`, en: `admission ${s.admission} of the year: ${pct(share.share!)}` }
        : { zh: `本年第 ${s.admission} 次住院全额收取`, en: `admission ${s.admission} of the year: in full` },
    );
  }
  if (s.deductibleFloor !== undefined && m.floor?.value != null && !s.deductibleStep?.floored) parts.push({ zh: `按比例计算后低于 ${y(m.floor.value)} 元,按 ${y(m.floor.value)} 元收取`, en: `below ${y(m.floor.value)} after the share: ${y(m.floor.value)}` });
  const byGroup = m.groupShares && claim.assistance !== undefined ? groupShareSaid(m.groupShares, claim.assistance) : undefined;
  const group = byGroup?.rule;
  if (group) {
    const listed = group.path.split('.').at(-1)!;
    // a group the 等 list does not name, read as a listed one: both names
    const name = byGroup.open ? `${claim.assistance!.trim()}(按${listed})` : listed;
    parts.push(group.share === 0 ? { zh: `${name}不收起付线`, en: `none for ${name}` } : { zh: `${name}按 ${pct(group.share!)} 收取`, en: `${name}: ${pct(group.share!)}` });
  }
  // 新生儿出生当年住院不设起付标准
  if (s.deductibleNewborn !== undefined) {
    const born = claim.birthDate ?? '';
    // 出生后首次住院不收取起付标准 (newborn_deductible_scope first_stay)
    const when = m.newborn?.scope === 'first_stay' ? { zh: '出生后首次住院', en: 'on the first stay after birth' } : { zh: '出生当年', en: 'in the birth year' };
    const stay = m.newborn?.scope === 'first_stay' ? '' : '住院';
    parts.push(s.deductibleNewborn === 0 ? { zh: `新生儿${when.zh}(${born} 出生)${stay}不收起付线`, en: `none for a newborn ${when.en} (born ${born})` } : { zh: `新生儿${when.zh}(${born} 出生)${stay}按 ${pct(s.deductibleNewborn)} 收取`, en: `a newborn ${when.en} (born ${born}): ${pct(s.deductibleNewborn)}` });
  }
  if (s.deductibleNewbornLater !== undefined) {
    const n = s.deductibleNewbornLater;
    parts.push({ zh: `新生儿只有出生后首次住院另有起付线规定,本次为出生后第 ${n} 次住院(${claim.birthDate} 出生),按一般规定收取`, en: `a newborn's own deductible is for the first stay after birth only; this is stay ${n} since birth (born ${claim.birthDate}): the general rule` });
  }
  // 出院后15日内再次入院的，视同一次住院: the days counted, said whether it applied or not
  const re = s.readmission;
  if (re && m.readmission) {
    const n = m.readmission.days!;
    const gap = { zh: `上次出院 ${claim.previousDischarge},本次入院 ${claim.date},相隔 ${re.days} 天`, en: `discharged ${claim.previousDischarge}, admitted ${claim.date}: ${re.days} days` };
    const edge = re.days === n ? { zh: `(第 ${n} 天${re.within ? '算在' : '不算'}“${n}日内”)`, en: ` (day ${n} counted ${re.within ? 'within' : 'outside'})` } : { zh: '', en: '' };
    parts.push(
      re.within
        ? re.sameAdmission === null
          ? { zh: `${gap.zh}${edge.zh},在出院后 ${n} 日内再次入院${re.noDeductible ? ',不再收取起付线' : ''}(是否视同一次住院,原文未说明)`, en: `${gap.en}${edge.en}, within ${n} days of discharge${re.noDeductible ? ': no deductible' : ''} (whether it is the same stay, the text does not say)` }
          : { zh: `${gap.zh}${edge.zh},在出院后 ${n} 日内再次入院,视同一次住院${re.noDeductible ? ',不再收取起付线' : ''}`, en: `${gap.en}${edge.en}, within ${n} days of discharge: the same stay${re.noDeductible ? ', no deductible' : ''}` }
        : re.facility === 'elsewhere'
          ? { zh: `${gap.zh},在出院后 ${n} 日内,但上次住院不在同一定点医疗机构,按新的一次住院收取`, en: `${gap.en}, within ${n} days of discharge but the last stay was at another facility: a new stay` }
          : { zh: `${gap.zh}${edge.zh},不在出院后 ${n} 日内,按新的一次住院收取`, en: `${gap.en}${edge.en}, not within ${n} days of discharge: a new stay` },
    );
    if (re.within && re.facility === 'same') parts.push({ zh: '上次住院在同一定点医疗机构', en: 'the last stay was at the same facility' });
    if (re.within && re.facility === 'assumed') parts.push({ zh: '按上次住院在同一定点医疗机构计算(未说明,本次结果相同)', en: 'the last stay taken as at the same facility (not said; the same result)' });
  }
  parts.push(...facilityWords(s, 'charged'));
  if (m.yearCap && s.deductibleBeforeYearCap !== undefined) {
    const cap = m.yearCap.value!;
    parts.push({
      zh: `本年住院累计收取的起付标准不超过 ${y(cap)} 元,此前已收取 ${y(claim.ytdDeductible)} 元,本次应收 ${y(s.deductibleBeforeYearCap)} 元按剩余额度 ${y(s.deductible)} 元收取`,
      en: `deductibles charged for stays add up to at most ${y(cap)} a year; ${y(claim.ytdDeductible)} was charged before, so this stay's ${y(s.deductibleBeforeYearCap)} is cut to the ${y(s.deductible)} left`,
    });
  }
  // deductible_year_cap_crossing: full: the stay crossing the total pays in full (达到…后，不再收取)
  if (m.yearCap && s.deductibleYearCapFull) {
    parts.push({
      zh: `本年住院累计收取的起付标准达到 ${y(m.yearCap.value!)} 元后不再收取,此前已收取 ${y(claim.ytdDeductible)} 元,尚未达到,本次全额收取`,
      en: `deductibles charged for stays stop once ${y(m.yearCap.value!)} is reached in a year; ${y(claim.ytdDeductible)} was charged before, not yet reached, so this stay pays in full`,
    });
  }
  const period = rules.deductiblePeriod;
  const ytd = period === 'year' ? { zh: `,本年已累计 ${y(s.deductibleMetBefore)} 元`, en: `, ${y(s.deductibleMetBefore)} met earlier this year` } : { zh: '', en: '' };
  const head = join(parts, ',', ', ');
  const text: Text = {
    zh: `${head.zh}:本次起付线 ${y(s.deductible)} 元${ytd.zh};本次由个人自付的起付线部分为 ${y(s.deductibleApplied)} 元。`,
    en: `${head.en}: this claim's deductible ${y(s.deductible)}${ytd.en}; the patient pays ${y(s.deductibleApplied)} of it.`,
  };
  const cites: (Cited | undefined)[] = [rules.deductible.provenance.sourced, rules.version.benefits[claim.benefit]?.[claim.scheme]?.deductible_period, m.retireeShare?.sourced];
  if (m.schedule && s.admission !== null && s.admission > 1) cites.push(...m.schedule.filter((x) => s.admission! >= x.from).slice(-1).map((x) => x.sourced));
  if (m.scheduleNone && s.admission !== null && s.admission > 1) cites.push(m.scheduleNone.cite);
  if (s.deductibleStep) cites.push(m.scheduleStep!.stepCite, m.scheduleStep!.floorCite, m.scheduleStep!.groupFirst?.cite);
  if (m.filing) cites.push(m.filing.cite, m.filing.timesCite);
  if (group) cites.push(group.sourced);
  if (s.deductibleNewborn !== undefined) cites.push(m.newborn?.cite);
  if (s.deductibleNewbornLater !== undefined) cites.push(m.newborn?.cite);
  if ((s.deductibleNewborn !== undefined && m.newborn?.scope === 'first_stay') || s.deductibleNewbornLater !== undefined) cites.push(m.newborn?.scopeCite);
  if (s.readmission && m.readmission) {
    const c = m.readmission.cite;
    cites.push(c.rule, c.days);
    if (s.readmission.days === m.readmission.days) cites.push(c.lastDay);
    if (s.readmission.within) cites.push(c.noDeductible, c.sameAdmission);
    if (s.readmission.facility !== undefined) cites.push(c.sameFacility);
  }
  if (ref && ref.way !== 'general' && m.referral) cites.push(m.referral.cite, m.referral.cite[ref.direction!], m.referral.cite.basic);
  if (claim.facility) cites.push(rules.policy.facilities?.[claim.facility]);
  if (outside) cites.push(...outside.cites);
  if (own) cites.splice(0, 1, own.cite, m.diseases!.value.deductible_once);
  else if (dg?.deductible != null) cites.splice(0, 1, dg.value, dg.deductibleCite);
  if (s.deductibleFloor !== undefined && !s.deductibleStep?.floored) cites.push(m.floor?.cite);
  if (s.deductibleBeforeYearCap !== undefined || s.deductibleYearCapFull) cites.push(m.yearCap?.cite, m.yearCap?.crossingCite);
  for (const x of s.deductibleFacility ?? []) {
    const rule = m.facilityDeductible?.byKind.get(x.kind);
    cites.push(rule?.cite, rule?.atCite);
  }
  if (new Set((s.deductibleFacility ?? []).flatMap((x) => (x.op === 'lower_level' ? [] : [x.op]))).size > 1) cites.push(m.facilityDeductible?.orderCite);
  return step('deductible', s.deductibleApplied, text, rules.policy, cites);
}

/** The treated disease's own deductible (起付标准按病种设定) and its clause, where it states one. */
function ownOf({ claim, s, m }: Model2Context): { fen: Fen; cite: Cited } | undefined {
  if (!m.diseases?.byDisease || claim.disease === undefined || s.deductible === null) return undefined;
  const x = entryOf(m.diseases.value, claim.disease);
  // left unknown, and answered because with and without it agree (disease-deductible.ts): said as the benefit's
  if (x?.deductible && shareForScheme(x.deductible, claim.scheme).v.value === null) return undefined;
  const fen = x ? ownDeductible(m.diseases.value, m.diseases.path, x, claim.scheme) : undefined;
  return fen === undefined ? undefined : { fen, cite: shareForScheme(x!.deductible!, claim.scheme).v };
}

/** 年度中途认定的，当年支付限额按…比例折算: the treated disease's (by_count: the patient's) limit for the months left, in words. */
function proratedWords(m: Model2, claim: Claim, r: Rounding): Text | undefined {
  const d = m.diseases;
  const months = d ? monthsOf(d.prorate, claim) : 12;
  if (!d || months === 12 || claim.disease === undefined) return undefined;
  const month = Number(claim.certified!.slice(5, 7));
  const counted = d.prorate!.counts ? { zh: `${month}月至12月共 ${months} 个月`, en: `${months} months, ${month} to 12` } : { zh: `${month}月的次月至12月共 ${months} 个月`, en: `${months} months after month ${month}` };
  const x = entryOf(d.value, claim.disease);
  const full = x?.limit?.value == null ? undefined : Math.round(x.limit.value * 100);
  const sum = full === undefined ? { zh: '', en: '' } : { zh: `:${y(full)} × ${months}/12 = ${y(proratedLimit(full, months, r))} 元`, en: `: ${y(full)} × ${months}/12 = ${y(proratedLimit(full, months, r))}` };
  return { zh: `${claim.disease}于 ${claim.certified} 认定,年度中途认定的当年限额按${counted.zh}折算${sum.zh}`, en: `${claim.disease} certified ${claim.certified}: the limit for this year is prorated for ${counted.en}${sum.en}` };
}

/**
 * 最多按三个病种计算: how many of the shared diseases the limit counted, and which (by name; undefined under
 * by_count, where only the count matters).
 */
function countedOf(m: Model2, claim: Claim, group: ReturnType<typeof limitGroup>): { n: number; names: string[] | undefined } {
  const max = m.diseases?.max;
  if (!max || max.max === null || group.length <= max.max) return { n: group.length, names: undefined };
  if (m.diseases!.value.several?.value === 'by_count') return { n: max.max, names: undefined };
  const fen = (x: (typeof group)[number]) => Math.round((x.limit?.value ?? 0) * 100);
  const picked = countedDiseases(group, max, claim, fen, { zh: '', en: '' });
  return { n: picked.length, names: picked.map((x) => x.name) };
}

/** The treated disease's group whose own rules this claim followed (特殊病种), if any. */
function diseaseGroup({ claim, s, m }: Model2Context): GroupRules | undefined {
  return s.diseaseGroup !== undefined && m.diseases ? groupRulesOf(m.diseases.value, m.diseases.path, claim.disease, claim.scheme, claim.status) : undefined;
}

const groupWords = (claim: Model2Context['claim'], dg: GroupRules): Text => ({ zh: `${claim.disease}属${dg.name}`, en: `${claim.disease} is in the group ${dg.name}` });

/** A band's part; `self`: its ratio is stated as the person's share (个人自付8%), said first as the text does. */
/**
 * Bands on the year's running total (bands.per year: 一个年度内…累计在3万元（含）以下的部分): what the year held
 * before this claim, what it adds and where the year stands after, so the band edges read as the year's.
 */
function yearBandWords(m: Model2, claim: Claim, s: Settlement): Text {
  if (m.bandsYear?.per !== 'year' || s.ytdBandedAfter === undefined) return { zh: '', en: '' };
  const before = claim.ytdBanded ?? 0;
  const adds = s.ytdBandedAfter - before;
  return {
    zh: `,按本年累计金额分段:本年此前已累计 ${y(before)} 元,本次 ${y(adds)} 元,累计至 ${y(s.ytdBandedAfter)} 元`,
    en: `, on the year's running total: ${y(before)} banded earlier this year, ${y(adds)} now, ${y(s.ytdBandedAfter)} in all`,
  };
}

function bandLine(b: BandPart, self: boolean, plus?: Text): Text {
  const to = b.to === null ? { zh: '以上', en: 'and above' } : { zh: `至 ${y(b.to)}`, en: `to ${y(b.to)}` };
  const share = self ? { zh: `(个人自付${pct(10000 - b.ratio)},统筹支付${pct(b.ratio)})`, en: ` (self-pay ${pct(10000 - b.ratio)}, the fund ${pct(b.ratio)})` } : { zh: '', en: '' };
  const how = plus ? { zh: `(${plus.zh})`, en: ` (${plus.en})` } : { zh: '', en: '' };
  return { zh: `${y(b.from)} ${to.zh}${share.zh}${how.zh}:${y(b.base)} × ${pct(b.ratio)} = ${y(b.pays)}`, en: `${y(b.from)} ${to.en}${share.en}${how.en}: ${y(b.base)} × ${pct(b.ratio)} = ${y(b.pays)}` };
}

/**
 * 段上加段 (在相应比例基础上提高3个百分点，最高不超过95%): a plus band's arithmetic, from the band before as the
 * policy reads 相应比例 (its stated ratio, or the claim's raised one before the cuts), the most where it held,
 * and the ratio the claim got where its other uplifts and cuts changed it.
 */
function plusNote(m: Model2, s: Settlement, i: number, points: ClaimPoints | undefined): Text | undefined {
  const p = m.bands[i]?.plus;
  if (!p || !m.bandPlus || !s.bands || i === 0) return undefined;
  const stated = m.bandPlus.of === 'stated';
  const before = stated ? m.baseRatios[i - 1]! : s.bands[i - 1]!.ratio + plusCut(m, points ?? NO_POINTS, s.eligible);
  const raw = before + p.points;
  const got = raise(before, p.points, p.max);
  const n = p.points / 100;
  const held = got < raw ? { zh: `,最高不超过 ${pct(p.max!)}:${pct(got)}`, en: `, at most ${pct(p.max!)}: ${pct(got)}` } : { zh: '', en: '' };
  const after = s.bands[i]!.ratio !== got ? { zh: `;本次 ${pct(s.bands[i]!.ratio)}`, en: `; this claim ${pct(s.bands[i]!.ratio)}` } : { zh: '', en: '' };
  // 相应比例 left unknown, and this claim answered: both readings gave the same ratios
  const uplifted = m.uplifts.retiree + m.uplifts.grade + (points?.age ?? 0) + (points?.facility ?? 0) > 0;
  const open = m.bandPlus.open && m.bandPlus.ofCite === undefined && uplifted ? { zh: ';“相应比例”原文未说明是原定的还是提高后的,两种理解本次结果相同', en: '; the text leaves open whether the band before is as stated or as raised, both give this claim the same' } : { zh: '', en: '' };
  return {
    zh: `上一段${stated ? '原定' : ''}比例 ${pct(before)} 提高 ${n} 个百分点 = ${pct(raw)}${held.zh}${after.zh}${open.zh}`,
    en: `the band before${stated ? ' as stated' : ''} ${pct(before)} plus ${n} points = ${pct(raw)}${held.en}${after.en}${open.en}`,
  };
}

/** The words and clause of a group on the inpatient ratio (ratio_of), put before the inpatient ratio's own. */
interface Lead {
  text: Text;
  cites: (Cited | undefined)[];
}

const LEVEL_ZH: Readonly<Record<string, string>> = { '1': '一级', '2': '二级', '3': '三级' };

/**
 * A claim at a level a facility kind's rules leave out (facilities.<name>.levels: 在二级及以上中医医院住院的;
 * 一级中医医院): the kinds whose rules stop there, in words, with their clause; undefined where none.
 */
function levelsOutside(ctx: Model2Context): { text: Text; cites: (Cited | undefined)[] } | undefined {
  const { claim, rules } = ctx;
  const facilities = rules.policy.facilities;
  if (claim.facility === undefined || !facilities) return undefined;
  const at = facilityAtLevel(facilities, claim.facility, claim.tier);
  if (at.outside.length === 0) return undefined;
  const level = rules.policy.tiers[claim.tier]?.name ?? { zh: claim.tier, en: claim.tier };
  const words = at.outside.map((name) => {
    const levels = facilities[name]!.levels!.value ?? [];
    return {
      zh: `${name}的规定只适用于${levels.map((t) => LEVEL_ZH[t]).join('、')}${name}(本次为${LEVEL_ZH[claim.tier] ?? claim.tier})`,
      en: `the rules for a ${name} hold at level ${levels.join(' or ')} only (this one is level ${claim.tier})`,
    };
  });
  const rest = at.rules === undefined ? { zh: `,按${level.zh}的一般规定`, en: `: the general rule of a ${level.en}` } : { zh: `,按${at.rules}的规定`, en: `: the rules for a ${at.rules}` };
  return {
    text: { zh: `${words.map((w) => w.zh).join(';')}${rest.zh}`, en: `${words.map((w) => w.en).join('; ')}${rest.en}` },
    cites: at.outside.map((name) => facilities[name]!.levels),
  };
}

/** Whether the claim has points of this uplift (the order said names those only). */
function upliftOn(m: Model2, p: ClaimPoints, k: UpliftKind): boolean {
  return (k === 'age' ? p.age : k === 'facility' ? p.facility : k === 'group' ? (p.group ?? 0) : m.uplifts[k]) > 0;
}

function ratioStep(ctx: Model2Context, lead?: Lead): Step | undefined {
  const { claim, s, rules, m } = ctx;
  if (s.ratio === null) return undefined;
  const of = lead ? undefined : diseaseGroup(ctx);
  if (of?.ratioOf === 'inpatient' && m.inpatient) {
    // 执行本市同级医疗机构住院支付比例: the inpatient rules say the ratio and its uplifts
    const inpatient = m.inpatient();
    const words: Text = { zh: `${groupWords(claim, of).zh},执行本市同级医疗机构住院支付比例;`, en: `${groupWords(claim, of).en}: the city's inpatient ratio at the same level; ` };
    return ratioStep({ claim, s, rules: inpatient, m: inpatient.model2! }, { text: words, cites: [of.value, of.value.ratio_of] });
  }
  const extras: Text[] = [];
  // filing_cut_first: the out-of-area cut off the level's ratio before the uplifts and the ceiling
  const filingFirst = m.ceiling?.filingCutFirst === true && (m.filing?.cut ?? 0) > 0 && !m.filing?.ratioTimes;
  if (filingFirst) extras.push({ zh: `异地就医${whereZh(m.filing!.where)}先降低 ${pct(m.filing!.cut).slice(0, -1)} 个百分点`, en: `${pct(m.filing!.cut).slice(0, -1)} points less out of area${whereEn(m.filing!.where)}, first` });
  if (rules.bonus?.value) {
    // a band whose ratio is given for retirees takes no bonus (另列 retired 比例)
    const own = m.retiredKeyed.flatMap((k, i) => (k ? [i + 1] : []));
    const except = own.length > 0 ? { zh: `,第 ${own.join('、')} 段按原文的退休人员比例、不再提高`, en: `; band ${own.join(', ')}: the retirees' own ratio, not raised` } : { zh: '', en: '' };
    extras.push({ zh: `退休人员提高 ${pct(rules.bonus.value).slice(0, -1)} 个百分点${except.zh}`, en: `${pct(rules.bonus.value).slice(0, -1)} points more for retirees${except.en}` });
  }
  if (m.gradeBonus) extras.push({ zh: `${claim.grade ? gradeName(rules, claim.grade) : ''}提高 ${pct(m.gradeBonus.bonus).slice(0, -1)} 个百分点`, en: `${pct(m.gradeBonus.bonus).slice(0, -1)} points more for grade ${claim.grade}` });
  const points = s.eligible ? claimPoints(m, claim, true) : undefined;
  // facility_cut_first: the facility's cut off the level's ratio before the uplifts and the ceiling
  const cutFirst = m.ceiling?.cutFirst === true && (points?.cut ?? 0) > 0;
  if (cutFirst) extras.push({ zh: `${claim.facility}先按同级标准降低 ${pct(points!.cut).slice(0, -1)} 个百分点`, en: `${pct(points!.cut).slice(0, -1)} points less at a ${claim.facility}, first` });
  // unreferred_cut_first: the cut for a stay without a referral off the level's ratio before the uplifts and the ceiling
  const unref = s.unreferred;
  const unrefFirst = m.ceiling?.unreferredCutFirst === true && (unref?.points ?? 0) > 0;
  if (unrefFirst) extras.push({ zh: `${unreferredWords(unref!).zh}(先降低,再提高)`, en: `${unreferredWords(unref!).en}, first` });
  const met = s.eligible && m.age ? agesMet(m.age, claim) : [];
  for (const a of met) extras.push({ zh: `${M2.ageBandWords(a.min, a.under).zh}提高 ${pct(a.bonus).slice(0, -1)} 个百分点`, en: `${pct(a.bonus).slice(0, -1)} points more ${M2.ageBandWords(a.min, a.under).en}` });
  if (points?.facility) extras.push({ zh: `${claim.facility}提高 ${pct(points.facility).slice(0, -1)} 个百分点`, en: `${pct(points.facility).slice(0, -1)} points more at a ${claim.facility}` });
  // group_bonus: 特困人员…支付比例提高5个百分点
  const gp = points?.group ? groupPointsOf(m, claim.assistance!) : undefined;
  if (points?.group) extras.push({ zh: `${claim.assistance}提高 ${pct(points.group).slice(0, -1)} 个百分点`, en: `${pct(points.group).slice(0, -1)} points more for a ${claim.assistance}` });
  // a facility kind's rules left out at this level, said here where there is no deductible step to say it
  const outside = s.deductible === null ? levelsOutside(ctx) : undefined;
  if (outside) extras.push(outside.text);
  const held = points !== undefined ? ceilingsHeld(m, s, points) : [];
  // several ceilings (岚汐: age ≤ 90%, 中医医院 ≤ 95%): each held one with the uplifts it holds, and the order
  const several = (m.ceiling?.entries.length ?? 0) > 1;
  for (const e of held) {
    if (e.max === null) continue;
    const which = several ? (Object.keys(e.held) as (keyof typeof e.held)[]).filter((k) => e.held[k] !== false) : [];
    const zh = which.map((k) => UPLIFT_ZH[k]).join('、');
    const en = which.map((k) => UPLIFT_EN[k]).join(', ');
    extras.push(several ? { zh: `按${zh}提高后最高不超过 ${pct(e.max)}`, en: `at most ${pct(e.max)} after ${en}` } : { zh: `提高后最高不超过 ${pct(e.max)}`, en: `at most ${pct(e.max)} after the uplift` });
  }
  if (several && held.length > 0) extras.push(M2.upliftOrderWords(m.ceiling!.order.filter((k) => upliftOn(m, points!, k))));
  if (points?.cut && !cutFirst) extras.push({ zh: `${claim.facility}降低 ${pct(points.cut).slice(0, -1)} 个百分点`, en: `${pct(points.cut).slice(0, -1)} points less at a ${claim.facility}` });
  // 未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点，急诊、抢救除外: the cut, or why none
  if (unref && !unrefFirst) extras.push(unreferredWords(unref));
  const rt = m.filing?.ratioTimes;
  if (rt) extras.push(timesWords(rt, extras.length > 0 && rt.stated));
  // 因急诊在三级医疗机构就诊的，按二级医疗机构比例支付
  const er = s.emergencyRatioAs !== undefined ? rules.emergencyRatio : undefined;
  if (er) extras.unshift({ zh: `因急诊在${LEVEL_ZH[er.from] ?? er.from}医疗机构就诊,按${LEVEL_ZH[er.to] ?? er.to}医疗机构比例`, en: `an emergency visit at a level-${er.from} facility, at the level-${er.to} ratio` });
  if (m.filing?.emergency) extras.push({ zh: `异地急诊抢救视同${EMERGENCY_AS[m.filing.emergencyAs ?? 'filed']?.zh ?? ''}`, en: `emergency care elsewhere counted as ${EMERGENCY_AS[m.filing.emergencyAs ?? 'filed']?.en ?? ''}` });
  if (m.filing?.cut && !filingFirst) extras.push({ zh: `异地就医${whereZh(m.filing.where)}降低 ${pct(m.filing.cut).slice(0, -1)} 个百分点`, en: `${pct(m.filing.cut).slice(0, -1)} points less out of area${whereEn(m.filing.where)}` });
  const dg = diseaseGroup(ctx);
  // a group's own ratio is the ratio as stated: no uplift is added to it
  if (dg?.ratio != null) extras.splice(0, extras.length, groupWords(claim, dg));
  const extra = extras.length ? { zh: `(${extras.map((e) => e.zh).join(',')})`, en: ` (${extras.map((e) => e.en).join(', ')})` } : { zh: '', en: '' };
  let text: Text;
  if (s.bands) {
    const on = !m.bandBaseStated
      ? { zh: '分段(原文未说明分段是否含起付标准,两种算法本次结果相同;以下按含起付标准的总额列出)', en: 'banded (the text does not say whether the bands count the deductible; both ways give this claim the same numbers; shown on the total)' }
      : m.bandBase === 'total'
        ? { zh: '按纳入统筹的费用总额(含起付标准)分段', en: 'banded on the in-pooling total (deductible included)' }
        : { zh: '按扣除起付标准后的费用分段', en: 'banded on the amount after the deductible' };
    const lines = join(s.bands.flatMap((b, i) => (b.base > 0 ? [bandLine(b, bandSelfPay(rules, i), plusNote(m, s, i, points))] : [])));
    const yr = yearBandWords(m, claim, s);
    text = { zh: `${on.zh}${yr.zh}${extra.zh}:${lines.zh};合计 ${y(s.fundBeforeCap)} 元(每段分别四舍五入)。`, en: `${on.en}${yr.en}${extra.en}: ${lines.en}; together ${y(s.fundBeforeCap)} (each band rounded).` };
  } else {
    const above = s.inScope - s.firstPay - (s.firstShare ?? 0) - s.deductibleApplied;
    // 个人自付比例8%: the text's share first, then the fund's
    const self = dg?.ratio == null && bandSelfPay(rules, 0);
    const head = self
      ? { zh: `个人自付${pct(10000 - s.ratio)},统筹支付${pct(s.ratio)}`, en: `Self-pay ${pct(10000 - s.ratio)}, the fund ${pct(s.ratio)}` }
      : { zh: `报销比例 ${pct(s.ratio)}`, en: `Ratio ${pct(s.ratio)}` };
    text = { zh: `${head.zh}${extra.zh}:${y(above)} × ${pct(s.ratio)} = ${y(s.fundBeforeCap)} 元。`, en: `${head.en}${extra.en}: ${y(above)} × ${pct(s.ratio)} = ${y(s.fundBeforeCap)}.` };
  }
  // the bands this claim reached (all of them where the ratio is flat: the one band)
  const used = s.bands ? m.bands.filter((_, i) => (s.bands![i]?.base ?? 0) > 0) : m.bands;
  const cites: (Cited | undefined)[] = [m.bandBaseCite, m.bandsYear?.per === 'year' && s.bands ? m.bandsYear.cite : undefined, ...used.flatMap((b) => [b.edge, b.resolved.provenance.sourced, b.plus?.maxCite]), used.some((b) => b.plus) ? m.bandPlus?.ofCite : undefined, rules.bonus?.provenance.sourced, m.filing?.emergency, m.filing?.cite, m.filing?.cut ? m.filing.cutCite : undefined, rt?.cite, rt?.ofCite];
  for (const a of met) cites.push(a.cite, a.underCite);
  const rf = claim.facility !== undefined ? m.ruleFacility(claim) : undefined;
  const fp = rf !== undefined ? m.facilityPoints?.get(rf) : undefined;
  if (points?.facility || points?.cut) cites.push(rules.policy.facilities?.[claim.facility!], fp?.plus?.cite, fp?.cut?.cite);
  cites.push(m.gradeBonus?.cite, gp?.cite, ...(outside?.cites ?? []));
  if (er) cites.push(er.cite);
  if (unref) cites.push(m.unreferred?.cite, unref.why === 'emergency' || (unref.why === 'not_referred' && claim.emergency === true) ? m.unreferred?.cite.emergency : undefined, unrefFirst ? m.ceiling?.entries.find((e) => e.unreferredCutFirst)?.value.unreferred_cut_first : undefined);
  if (dg?.ratio != null) cites.splice(0, cites.length, dg.value, dg.ratioCite);
  cites.push(...held.map((e) => e.value));
  if (several && held.length > 0) cites.push(m.ceiling!.orderCite);
  if (lead) {
    text = { zh: `${lead.text.zh}${text.zh}`, en: `${lead.text.en}${text.en}` };
    cites.unshift(...lead.cites);
  }
  return step('ratio', s.fundBeforeCap, text, rules.policy, cites);
}

/** A resident grade's name as the policy writes it (二档). */
const gradeName = (rules: Rules, grade: string): string => rules.policy.grades?.[grade as '1' | '2' | '3']?.name.zh ?? `${grade}档`;

/** 在中医医疗机构住院的，起付标准降低100元 / 按同级医疗机构标准的120%执行: the facility's changes made at this step. */
function facilityWords(s: Settlement, at: 'standard' | 'charged'): Text[] {
  return (s.deductibleFacility ?? [])
    .filter((x) => x.at === at)
    .map((x) =>
      x.op === 'minus'
        ? { zh: `在${x.kind}住院降低 ${y(x.amount)} 元`, en: `at a ${x.kind}: ${y(x.amount)} less` }
        : x.op === 'times'
          ? { zh: `在${x.kind}住院按 ${pct(x.amount)} 收取`, en: `at a ${x.kind}: ${pct(x.amount)}` }
          : { zh: `在${x.kind}住院按低一级(${x.level}级)医疗机构标准 ${y(x.amount)} 元`, en: `at a ${x.kind}: the lower level's (${x.level}) standard, ${y(x.amount)}` },
    );
}

/** The days a day cap multiplies, in words: as given, counted from the stay's dates (how), or one assumed. */
function daysWords(m: Model2, claim: Claim): { days: number; n: Text } {
  if (claim.days !== undefined) return { days: claim.days, n: { zh: `${claim.days} 天`, en: `${claim.days} day(s)` } };
  const b = m.bedDays;
  if (b && claim.dischargeDate !== undefined) {
    const span = { zh: `${claim.date} 入院、${claim.dischargeDate} 出院`, en: `admitted ${claim.date}, discharged ${claim.dischargeDate}` };
    if (b.count !== null) {
      const days = bedDaysOf(claim.date, claim.dischargeDate, b.count);
      const how = M2.bedDaysWords(b.count);
      return { days, n: { zh: `${span.zh},${how.zh},共 ${days} 天`, en: `${span.en}, ${how.en}: ${days} day(s)` } };
    }
    // unknown, and both counts agree here (else the claim was exit 3): the larger count, said as both
    const low = bedDaysOf(claim.date, claim.dischargeDate, 'discharge_minus_admission');
    const high = bedDaysOf(claim.date, claim.dischargeDate, 'both_ends');
    return { days: high, n: { zh: `${span.zh},床日数 ${low} 或 ${high} 天(原文未说明算法,两种算法结果相同)`, en: `${span.en}, ${low} or ${high} bed-days (the text does not say how they are counted; both give the same)` } };
  }
  return { days: 1, n: { zh: '按 1 天计', en: 'taken as one day' } };
}

function capStep(ctx: Model2Context): Step | undefined {
  const { claim, s, rules, m } = ctx;
  const perDay = dayCapOf(m, claim);
  const perVisit = m.visitCap?.value ?? null;
  if (!s.eligible || (s.cap === null && s.diseaseLimit === null && perDay === null && perVisit === null)) return undefined;
  const parts: Text[] = [];
  // 床日限额不适用于异地就医: the cap this place has locally, said not to hold
  const lifted = m.filing?.noDayCap === true ? dayCapEntry({ ...m, filing: { ...m.filing, noDayCap: false } }, claim) : undefined;
  if (lifted) parts.push({ zh: `床日限额(${lifted.key})不适用于这类异地就医`, en: `the bed-day cap (${lifted.key}) does not hold for this out-of-area care` });
  // the yearly cap by age (年满70周岁的退休人员4000元): the step this claim's age met
  const byAge = m.ageCap ? ageCapFor(m.ageCap, claim, rules.cap.value, s.fundBeforeCap).step : undefined;
  if (byAge) parts.push(ageStepWords(byAge));
  if (s.cap !== null) {
    const shared = rules.version.benefits[claim.benefit]?.[claim.scheme]?.cap_shared;
    const with_ = shared ? { zh: '(住院和门诊慢特病合并计算)', en: ' (shared by inpatient and chronic care)' } : { zh: '', en: '' };
    parts.push({ zh: `年度最高支付限额 ${y(s.cap)} 元${with_.zh},本年已支付 ${y(claim.ytdFund)} 元,尚余 ${y(s.capRemaining!)} 元`, en: `annual cap ${y(s.cap)}${with_.en}, ${y(claim.ytdFund)} paid this year, ${y(s.capRemaining!)} left` });
  }
  const group = s.diseaseLimit !== null && m.diseases && m.diseases.override === undefined ? limitGroup(m.diseases, claim) : [];
  if (s.diseaseLimit !== null) {
    const n = group.length;
    const alone = n === 1 && group[0]!.separate?.value === true;
    const byCount = m.diseases?.override === undefined && !alone && countEntry(m.diseases!, countedOf(m, claim, group).n) !== undefined;
    let how: Text =
      m.diseases?.override !== undefined
        ? { zh: '(用户给出)', en: ' (given by the user)' }
        : alone
          ? { zh: '(单独计算)', en: ' (its own, apart from the others)' }
          : byCount
            ? { zh: `(按认定的 ${n} 种病种确定${n > 1 ? ',合并使用' : ''})`, en: ` (for ${n} certified disease${n > 1 ? 's, shared' : ''})` }
            : n > 1
              ? { zh: `(${n} 个病种合并使用)`, en: ` (${n} diseases, shared)` }
              : { zh: '', en: '' };
    // 最多按三个病种计算: the diseases counted, where fewer than the patient's
    const most = m.diseases?.override === undefined && !alone ? countedOf(m, claim, group) : undefined;
    if (most && n > most.n) {
      const first = m.diseases!.max!.counted === 'first_certified';
      const names = most.names ? { zh: `:${first ? '最先认定的' : '限额最高的'}${most.names.join('、')}`, en: `: ${first ? 'the first certified' : 'the highest limits'}, ${most.names.join(', ')}` } : { zh: '', en: '' };
      how = { zh: `${how.zh.slice(0, -1)},最多按 ${most.n} 个病种计算${names.zh})`, en: `${how.en.slice(0, -1)}, at most ${most.n} counted${names.en})` };
    }
    // 年度中途认定的: the treated disease's limit prorated, with its arithmetic
    const pr = m.diseases?.override === undefined ? proratedWords(m, claim, rules.rounding) : undefined;
    if (pr) parts.push(pr);
    // limits that differ by scheme (职工 第十一条 / 居民 第十九条): the claim's scheme is named
    const whose = m.diseases?.byScheme ? SCHEME_NAMES[claim.scheme] : { zh: '', en: '' };
    parts.push({ zh: `${whose.zh}门诊慢特病本人年度支付限额 ${y(s.diseaseLimit)} 元${how.zh},尚余 ${y(s.diseaseLimitRemaining!)} 元`, en: `the patient's ${whose.en ? `${whose.en} ` : ''}chronic limit ${y(s.diseaseLimit)}${how.en}, ${y(s.diseaseLimitRemaining!)} left` });
  }
  if (perDay !== null) {
    const { days, n } = daysWords(m, claim);
    // keyed by the facility (村卫生室) or by the level (一级: 每床日最高支付180元, the days as given)
    const key = dayCapEntry(m, claim)!.key;
    const byLevel = key !== m.ruleFacility(claim);
    const place = byLevel ? (rules.policy.tiers[claim.tier]?.name ?? { zh: claim.tier, en: claim.tier }) : { zh: key, en: key };
    parts.push(
      claim.benefit === 'inpatient'
        ? { zh: `在${place.zh}住院统筹基金每床日最多 ${y(perDay)} 元,${n.zh}最多 ${y(perDay * days)} 元`, en: `for a stay at a ${place.en} the fund pays at most ${y(perDay)} a bed-day: ${n.en}, at most ${y(perDay * days)}` }
        : { zh: `在${place.zh}就诊统筹基金每日最多 ${y(perDay)} 元,${n.zh}最多 ${y(perDay * days)} 元`, en: `at a ${place.en} the fund pays at most ${y(perDay)} a day: ${n.en}, at most ${y(perDay * days)}` },
    );
  }
  if (perVisit !== null) {
    parts.push({ zh: `每次就诊统筹基金最多支付 ${y(perVisit)} 元`, en: `the fund pays at most ${y(perVisit)} a visit` });
  }
  const dg = diseaseGroup(ctx);
  if (dg?.noLimit) parts.push({ zh: `${claim.disease}属${dg.name},不设病种限额`, en: `${claim.disease} is in the group ${dg.name}: no disease limit` });
  const cut = s.fundPays < s.fundBeforeCap ? { zh: `本次只支付 ${y(s.fundPays)} 元(原应付 ${y(s.fundBeforeCap)} 元)`, en: `this claim is limited to ${y(s.fundPays)} (instead of ${y(s.fundBeforeCap)})` } : { zh: '本次未超过限额', en: 'this claim stays within' };
  const text = join([...parts, cut]);
  const cites: (Cited | undefined)[] = byAge ? [byAge.ageCite, byAge.cite] : [rules.cap.provenance.sourced];
  cites.push(rules.version.benefits[claim.benefit]?.[claim.scheme]?.cap_shared);
  if (perVisit !== null) cites.push(m.visitCap!.cite);
  if (dg?.noLimit) cites.push(dg.value.no_limit);
  if (perDay !== null) cites.push(dayCapEntry(m, claim)!.v);
  if (lifted) cites.push(m.filing!.noDayCapCite);
  if (perDay !== null && claim.days === undefined && claim.dischargeDate !== undefined && m.bedDays?.count != null) cites.push(m.bedDays.cite);
  if (m.diseases && group.length) {
    const d = m.diseases.value;
    cites.push(...group.map((x) => x.limit));
    if (group.length === 1 && group[0]!.separate?.value) cites.push(group[0]!.separate);
    const byCount = group.length === 1 && group[0]!.limit ? undefined : countEntry(m.diseases, countedOf(m, claim, group).n);
    if (m.diseases.max && m.diseases.max.max !== null && group.length > m.diseases.max.max) cites.push(m.diseases.max.cite, m.diseases.max.countedCite);
    if (m.diseases.prorate && m.diseases.override === undefined && monthsOf(m.diseases.prorate, claim) < 12) cites.push(m.diseases.prorate.cite, m.diseases.prorate.countsCite);
    if (byCount) cites.push(d.several, byCount.limit);
    else if (group.length > 1 && d.several) cites.push(d.several, d.several.share, d.several.sum_max, d.several.added_max, d.several.step, d.several.step_max, d.several.at_least_highest, d.several.max_times_highest);
  }
  return step('cap', s.capRemaining ?? s.diseaseLimitRemaining ?? s.fundPays, { zh: `${text.zh}。`, en: `${text.en}.` }, rules.policy, cites);
}

/** 年满80周岁 / 未满18周岁: the age rule whose cap applies. */
function ageStepWords(step: AgeCapStep): Text {
  return step.min !== undefined
    ? { zh: `年满${step.min}周岁,年度支付限额按 ${y(step.cap)} 元`, en: `aged ${step.min} or more: the yearly cap is ${y(step.cap)}` }
    : { zh: `未满${step.below}周岁,年度支付限额按 ${y(step.cap)} 元`, en: `under ${step.below}: the yearly cap is ${y(step.cap)}` };
}

function fundStep({ s, rules }: Model2Context): Step {
  const text: Text = s.eligible
    ? { zh: `统筹基金支付 ${y(s.fundPays)} 元。`, en: `The fund pays ${y(s.fundPays)}.` }
    : { zh: '统筹基金不支付。', en: 'The fund pays nothing.' };
  return step('fund', s.fundPays, text, rules.policy, []);
}

function secondLayerStep({ claim, s, rules, m }: Model2Context): Step | undefined {
  const layer = m.layer;
  if (!layer || s.secondLayer === null) return undefined;
  const v = layer.value;
  const name = v.name;
  let text: Text;
  const cites: (Cited | undefined)[] = [v.base, layer.capCite];
  // the claim's group; one an open list (…等) does not name is counted as the file reads it (open_groups: as_group)
  const cg = claimGroupOf(m, claim);
  const groupKey = cg === undefined ? undefined : cg.named ? cg.name : v.open_groups?.value === 'as_group' ? v.open_groups.group : undefined;
  const group = groupKey === undefined ? undefined : v.groups?.[groupKey];
  if (cg && !cg.named && group) cites.push(v.open_groups);
  const gl = groupLayer(layer, group ? groupKey : undefined, rules.rounding);
  if (layer.unknown.size > 0 && s.secondLayerPays === 0) {
    // a value the file leaves unknown could not change this claim: its stand-in is not shown
    text = quietZero(v.base.value, name, claim, s);
  } else if (v.base.value === 'burden') {
    const from = claim.ytdBurden ?? 0;
    const who = group ? { zh: `${groupKey}:`, en: `${groupKey}: ` } : { zh: '', en: '' };
    const capText = gl.cap === null ? { zh: '不设年度最高支付限额', en: 'no yearly cap' } : { zh: `年度最高 ${y(gl.cap)} 元`, en: `yearly cap ${y(gl.cap)}` };
    // one band (a single ratio above the threshold): its share named, not 分段
    const one = gl.bands.length === 1 ? gl.bands[0]!.ratio : undefined;
    // 二档参保人员各段支付比例提高5个百分点 (a group's own segments are as stated)
    const gb = layer.gradeBonus && !group?.segments ? layer.gradeBonus : undefined;
    const raised = gb ? { zh: `${gradeName(rules, claim.grade!)}各段提高 ${pct(gb.bonus).slice(0, -1)} 个百分点,`, en: `${pct(gb.bonus).slice(0, -1)} points more in every band for grade ${claim.grade}, ` } : { zh: '', en: '' };
    const how0 = one === undefined ? { zh: '分段支付', en: 'is paid in bands:' } : { zh: `按 ${pct(one)} 支付`, en: `is paid at ${pct(one)}:` };
    const how = { zh: `${raised.zh}${how0.zh}`, en: `${raised.en}${how0.en}` };
    // 自认定之日起: the group's rules on the burden since that day (burden_before_group: excluded)
    const since = sinceGroup(layer, claim, group ? groupKey : undefined);
    const sinceFrom = claim.ytdBurdenSince ?? 0;
    const counted = since
      ? { zh: `;认定之日(${claim.assistanceSince})起累计 ${y(sinceFrom)} → ${y(sinceFrom + s.burdenAdded)} 元,认定之前的不计入`, en: `; since the group began (${claim.assistanceSince}) ${y(sinceFrom)} → ${y(sinceFrom + s.burdenAdded)}, the burden before it not counted` }
      : { zh: '', en: '' };
    const two = s.secondLayerTwo;
    // with a part two (第十七条（一）（二）): part one's own amount here, the cap said once after both
    const partOne = two ? { zh: '(一)', en: ' (1)' } : { zh: '', en: '' };
    const oneCap = two ? { zh: '', en: '' } : { zh: `(${capText.zh})`, en: ` (${capText.en})` };
    text = {
      zh: `${name.zh}:${partOne.zh}本次计入个人负担 ${burdenAdded(s, 'zh')} 元,本年累计 ${y(from)} → ${yearBurden(s, 'zh')} 元${counted.zh};超过起付标准(${who.zh}${y(gl.threshold)} 元)的部分${how.zh} ${y(two ? two.one : s.secondLayerPays)} 元${oneCap.zh}。`,
      en: `${name.en}:${partOne.en} this claim adds ${burdenAdded(s, 'en')} to the personal burden, the year's total ${y(from)} → ${yearBurden(s, 'en')}${counted.en}; the part above the threshold (${who.en}${y(gl.threshold)}) ${how.en} ${y(two ? two.one : s.secondLayerPays)}${oneCap.en}.`,
    };
    // own first bands and the rest raised (7500元以上至5万元（含）的部分支付65%，其余各段支付比例提高5个百分点): each part shown
    if (group?.segments && group.ratio_plus && !two && s.secondLayerPays > 0) {
      const t = ownAndRestText(gl.bands, group.segments.length, layer.bands, since ? sinceFrom : from, s.burdenAdded, gl.threshold, rules.rounding, s.secondLayerPays);
      text = { zh: `${text.zh.replace(/。$/, '')}(${t.zh})。`, en: `${text.en.replace(/\.$/, '')} (${t.en}).` };
    }
    if (two && layer.partTwo) {
      const t = partTwoText(two, layer.partTwo, s.secondLayerPays, capText, claim.ytdSecond ?? 0);
      text = { zh: text.zh + t.zh, en: text.en + t.en };
      cites.push(v.part_two, v.part_two?.base, layer.partTwo.ratioCite, v.part_two?.counts_in_burden);
    }
    if (since || (group && joinedThisYear(claim))) cites.push(v.burden_before_group);
    cites.push(v.counts?.first_pay, v.counts?.deductible);
    if (!group?.threshold) cites.push(layer.thresholdCite);
    cites.push(...(group?.segments ? group.segments.map((x) => x.ratio) : layer.bandCites), gb?.cite);
    // the general bands the group's rest is raised from (其余各段), where the burden reached above the group's own
    const ownEdge = group?.segments?.at(-1)?.up_to?.value;
    if (group?.segments && group.ratio_plus && ownEdge != null && (since ? sinceFrom : from) + s.burdenAdded > ownEdge * 100) cites.push(...layer.bandCites);
    if (group) cites.push(group, group.threshold, group.threshold_share, group.ratio_plus, group.cap, group.no_cap);
    if (group?.ratio_plus && layer.ceiling?.held) cites.push(v.ratio_ceiling);
    if (s.diseaseLimitRemaining !== null && s.fundBeforeCap > s.fundPays) cites.push(v.counts?.above_limit ?? v.counts?.above_cap);
  } else if (v.base.value === 'above_cap') {
    // what the annual cap cut (not a disease limit's cut)
    const excess = Math.min(s.fundBeforeCap, s.diseaseLimitRemaining ?? s.fundBeforeCap) - s.fundPays;
    const computed = applyRatio(excess, layer.ratio, rules.rounding);
    text =
      layer.ratio === 10000
        ? { zh: `${name.zh}:支付按规定计算应由统筹基金支付但超出年度最高支付限额的 ${y(s.secondLayerPays)} 元。`, en: `${name.en}: pays the ${y(s.secondLayerPays)} the fund would pay above its annual cap.` }
        : {
            zh: `${name.zh}:按规定计算应由统筹基金支付但超出年度最高支付限额的金额按 ${pct(layer.ratio)} 支付:${y(excess)} × ${pct(layer.ratio)} = ${y(computed)} 元${s.secondLayerPays < computed ? `,年度最高支付 ${y(layer.cap)} 元,本次支付 ${y(s.secondLayerPays)} 元` : ''}。`,
            en: `${name.en}: ${pct(layer.ratio)} of what the fund would pay above its annual cap: ${y(excess)} × ${pct(layer.ratio)} = ${y(computed)}${s.secondLayerPays < computed ? `; yearly cap ${y(layer.cap)}: this claim ${y(s.secondLayerPays)}` : ''}.`,
          };
    cites.push(layer.ratioCite);
  } else if (s.withinClaim) {
    // within_claim unpaid_by_ratio: 应付未付 ÷ 本次适用支付比例 = 本次限额以上的费用, then the layer's ratio
    const wc = s.withinClaim;
    const computed = applyRatio(wc.above, layer.ratio, rules.rounding);
    const cut = s.secondLayerPays < computed;
    text = {
      zh: `${name.zh}:本次住院中统筹基金达到年度最高支付限额,按本次支付比例 ${pct(wc.ratio)} 计算的应付未付金额 ${y(wc.unpaid)} 元 ÷ ${pct(wc.ratio)} = ${y(wc.above)} 元(本次限额以上的费用),× ${pct(layer.ratio)} = ${y(computed)} 元${cut ? `,年度最高支付 ${y(layer.cap)} 元,本次支付 ${y(s.secondLayerPays)} 元` : ''}。`,
      en: `${name.en}: the fund's annual cap was reached during this stay; what it left unpaid at the stay's ${pct(wc.ratio)}, ${y(wc.unpaid)} ÷ ${pct(wc.ratio)} = ${y(wc.above)} (the part above the cap), × ${pct(layer.ratio)} = ${y(computed)}${cut ? `; yearly cap ${y(layer.cap)}: this claim ${y(s.secondLayerPays)}` : ''}.`,
    };
    cites.push(v.within_claim, layer.ratioCite);
  } else {
    text = { zh: `${name.zh}:统筹基金达到年度最高支付限额后的费用按 ${pct(layer.ratio)} 支付 ${y(s.secondLayerPays)} 元。`, en: `${name.en}: after the fund's cap is reached, ${pct(layer.ratio)} is paid: ${y(s.secondLayerPays)}.` };
    cites.push(layer.ratioCite);
    if (s.secondLayerPays === 0 && s.fundPays < s.fundBeforeCap) cites.push(v.within_claim);
  }
  // 连续参保…零报销…提高 (cap_incentive): the raise where the cap without it held this claim's payment, with its clauses
  if (s.layerCapRaise && layer.incentive) {
    const t = capRaiseText(s.layerCapRaise, layer.incentive, claim.ytdSecond ?? 0, s.secondLayerPays);
    text = { zh: text.zh + t.zh, en: `${text.en} ${t.en}` };
    const c = layer.incentive.cites;
    cites.push(c.rule, s.layerCapRaise.counted > 0 ? c.afterYears : undefined, s.layerCapRaise.counted > 0 ? c.continuous : undefined, s.layerCapRaise.zero > 0 ? c.zero : undefined, s.layerCapRaise.maxHeld ? c.max : undefined);
  }
  const out = step('second_layer', s.secondLayerPays, text, rules.policy, cites);
  out.title = name;
  return out;
}

/** The cap raised (参保激励): each part, the ceiling where it held, the raised cap and what is left of it this year. */
export function capRaiseText(cr: NonNullable<Settlement['layerCapRaise']>, rule: CapIncentiveRule, ytdSecond: Fen, pays: Fen): Text {
  const parts: Text[] = [];
  if (cr.counted > 0) {
    const each = cr.continuous / cr.counted;
    parts.push({ zh: `连续参保 ${cr.years} 年,满 ${rule.afterYears} 年后 ${cr.counted} 年 × ${y(each)} 元 = ${y(cr.continuous)} 元`, en: `${cr.years} years of continuous insurance, ${cr.counted} after the first ${rule.afterYears} × ${y(each)} = ${y(cr.continuous)}` });
  }
  if (cr.zero > 0) {
    const n = cr.zeroYears ?? 0;
    parts.push({ zh: `基金零报销 ${n} 年 × ${y(cr.zero / n)} 元 = ${y(cr.zero)} 元`, en: `${n} year${n === 1 ? '' : 's'} without reimbursement × ${y(cr.zero / n)} = ${y(cr.zero)}` });
  }
  const sum = cr.continuous + cr.zero;
  const held = cr.maxHeld ? { zh: `,合计 ${y(sum)} 元,累计提高不超过 ${y(cr.max!)} 元`, en: `, together ${y(sum)}, at most ${y(cr.max!)}` } : { zh: '', en: '' };
  const left = Math.max(0, cr.raised - ytdSecond);
  const used = ytdSecond > 0 ? { zh: `,本年已支付 ${y(ytdSecond)} 元,尚余 ${y(left)} 元`, en: `; ${y(ytdSecond)} paid this year, ${y(left)} left` } : { zh: '', en: '' };
  const paid = pays >= left ? { zh: `,本次支付 ${y(pays)} 元`, en: `: this claim ${y(pays)}` } : { zh: '', en: '' };
  return {
    zh: `参保激励:最高支付限额提高 ${y(cr.raise)} 元(${parts.map((x) => x.zh).join(';')}${held.zh}),由 ${y(cr.cap)} 元提高到 ${y(cr.raised)} 元${used.zh}${paid.zh}。`,
    en: `Insurance incentive: the yearly cap is raised by ${y(cr.raise)} (${parts.map((x) => x.en).join('; ')}${held.en}), from ${y(cr.cap)} to ${y(cr.raised)}${used.en}${paid.en}.`,
  };
}

/**
 * A burden layer's part two (岚汐 第十七条（二）（三）): its share of what the annual cap cut, the person's rest and
 * whether it counts in part one's burden; then both parts together within the layer's one yearly cap.
 */
function partTwoText(two: NonNullable<Settlement['secondLayerTwo']>, p: NonNullable<LayerRules['partTwo']>, total: Fen, capText: Text, ytdSecond: Fen): Text {
  const rest = two.base - two.pays;
  const sum = two.one + two.pays;
  const counted = p.restCounts ? { zh: '计入', en: 'counted' } : { zh: '不计入', en: 'not counted' };
  const cut = sum > total ? { zh: `;本年已支付 ${y(ytdSecond)} 元,本次支付 ${y(total)} 元`, en: `; ${y(ytdSecond)} paid this year: this claim ${y(total)}` } : { zh: '', en: '' };
  return {
    zh: `(二)按规定计算应由统筹基金支付但超出年度最高支付限额的 ${y(two.base)} 元按 ${pct(p.ratio)} 支付 ${y(two.pays)} 元,其余 ${y(rest)} 元由个人负担,${counted.zh}(一)的累计。两项合计 ${y(sum)} 元(${capText.zh},两项合并计算${cut.zh})。`,
    en: ` (2) ${pct(p.ratio)} of the ${y(two.base)} the fund would pay above its annual cap: ${y(two.pays)}; the other ${y(rest)} is the person's, ${counted.en} in (1)'s burden. Both parts: ${y(sum)} (${capText.en}, both together${cut.en}).`,
  };
}

/** The layer pays nothing on a claim, said without the values the file leaves unknown (no stand-in shown). */
function quietZero(base: string | null, name: Text, claim: Claim, s: Settlement): Text {
  if (base === 'burden') {
    const from = claim.ytdBurden ?? 0;
    return {
      zh: `${name.zh}:本次计入个人负担 ${burdenAdded(s, 'zh')} 元,本年累计 ${y(from)} → ${yearBurden(s, 'zh')} 元;本次不支付。`,
      en: `${name.en}: this claim adds ${burdenAdded(s, 'en')} to the personal burden, the year's total ${y(from)} → ${yearBurden(s, 'en')}; nothing is paid on this claim.`,
    };
  }
  if (base === 'above_cap') return { zh: `${name.zh}:统筹基金本次没有超出年度最高支付限额的金额,不支付。`, en: `${name.en}: the fund's annual cap cut nothing on this claim, so it pays nothing.` };
  return { zh: `${name.zh}:统筹基金尚未达到年度最高支付限额,本次不支付。`, en: `${name.en}: the fund's annual cap is not reached, so it pays nothing on this claim.` };
}

function assistanceStep({ claim, s, rules, m }: Model2Context): Step | undefined {
  const a = m.assistance;
  if (!a || claim.assistance === undefined) return undefined;
  const name = a.value.name ?? { zh: '医疗救助', en: 'medical assistance' };
  // 目录外 in the base (个人负担医疗费用 without 政策范围内), said where this claim has some
  const oos = a.outOfScope === true && claim.outOfScope > 0;
  const what = oos ? { zh: `个人负担(含目录外费用 ${y(claim.outOfScope)} 元)`, en: `burden (目录外 ${y(claim.outOfScope)} included)` } : { zh: '政策范围内个人负担', en: 'in-scope burden' };
  const own = Object.entries(a.value.groups).find(([n, x]) => n === claim.assistance || x.aliases?.includes(claim.assistance!))?.[1];
  // a group an open list (…等) does not name, read as a listed one (open_groups: as_group)
  const as = own ? undefined : (a.open?.as ?? undefined);
  const g = own ?? (as !== undefined ? a.value.groups[as] : undefined);
  const who = as !== undefined ? `${claim.assistance},按“${as}”` : claim.assistance;
  const whoEn = as !== undefined ? `${claim.assistance}, as ${as}` : claim.assistance;
  // a group assistance does not name (a rule's own group, or one a 等 list leaves): the closed list, quoted
  const text: Text = g
    ? {
        zh: `${name.zh}(${who}):对基本医保和${m.layer ? m.layer.value.name.zh : '大病保险'}支付后${what.zh}的部分救助 ${y(s.assistancePays)} 元。`,
        en: `${name.en} (${whoEn}): ${y(s.assistancePays)} of the ${what.en} left after the fund${m.layer ? ` and ${m.layer.value.name.en}` : ''}.`,
      }
    : a.open?.value.value === null
      ? M2.assistanceOpenSame(claim.assistance.trim(), a.open.value.quote, Object.keys(a.value.groups))
      : M2.notAssisted(claim.assistance.trim(), Object.keys(a.value.groups));
  const up = s.assistanceUplift;
  const u = a.value.uplift;
  const raised = up && u ? upliftWords(up, g?.ratio?.value ?? null, u.ratio_ceiling?.value ?? null) : undefined;
  const fc = s.assistanceFilingCut;
  const cut = fc ? filingCutWords(fc) : undefined;
  const more = [raised, cut].filter((x): x is Text => x !== undefined);
  const said: Text = more.length > 0 ? { zh: `${text.zh.replace(/。$/, '')}${more.map((x) => x.zh).join('')}。`, en: `${text.en.replace(/\.$/, '')} ${more.map((x) => x.en).join(' ')}.` } : text;
  const setOnly = up !== undefined && up.ratioPlus === 0 && up.capPlus === 0;
  const upCites = up && u ? [...up.grounds.flatMap((n) => [u.grounds[n], u.grounds[n]?.min_age, u.grounds[n]?.below_age, u.grounds[n]?.disability, u.grounds[n]?.ratio, u.grounds[n]?.ratio_plus, u.grounds[n]?.cap_plus]), ...(setOnly ? [] : [u.ratio_plus, u.cap_plus, u.ratio_ceiling]), up.grounds.length > 1 ? u.several : undefined] : [];
  const cutCite = fc && fc.kind !== 'local' ? a.value.filing_cut?.[fc.kind] : undefined;
  return step('assistance', s.assistancePays, said, rules.policy, [a.value, own ? undefined : a.open?.value, a.value.base.first_pay, oos ? a.value.base.out_of_scope : undefined, g?.threshold, g?.ratio, g?.cap, g?.no_cap, ...upCites, cutCite]);
}

/** (异地就医未备案:救助比例 90% 降低 10 个百分点为 80%) */
function filingCutWords(fc: NonNullable<Settlement['assistanceFilingCut']>): Text {
  const k = filingKindWords(fc.kind);
  return {
    zh: `(${k.zh}:救助比例 ${fc.from / 100}% 降低 ${fc.points / 100} 个百分点为 ${fc.ratio / 100}%)`,
    en: `(${k.en}: the assistance ratio of ${fc.from / 100}% lowered ${fc.points / 100} points to ${fc.ratio / 100}%)`,
  };
}

/**
 * A group's own first bands and the general ones above them raised (其余各段支付比例提高5个百分点): each
 * part the burden reached, `own` the number of the group's own bands; a raised part says its general
 * ratio and the points (the ceiling where it held). The cap, where it cut the sum, is said.
 */
function ownAndRestText(bands: readonly Band[], own: number, general: readonly Band[], from: number, added: number, threshold: number, r: Rounding, paid: number): Text {
  const parts = burdenParts(from, from + added, threshold, bands, r);
  const line = (p: (typeof parts)[number]) => {
    const span = { zh: `${y(p.from)} 至 ${y(p.to)} 元`, en: `${y(p.from)} to ${y(p.to)}` };
    if (p.index < own) return { zh: `${span.zh}:${y(p.base)} × ${pct(p.ratio)} = ${y(p.pays)}`, en: `${span.en}: ${y(p.base)} × ${pct(p.ratio)} = ${y(p.pays)}` };
    const g = general.find((b) => b.upTo === bands[p.index]!.upTo);
    const how = g ? { zh: `(一般标准 ${pct(g.ratio)} 提高${p.ratio - g.ratio > 0 ? ` ${(p.ratio - g.ratio) / 100} 个百分点` : ''})`, en: ` (the general ${pct(g.ratio)} raised)` } : { zh: '', en: '' };
    return { zh: `${span.zh}${how.zh}:${y(p.base)} × ${pct(p.ratio)} = ${y(p.pays)}`, en: `${span.en}${how.en}: ${y(p.base)} × ${pct(p.ratio)} = ${y(p.pays)}` };
  };
  const lines = parts.map(line);
  const sum = parts.reduce((a, p) => a + p.pays, 0);
  const cut = sum > paid ? { zh: `;受年度最高支付限额限制,支付 ${y(paid)} 元`, en: `; the yearly cap leaves ${y(paid)}` } : { zh: '', en: '' };
  return { zh: `${lines.map((l) => l.zh).join(';')}${cut.zh}`, en: `${lines.map((l) => l.en).join('; ')}${cut.en}` };
}

/** 未成年人:救助比例 60% 提高 10 个百分点为 70%,年度救助限额提高 20000.00 元 (the ceiling said where it held the ratio); 年满70周岁:救助比例 70% 按规定为 80%. */
function upliftWords(up: NonNullable<Settlement['assistanceUplift']>, stated: number | null, ceiling: number | null): Text {
  const who = up.grounds.join('、');
  const from = stated === null ? '' : `${Math.round(stated * 10000) / 100}%`;
  const held = ceiling !== null && stated !== null && up.ratio < Math.round(stated * 10000) + up.ratioPlus;
  // a ratio set by the ground (救助比例为80%): said as set, the points (if any) after it
  const to = up.ratioTo;
  const set = to !== undefined ? { zh: `救助比例${from ? ` ${from}` : ''}按规定为 ${to / 100}%`, en: `the ratio${from ? ` of ${from}` : ''} set at ${to / 100}%` } : undefined;
  const start = to !== undefined ? Math.max(to, stated === null ? 0 : Math.round(stated * 10000)) : stated === null ? null : Math.round(stated * 10000);
  const heldSet = ceiling !== null && start !== null && up.ratio < start + up.ratioPlus;
  const ratio =
    up.ratioPlus > 0
      ? to !== undefined
        ? { zh: `${set!.zh},再提高 ${up.ratioPlus / 100} 个百分点为 ${up.ratio / 100}%${heldSet ? '(最高不超过规定上限)' : ''}`, en: `${set!.en}, raised ${up.ratioPlus / 100} points to ${up.ratio / 100}%${heldSet ? ' (held at the ceiling)' : ''}` }
        : { zh: `救助比例${from ? ` ${from}` : ''}提高 ${up.ratioPlus / 100} 个百分点为 ${up.ratio / 100}%${held ? '(最高不超过规定上限)' : ''}`, en: `the ratio${from ? ` of ${from}` : ''} raised ${up.ratioPlus / 100} points to ${up.ratio / 100}%${held ? ' (held at the ceiling)' : ''}` }
      : set;
  const cap = up.capPlus > 0 ? { zh: `年度救助限额提高 ${y(up.capPlus)} 元`, en: `the yearly cap raised by ${y(up.capPlus)}` } : undefined;
  const parts = [ratio, cap].filter((x): x is Text => x !== undefined);
  return { zh: `(${who}:${parts.map((p) => p.zh).join(',')})`, en: `(${who}: ${parts.map((p) => p.en).join(', ')})` };
}

function accountStep({ claim, s, rules, m }: Model2Context): Step | undefined {
  if (claim.account === 0) return undefined;
  const scope = m.accounts.ownAll ? { zh: '含目录外费用', en: 'out-of-scope costs included' } : { zh: '政策范围内', en: 'in scope' };
  const text: Text = { zh: `个人账户余额 ${y(claim.account)} 元,支付个人负担(${scope.zh})${y(s.accountPays)} 元。`, en: `The personal account (balance ${y(claim.account)}) pays ${y(s.accountPays)} of the patient's share (${scope.en}).` };
  return step('account', s.accountPays, text, rules.policy, [m.accounts.cite, rules.version.family?.order]);
}

function familyStep({ claim, s, rules, m }: Model2Context): Step | undefined {
  if (claim.family === 0 || !claim.relation) return undefined;
  const scope = m.accounts.familyAll ? { zh: '含目录外费用', en: 'out-of-scope costs included' } : { zh: '政策范围内', en: 'in scope' };
  const fc = m.familyCap;
  const left = s.familyCapLeft;
  const capWords: Text =
    fc && left !== undefined && fc.cap !== null && fc.cite.per.value === null
      ? bothCounts(fc.cap, claim)
      : fc && left !== undefined && fc.cap !== null
      ? fc.per === 'holder'
        ? { zh: `;家庭共济每年累计不超过 ${y(fc.cap)} 元(按账户持有人计),本年该账户已共济支付 ${y(claim.ytdFamilyPaid ?? 0)} 元,尚余 ${y(left)} 元`, en: `; 共济 is capped at ${y(fc.cap)} a year (the holder's account), ${y(claim.ytdFamilyPaid ?? 0)} paid this year, ${y(left)} left` }
        : { zh: `;家庭共济每年累计不超过 ${y(fc.cap)} 元(按被共济人计),本年本人已获共济支付 ${y(claim.ytdFamilyReceived ?? 0)} 元,尚余 ${y(left)} 元`, en: `; 共济 is capped at ${y(fc.cap)} a year (each relative), ${y(claim.ytdFamilyReceived ?? 0)} received this year, ${y(left)} left` }
      : { zh: '', en: '' };
  const text: Text = s.familyRefusedReason ?? {
    zh: `家庭共济(患者为账户持有人的${RELATION_NAMES[claim.relation].zh}):余额 ${y(claim.family)} 元${capWords.zh},支付(${scope.zh})${y(s.familyPays)} 元。`,
    en: `Family mutual aid (the patient is the holder's ${RELATION_NAMES[claim.relation].en}): balance ${y(claim.family)}${capWords.en}, pays ${y(s.familyPays)} (${scope.en}).`,
  };
  const cites = [rules.version.family?.relations, m.accounts.familyCite];
  if (fc && left !== undefined) cites.push(fc.cite, fc.perCite);
  return step('family', s.familyPays, text, rules.policy, cites);
}

/**
 * family_year_cap whose year the text does not say (per unknown), on a claim both counts settle alike
 * (else it is exit 3): each count's rest, never one of them as if stated.
 */
function bothCounts(cap: Fen, claim: Claim): Text {
  const [paid, received] = [claim.ytdFamilyPaid ?? 0, claim.ytdFamilyReceived ?? 0];
  const [byHolder, byRelative] = [familyYearLeft(cap, paid), familyYearLeft(cap, received)];
  return {
    zh: `;家庭共济每年累计不超过 ${y(cap)} 元(原文未说明按账户持有人还是按被共济人累计,两种算法本次结果相同:按账户持有人计本年已共济支付 ${y(paid)} 元、尚余 ${y(byHolder)} 元,按被共济人计本年已获 ${y(received)} 元、尚余 ${y(byRelative)} 元)`,
    en: `; 共济 is capped at ${y(cap)} a year (the text does not say whether the holder's year or each relative's counts; both give this claim the same numbers: the holder's account paid ${y(paid)}, ${y(byHolder)} left; the patient received ${y(received)}, ${y(byRelative)} left)`,
  };
}

function cashStep({ s, rules }: Model2Context): Step {
  const layers = [s.fundPays, s.secondLayerPays, s.assistancePays, s.accountPays, s.familyPays].map(y).join(' − ');
  const text: Text = {
    zh: `现金支付 ${y(s.amount)} − ${layers} = ${y(s.cashDue)} 元${s.outOfScope > 0 ? `(含目录外费用 ${y(s.outOfScope)} 元)` : ''}。`,
    en: `Cash due ${y(s.amount)} − ${layers} = ${y(s.cashDue)}${s.outOfScope > 0 ? ` (out-of-scope ${y(s.outOfScope)} included)` : ''}.`,
  };
  void bare;
  return step('cash', s.cashDue, text, rules.policy, []);
}

export const model2Steps = { firstPayStep, firstShareStep, deductibleStep, ratioStep, capStep, fundStep, secondLayerStep, assistanceStep, accountStep, familyStep, cashStep };

/** A filing's multiple in words; `order`: the claim has an uplift and the file states which ratio the multiple is of. */
function timesWords(rt: RatioTimes, order: boolean): Text {
  const of = !order ? { zh: '', en: '' } : rt.of === 'uplifted' ? { zh: '(按提高后的比例)', en: ' (of the raised ratio)' } : { zh: '(先乘,再加提高)', en: ' (of the stated ratio, uplifts added after)' };
  return { zh: `异地就医为本市同级比例的 ${pct(rt.times)}${of.zh}`, en: `out of area ${pct(rt.times)} of the local ratio${of.en}` };
}
