// `policy show`: the structures of policy model 2 (docs/policy-format-v2.md) in plain words, each
// with its quote, its reading where it is one, and what the rulebook leaves unknown (collected for
// the closing list): facilities and grades; per scheme the admission schedule, the retirees'
// deductible share, bands and their base, the age uplifts, a facility's points, filing, a shared cap; per benefit the
// disease limits; per version 乙类先行自付, the second layer (大病 / 大额), 医疗救助, what the
// accounts may pay and a status change within the year.
import type { BenefitValue, Policy, PolicyVersion, SchemeRulesValue, SourcedValue } from '../../policy/schema.js';
import type { AdmissionStepValue, StatusScheduleValue, AgeBonusValue, AgeCapValue, AssistanceUpliftValue, AssistanceValue, BandsValue, DeductibleScheduleValue, DiseaseGroupValue, OpenGroupsValue, DiseaseLimitValue, SecondLayerValue, SeveralRuleValue, UpliftCeilingValue, FilingRuleValue } from '../../policy/schema-v2.js';
import { evidence, paramLines, sourcedLine, type ShowContext } from './show-values.js';
import { BENEFIT_WORDS, KEY_WORDS, SCHEME_WORDS, points, word, yuan } from './words.js';
import { SCHEME_NAMES as SCHEME_LONG } from '../../engine/messages.js';
import { ageBonusesOf, benefitNames, firstPaySharesOf, isLimitKeyed, isSeveralKeyed, isSourced, sharesOf, type FirstPayKeyed, type SchemeKeyed } from '../../policy/sourced.js';
import { isByWhere, WHERE_KEYS } from '../../policy/filing-sides.js';
import { statusChangeKeyed } from '../../engine/status-change.js';
import { filingKindWords, model2Messages } from '../../engine/messages2.js';
const statusChangeKeySilent = model2Messages.statusChangeKeySilent;

type Text = { zh: string; en: string };
type Choice = { value: unknown; source?: string | undefined; quote?: string | undefined; reading?: Text | undefined; note?: Text | undefined };

const say = (ctx: ShowContext, zh: string, en: string) => (ctx.lang === 'zh' ? zh : en);
const colon = (ctx: ShowContext) => say(ctx, ':', ': ');
/** "(又称 慢阻肺)" / " (also 慢阻肺)": the other names, never the one already shown. */
const alsoCalled = (ctx: ShowContext, name: string, aliases: readonly string[] | undefined) => {
  const others = (aliases ?? []).filter((a) => a !== name);
  return others.length ? say(ctx, `(又称 ${others.join('、')})`, ` (also ${others.join(', ')})`) : '';
};
const benefitList = (ctx: ShowContext, list: readonly string[]) => list.map((b) => word(BENEFIT_WORDS, b, ctx.lang)).join(say(ctx, '、', ', '));

/** A rule that is a word (or yes/no): its meaning in plain words, or unknown (collected). */
function choiceLine(ctx: ShowContext, pad: string, label: string, c: Choice, meaning: (value: string) => string, where: string): void {
  if (c.value === null || c.value === undefined) {
    ctx.lines.push(`${pad}${label}${colon(ctx)}${say(ctx, '未知', 'unknown')}${c.note ? ` (${c.note[ctx.lang]})` : ''}`);
    ctx.unknowns.push({ where: `${where} · ${label}`, note: c.note?.[ctx.lang] ?? '' });
  } else {
    const mark = c.reading ? say(ctx, ' [解读]', ' [reading]') : '';
    ctx.lines.push(`${pad}${label}${colon(ctx)}${ctx.strong(meaning(String(c.value)))}${mark}`);
  }
  evidence(ctx, `${pad}  `, c.value === null ? { ...c, note: undefined } : c, `${where} · ${label}`);
}

/** bed_days: how a stay's bed-days are counted from its two dates where --days is not given (left out: unknown). */
function bedDaysLine(ctx: ShowContext, pad: string, rules: SchemeRulesValue, where: string): void {
  const label = say(ctx, '床日数(未给 --days 时由入院、出院日期计算)', 'bed-days (from the admission and discharge dates, without --days)');
  const words = (v: string) =>
    v === 'both_ends'
      ? say(ctx, '入院、出院当日都计(7月14日入院、24日出院为11天)', 'both the admission and the discharge day counted (14 to 24 July: 11)')
      : say(ctx, '出院日期减入院日期(7月14日入院、24日出院为10天)', 'the discharge date minus the admission date (14 to 24 July: 10)');
  const v = rules.bed_days;
  if (v) {
    choiceLine(ctx, pad, label, v, words, where);
    if (v.inferred) ctx.lines.push(`${pad}  ${say(ctx, '[推定] 由原文推算,在结果不同的案例上说明', '[inferred] worked out from the text, said on the claims it changes')}`);
  } else {
    ctx.lines.push(`${pad}${label}${colon(ctx)}${say(ctx, '未知(两种算法都计算,结果不同时无法计算;--days 给出床日数即可)', 'unknown (both counts are tried; where they differ the claim is unanswerable; --days answers it)')}`);
    ctx.unknowns.push({ where: `${where} · ${label}`, note: '' });
  }
}

const yesNo = (ctx: ShowContext) => (v: string) => (v === 'true' ? say(ctx, '计入', 'counted') : say(ctx, '不计入', 'not counted'));

/** 社区卫生服务中心 → 一级; a facility whose level the text does not state is unknown. */
export function facilitiesLines(ctx: ShowContext, policy: Policy): void {
  const facilities = Object.entries(policy.facilities ?? {});
  if (facilities.length) {
    ctx.lines.push('', ctx.strong(say(ctx, '医疗机构名称(--tier 可直接写这些名称)', 'Facility names (--tier takes them)')));
    for (const [name, f] of facilities) {
      const also = alsoCalled(ctx, name, f.aliases);
      const where = say(ctx, `医疗机构 · ${name}`, `facility · ${name}`);
      if (f.counts_as === null) {
        ctx.lines.push(`  ${name}${also}${colon(ctx)}${say(ctx, '级别未知:请用 --tier 1/2/3 给出实际级别', 'level unknown: give the level with --tier 1/2/3')}`);
        ctx.unknowns.push({ where, note: f.note?.[ctx.lang] ?? '' });
      } else {
        const only = f.benefits ? say(ctx, `(仅${benefitList(ctx, f.benefits)})`, ` (for ${benefitList(ctx, f.benefits)} only)`) : '';
        const level =
          f.counts_as === 'rated'
            ? say(ctx, `按其评定级别执行(--tier 写明级别,如 二级${name})`, `its rated level applies (give the level in --tier, e.g. 二级${name})`)
            : `${say(ctx, '按', 'counts as ')}${ctx.strong(word(KEY_WORDS, f.counts_as, ctx.lang))}${say(ctx, '医疗机构待遇', '')}`;
        ctx.lines.push(`  ${name}${also}${colon(ctx)}${level}${only}`);
      }
      if (f.levels) {
        const lv = f.levels.value;
        if (lv === null) {
          ctx.lines.push(`    ${say(ctx, '其规定适用于哪些级别:未知(该机构的案例无法计算,除非用 --set 给出)', 'The levels its rules hold at: unknown (a claim there cannot be computed unless given with --set)')}`);
          ctx.unknowns.push({ where: `${where} · levels`, note: f.levels.note?.[ctx.lang] ?? '' });
        } else {
          const zh = lv.map((t) => word(KEY_WORDS, t, 'zh')).join('、');
          const en = lv.map((t) => word(KEY_WORDS, t, 'en')).join(', ');
          ctx.lines.push(`    ${say(ctx, `其规定(facility_bonus、facility_cut、facility_deductible、facility_day_cap)只适用于${zh}${name};其他级别按该级别的一般规定`, `Its rules (facility_bonus, facility_cut, facility_deductible, facility_day_cap) hold at ${en} only; at another level the general rule of that level applies`)}`);
          evidence(ctx, '      ', f.levels, `${where} · levels`);
        }
      }
      if (f.kinds) ctx.lines.push(`    ${say(ctx, `同属${f.kinds.join('、')}:起付线和比例按各类的规定(facility_deductible、facility_bonus、facility_cut)`, `of the kinds ${f.kinds.join(', ')}: the deductible and ratio follow each kind's rules (facility_deductible, facility_bonus, facility_cut)`)}`);
      if (f.own_standard) ctx.lines.push(`    ${say(ctx, `原文单列其标准:参数可按“${name}”分列,没有单列的按上述级别`, `The text gives it a standard of its own: parameters may be keyed "${name}"; where one is not, the level above applies`)}`);
      if (f.refused) ctx.lines.push(`    ${say(ctx, '统筹基金不予支付:', 'The fund does not pay: ')}${ctx.strong(benefitList(ctx, f.refused))}`);
      const silent = f.benefits ? (['outpatient', 'inpatient', 'chronic'] as const).filter((b) => !f.benefits!.includes(b) && !f.refused?.includes(b)) : [];
      if (silent.length && f.counts_as !== null) {
        ctx.lines.push(`    ${say(ctx, '原文未说明(此类案例无法计算,请用 --tier 给出级别):', 'Not stated (such a claim is unanswerable: give --tier): ')}${benefitList(ctx, silent)}`);
        ctx.unknowns.push({ where: `${where} · ${benefitList(ctx, silent)}`, note: '' });
      }
      evidence(ctx, '    ', f.counts_as === null ? { ...f, note: undefined } : f, where);
    }
  }
  const grades = Object.entries(policy.grades ?? {});
  if (grades.length) {
    ctx.lines.push('', ctx.strong(say(ctx, '居民缴费档次(--grade)', 'Resident contribution grades (--grade)')));
    for (const [key, g] of grades) {
      if (!g) continue;
      const also = alsoCalled(ctx, g.name[ctx.lang], g.aliases);
      ctx.lines.push(`  ${key}: ${g.name[ctx.lang]}${also}${say(ctx, `;居民参数可按 grade_${key} 分列`, `; resident parameters may be keyed grade_${key}`)}`);
    }
  }
}

/** The model-2 rules of one scheme of one benefit. */
export function schemeV2Lines(ctx: ShowContext, rules: SchemeRulesValue, where: string, set: string): void {
  const pad = '    ';
  if (rules.deductible_schedule) scheduleLines(ctx, pad, rules.deductible_schedule, where);
  if (rules.deductible_floor) {
    const label = say(ctx, '按比例计算后的起付线最低', 'the reduced deductible at least');
    sourcedLine(ctx, `${pad}  `, label, rules.deductible_floor, 'money', `${where} · ${label}`);
  }
  if (rules.deductible_partly_met) {
    const label = say(ctx, '此前只付了部分起付线时', 'a deductible met only in part before');
    choiceLine(ctx, pad, label, rules.deductible_partly_met, () => say(ctx, '本次收取本级标准减去本年已付的部分', "this stay pays its standard less what the year has met"), where);
  }
  if (rules.retiree_deductible_share) {
    const label = say(ctx, '退休人员起付线(在职标准的比例)', "retirees' deductible (share of the active one)");
    sourcedLine(ctx, pad, label, rules.retiree_deductible_share, 'ratio', `${where} · ${label}`);
  }
  const groups = Object.entries(rules.group_deductible_share ?? {});
  if (groups.length) {
    ctx.lines.push(`${pad}${say(ctx, '医疗救助对象的起付线(按起付线的比例,--assistance):', 'Deductible of assistance groups (share of the deductible, --assistance):')}`);
    for (const [name, v] of groups) sourcedLine(ctx, `${pad}  `, name, v, 'ratio', `${where} · ${name} · ${say(ctx, '起付线', 'deductible')}`);
    if (rules.open_groups) openGroupsLine(ctx, `${pad}  `, rules.open_groups, `${where} · ${say(ctx, '起付线', 'deductible')}`);
  }
  // 新生儿在出生后90日内参加居民医保的，自出生之日起享受待遇
  if (rules.newborn_enrolment) {
    const e = rules.newborn_enrolment;
    const at = `${where} · ${say(ctx, '新生儿参保', "newborn's enrolment")}`;
    ctx.lines.push(`${pad}${say(ctx, '新生儿在出生后规定日数内参保(--enrolled 参保登记日期,--birth-date)的自出生之日起享受待遇;超过的,参保登记之日前的费用统筹基金不支付:', 'A newborn enrolled (--enrolled, --birth-date) within so many days of birth is covered from birth; one enrolled later is not covered for care before the enrolment:')}`);
    evidence(ctx, `${pad}  `, e, at);
    sourcedLine(ctx, `${pad}  `, say(ctx, '出生后多少日内参保', 'days after birth'), e.days, 'count', at);
    const words = (v: string) => (v === 'day_after_birth' ? say(ctx, '从出生次日起算第1日', 'the day after birth is day 1') : say(ctx, '从出生当日起算第1日', 'the birth day is day 1'));
    choiceLine(ctx, `${pad}  `, say(ctx, '日数怎么数', 'how the days are counted'), e.day_one ?? { value: null, note: { zh: '原文没有说明(未写 day_one)', en: 'not stated (no day_one)' } }, words, at);
  }
  if (rules.newborn_deductible_share) {
    const label = say(ctx, '出生当年的新生儿起付线(按起付线的比例,--birth-date;未给出生日期按不是新生儿算)', "a newborn's deductible in the birth year (share of the deductible, --birth-date; none given: not a newborn)");
    sourcedLine(ctx, pad, label, rules.newborn_deductible_share, 'ratio', `${where} · ${say(ctx, '新生儿起付线', "newborn's deductible")}`);
    // 出生后首次住院 / 出生当年每次住院
    const scope = rules.newborn_deductible_scope;
    if (scope) {
      const words = (v: string) => (v === 'first_stay' ? say(ctx, '只有出生后首次住院(本年第 1 次住院,--admission;未给出按首次算)', 'the first stay after birth only (admission 1 of the year, --admission; not given: the first)') : say(ctx, '出生当年每次住院', 'every stay of the birth year'));
      choiceLine(ctx, `${pad}  `, say(ctx, '适用于哪几次住院', 'which stays'), scope, words, `${where} · ${say(ctx, '新生儿起付线', "newborn's deductible")}`);
    }
  }
  if (rules.readmission) {
    const r = rules.readmission;
    const at = `${where} · ${say(ctx, '再次入院', 'readmission')}`;
    ctx.lines.push(`${pad}${say(ctx, '出院后若干日内再次入院视同一次住院(--previous-discharge 上次出院日期;批量按同一人上一次住院的出院日期):', 'A readmission within so many days counts as the same stay (--previous-discharge; batch: the person’s previous stay’s discharge date):')}`);
    evidence(ctx, `${pad}  `, r, at);
    sourcedLine(ctx, `${pad}  `, say(ctx, '出院后天数(从出院当日数到本次入院日)', 'days after the discharge (discharge day to this admission)'), r.days, 'count', at);
    choiceLine(ctx, `${pad}  `, say(ctx, '正好第 N 天再次入院', 'a readmission on day N exactly'), r.last_day, (v) => (v === 'within' ? say(ctx, '算在 N 日内', 'within') : say(ctx, '不算(不足 N 天才算)', 'outside (fewer than N days only)')), at);
    const yes = (v: string) => (v === 'true' ? say(ctx, '是', 'yes') : say(ctx, '否', 'no'));
    choiceLine(ctx, `${pad}  `, say(ctx, '不再收取起付线', 'no deductible'), r.no_deductible, yes, at);
    choiceLine(ctx, `${pad}  `, say(ctx, '不算新的一次住院(本年住院次数不增加)', 'not a new admission of the year'), r.same_admission, yes, at);
    if (r.same_disease) choiceLine(ctx, `${pad}  `, say(ctx, '须因同一疾病(工具按同一疾病计算并注明)', 'for the same disease only (taken as such, and said)'), r.same_disease, yes, at);
    if (r.same_facility) choiceLine(ctx, `${pad}  `, say(ctx, '须在同一定点医疗机构(--previous-same-facility yes|no;批量“是否同一医院”列;未说明时两种都算,结果不同退出码 3)', 'at the same facility only (--previous-same-facility yes|no; not said: both tried, exit 3 where they differ)'), r.same_facility, yes, at);
  }
  // 医联体内上转的…按两级医疗机构起付标准的差额收取；下转的，不再收取起付标准
  if (rules.referral_deductible) {
    const r = rules.referral_deductible;
    const at = `${where} · ${say(ctx, '医联体内转诊', 'referral within the medical alliance')}`;
    ctx.lines.push(`${pad}${say(ctx, '本市医联体内转诊住院的起付线(--referred-from 转出医院级别;批量“转出医院级别”列):', 'A stay referred within the city’s medical alliance (--referred-from the referring level; batch referred_from):')}`);
    evidence(ctx, `${pad}  `, r, at);
    const way = (v: string) => (v === 'difference' ? say(ctx, '按两级医疗机构起付标准的差额收取', 'the difference of the two levels’ deductibles') : v === 'none' ? say(ctx, '不收起付线', 'no deductible') : say(ctx, '按本级起付标准全额收取', 'this level’s deductible in full'));
    for (const [d, label] of [['up', say(ctx, '上转(转到更高级别)', 'referred up (to a higher level)')], ['down', say(ctx, '下转(转到更低级别)', 'referred down (to a lower level)')]] as const) {
      const w = r[d];
      if (w) choiceLine(ctx, `${pad}  `, label, w, way, at);
      else ctx.lines.push(`${pad}  ${label}${say(ctx, ':原文没有规定(按一般规定收取)', ': not ruled (the deductible as usual)')}`);
    }
    if (r.basic) {
      ctx.lines.push(`${pad}  ${say(ctx, `只限由基层医疗卫生机构(${r.basic.value.map((l) => `${'一二三'[Number(l) - 1]}级`).join('、')})上转、下转至基层`, `only up from, or down to, primary care (level ${r.basic.value.join(', ')})`)}`);
      evidence(ctx, `${pad}    `, r.basic, at);
    }
    ctx.lines.push(`${pad}  ${say(ctx, '同级之间转诊、级别未说明的机构转来:按一般规定收取,并注明', 'between equal levels, or from a facility of unstated level: the deductible as usual, said')}`);
  }
  if (rules.bands) bandsLines(ctx, pad, rules.bands, where, `${set}.ratio`);
  for (const { rule: a, path } of ageBonusesOf(rules.age_bonus, '')) {
    const band = ageBandLabel(ctx, a);
    ctx.lines.push(`${pad}${say(ctx, `按年龄提高比例(${band}):`, `Uplift by age (${band}):`)}`);
    const at = `${where} · ${say(ctx, '年龄提高', 'age uplift')}${path.slice('.age_bonus'.length)}`;
    if (a.min_age) sourcedLine(ctx, `${pad}  `, say(ctx, '起始年龄(年满,周岁)', 'from age'), a.min_age, 'count', `${at} · min_age`);
    if (a.below_age) sourcedLine(ctx, `${pad}  `, say(ctx, '未满(周岁,该年龄起不再提高)', 'below age (no uplift from this age)'), a.below_age, 'count', `${at} · below_age`);
    sourcedLine(ctx, `${pad}  `, say(ctx, '每段比例提高', 'added to every ratio'), a.value, 'points', at);
    if (a.statuses) ctx.lines.push(`${pad}  ${say(ctx, '仅适用于:', 'applies only to: ')}${a.statuses.map((s) => (s === 'retired' ? say(ctx, '退休人员', 'retired') : say(ctx, '在职人员', 'active'))).join(say(ctx, '、', ', '))}`);
    choiceLine(ctx, `${pad}  `, say(ctx, '年龄按哪天计', 'age taken on'), a.age_on, (v) => (v === 'admission' ? say(ctx, '入院当天', 'the day of admission') : say(ctx, '出院当天', 'the day of discharge')), at);
  }
  for (const [key, label, words] of [
    ['facility_bonus', say(ctx, '在下列机构住院(就诊),比例提高(每段;按其评定级别的标准):', 'At these facilities the ratio is raised (every band; on the standard of its rated level):'), say(ctx, '提高', 'raised by')],
    ['facility_cut', say(ctx, '在下列机构住院(就诊),比例降低(每段,在各项提高之后):', 'At these facilities the ratio is lowered (every band, after the uplifts):'), say(ctx, '降低', 'lowered by')],
    ['group_bonus', say(ctx, '下列救助对象比例提高(每段,--assistance;异地就医降低在提高和上限之后):', 'For these assistance groups the ratio is raised (every band, --assistance; a filing cut after the uplift and its ceiling):'), say(ctx, '提高', 'raised by')],
  ] as const) {
    const entries = Object.entries(rules[key] ?? {});
    if (entries.length === 0) continue;
    ctx.lines.push(`${pad}${label}`);
    for (const [name, v] of entries) sourcedLine(ctx, `${pad}  `, `${name}${say(ctx, '', ': ')}${words}`, v, 'points', `${where} · ${name} · ${key}`);
  }
  for (const [key, g] of Object.entries(rules.grade_bonus ?? {})) {
    if (!g) continue;
    const grade = word(KEY_WORDS, key, ctx.lang);
    const label = say(ctx, `${grade}各级比例提高(每段)`, `${grade}: added to every ratio and band`);
    sourcedLine(ctx, pad, label, g, 'points', `${where} · ${label}`);
  }
  if (rules.uplift_ceiling) {
    const c = rules.uplift_ceiling;
    // several ceilings (岚汐 age ≤ 90%, 中医医院 ≤ 95%): each with its uplifts, then their order
    if (Array.isArray(c)) c.forEach((e, i) => ceilingLines(ctx, pad, e, `${where} · ${say(ctx, `提高后上限 ${i + 1}`, `uplift ceiling ${i + 1}`)}`));
    else ceilingLines(ctx, pad, c, where);
    if (rules.uplift_order || Array.isArray(c)) {
      const o = rules.uplift_order;
      const v = o?.value;
      const label = say(ctx, '几项提高的先后(每项提高后即受其上限约束)', 'The order of the uplifts (each held to its ceiling as it is added)');
      const words = (x: string) => x.split(',').map((k) => UPLIFT_ORDER_WORDS[k as keyof typeof UPLIFT_ORDER_WORDS][ctx.lang]).join(say(ctx, ' → ', ' → '));
      choiceLine(ctx, `${pad}  `, label, { ...(o ?? { note: { zh: '原文未说明(未写 uplift_order):有两项提高的案例各种先后都算,结果不同时给出“未知”', en: 'not stated (no uplift_order): a claim with two uplifts is settled in each order, unknown where they differ' } }), value: v == null ? null : v.join(',') }, words, where);
    }
  }
  if (rules.filing) filingLines(ctx, pad, rules.filing, where);
  if (rules.facility_deductible) facilityDeductibleLines(ctx, pad, rules, where);
  if (rules.facility_day_cap) {
    // bed-days are counted from a stay's two dates only: an outpatient or chronic cap a day is one day unless --days says more
    const stay = set.startsWith('inpatient.');
    const head = stay
      ? say(ctx, '在下列机构就诊,统筹基金每日支付限额(--days 给出天数;住院未给时按入院、出院日期计床日,都没有按 1 天计):', 'A fund cap a day at these facilities (--days gives the days; a stay without it counts bed-days from its two dates; neither: one day):')
      : say(ctx, '在下列机构就诊,统筹基金每日支付限额(--days 给出天数,未给时按 1 天计):', 'A fund cap a day at these facilities (--days gives the days; without it: one day):');
    ctx.lines.push(`${pad}${head}`);
    for (const [name, v] of Object.entries(rules.facility_day_cap)) {
      // keyed by a level: every facility counted at it (社区卫生服务中心 as 一级); a facility's own entry wins
      const level = name === '1' || name === '2' || name === '3' ? word(KEY_WORDS, name, ctx.lang) : undefined;
      const label = level === undefined ? say(ctx, `${name}每日最多`, `${name}: a day at most`) : say(ctx, `${level}医疗机构(含按${level}计的机构)每日(床日)最多`, `${level} (and facilities counted as it): a day (bed-day) at most`);
      sourcedLine(ctx, `${pad}  `, label, v, 'money', `${where} · ${level ?? name}`);
    }
    if (stay) bedDaysLine(ctx, `${pad}  `, rules, where);
  }
  if (rules.deductible_year_cap) {
    const label = say(ctx, '本年各次住院累计收取的起付线最多(超过剩余额度的按剩余额度收取,--ytd-deductible 给出此前已收)', "deductibles for stays add up to at most (a stay is charged what is left; --ytd-deductible gives what earlier stays were charged)");
    const yc = rules.deductible_year_cap;
    // by status (在职人员…1500元，退休人员…1000元): a line for each
    if ('active' in yc) paramLines(ctx, pad, label, yc, 'money', `${where} · ${say(ctx, '起付线年度累计上限', 'yearly total of deductibles')}`, `${set}.deductible_year_cap`);
    else sourcedLine(ctx, pad, label, yc, 'money', `${where} · ${say(ctx, '起付线年度累计上限', 'yearly total of deductibles')}`);
    const c = rules.deductible_year_cap_crossing;
    if (c) {
      const words = (v: string) => (v === 'full' ? say(ctx, '全额收取,之后不再收取', 'in full, none after it') : say(ctx, '按剩余额度收取', 'what is left'));
      choiceLine(ctx, `${pad}  `, say(ctx, '跨过累计上限的那次住院', 'the stay that crosses it'), c, words, where);
      if (c.value === null) ctx.lines.push(`${pad}    ${say(ctx, '(跨过上限的住院两种都计算,结果不同时退出码 3;--set …deductible_year_cap_crossing=rest|full 选定)', '(a stay that crosses it is settled both ways; where they differ, exit 3; --set …deductible_year_cap_crossing=rest|full picks one)')}`);
    }
  }
  if (rules.unreferred_cut) unreferredLines(ctx, pad, rules.unreferred_cut, where, set);
  // 因急诊在三级医疗机构就诊的，按二级医疗机构比例支付
  for (const [level, v] of Object.entries(rules.emergency_ratio_as ?? {})) {
    const at = word(KEY_WORDS, level, ctx.lang);
    choiceLine(ctx, pad, say(ctx, `因急诊在${at}医疗机构就诊(--emergency yes)`, `An emergency visit at ${at} (--emergency yes)`), v, (to) => say(ctx, `按${word(KEY_WORDS, to, ctx.lang)}医疗机构比例支付`, `paid at the ${word(KEY_WORDS, to, ctx.lang)} ratio`), where);
  }
  if (rules.visit_cap) {
    const label = say(ctx, '每次就诊统筹基金最多支付(一笔费用按一次就诊计)', 'the fund pays at most a visit (a claim is one visit)');
    sourcedLine(ctx, pad, label, rules.visit_cap, 'money', `${where} · ${say(ctx, '每次就诊限额', 'cap a visit')}`);
  }
  if (rules.age_cap) ageCapLines(ctx, pad, rules.age_cap, where);
  if (rules.deductible_shared) {
    ctx.lines.push(`${pad}${say(ctx, '起付标准合并计算:', 'Deductible shared with: ')}${ctx.strong(benefitList(ctx, rules.deductible_shared.benefits))}${say(ctx, '(本年已付的起付标准合并计算,不足的补足差额;--ytd-deductible 为这些待遇本年已付起付标准之和,批量按人按年累计)', ' (the deductible met this year counts across them, the rest topped up; --ytd-deductible is what they met together this year; batch adds them per person and year)')}`);
    evidence(ctx, `${pad}  `, rules.deductible_shared, `${where} · ${say(ctx, '起付标准合并', 'shared deductible')}`);
  }
  if (rules.cap_shared) {
    ctx.lines.push(`${pad}${say(ctx, '封顶线合并计算:', 'Cap shared by: ')}${ctx.strong(benefitList(ctx, rules.cap_shared.benefits))}${say(ctx, '(--ytd-fund 计入这些待遇的本年支付)', ' (--ytd-fund counts what the fund paid for all of them this year)')}`);
    evidence(ctx, `${pad}  `, rules.cap_shared, `${where} · ${say(ctx, '封顶线合并', 'shared cap')}`);
  }
}

/** 其中年满70周岁的退休人员4000元 / 未成年人500元: the yearly cap by age, in place of the cap, and the day the age is taken on. */
/** facility_deductible: each kind's change of a stay's deductible, where it applies, and the order of two. */
function facilityDeductibleLines(ctx: ShowContext, pad: string, rules: SchemeRulesValue, where: string): void {
  ctx.lines.push(`${pad}${say(ctx, '在下列机构住院,起付线另有调整:', 'At these facilities a stay’s deductible changes:')}`);
  for (const [name, e] of Object.entries(rules.facility_deductible ?? {})) {
    const at = `${where} · ${name} · ${say(ctx, '起付线', 'deductible')}`;
    if (e.minus) sourcedLine(ctx, `${pad}  `, say(ctx, `${name}降低`, `${name}: less by`), e.minus, 'money', at);
    if (e.times) sourcedLine(ctx, `${pad}  `, say(ctx, `${name}按标准的`, `${name}: times the standard`), e.times, 'ratio', at);
    if (e.lower_level) sourcedLine(ctx, `${pad}  `, say(ctx, `${name}按低几级医疗机构的标准(一级按一级)`, `${name}: the standard of the level this many below (level 1 keeps its own)`), e.lower_level, 'count', at);
    if (e.at) choiceLine(
      ctx,
      `${pad}    `,
      say(ctx, '调整在哪一步', 'applied at'),
      e.at,
      (v) =>
        v === 'standard'
          ? say(ctx, '级别标准上(再按退休、第几次住院的比例、下限和救助对象计算)', "the level's standard (then the retirees' and later stays' shares, the floor and a group's share)")
          : say(ctx, '按各项规定算出的起付线上(只再受年度累计上限)', 'the deductible the other rules give (then only the yearly total)'),
      at,
    );
  }
  const ord = rules.facility_deductible_order;
  const kinds = new Set(Object.values(rules.facility_deductible ?? {}).flatMap((e) => (e.minus ? ['minus'] : e.times ? ['times'] : [])));
  if (ord || kinds.size > 1) {
    const words = (v: string) => (v === 'minus_first' ? say(ctx, '先降低,后按比例', 'the minus first, then the multiple') : say(ctx, '先按比例,后降低', 'the multiple first, then the minus'));
    const label = say(ctx, '同属两类机构时的先后', 'a facility of both kinds: order');
    if (ord) choiceLine(ctx, `${pad}  `, label, ord, words, `${where} · ${label}`);
    else {
      ctx.lines.push(`${pad}  ${label}${say(ctx, ':', ': ')}${say(ctx, '未知(两种先后都计算,结果不同时无法计算)', 'unknown (both orders are tried; where they differ the claim is unanswerable)')}`);
      ctx.unknowns.push({ where: `${where} · ${label}`, note: '' });
    }
  }
}

function ageCapLines(ctx: ShowContext, pad: string, a: AgeCapValue, where: string): void {
  const who = a.statuses ? a.statuses.map((x) => word(KEY_WORDS, x, ctx.lang)).join(say(ctx, '、', ', ')) : '';
  ctx.lines.push(`${pad}${say(ctx, `按年龄确定的年度支付限额(代替封顶线${who ? `;仅${who}` : ''};--birth-date 或 --age):`, `The yearly cap by age (in place of the cap${who ? `; ${who} only` : ''}; --birth-date or --age):`)}`);
  for (const step of a.steps) {
    const label = step.min_age
      ? say(ctx, `年满${step.min_age.value ?? '?'}周岁`, `aged ${step.min_age.value ?? '?'} or more`)
      : say(ctx, `未满${step.below_age?.value ?? '?'}周岁`, `under ${step.below_age?.value ?? '?'}`);
    if (Object.hasOwn(step.cap, 'value')) sourcedLine(ctx, `${pad}  `, label, step.cap as SourcedValue, 'money', `${where} · ${label}`);
    // by resident grade (一档300、二档450，年满60周岁的…增加100元)
    else for (const [k, v] of Object.entries(step.cap)) if (v) sourcedLine(ctx, `${pad}  `, `${label} · ${word(KEY_WORDS, k, ctx.lang)}`, v, 'money', `${where} · ${label} · ${k}`);
  }
  const day = (v: string) => (v === 'visit' ? say(ctx, '就诊(入院)当天', 'the day of the visit (admission)') : v === 'year_end' ? say(ctx, '当年内年满(年底的年龄)', 'the age reached within the year') : say(ctx, '当年1月1日', '1 January of the year'));
  choiceLine(ctx, `${pad}  `, say(ctx, '年龄按哪天计', 'age taken on'), a.age_on, day, where);
}

const UPLIFT_WORDS: Record<'retiree' | 'grade' | 'age' | 'facility' | 'group', Text> = {
  retiree: { zh: '退休人员提高后', en: 'after the retiree uplift' },
  grade: { zh: '缴费档次提高后', en: 'after the grade uplift' },
  age: { zh: '按年龄提高后', en: 'after the age uplift' },
  facility: { zh: '按机构类型提高后(降低不算提高)', en: "after a facility's uplift (a cut is no uplift)" },
  group: { zh: '救助对象提高后', en: "after an assistance group's uplift" },
};

/** An age band in words: 年满65周岁, 未满18周岁, 年满6周岁未满18周岁 (a bound left unknown: ?). */
function ageBandLabel(ctx: ShowContext, a: AgeBonusValue): string {
  const n = (v: SourcedValue | undefined) => (v?.value == null ? '?' : String(v.value));
  if (a.min_age && a.below_age) return say(ctx, `年满${n(a.min_age)}周岁未满${n(a.below_age)}周岁`, `from age ${n(a.min_age)} and under ${n(a.below_age)}`);
  if (a.below_age) return say(ctx, `未满${n(a.below_age)}周岁`, `under ${n(a.below_age)}`);
  return say(ctx, `年满${n(a.min_age)}周岁`, `from age ${n(a.min_age)}`);
}

const UPLIFT_ORDER_WORDS: Record<'retiree' | 'grade' | 'age' | 'facility' | 'group', Text> = {
  retiree: { zh: '退休人员', en: 'retiree' },
  grade: { zh: '缴费档次', en: 'grade' },
  age: { zh: '年龄', en: 'age' },
  facility: { zh: '机构类型', en: 'facility' },
  group: { zh: '救助对象', en: 'assistance group' },
};

/** 提高后最高不超过95%: the ceiling, then after which uplifts it holds (yes, no, a reading, unknown). */
function ceilingLines(ctx: ShowContext, pad: string, c: UpliftCeilingValue, where: string): void {
  const label = say(ctx, '提高后的比例最高不超过(每段;原文高于此数的比例不降低)', 'A raised ratio is at most (every band; a ratio the text sets higher is not lowered)');
  sourcedLine(ctx, pad, label, c as SourcedValue, 'ratio', `${where} · ${say(ctx, '提高后上限', 'uplift ceiling')}`);
  for (const k of ['retiree', 'grade', 'age', 'facility', 'group'] as const) {
    const f = c.after[k];
    if (f) choiceLine(ctx, `${pad}  `, UPLIFT_WORDS[k][ctx.lang], f, (v) => (v === 'true' ? say(ctx, '适用此上限', 'the ceiling holds') : say(ctx, '不受此上限', 'not held to it')), where);
  }
  // 民营 −5 against the ceiling: which comes first (left out: the uplifts and the ceiling, then the cut)
  const cf = c.facility_cut_first;
  if (cf) {
    const label = say(ctx, '机构降低比例(facility_cut)与提高、上限的先后', "a facility's cut against the uplifts and the ceiling");
    choiceLine(ctx, `${pad}  `, label, cf, (v) => (v === 'true' ? say(ctx, '先降低,再提高、受上限', 'the cut first, then the uplifts and the ceiling') : say(ctx, '先提高、受上限,再降低', 'the uplifts and the ceiling first, then the cut')), where);
    if (cf.value === null) ctx.lines.push(`${pad}    ${say(ctx, '在有 facility_cut 的机构就诊的案例两种先后都计算,结果不同时退出码 3', 'a claim at a facility with a cut is settled both ways; where they differ, exit 3')}`);
  }
  // 未经转诊…降低10个百分点 against the ceiling: which comes first (left out: the uplifts and the ceiling, then the cut)
  const uf = c.unreferred_cut_first;
  if (uf) {
    const label = say(ctx, '未经转诊降低比例(unreferred_cut)与提高、上限的先后', 'the cut for no referral against the uplifts and the ceiling');
    choiceLine(ctx, `${pad}  `, label, uf, (v) => (v === 'true' ? say(ctx, '先降低,再提高、受上限', 'the cut first, then the uplifts and the ceiling') : say(ctx, '先提高、受上限,再降低', 'the uplifts and the ceiling first, then the cut')), where);
    if (uf.value === null) ctx.lines.push(`${pad}    ${say(ctx, '未经转诊被降低比例的案例两种先后都计算,结果不同时退出码 3', 'a stay cut for no referral is settled both ways; where they differ, exit 3')}`);
  }
  // 未备案…降低10个百分点 against the ceiling: which comes first (left out: the uplifts and the ceiling, then the cut)
  const ff = c.filing_cut_first;
  if (ff) {
    const label = say(ctx, '异地就医降低比例(filing 的 ratio_cut)与提高、上限的先后', "an out-of-area cut (a filing's ratio_cut) against the uplifts and the ceiling");
    choiceLine(ctx, `${pad}  `, label, ff, (v) => (v === 'true' ? say(ctx, '先降低,再提高、受上限', 'the cut first, then the uplifts and the ceiling') : say(ctx, '先提高、受上限,再降低', 'the uplifts and the ceiling first, then the cut')), where);
    if (ff.value === null) ctx.lines.push(`${pad}    ${say(ctx, '有降低比例的异地就医案例两种先后都计算,结果不同时退出码 3', 'an out-of-area claim with a cut is settled both ways; where they differ, exit 3')}`);
  }
}

/** 未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点，急诊、抢救除外: the points, the levels, emergencies. */
function unreferredLines(ctx: ShowContext, pad: string, u: NonNullable<SchemeRulesValue['unreferred_cut']>, where: string, set: string): void {
  const at = `${where} · ${say(ctx, '未经转诊', 'without a referral')}`;
  ctx.lines.push(`${pad}${say(ctx, '未经转诊自行就医的,比例降低(每段,在各项提高和上限之后;--referred yes|no,--referred-from 即为转诊;批量“是否转诊”列):', 'Care without a referral: the ratio is lowered (every band, after the uplifts and their ceiling; --referred yes|no, --referred-from says yes; batch referred):')}`);
  sourcedLine(ctx, `${pad}  `, say(ctx, '降低', 'lowered by'), u, 'points', at, `${set}.unreferred_cut`);
  const l = u.levels;
  const levels = (l.value ?? []).map((x) => word(KEY_WORDS, x, ctx.lang)).join(say(ctx, '、', ', '));
  choiceLine(ctx, `${pad}  `, say(ctx, '适用的医疗机构级别(这些级别的案例须说明是否转诊,未说明时退出码 2)', 'at levels (a claim there must say whether it was referred; exit 2 where it does not)'), { ...l, value: l.value === null ? null : levels }, (v) => v, at);
  if (l.inferred) ctx.lines.push(`${pad}    ${say(ctx, '[推定] 由原文推算', '[inferred] worked out from the text')}${l.reasoning ? `: ${l.reasoning[ctx.lang]}` : ''}`);
  const e = u.emergency;
  if (e) {
    choiceLine(ctx, `${pad}  `, say(ctx, '急诊、抢救(--emergency yes)', 'an emergency (--emergency yes)'), e, (v) => (v === 'exempt' ? say(ctx, '不降低', 'not lowered') : say(ctx, '同样降低', 'lowered too')), at);
    if (e.value === null) ctx.lines.push(`${pad}    ${say(ctx, '急诊案例两种都计算,结果不同时退出码 3', 'an emergency stay is settled both ways; where they differ, exit 3')}`);
  } else ctx.lines.push(`${pad}  ${say(ctx, '急诊、抢救:原文没有除外,同样降低', 'an emergency: the text makes no exception, lowered too')}`);
  ctx.lines.push(`${pad}  ${say(ctx, '经转诊的、其他级别的、异地就医的:不降低', 'referred, at other levels, or out of the area: not lowered')}`);
}

/** Later admissions: one list for all, or per status (a list, `none`: in full, or unknown). */
function scheduleLines(ctx: ShowContext, pad: string, schedule: DeductibleScheduleValue, where: string): void {
  ctx.lines.push(`${pad}${say(ctx, '同一年内再次住院的起付线(按住院次数):', 'Deductible for later admissions in the year:')}`);
  const list = (entries: { from: number; share: Parameters<typeof sourcedLine>[3] }[], p: string, w: string) => {
    for (const s of entries) {
      const label = say(ctx, `第 ${s.from} 次起,按起付线的`, `from admission ${s.from}, share of the deductible`);
      sourcedLine(ctx, p, label, s.share, 'ratio', `${w} · ${label}`);
    }
  };
  // 第二次及以后住院…依次降低100元，但不低于本人该级别起付标准的40%
  const step = (x: AdmissionStepValue, p: string, w: string) => {
    sourcedLine(ctx, p, say(ctx, `第 ${x.from} 次起,每次在本人起付标准基础上依次降低`, `from admission ${x.from}, each stay less by`), x.step, 'money', `${w} · step`);
    if (x.floor_share) sourcedLine(ctx, p, say(ctx, '但不低于本人起付标准的', 'but not below this share of the standard'), x.floor_share, 'ratio', `${w} · floor_share`);
    else ctx.lines.push(`${p}${say(ctx, '(没有下限:最低降到 0)', '(no floor: down to 0 at most)')}`);
    if (x.group_first)
      choiceLine(ctx, p, say(ctx, '救助对象减收起付标准时', 'for a group with a reduced deductible'), x.group_first, (v) => (String(v) === 'true' ? say(ctx, '在减收后的起付标准上依次降低', 'the step is on the reduced deductible') : say(ctx, '在全额起付标准上降低,再按救助对象比例减收', 'the step is on the full deductible, the group share after')), `${w} · group_first`);
  };
  const isStep = (x: object): x is AdmissionStepValue => Object.hasOwn(x, 'step');
  if (Array.isArray(schedule)) return list(schedule, `${pad}  `, where);
  if (isStep(schedule)) return step(schedule, `${pad}  `, where);
  if (Object.hasOwn(schedule, 'value'))
    return choiceLine(ctx, `${pad}  `, say(ctx, '再次住院', 'later admissions'), schedule as never, () => say(ctx, '再次住院也按全额起付线收取(不按住院次数减收)', 'the full deductible on every admission (no reduction for later ones)'), where);
  const keyed = schedule as { active: StatusScheduleValue; retired: StatusScheduleValue };
  for (const status of ['active', 'retired'] as const) {
    const label = word(KEY_WORDS, status, ctx.lang);
    const mine = keyed[status];
    if (Array.isArray(mine)) {
      ctx.lines.push(`${pad}  ${label}${colon(ctx)}`);
      list(mine, `${pad}    `, `${where} · ${label}`);
    } else if (isStep(mine)) {
      ctx.lines.push(`${pad}  ${label}${colon(ctx)}`);
      step(mine, `${pad}    `, `${where} · ${label}`);
    } else choiceLine(ctx, `${pad}  `, label, mine, () => say(ctx, '再次住院也按全额起付线收取(不按住院次数减收)', 'the full deductible on every admission (no reduction for later ones)'), `${where} · ${say(ctx, '再次住院', 'later admissions')}`);
  }
}

function bandsLines(ctx: ShowContext, pad: string, bands: BandsValue, where: string, set: string): void {
  ctx.lines.push(`${pad}${say(ctx, '报销比例分段计算(每段分别舍入后相加):', 'Ratio in bands (each band rounded, then added):')}`);
  choiceLine(
    ctx,
    `${pad}  `,
    say(ctx, '分段的基数', 'bands are on'),
    bands.base,
    (v) => (v === 'total' ? say(ctx, '政策范围内费用总额(含起付线)', 'the in-pooling total, the deductible included') : say(ctx, '扣除起付线后的金额', 'the amount after the deductible')),
    where,
  );
  // 一个年度内…累计在3万元（含）以下的部分: the edges are the year's, not one claim's
  if (bands.per) {
    choiceLine(
      ctx,
      `${pad}  `,
      say(ctx, '分段按', 'the band edges count'),
      bands.per,
      (v) => (v === 'year' ? say(ctx, '全年累计金额(本次从本年已累计的金额接着算,--ytd-banded;批量处理按同一人此前的行累计)', "the year's running total (a claim continues from the year's amount, --ytd-banded; batch adds up the person's earlier rows)") : say(ctx, '每次分别计算(每次从 0 算起)', 'each claim apart (from 0)')),
      where,
    );
  }
  // On the total (含起付标准) the first band starts at the deductible, which the fund never pays.
  const floor = bands.base.value === 'total' ? say(ctx, '起付线', 'the deductible') : undefined;
  // a band the band before plus points (段上加段) has its plus in place of a ratio (its quote then names its edge too)
  segmentLines(
    ctx,
    `${pad}  `,
    bands.segments.map((s) => ({ up_to: s.up_to, ratio: s.ratio ?? s.plus })),
    0,
    where,
    (label, _, i) => {
      const seg = bands.segments[i]!;
      if (seg.plus) plusLines(ctx, `${pad}  `, label, seg.plus, `${where} · ${label}`, `${set.replace(/\.ratio$/, '')}.bands.${i}.plus`);
      // beside plus: the facilities with a standard of their own take this ratio instead
      if (seg.plus && seg.ratio !== undefined) paramLines(ctx, `${pad}    `, say(ctx, '单列标准的机构在本段执行', 'facilities with their own standard take, in this band'), seg.ratio, 'ratio', where, set);
      else if (seg.ratio !== undefined) paramLines(ctx, `${pad}  `, label, seg.ratio, 'ratio', where, set);
    },
    floor,
  );
}

/** 超过5万元的部分，在相应比例基础上提高3个百分点，最高不超过95%: the points, the most, and which ratio of the band before (of). */
function plusLines(ctx: ShowContext, pad: string, label: string, plus: NonNullable<BandsValue['segments'][number]['plus']>, where: string, set: string): void {
  const { max, of, ...points } = plus;
  sourcedLine(ctx, pad, say(ctx, `${label}:在上一段比例基础上提高`, `${label}: the band before plus`), points as SourcedValue, 'points', where, set);
  if (max) sourcedLine(ctx, `${pad}  `, say(ctx, '提高后最高', 'at most'), max, 'ratio', where, `${set}.max`);
  const words = (v: string) => (v === 'stated' ? say(ctx, '上一段按原文的比例(级别、身份)加点,再加本人的其他提高', 'the band before as stated (level, status), then the person’s other uplifts') : say(ctx, '上一段按本人实际的比例(含年龄、机构等提高)加点', 'the band before as the person gets it (age, facility uplifts included)'));
  choiceLine(ctx, `${pad}  `, say(ctx, '“相应比例”指', '“the band before” is'), of ?? { value: null, note: { zh: '原文未说明是上一段原定的比例还是本人提高后的比例;有其他提高(退休、档次、年龄、机构)且两种算法结果不同的案例退出码 3', en: 'not said whether it is the band before as stated or as raised for the person; a claim with another uplift whose two results differ is exit 3' } }, words, where);
}

type Segment<R> = { up_to?: { value: number | null; source?: string | undefined; quote?: string | undefined; note?: Text | undefined } | undefined; ratio: R };

/** "30,000 元(含)以下的部分" (or from `floor`: "起付线以上至 30,000 元(含)的部分"), "30,000 元以上至 60,000 元(含)的部分", "60,000 元以上的部分". */
function bandLabel(ctx: ShowContext, from: number, top: number | null | undefined, last: boolean, floor?: string): string {
  const y = (n: number) => yuan(n, ctx.lang);
  if (last) return say(ctx, `${y(from)}以上的部分`, `the part above ${y(from)}`);
  const upper = top == null ? say(ctx, '(上限未知)', '(edge unknown)') : y(top);
  if (from === 0 && floor) return say(ctx, `${floor}以上至 ${upper}(含)的部分`, `the part above ${floor} up to ${upper} (included)`);
  if (from === 0) return say(ctx, `${upper}(含)以下的部分`, `the part up to ${upper} (included)`);
  return say(ctx, `${y(from)}以上至 ${upper}(含)的部分`, `the part above ${y(from)} up to ${upper} (included)`);
}

/** Each band's line (its ratio by `ratioLines`), then its edge's quote where the ratio's quote does not already give it. */
function segmentLines<R>(ctx: ShowContext, pad: string, segments: Segment<R>[], start: number, where: string, ratioLines: (label: string, ratio: R, index: number) => void, floor?: string): void {
  let from = start;
  segments.forEach((s, i) => {
    const top = s.up_to?.value;
    // a last band with its edge (a group's own first bands, the general ones above them): not open-ended
    const label = bandLabel(ctx, from, top, i === segments.length - 1 && s.up_to === undefined, floor);
    ratioLines(label, s.ratio, i);
    const edge = s.up_to;
    if (edge && edge.value === null) {
      ctx.unknowns.push({ where: `${where} · ${label}`, note: edge.note?.[ctx.lang] ?? '' });
      if (edge.note) ctx.lines.push(`${pad}  ${say(ctx, '上限未知:', 'edge unknown: ')}${edge.note[ctx.lang]}`);
    } else if (edge?.quote && !JSON.stringify(s.ratio).includes(JSON.stringify(edge.quote))) {
      evidence(ctx, `${pad}  `, { source: edge.source, quote: edge.quote });
    }
    if (top != null) from = top;
  });
}

const FILING_WORDS: Record<string, Text> = {
  filed: { zh: '异地就医已备案', en: 'care elsewhere, filed' },
  longTerm: { zh: '异地长期居住/常驻异地已备案', en: 'care elsewhere, long-term filing (living or working there)' },
  temporary: { zh: '临时外出就医已备案', en: 'a temporary trip, filed' },
  referral: { zh: '转诊', en: 'referral' },
  unfiled: { zh: '异地就医未备案', en: 'care elsewhere, not filed' },
};

function filingLines(ctx: ShowContext, pad: string, filing: NonNullable<SchemeRulesValue['filing']>, where: string): void {
  ctx.lines.push(`${pad}${say(ctx, '异地就医:', 'Care outside the city:')}`);
  // 临时外出就医已备案 is its own kind only where the file gives it: then `filed` is the long-term kind
  const kinds = filing.temporary ? (['filed', 'temporary', 'referral', 'unfiled'] as const) : (['filed', 'referral', 'unfiled'] as const);
  // 异地急诊抢救的，视同已备案: which kind it counts as
  const e = filing.emergency;
  if (e) {
    const label = say(ctx, '异地急诊抢救', 'emergency care elsewhere');
    const as = (v: string) => say(ctx, `视同${FILING_WORDS[v === 'filed' && filing.temporary ? 'longTerm' : v]?.zh ?? '本地就医'}`, `counted as ${FILING_WORDS[v === 'filed' && filing.temporary ? 'longTerm' : v]?.en ?? 'local care'}`);
    choiceLine(ctx, `${pad}  `, label, e, as, where);
  }
  for (const kind of kinds) {
    const label = FILING_WORDS[kind === 'filed' && filing.temporary ? 'longTerm' : kind]![ctx.lang];
    const entry = filing[kind];
    if (!entry) {
      ctx.lines.push(`${pad}  ${label}${colon(ctx)}${say(ctx, '未写明(此类就医无法计算,退出码 3)', 'not stated (such a claim is unanswerable, exit 3)')}`);
      ctx.unknowns.push({ where: `${where} · ${label}`, note: '' });
      continue;
    }
    if (!isByWhere(entry)) {
      filingRuleLines(ctx, pad, label, entry, where);
      continue;
    }
    // 省内市外 / 省外: each side a rule of its own, the claim says which (--where)
    ctx.lines.push(`${pad}  ${label}${colon(ctx)}${say(ctx, '按省内市外、省外分别规定(计算时需 --where)', 'by where the care was, in or outside the province (a claim gives --where)')}`);
    for (const side of WHERE_KEYS) {
      const sideLabel = `${label} · ${WHERE_WORDS[side][ctx.lang]}`;
      const rule = entry[side];
      if (rule) filingRuleLines(ctx, `${pad}  `, sideLabel, rule, where);
      else {
        ctx.lines.push(`${pad}    ${sideLabel}${colon(ctx)}${say(ctx, '未写明(此类就医无法计算,退出码 3)', 'not stated (such a claim is unanswerable, exit 3)')}`);
        ctx.unknowns.push({ where: `${where} · ${sideLabel}`, note: '' });
      }
    }
  }
}

const WHERE_WORDS = { in_province: { zh: '省内市外', en: 'in the province' }, out_of_province: { zh: '省外', en: 'outside the province' } } as const;

/** One filing rule's line and its evidence (a kind's, or one side of it). */
function filingRuleLines(ctx: ShowContext, pad: string, label: string, rule: FilingRuleValue, where: string): void {
  const meaning = (v: string) => {
    if (v === 'local') return say(ctx, '按本地待遇', 'as in the city');
    const parts: string[] = [];
    if (rule.deductible_as) parts.push(say(ctx, `起付线按本市${word(KEY_WORDS, rule.deductible_as, 'zh')}医疗机构标准`, `the deductible of a ${word(KEY_WORDS, rule.deductible_as, 'en')} facility`));
    const times = rule.deductible_times?.value;
    if (times != null) parts.push(say(ctx, `起付线按${rule.deductible_as ? '该' : '本市同级'}标准的 ${times} 倍`, `${times} times the ${rule.deductible_as ? 'that' : "same level's"} deductible`));
    if (rule.deductible_times && times === null) parts.push(say(ctx, '起付线倍数未知', 'the deductible multiple unknown'));
    if (rule.ratio_cut?.value != null) parts.push(say(ctx, `比例降低 ${points(rule.ratio_cut.value, 'zh')}`, `ratios ${points(rule.ratio_cut.value, 'en')} lower`));
    if (rule.ratio_cut && rule.ratio_cut.value === null) parts.push(say(ctx, '比例降低幅度未知', 'the ratio cut unknown'));
    const share = rule.first_share;
    const after = share?.order?.value === 'after_deductible';
    if (share?.value != null && after) parts.unshift(say(ctx, `扣除起付线后个人先行自付余下部分的 ${pctOf(share.value)}(再按比例计算)`, `after the deductible the patient first pays ${pctOf(share.value)} of the rest (then the ratio)`) + countsWords(ctx, share.counts_in_layers));
    else if (share?.value != null) parts.unshift(say(ctx, `先由个人自付 ${pctOf(share.value)}(余下部分再按起付线和比例计算)`, `the patient first pays ${pctOf(share.value)} (the rest goes to the deductible and ratio)`) + countsWords(ctx, share.counts_in_layers));
    if (share && share.value === null) parts.unshift(say(ctx, '个人先行自付比例未知', 'the share paid first unknown'));
    const rt = rule.ratio_times?.value;
    if (rt != null) parts.push(say(ctx, `比例为本市同级医疗机构比例的 ${pctOf(rt)}`, `ratios ${pctOf(rt)} of the local ones`) + timesOfWords(ctx, rule.ratio_times_of));
    if (rule.ratio_times && rt === null) parts.push(say(ctx, '比例倍数未知', 'the ratio multiple unknown'));
    const ndc = rule.no_day_cap;
    if (ndc?.value === true && !ndc.reading) parts.push(say(ctx, '床日限额不适用', 'no bed-day cap'));
    return parts.join(say(ctx, ',', '; '));
  };
  choiceLine(ctx, `${pad}  `, label, rule, meaning, where);
  const cut = rule.ratio_cut;
  if (cut?.value != null && cut.quote !== rule.quote) evidence(ctx, `${pad}    `, cut, `${where} · ${label} · ${say(ctx, '比例降低', 'ratio cut')}`);
  const times = rule.deductible_times;
  if (times?.value != null && times.quote !== rule.quote) evidence(ctx, `${pad}    `, times, `${where} · ${label} · ${say(ctx, '起付线倍数', 'deductible multiple')}`);
  if (rule.deductible_times?.value === null) ctx.unknowns.push({ where: `${where} · ${label} · ${say(ctx, '起付线倍数', 'deductible multiple')}`, note: rule.deductible_times.note?.[ctx.lang] ?? '' });
  if (rule.ratio_cut?.value === null) ctx.unknowns.push({ where: `${where} · ${label} · ${say(ctx, '比例降低', 'ratio cut')}`, note: rule.ratio_cut.note?.[ctx.lang] ?? '' });
  const fs = rule.first_share;
  if (fs?.value != null && fs.quote !== rule.quote) evidence(ctx, `${pad}    `, fs, `${where} · ${label} · ${say(ctx, '个人先行自付', 'share paid first')}`);
  if (fs?.value === null) ctx.unknowns.push({ where: `${where} · ${label} · ${say(ctx, '个人先行自付', 'share paid first')}`, note: fs.note?.[ctx.lang] ?? '' });
  // first_share.order: before or after the deductible (left out: before)
  const fo = fs?.order;
  if (fo) {
    const ol = say(ctx, '先行自付与起付线的先后', 'the share paid first and the deductible');
    if (fo.value === null) ctx.unknowns.push({ where: `${where} · ${label} · ${ol}`, note: fo.note?.[ctx.lang] ?? '' });
    else ctx.lines.push(`${pad}    ${ol}${colon(ctx)}${fo.value === 'after_deductible' ? say(ctx, '起付线在先', 'the deductible first') : say(ctx, '先行自付在先', 'the share first')}${fo.reading ? say(ctx, ' [解读]', ' [reading]') : ''}`);
    if (fo.quote) evidence(ctx, `${pad}      `, fo, `${where} · ${label} · ${ol}`);
  }
  const fc = fs?.counts_in_layers;
  if (fc?.value != null && fc.quote) evidence(ctx, `${pad}    `, fc, `${where} · ${label} · ${say(ctx, '先行自付是否计入大病/救助基数', 'the share in the layers’ bases')}`);
  if (fs && fc?.value == null) ctx.unknowns.push({ where: `${where} · ${label} · ${say(ctx, '先行自付是否计入大病/救助基数', 'the share in the layers’ bases')}`, note: fc?.note?.[ctx.lang] ?? say(ctx, '原文没说;有大病保险/大额补助或医疗救助、两种算法结果不同的案例退出码 3', 'not stated; a claim with a second layer or assistance where the two differ is exit 3') });
  const rt = rule.ratio_times;
  if (rt?.value != null && rt.quote !== rule.quote) evidence(ctx, `${pad}    `, rt, `${where} · ${label} · ${say(ctx, '比例倍数', 'ratio multiple')}`);
  if (rt?.value === null) ctx.unknowns.push({ where: `${where} · ${label} · ${say(ctx, '比例倍数', 'ratio multiple')}`, note: rt.note?.[ctx.lang] ?? '' });
  const ndc = rule.no_day_cap;
  if (ndc) choiceLine(ctx, `${pad}    `, say(ctx, '床日限额', 'bed-day cap'), ndc, (v) => (v === 'true' ? say(ctx, '不适用于这类异地就医', 'does not hold for this care') : say(ctx, '照常适用', 'holds as locally')), `${where} · ${label}`);
  const of = rule.ratio_times_of;
  if (of?.value != null && of.quote) evidence(ctx, `${pad}    `, of, `${where} · ${label} · ${say(ctx, '倍数与提高的先后', 'the multiple and the uplifts')}`);
  if (rt && of?.value == null) ctx.unknowns.push({ where: `${where} · ${label} · ${say(ctx, '倍数与提高的先后', 'the multiple and the uplifts')}`, note: of?.note?.[ctx.lang] ?? say(ctx, '原文没说倍数按提高后的比例还是先乘再提高;有提高(退休、年龄、档次、机构)且两种算法结果不同的案例退出码 3', 'the text does not say whether the multiple is of the raised ratio or of the stated one; a claim with an uplift where the two differ is exit 3') });
}

/** 门诊慢特病 limits by disease and the rule for several diseases. */
export function diseaseLimitLines(ctx: ShowContext, benefit: BenefitValue, where: string, setBase: string): void {
  const d = benefit.disease_limits;
  if (!d) return;
  ctx.lines.push('', `  ${ctx.strong(say(ctx, '病种年度支付限额(--disease)', 'Yearly limits by disease (--disease)'))}`);
  for (const disease of d.diseases) {
    const also = alsoCalled(ctx, disease.name, disease.aliases);
    if (isLimitKeyed(disease.limit)) keyedLimitLines(ctx, `${disease.name}${also}`, disease.limit, `${where} · ${disease.name}`, `${setBase}.${disease.name}`);
    else if (disease.limit) sourcedLine(ctx, '    ', `${disease.name}${also}`, disease.limit, 'money', `${where} · ${disease.name}`);
    else if (disease.group !== undefined) ctx.lines.push(`    ${disease.name}${also}${colon(ctx)}${say(ctx, `按病种组“${disease.group}”`, `by the group "${disease.group}"`)}`);
    else ctx.lines.push(`    ${disease.name}${also}${colon(ctx)}${say(ctx, '按认定病种数确定的共用限额(见下)', 'the shared limit by the number of diseases (below)')}`);
    if (disease.limit && disease.group) ctx.lines.push(`      ${say(ctx, `属病种组“${disease.group}”`, `in the group "${disease.group}"`)}`);
    if (disease.deductible) {
      for (const { v, key } of sharesOf(disease.deductible)) {
        const label = `${say(ctx, '本病种起付标准', 'its own deductible')}${key.length ? `(${key.map((k) => word(SCHEME_WORDS, k, ctx.lang)).join(' ')})` : ''}`;
        sourcedLine(ctx, '      ', label, v, 'money', `${where} · ${disease.name} · ${label}`);
      }
    }
    if (disease.separate) {
      const apart = () => say(ctx, '单独计算,不参与累加(不与其他病种共用限额)', 'its own limit, apart from the others (not shared, not added)');
      choiceLine(ctx, '      ', say(ctx, '多病种时', 'with other diseases'), disease.separate, (v) => (v === 'true' ? apart() : say(ctx, '与其他病种一起计算', 'counted with the others')), `${where} · ${disease.name}`);
    }
  }
  if (d.deductible_once) {
    const once = (v: string) =>
      v === 'per_disease'
        ? say(ctx, '每个病种的起付标准各收一次(--ytd-disease-deductible)', 'each disease’s deductible once a year (--ytd-disease-deductible)')
        : v === 'per_person'
          ? say(ctx, '每人每年只收一次(任一病种已收足即不再收)', 'once a year per person (one disease’s met in full settles it)')
          : say(ctx, '每人每年一次,按较高病种的起付标准补足差额', 'once a year, topped up to the higher disease’s');
    choiceLine(ctx, '    ', say(ctx, '按病种设定的起付标准,多病种时一年只收一次的算法', 'deductibles by disease, once a year with several diseases'), d.deductible_once, once, where);
  }
  if (d.open) {
    const label = say(ctx, '病种清单以“等”结尾,原文未列的病种', 'the list ends in 等: a disease it does not name');
    choiceLine(ctx, '    ', label, d.open, () => say(ctx, `按病种组“${d.open!.group}”计算`, `counted in the group "${d.open!.group}"`), where);
  }
  const label = say(ctx, '同时患多个病种', 'several diseases');
  if (!d.several) ctx.lines.push(`    ${label}${colon(ctx)}${say(ctx, '各病种限额单独计算,不共用', 'each disease keeps its own limit, none shared')}`);
  else if (!isSeveralKeyed(d.several)) severalLines(ctx, d.several, label, where);
  else {
    // 职工 第十一条 / 居民 第十九条: one line per scheme, each its own rule
    for (const scheme of ['employee', 'resident'] as const) {
      const rule = d.several[scheme] ?? { value: null, note: leftOut(scheme, 'several') };
      severalLines(ctx, rule, `${label}${inParens(ctx, word(SCHEME_LONG, scheme, ctx.lang))}`, where);
    }
  }
  for (const [name, g] of Object.entries(d.groups ?? {})) diseaseGroupLines(ctx, name, g, `${where} · ${name}`);
  // 年度中途认定的，当年支付限额按…月数占12个月的比例折算
  if (d.prorate) {
    const p = d.prorate;
    const at = `${where} · ${say(ctx, '年度中途认定', 'certified during the year')}`;
    choiceLine(ctx, '    ', say(ctx, '年度中途认定的病种(--certified 认定日期)', 'a disease certified during the year (--certified)'), p, () => say(ctx, '当年限额按剩余月数占12个月的比例折算(本次治疗的病种;按认定病种数的限额按本人限额)', 'the limit times the months left ÷ 12 (the treated disease’s; under by_count, the patient’s)'), at);
    const c = p.counts_certification_month ?? { value: null, note: { zh: '原文没有说明(未写 counts_certification_month)', en: 'not stated (no counts_certification_month)' } };
    choiceLine(ctx, '      ', say(ctx, '认定当月是否计入', 'the month of certification'), c as never, (v) => (v === 'true' ? say(ctx, '认定当月计入(4月认定按9个月)', 'counted (April: 9 months)') : say(ctx, '认定当月不计入(4月认定按8个月)', 'not counted (April: 8 months)')), at);
  }
}

const inParens = (ctx: ShowContext, s: string) => (ctx.lang === 'zh' ? `(${s})` : ` (${s})`);

/** A scheme's entry the file leaves out (or null): unknown for that scheme's claims. */
const leftOut = (scheme: 'employee' | 'resident', what: 'limit' | 'several'): Text => {
  const name = SCHEME_LONG[scheme];
  return what === 'limit'
    ? { zh: `未写${name.zh}的限额:${name.zh}该病种的理赔无法计算(退出码 3)`, en: `no ${name.en} limit: its claims for this disease are unanswerable (exit 3)` }
    : { zh: `未写${name.zh}的规则:${name.zh}同时患多个病种的理赔无法计算(退出码 3)`, en: `no ${name.en} rule: its claims with several diseases are unanswerable (exit 3)` };
};

/** A disease's limit keyed by scheme: one line per scheme (and per status where the employees' differ). */
function keyedLimitLines(ctx: ShowContext, name: string, limit: Exclude<DiseaseLimitValue, SourcedValue>, where: string, set: string): void {
  for (const scheme of ['employee', 'resident'] as const) {
    const v = limit[scheme] ?? { value: null, note: leftOut(scheme, 'limit') };
    const label = `${name}${inParens(ctx, word(SCHEME_LONG, scheme, ctx.lang))}`;
    if (isSourced(v)) sourcedLine(ctx, '    ', label, v, 'money', `${where} · ${label}`, `${set}.${scheme}`);
    else for (const st of ['active', 'retired'] as const) sourcedLine(ctx, '    ', `${name}${inParens(ctx, `${word(SCHEME_LONG, scheme, ctx.lang)} ${word(KEY_WORDS, st, ctx.lang)}`)}`, v[st], 'money', `${where} · ${label} · ${st}`, `${set}.${scheme}.${st}`);
  }
}

/** The rule for several diseases (one, or a scheme's), in plain words, with its clauses. */
function severalLines(ctx: ShowContext, s: SeveralRuleValue, label: string, where: string): void {
  const meaning = (v: string) => {
    const stated = s.stated_for?.value != null ? say(ctx, `;原文只规定了 ${s.stated_for.value} 个病种的情形,更多病种无法计算(可用 --set <待遇>.<人员>.disease_limit=<元> 给出本人限额)`, `; stated for ${s.stated_for.value} diseases only: more are unanswerable (give the patient's limit with --set <benefit>.<scheme>.disease_limit=<yuan>)`) : '';
    return severalWords(v) + boundsWords() + stated;
  };
  // 但不低于其中最高病种的限额 / 合计不超过限额最高病种限额的2倍
  const boundsWords = (): string => {
    const floor = s.at_least_highest;
    const times = s.max_times_highest;
    const parts: string[] = [];
    if (floor) parts.push(floor.value === null ? say(ctx, '是否不低于最高病种限额(未知)', 'whether it is at least the highest limit (unknown)') : floor.value ? say(ctx, '不低于其中最高病种的限额', 'at least the highest single limit') : '');
    if (times) parts.push(times.value == null ? say(ctx, '最多为最高病种限额的(未知)倍', 'at most (unknown) times the highest limit') : say(ctx, `最多为最高病种限额的 ${times.value} 倍`, `at most ${times.value} times the highest limit`));
    const kept = parts.filter(Boolean);
    return kept.length ? say(ctx, `;${kept.join(',')}`, `; ${kept.join(', ')}`) : '';
  };
  const severalWords = (v: string): string => {
    if (v === 'highest') return say(ctx, '按其中最高的一个限额,共用,不累加', 'the highest of their limits, shared, not added');
    if (v === 'by_count') {
      const list = s.by_count ?? [];
      const each = list.map((x, i) => {
        const more = i === list.length - 1 && s.stated_for?.value == null;
        const amount = x.limit.value == null ? say(ctx, '(未知)', '(unknown)') : yuan(x.limit.value, ctx.lang);
        return say(ctx, `认定 ${x.from} 种${more ? '及以上' : ''} ${amount}`, `${x.from}${more ? ' or more' : ''}: ${amount}`);
      });
      return say(ctx, `按本人经认定的病种数确定一个共用限额:${each.join(',')}`, `one shared limit by the number of certified diseases: ${each.join('; ')}`);
    }
    if (v === 'highest_plus_share') {
      const share = s.share?.value;
      const max = s.sum_max ? (s.sum_max.value == null ? say(ctx, '(未知)', '(unknown)') : yuan(s.sum_max.value, ctx.lang)) : undefined;
      const added = s.added_max ? (s.added_max.value == null ? say(ctx, '(未知)', '(unknown)') : yuan(s.added_max.value, ctx.lang)) : undefined;
      const capped =
        max !== undefined ? { zh: `,合计最多 ${max}`, en: `, at most ${max} in all` } : added !== undefined ? { zh: `,增加部分合计最多 ${added}(最高限额全额计入)`, en: `, the added part at most ${added} (the highest limit counted in full)` } : { zh: '', en: '' };
      return say(ctx, `按最高限额,另加其他每个病种限额的 ${share == null ? '(未知)' : `${Math.round(share * 100)}%`}${capped.zh},共用`, `the highest limit plus ${share == null ? '(unknown)' : `${Math.round(share * 100)}%`} of each other disease’s limit${capped.en}, shared`);
    }
    if (v === 'sum_share') {
      const share = s.share?.value;
      const max = s.sum_max ? (s.sum_max.value == null ? say(ctx, '(未知)', '(unknown)') : yuan(s.sum_max.value, ctx.lang)) : undefined;
      const pc = share == null ? say(ctx, '(未知)', '(unknown)') : `${Math.round(share * 10000) / 100}%`;
      return say(ctx, `各病种限额之和的 ${pc}${max === undefined ? '' : `,最多 ${max}`},共用`, `${pc} of the limits added${max === undefined ? '' : `, at most ${max}`}, shared`);
    }
    if (v === 'sum') {
      const max = s.sum_max?.value;
      return s.sum_max
        ? say(ctx, `各病种限额累加,累加后最多 ${max == null ? '(未知)' : yuan(max, 'zh')},共用`, `the limits added, at most ${max == null ? '(unknown)' : yuan(max, 'en')}, shared`)
        : say(ctx, '各病种限额累加,共用', 'the limits added, shared');
    }
    const step = s.step?.value;
    const max = s.step_max?.value;
    return say(
      ctx,
      `按最高限额,每多一个病种增加 ${step == null ? '(未知)' : yuan(step, 'zh')},增加部分最多 ${max == null ? '(未知)' : yuan(max, 'zh')}`,
      `the highest limit plus ${step == null ? '(unknown)' : yuan(step, 'en')} per further disease, the increase at most ${max == null ? '(unknown)' : yuan(max, 'en')}`,
    );
  };
  choiceLine(ctx, '    ', label, s, meaning, where);
  if (s.step) evidence(ctx, '      ', s.step, `${where} · step`);
  if (s.step_max) evidence(ctx, '      ', s.step_max, `${where} · step_max`);
  for (const extra of [s.share, s.sum_max, s.added_max, s.stated_for, s.max_times_highest]) if (extra) evidence(ctx, '      ', extra, `${where} · ${label}`);
  if (s.at_least_highest) evidence(ctx, '      ', s.at_least_highest as never, `${where} · ${label}`);
  maxDiseasesLines(ctx, s, where);
  for (const x of s.by_count ?? []) {
    if (x.limit.value === null) ctx.unknowns.push({ where: `${where} · ${say(ctx, `认定 ${x.from} 种`, `${x.from} diseases`)}`, note: x.limit.note?.[ctx.lang] ?? '' });
    else evidence(ctx, '      ', x.limit, `${where} · ${say(ctx, `认定 ${x.from} 种`, `${x.from} diseases`)}`);
  }
}

/** 最多按三个病种计算: the most diseases the combined limit counts, and which ones. */
function maxDiseasesLines(ctx: ShowContext, s: SeveralRuleValue, where: string): void {
  if (!s.max_diseases) return;
  const n = s.max_diseases.value;
  const label = say(ctx, '最多计算的病种数(病种更多时只按这么多个病种确定限额)', 'the most diseases counted (a patient with more: the limit from that many)');
  if (n === null) sourcedLine(ctx, '      ', label, s.max_diseases, 'count', `${where} · max_diseases`);
  else {
    ctx.lines.push(`      ${label}${colon(ctx)}${ctx.strong(say(ctx, `${n} 个`, `${n}`))}${s.max_diseases.reading ? say(ctx, ' [解读]', ' [reading]') : ''}`);
    evidence(ctx, '        ', s.max_diseases, `${where} · max_diseases`);
  }
  const c = s.max_diseases_counted ?? { value: null, note: { zh: '原文没有说按哪几个病种(未写 max_diseases_counted)', en: 'the text does not say which (no max_diseases_counted)' } };
  const words = (v: string) => (v === 'highest' ? say(ctx, '限额最高的几个病种', 'those with the highest limits') : say(ctx, '最先认定的几个病种(按 --diseases 的顺序)', 'the first certified (the order of --diseases)'));
  choiceLine(ctx, '      ', say(ctx, '计算哪几个病种', 'which diseases count'), c, words, where);
}

/** A disease group's own rules (特殊病种): its deductible and ratio (per scheme where keyed), no limit. */
function diseaseGroupLines(ctx: ShowContext, name: string, g: DiseaseGroupValue, where: string): void {
  const members = say(ctx, `病种组“${name}”(按本组规定,不按上面的一般规定)`, `Disease group "${name}" (its own rules, not the general ones above)`);
  ctx.lines.push(`    ${members}${colon(ctx)}`);
  if (g.quote) evidence(ctx, '      ', g, where);
  const each = (v: SchemeKeyed | undefined, label: string, kind: 'money' | 'ratio') => {
    if (!v) return;
    if (isSourced(v)) return sourcedLine(ctx, '      ', label, v, kind, `${where} · ${label}`);
    for (const { v: share, key } of sharesOf(v)) {
      const l = `${label}(${key.map((k) => word(SCHEME_WORDS, k, ctx.lang)).join(' ')})`;
      sourcedLine(ctx, '      ', l, share, kind, `${where} · ${l}`);
    }
  };
  each(g.deductible, say(ctx, '起付线', 'deductible'), 'money');
  each(g.ratio, say(ctx, '报销比例(不再加其他提高)', 'ratio (no uplift added)'), 'ratio');
  if (g.ratio_of)
    choiceLine(ctx, '      ', say(ctx, '报销比例', 'ratio'), g.ratio_of, () => say(ctx, '执行本市同级医疗机构住院支付比例(含住院的退休、档次、年龄提高)', 'the inpatient ratio at the same level (its retiree, grade and age uplifts included)'), where);
  if (g.no_limit) choiceLine(ctx, '      ', say(ctx, '病种限额', 'disease limit'), g.no_limit, (v) => (v === 'true' ? say(ctx, '不设病种限额(仍受年度最高支付限额限制;不计入其他病种的共用限额)', 'none (the annual cap still holds; it adds nothing to the others’ shared limit)') : say(ctx, '按各病种限额', 'by each disease’s limit')), where);
}

/** A layer's ratio or cap: one line, or one per status (在职/退休) or grade (一档/二档) where the text sets them apart. */
/** Where a layer's bands start: its threshold, the lowest where it is keyed by status or grade (0 unknown or none). */
function lowestValue(v: SecondLayerValue['threshold']): number {
  if (v === undefined) return 0;
  const leaves = isSourced(v) ? [v] : Object.values(v as Record<string, SourcedValue>);
  const known = leaves.map((l) => l.value).filter((x): x is number => typeof x === 'number');
  return known.length > 0 ? Math.min(...known) : 0;
}

function layerKeyedLines(ctx: ShowContext, label: string, v: SecondLayerValue['cap'] | NonNullable<SecondLayerValue['segments']>[number]['ratio'], kind: 'money' | 'ratio', where: string, pad = '    '): void {
  if (isSourced(v)) return sourcedLine(ctx, pad, label, v, kind, `${where} · ${label}`);
  for (const [key, leaf] of Object.entries(v as Record<string, SourcedValue>)) {
    const l = say(ctx, `${label}(${word(KEY_WORDS, key, 'zh')})`, `${label} (${word(KEY_WORDS, key, 'en')})`);
    sourcedLine(ctx, pad, l, leaf, kind, `${where} · ${l}`);
  }
}

/** The order the tool settles in (the contract's steps), with the layers this version has: the clause it cites is quoted below. */
function settlementOrder(ctx: ShowContext, v: PolicyVersion): string {
  const layers = (['resident', 'employee'] as const).flatMap((s) => (v.second_layer?.[s] ? [v.second_layer[s]!.name[ctx.lang]] : []));
  const steps = [
    say(ctx, '目录外费用', '目录外 costs'),
    say(ctx, '乙类先行自付', 'class-B first pay'),
    say(ctx, '起付线', 'deductible'),
    say(ctx, '统筹基金按比例支付', 'the fund’s ratio'),
    say(ctx, '封顶线', 'cap'),
    ...(layers.length ? [layers.join(say(ctx, '或', ' or '))] : []),
    ...(v.assistance ? [v.assistance.name?.[ctx.lang] ?? say(ctx, '医疗救助', 'medical assistance')] : []),
    say(ctx, '个人负担', 'the patient'),
  ];
  return steps.join(' → ');
}

/** The version-wide model-2 rules: 乙类先行自付, the second layer, 医疗救助, the accounts, a status change. */
export function versionV2Lines(ctx: ShowContext, v: PolicyVersion, label: string): void {
  if (v.first_pay) {
    const f = v.first_pay;
    const where = `${label} · ${say(ctx, '乙类先行自付', 'class-B first pay')}`;
    ctx.lines.push('', `  ${ctx.strong(say(ctx, '乙类先行自付(在目录外之后、起付线之前结算)', 'Class-B first pay (settled after 目录外, before the deductible)'))}`);
    if (f.benefits) ctx.lines.push(`    ${say(ctx, '适用:', 'Applies to: ')}${benefitList(ctx, f.benefits)}`);
    firstPayShareLines(ctx, say(ctx, '乙类药品个人先行自付', 'class-B drugs, paid first'), f.drugs, `${where} · ${say(ctx, '乙类药品', 'drugs')}`);
    firstPayShareLines(ctx, say(ctx, '乙类诊疗项目个人先行自付', 'class-B items, paid first'), f.items, `${where} · ${say(ctx, '乙类诊疗项目', 'items')}`);
    if (f.order) {
      ctx.lines.push(`    ${say(ctx, '结算顺序:', 'Settlement order: ')}${settlementOrder(ctx, v)}`);
      evidence(ctx, '      ', f.order, where);
    }
  }
  for (const scheme of ['employee', 'resident'] as const) {
    const layer = v.second_layer?.[scheme];
    if (layer) secondLayerLines(ctx, layer, scheme, label);
  }
  if (v.assistance) assistanceLines(ctx, v.assistance, label);
  // 同时具有两种以上特殊群体身份的，按待遇就高原则享受，不重复享受
  if (v.several_groups) {
    ctx.lines.push('', `  ${ctx.strong(say(ctx, '同时属于几种救助对象(--assistance 低保对象,重度残疾人)', 'A patient in several assistance groups (--assistance 低保对象,重度残疾人)'))}`);
    const how = () => say(ctx, '按每一种身份分别计算,取统筹基金、大病保险和医疗救助合计最多的一种,不重复享受', 'each group alone; the one whose fund, second layer and assistance together pay the most, never two together');
    choiceLine(ctx, '    ', say(ctx, '待遇', 'treatment'), v.several_groups, how, `${label} · ${say(ctx, '多重身份', 'several groups')}`);
  }
  if (v.account_scope) {
    const where = `${label} · ${say(ctx, '账户支付范围', 'what the accounts pay')}`;
    ctx.lines.push('', `  ${ctx.strong(say(ctx, '个人账户和家庭共济可支付的费用', 'What the personal and family accounts may pay'))}`);
    const scope = (v: string) => (v === 'all' ? say(ctx, '政策范围内和目录外(全自费)费用', 'in-scope and 目录外 (全自费) costs') : say(ctx, '只限政策范围内费用', 'in-scope costs only'));
    choiceLine(ctx, '    ', say(ctx, '本人个人账户', 'own account'), v.account_scope.own, scope, where);
    if (v.account_scope.family) choiceLine(ctx, '    ', say(ctx, '家庭共济账户', 'family account'), v.account_scope.family, scope, where);
  }
  if (v.status_change || v.status_from) ctx.lines.push('', `  ${ctx.strong(say(ctx, '年内在职转退休', 'Active to retired within the year'))}`);
  if (v.status_from) {
    const from = (x: string) =>
      x === 'next_month_first'
        ? say(ctx, '自办理退休手续的次月1日起(--retirement-processed 2025-05-20 → 2025-06-01)', 'from the 1st of the month after retirement was processed (--retirement-processed 2025-05-20 → 2025-06-01)')
        : say(ctx, '自办理退休手续之日起', 'from the day retirement was processed');
    choiceLine(ctx, '    ', say(ctx, '退休人员待遇起始日', 'retiree treatment starts'), v.status_from, from, label);
  }
  if (v.status_change) {
    const carry = () => say(ctx, '本年已累计的起付线和基金支付延续到新身份', "the year's deductible met and fund paid carry to the new status");
    const sc = v.status_change;
    if (!statusChangeKeyed(sc)) choiceLine(ctx, '    ', say(ctx, '本年累计', "the year's totals"), sc, carry, label);
    else {
      // keyed by benefit: each benefit's rule and the second layer's; a key left out is unknown
      for (const key of ['outpatient', 'inpatient', 'chronic', 'second_layer'] as const) {
        const rule = sc[key] ?? { value: null, note: statusChangeKeySilent(key) };
        const words = key === 'second_layer' ? () => say(ctx, '变化前已累计的个人负担和大额(大病)支付延续计入新身份的起付线和限额', 'the burden and layer payments counted before the change carry to the new status’s threshold and cap') : carry;
        choiceLine(ctx, '    ', `${say(ctx, '本年累计', "the year's totals")} · ${STATUS_CHANGE_KEY[key][ctx.lang]}`, rule, words, label);
      }
    }
    ctx.lines.push(
      `    ${say(ctx, '只用于本年身份确实有变化的案例(calc 的 --status-since 在就诊当年内且有本年累计;batch 中同一人同年既有在职行又有退休行);未知时单笔无法计算(退出码 3),批量按延续计算并注明是假定', "used only where the status did change this year (calc: --status-since within the claim's year, with year totals; batch: a person's rows of both statuses in a year); unknown: a calc claim is exit 3, batch carries the totals and says it is an assumption")}`,
    );
  }
  if (v.family_year_cap) {
    const c = v.family_year_cap;
    const where = `${label} · ${say(ctx, '家庭共济年度上限', 'family mutual aid a year')}`;
    ctx.lines.push('', `  ${ctx.strong(say(ctx, '家庭共济每年累计上限', 'Family mutual aid: a yearly cap'))}`);
    sourcedLine(ctx, '    ', say(ctx, '每个自然年度累计不超过', 'at most a calendar year'), c as never, 'money', where);
    choiceLine(ctx, '    ', say(ctx, '累计按', 'counted per'), c.per, (x) => (x === 'holder' ? say(ctx, '账户持有人(给所有亲属的共济支付合计,--ytd-family-paid)', "the holder's account (all its 共济 payments, --ytd-family-paid)") : say(ctx, '每位被共济人(本人已获共济支付,--ytd-family-received)', 'each relative (what the patient received, --ytd-family-received)')), `${where} · per`);
  }
}

const STATUS_CHANGE_KEY: Record<'outpatient' | 'inpatient' | 'chronic' | 'second_layer', Text> = {
  outpatient: { zh: '普通门诊', en: 'general outpatient' },
  inpatient: { zh: '住院', en: 'inpatient' },
  chronic: { zh: '门诊慢特病', en: 'chronic' },
  second_layer: { zh: '大额/大病保险', en: 'second layer' },
};

/** One share for both schemes, or the employees' (maybe by status) and the residents' apart, each benefit's apart where keyed so. */
function firstPayShareLines(ctx: ShowContext, label: string, share: FirstPayKeyed, where: string): void {
  if (isSourced(share)) return sourcedLine(ctx, '    ', label, share, 'ratio', where);
  const words: Record<string, Text> = {
    ...BENEFIT_WORDS,
    employee: { zh: '职工医保', en: 'employees' },
    resident: { zh: '居民医保', en: 'residents' },
    active: { zh: '在职', en: ', active' },
    retired: { zh: '退休', en: ', retired' },
  };
  for (const { v, key } of firstPaySharesOf(share)) {
    // 住院·职工医保退休 / inpatient, employees, retired
    const who = key.map((k, i) => (i > 0 && Object.hasOwn(BENEFIT_WORDS, key[i - 1]!) ? say(ctx, '·', ', ') : '') + words[k]![ctx.lang]).join('');
    sourcedLine(ctx, '    ', `${label}${say(ctx, `(${who})`, ` (${who})`)}`, v, 'ratio', `${where} · ${who}`);
  }
}

const BASE_WORDS: Record<string, Text> = {
  burden: { zh: '按年度个人负担超过起付标准的部分分段支付', en: "the year's personal burden above a threshold, in bands" },
  above_cap: { zh: '支付基本医保按比例算出但超过年度封顶线的部分', en: 'the fund amount computed above the annual cap' },
  after_cap: { zh: '基本医保达到封顶线后,其后的费用扣除目录外费用、乙类先行自付和起付线后按比例支付', en: 'once the cap is reached, a share of later costs less 目录外 costs, class-B first pay and the deductible' },
};

/** cap_incentive (参保激励): each part's raise a year, the years after which it counts, the ceiling of both, and the inputs a claim gives. */
function capIncentiveLines(ctx: ShowContext, c: NonNullable<SecondLayerValue['cap_incentive']>, layerWhere: string): void {
  const where = `${layerWhere} · cap_incentive`;
  ctx.lines.push(`    ${say(ctx, '参保激励:年度最高支付限额提高(案例给出 --insured-years 连续参保年数、--zero-claim-years 零报销年数;未给出不提高)', 'insurance incentive: the yearly cap raised (a claim gives --insured-years and --zero-claim-years; not given: no raise)')}`);
  const per = (x: { per_year?: SourcedValue | undefined; per_year_share?: SourcedValue | undefined }, zh: string, en: string, key: string) => {
    if (x.per_year) sourcedLine(ctx, '      ', say(ctx, `${zh}每年提高`, `${en}: raised a year by`), x.per_year, 'money', `${where}.${key}.per_year`);
    if (x.per_year_share) sourcedLine(ctx, '      ', say(ctx, `${zh}每年提高(原封顶线的比例)`, `${en}: raised a year by (a share of the cap)`), x.per_year_share, 'ratio', `${where}.${key}.per_year_share`);
  };
  if (c.continuous) {
    sourcedLine(ctx, '      ', say(ctx, '连续参保满几年后,之后每年计入', 'continuous years after which each further year counts'), c.continuous.after_years, 'count', `${where}.continuous.after_years`);
    per(c.continuous, '连续参保', 'continuous insurance', 'continuous');
  }
  if (c.zero_claim) per(c.zero_claim, '基金零报销', 'a year without reimbursement', 'zero_claim');
  if (c.max) sourcedLine(ctx, '      ', say(ctx, '两项累计最多提高', 'both together at most'), c.max, 'money', `${where}.max`);
  if (c.max_share) sourcedLine(ctx, '      ', say(ctx, '两项累计最多提高(原封顶线的比例)', 'both together at most (a share of the cap)'), c.max_share, 'ratio', `${where}.max_share`);
  if (!c.max && !c.max_share) ctx.lines.push(`      ${say(ctx, '两项累计:原文未设上限(未写 max)', 'both together: no ceiling in the file (no max)')}`);
}

/** part_two (岚汐 第十七条（二）): the layer's second part, its base and share, and whether the person's rest counts in part one. */
function partTwoLines(ctx: ShowContext, p: NonNullable<SecondLayerValue['part_two']>, layerWhere: string): void {
  const where = `${layerWhere} · ${say(ctx, '第二部分', 'part two')}`;
  ctx.lines.push(`    ${say(ctx, '第二部分(与上面的第一部分同时支付):', 'Part two (paid beside part one above):')}`);
  evidence(ctx, '      ', p, where);
  choiceLine(ctx, '      ', say(ctx, '支付方式', 'pays'), p.base, (v) => BASE_WORDS[v]?.[ctx.lang] ?? v, where);
  layerKeyedLines(ctx, say(ctx, '支付比例', 'share paid'), p.ratio, 'ratio', where, '      ');
  const words = (v: string) => (v === 'true' ? say(ctx, '计入', 'counted') : say(ctx, '不计入(基金未付、第二部分也未付的部分不算第一部分的个人负担)', "not counted (the rest neither the fund nor part two paid is not part one's burden)"));
  const label = say(ctx, '其余由个人负担的部分计入第一部分的累计', "the person's rest counts in part one's burden");
  if (p.counts_in_burden) choiceLine(ctx, '      ', label, p.counts_in_burden, words, where);
  else {
    ctx.lines.push(`      ${label}${say(ctx, ':未知(文件未写 counts_in_burden;超出封顶线的案例两种算法结果不同时退出码 3)', ': unknown (counts_in_burden not in the file; a claim above the cap whose two results differ is exit 3)')}`);
    ctx.unknowns.push({ where: `${where} · ${label}`, note: '' });
  }
}

function secondLayerLines(ctx: ShowContext, layer: SecondLayerValue, scheme: 'employee' | 'resident', label: string): void {
  const name = layer.name[ctx.lang];
  const where = `${label} · ${name}`;
  const who = scheme === 'employee' ? say(ctx, '职工', 'employees') : say(ctx, '居民', 'residents');
  ctx.lines.push('', `  ${ctx.strong(`${name}${say(ctx, `(${who},基本医保之后的第二层)`, ` (${who}: the layer after the basic fund)`)}`)}`);
  evidence(ctx, '    ', layer, where);
  ctx.lines.push(`    ${say(ctx, '适用:', 'Covers: ')}${benefitList(ctx, layer.benefits)}`);
  // 住院和第一类门诊慢特病: the chronic claims it covers
  const cd = layer.chronic_diseases;
  if (cd) {
    const listed = [...(cd.groups ?? []), ...(cd.diseases ?? [])].join(ctx.lang === 'zh' ? '、' : ', ');
    ctx.lines.push(`    ${say(ctx, `门诊慢特病只限:${listed}(其他病种不计入、不支付,并注明)`, `Chronic care only for: ${listed} (other diseases count nothing and are paid nothing, said)`)}`);
    evidence(ctx, '      ', cd, where);
  }
  choiceLine(ctx, '    ', say(ctx, '支付方式', 'pays'), layer.base, (v) => BASE_WORDS[v]?.[ctx.lang] ?? v, where);
  if (layer.counts) {
    ctx.lines.push(`    ${say(ctx, '个人负担的构成(按比例自付的部分总是计入):', 'The burden (the copay after the ratio always counts):')}`);
    choiceLine(ctx, '      ', say(ctx, '乙类先行自付', 'class-B first pay'), layer.counts.first_pay, yesNo(ctx), where);
    choiceLine(ctx, '      ', say(ctx, '起付线', 'the deductible'), layer.counts.deductible, yesNo(ctx), where);
    if (layer.counts.above_limit) {
      choiceLine(ctx, '      ', say(ctx, '超过年度最高支付限额、基金未付的部分', 'what the fund did not pay above its annual cap'), layer.counts.above_cap, yesNo(ctx), where);
      choiceLine(ctx, '      ', say(ctx, '超过病种限额、基金未付的部分', 'what the fund did not pay above a disease limit'), layer.counts.above_limit, yesNo(ctx), where);
    } else if (layer.part_two) {
      // the annual cap's excess is part two's (its counts_in_burden below): above_cap speaks of a disease limit only
      choiceLine(ctx, '      ', say(ctx, '超过病种限额、基金未付的部分(超过年度最高支付限额的见第二部分)', 'what the fund did not pay above a disease limit (above the annual cap: see part two)'), layer.counts.above_cap, yesNo(ctx), where);
    } else choiceLine(ctx, '      ', say(ctx, '超过封顶线或限额、基金未付的部分', 'what the fund did not pay above its cap or limit'), layer.counts.above_cap, yesNo(ctx), where);
  }
  if (layer.threshold) layerKeyedLines(ctx, say(ctx, '年度起付标准', 'yearly threshold'), layer.threshold, 'money', where);
  if (layer.segments) {
    ctx.lines.push(`    ${say(ctx, '分段比例(按年度累计个人负担,每段分别舍入):', "Bands of the year's burden (each rounded):")}`);
    const start = lowestValue(layer.threshold);
    segmentLines(ctx, '      ', layer.segments, start, where, (label, ratio) => layerKeyedLines(ctx, label, ratio, 'ratio', where, '      '));
  }
  if (layer.ratio && layer.base.value === 'burden') {
    const label = say(ctx, `起付标准以上的部分按一个比例支付(不分段)`, 'one share of the burden above the threshold (no bands)');
    layerKeyedLines(ctx, label, layer.ratio, 'ratio', where);
  } else if (layer.ratio) layerKeyedLines(ctx, say(ctx, '支付比例', 'share paid'), layer.ratio, 'ratio', where);
  else if (layer.base.value === 'above_cap') ctx.lines.push(`    ${say(ctx, '支付比例:超出部分全额支付(未写 ratio)', 'share paid: all of the excess (no ratio given)')}`);
  if (layer.after_cap_deductible) choiceLine(ctx, '    ', say(ctx, '达到封顶线后的住院', 'a stay after the cap'), layer.after_cap_deductible, (v) => (v === 'true' ? say(ctx, '仍扣除起付标准后按比例支付', 'its deductible is still taken off') : say(ctx, '不扣除起付标准,按比例支付全部政策范围内费用', 'no deductible: the share of all its in-pooling costs')), where);
  if (layer.within_claim) choiceLine(ctx, '    ', say(ctx, '本次住院中途达到封顶线', 'cap reached during this claim'), layer.within_claim, (v) => (v === 'unpaid_by_ratio' ? say(ctx, '按本次支付比例计算的统筹基金应付未付金额 ÷ 该比例 = 本次限额以上的费用,按上述比例支付', "what the fund left unpaid at the stay's ratio ÷ that ratio = the part above the cap, paid at the share above") : say(ctx, '本次不支付,从下一次起支付', 'nothing this claim; it starts with the next')), where);
  if (layer.part_two) partTwoLines(ctx, layer.part_two, where);
  layerKeyedLines(ctx, say(ctx, layer.part_two ? '年度最高支付(两部分合并计算)' : '年度最高支付', layer.part_two ? 'yearly cap (both parts together)' : 'yearly cap'), layer.cap, 'money', where);
  if (layer.cap_incentive) capIncentiveLines(ctx, layer.cap_incentive, where);
  // 二档参保人员各段支付比例提高5个百分点
  for (const [k, g] of Object.entries(layer.grade_bonus ?? {})) if (g) sourcedLine(ctx, '    ', say(ctx, `${word(KEY_WORDS, k, ctx.lang)}各段比例提高(在特殊人群提高之前)`, `${word(KEY_WORDS, k, ctx.lang)}: added to every band (before a group's uplift)`), g, 'points', `${where} · grade_bonus.${k}`);
  if (layer.ratio_ceiling) {
    const c = layer.ratio_ceiling;
    sourcedLine(ctx, '    ', say(ctx, '分段比例最高', 'highest band ratio'), c, 'ratio', `${where} · ${say(ctx, '比例上限', 'ceiling')}`);
    choiceLine(ctx, '      ', say(ctx, '特殊人群提高后是否仍受此限', 'held after a group’s uplift (ratio_plus)'), c.after.ratio_plus, (v) => (v === 'true' ? say(ctx, '是(提高后也不超过上限;原文更高的段不降低)', 'yes (at most the ceiling after the uplift; a band the text sets higher is not lowered)') : say(ctx, '否(提高后可超过上限)', 'no (the uplift may pass it)')), where);
  }
  if (layer.burden_before_group) {
    const words = (v: string) => (v === 'counts' ? say(ctx, '认定之前的本年个人负担也计入该类人员的起付标准', 'the burden of the year before that day counts toward the group’s threshold') : say(ctx, '只计认定之日起的个人负担', 'only the burden from that day counts'));
    choiceLine(ctx, '    ', say(ctx, '年度内新认定的救助对象(--assistance-since)', 'a group that began within the year (--assistance-since)'), layer.burden_before_group, words, where);
  } else if (layer.groups && layer.base.value === 'burden') {
    ctx.lines.push(`    ${say(ctx, '年度内新认定的救助对象:认定之前的个人负担是否计入,文件未写(burden_before_group);给出 --assistance-since 且两种算法结果不同时退出码 3', 'a group that began within the year: whether the burden before that day counts is not in the file (burden_before_group); a claim with --assistance-since whose two results differ is exit 3')}`);
  }
  for (const [group, g] of Object.entries(layer.groups ?? {})) {
    ctx.lines.push(`    ${group}:`);
    if (g.threshold_share) sourcedLine(ctx, '      ', say(ctx, '起付标准按一般标准的', 'threshold, share of the general one'), g.threshold_share, 'ratio', `${where} · ${group}`);
    if (g.ratio_plus) sourcedLine(ctx, '      ', g.segments ? say(ctx, '其余各段(本类人员自己的分段以上)按一般标准提高', 'added to the general bands above the group’s own') : say(ctx, '各段比例提高', 'added to every band'), g.ratio_plus, 'points', `${where} · ${group}`);
    if (g.threshold) sourcedLine(ctx, '      ', say(ctx, '本类人员的年度起付标准', 'own threshold'), g.threshold, 'money', `${where} · ${group}`);
    if (g.segments) {
      const rest = g.ratio_plus !== undefined && g.segments.at(-1)?.up_to !== undefined;
      ctx.lines.push(`      ${rest ? say(ctx, '本类人员自己的前几段(以上各段按一般标准提高):', 'own first bands (the general ones above them raised):') : say(ctx, '本类人员的分段比例(代替一般标准):', 'own bands (in place of the general ones):')}`);
      // the group's own threshold, or its share of the general one (降低50%: 7500)
      const share = g.threshold_share?.value;
      const start = g.threshold?.value ?? (share != null ? Math.round(lowestValue(layer.threshold) * share * 100) / 100 : lowestValue(layer.threshold));
      segmentLines(ctx, '        ', g.segments, start, `${where} · ${group}`, (label, ratio) => sourcedLine(ctx, '        ', label, ratio, 'ratio', `${where} · ${group} · ${label}`));
    }
    if (g.cap) sourcedLine(ctx, '      ', say(ctx, '本类人员的年度最高支付', 'own yearly cap'), g.cap, 'money', `${where} · ${group}`);
    if (g.no_cap) choiceLine(ctx, '      ', say(ctx, '年度最高支付', 'yearly cap'), g.no_cap, () => say(ctx, '不设(本类人员不受年度最高支付限额限制)', 'none (no yearly cap for this group)'), `${where} · ${group}`);
    evidence(ctx, '      ', g, `${where} · ${group}`);
  }
  if (layer.open_groups) openGroupsLine(ctx, '    ', layer.open_groups, where);
  if (hasUnknownNumber(layer)) ctx.lines.push(`    ${unknownOnlyWhere(ctx)}`);
}

/** 特困人员、低保对象、返贫致贫人口等困难群众: the list is open; what a group it does not name gets (unknown, or read as a listed one). */
function openGroupsLine(ctx: ShowContext, pad: string, o: OpenGroupsValue, where: string): void {
  const label = say(ctx, '名单以“等”结尾,未列出的对象(--assistance 其他名称)', 'the list ends in 等; a group it does not name (--assistance another name)');
  const words = (v: string) => (v === 'none' ? say(ctx, '不属于所列对象,按一般规定', 'not one of them: the general rule') : say(ctx, `按“${o.group}”计算(医疗救助仍只救助所列对象)`, `counted as "${o.group}" (assistance still covers its own groups only)`));
  choiceLine(ctx, pad, label, o, words, where);
  if (o.value === null) ctx.lines.push(`${pad}  ${say(ctx, '(未列出的对象按全额和按所列对象两种都计算,结果不同时退出码 3;--set …open_groups=none|<对象> 选定)', '(a group it does not name is settled both ways; where they differ, exit 3; --set …open_groups=none|<group> picks one)')}`);
}

/** Whether a layer or assistance block leaves a number unknown (value: null) anywhere in it. */
function hasUnknownNumber(x: unknown): boolean {
  if (Array.isArray(x)) return x.some(hasUnknownNumber);
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  if (Object.hasOwn(o, 'value') && o.value === null && !Object.hasOwn(o, 'values')) return true;
  return Object.values(o).some(hasUnknownNumber);
}

/** An unknown number of a layer stops only the claims it can change. */
const unknownOnlyWhere = (ctx: ShowContext) =>
  say(ctx, '未知的数值只影响用得到它的案例(本层或该类人员在本次需要支付时无法计算,退出码 3;不支付的案例照常计算)', 'An unknown value stops only the claims it can change (exit 3 where the layer or the group would pay on the claim; a claim it pays nothing is answered)');

function assistanceLines(ctx: ShowContext, a: AssistanceValue, label: string): void {
  const name = a.name?.[ctx.lang] ?? say(ctx, '医疗救助', 'Medical assistance');
  const where = `${label} · ${name}`;
  ctx.lines.push('', `  ${ctx.strong(`${name}${say(ctx, '(按救助对象,--assistance)', ' (by group, --assistance)')}`)}`);
  evidence(ctx, '    ', a, where);
  ctx.lines.push(`    ${say(ctx, '适用:', 'Covers: ')}${benefitList(ctx, benefitNames(a.benefits))}`);
  // a benefit cited apart or read (普通门诊也救助): its own clause, said on that benefit's claims only
  for (const b of a.benefits) {
    if (typeof b === 'string') continue;
    ctx.lines.push(`      ${word(BENEFIT_WORDS, b.value, ctx.lang)}${b.reading ? say(ctx, '(解读,只在该待遇的案例中说明)', ' (a reading, said on claims of this benefit only)') : ''}`);
    evidence(ctx, '        ', b, `${where} · ${word(BENEFIT_WORDS, b.value, ctx.lang)}`);
  }
  ctx.lines.push(
    a.base.out_of_scope?.value
      ? `    ${say(ctx, '救助基数(基本医保和第二层之后的个人负担,含目录外)是否包括:', 'The base (the burden left after the layers, 目录外 included) includes:')}`
      : `    ${say(ctx, '救助基数(基本医保和第二层之后的政策范围内个人负担)是否包括:', 'The base (the in-scope burden left after the layers) includes:')}`,
  );
  choiceLine(ctx, '      ', say(ctx, '起付线', 'the deductible'), a.base.deductible, yesNo(ctx), where);
  choiceLine(ctx, '      ', say(ctx, '乙类先行自付', 'class-B first pay'), a.base.first_pay, yesNo(ctx), where);
  if (a.base.out_of_scope) choiceLine(ctx, '      ', say(ctx, '目录外费用', '目录外 costs'), a.base.out_of_scope, yesNo(ctx), where);
  else ctx.lines.push(`      ${say(ctx, '目录外费用:不计入', '目录外 costs: not counted')}`);
  for (const [group, g] of Object.entries(a.groups)) {
    const also = alsoCalled(ctx, group, g.aliases);
    const gw = `${where} · ${group}`;
    ctx.lines.push(`    ${ctx.strong(group)}${also}`);
    if (g.threshold) sourcedLine(ctx, '      ', say(ctx, '年度起付标准', 'yearly threshold'), g.threshold, 'money', gw);
    else ctx.lines.push(`      ${say(ctx, '年度起付标准:无', 'yearly threshold: none')}`);
    sourcedLine(ctx, '      ', say(ctx, '救助比例', 'ratio'), g.ratio, 'ratio', gw);
    if (g.cap) sourcedLine(ctx, '      ', say(ctx, '年度救助限额', 'yearly cap'), g.cap, 'money', gw);
    if (g.no_cap) choiceLine(ctx, '      ', say(ctx, '年度救助限额', 'yearly cap'), g.no_cap, () => say(ctx, '不设(本类人员的救助没有年度限额)', 'none (no yearly assistance cap for this group)'), gw);
    evidence(ctx, '      ', g, gw);
  }
  if (Object.values(a.groups).some(hasUnknownNumber)) ctx.lines.push(`    ${unknownOnlyWhere(ctx)}`);
  // 特困人员、低保对象、返贫致贫人口等: a group the list does not name is unknown, or read as one of them or as none
  if (a.open_groups) {
    const o = a.open_groups;
    const label = say(ctx, '名单以“等”结尾,未列出的对象(--assistance 其他名称)', 'the list ends in 等; a group it does not name (--assistance another name)');
    const words = (v: string) => (v === 'none' ? say(ctx, '不属于救助对象(医疗救助不支付)', 'not an assistance group (no assistance)') : say(ctx, `按“${o.group}”救助`, `assisted as "${o.group}"`));
    choiceLine(ctx, '    ', label, o, words, where);
    if (o.value === null) ctx.lines.push(`      ${say(ctx, `未列出的对象:按${o.group ? `“${o.group}”` : '所列各类'}救助与不救助都计算,结果不同时退出码 3(--set assistance.open_groups=none|<对象> 选定)`, `a group it does not name: settled with no assistance and as ${o.group ?? 'each listed group'}; where they differ, exit 3 (--set assistance.open_groups=none|<group> picks one)`)}`);
  }
  if (a.uplift) upliftLines(ctx, a.uplift, where);
  // 未按规定办理异地就医备案的，救助比例降低10个百分点
  const cuts = Object.entries(a.filing_cut ?? {});
  if (cuts.length) {
    ctx.lines.push(`    ${say(ctx, '异地就医按备案情况降低救助比例(--filing;在提高之后):', 'The assistance ratio lowered by the filing (--filing; after any uplift):')}`);
    for (const [kind, c] of cuts) if (c) sourcedLine(ctx, '      ', filingKindWords(kind)[ctx.lang], c, 'points', `${where} · filing_cut.${kind}`);
  }
}

const GRADE_WORD = ['一', '二', '三', '四'];

/** assistance.uplift: 未成年人、一至二级残疾…救助比例提高10个百分点，年度救助限额提高2万元，比例最高不超过100%. */
function upliftLines(ctx: ShowContext, u: AssistanceUpliftValue, where: string): void {
  const uw = `${where} · ${say(ctx, '提高救助', 'uplift')}`;
  const some = Object.values(u.grounds).some((g) => g.groups);
  ctx.lines.push(`    ${ctx.strong(some ? say(ctx, '按个人情况提高救助', 'Raised for a personal condition') : say(ctx, '按个人情况提高救助(各类救助对象)', 'Raised for a personal condition (every group)'))}`);
  evidence(ctx, '      ', u, uw);
  for (const [name, g] of Object.entries(u.grounds)) {
    const gw = `${uw} · ${name}`;
    if (g.groups) ctx.lines.push(`      ${say(ctx, `${name}:只适用于`, `${name}: for`)}${colon(ctx)}${ctx.strong(g.groups.join(say(ctx, '、', ', ')))}`);
    if (g.min_age) sourcedLine(ctx, '      ', say(ctx, `${name}:年满(周岁,--age / --birth-date)`, `${name}: at or over the age of (--age / --birth-date)`), g.min_age, 'count', gw);
    if (g.below_age) sourcedLine(ctx, '      ', say(ctx, `${name}:未满(周岁,--age / --birth-date)`, `${name}: under the age of (--age / --birth-date)`), g.below_age, 'count', gw);
    if (g.disability) {
      const grades = g.disability.value;
      const label = say(ctx, `${name}:残疾等级(--disability)`, `${name}: disability grades (--disability)`);
      if (grades === null) {
        ctx.lines.push(`      ${label}${colon(ctx)}${say(ctx, '未知', 'unknown')}${g.disability.note ? ` (${g.disability.note[ctx.lang]})` : ''}`);
        ctx.unknowns.push({ where: `${gw} · ${label}`, note: g.disability.note?.[ctx.lang] ?? '' });
      } else ctx.lines.push(`      ${label}${colon(ctx)}${ctx.strong(grades.map((x) => say(ctx, `${GRADE_WORD[Number(x) - 1]}级`, `grade ${x}`)).join(say(ctx, '、', ', ')))}`);
      evidence(ctx, '        ', g.disability, gw);
    }
    if (g.ratio) sourcedLine(ctx, '        ', say(ctx, '本项救助比例为(原比例更高的不降低;不加整项的提高)', 'this ground sets the ratio at (a higher group ratio is kept; the uplift’s own points and yuan not added)'), g.ratio, 'ratio', gw);
    if (g.ratio_plus) sourcedLine(ctx, '        ', say(ctx, '本项救助比例提高', 'this ground’s points'), g.ratio_plus, 'points', gw);
    if (g.cap_plus) sourcedLine(ctx, '        ', say(ctx, '本项年度救助限额提高', 'this ground’s cap increase'), g.cap_plus, 'money', gw);
    evidence(ctx, '        ', g, gw);
  }
  if (u.ratio_plus) sourcedLine(ctx, '      ', say(ctx, '救助比例提高', 'ratio raised by'), u.ratio_plus, 'points', uw);
  if (u.cap_plus) sourcedLine(ctx, '      ', say(ctx, '年度救助限额提高', 'yearly cap raised by'), u.cap_plus, 'money', uw);
  if (u.ratio_ceiling) sourcedLine(ctx, '      ', say(ctx, '提高后比例最高', 'raised ratio at most'), u.ratio_ceiling, 'ratio', uw);
  if (u.age_on) choiceLine(ctx, '      ', say(ctx, '年龄按哪天计算', 'the age is taken on'), u.age_on, (v) => (v === 'admission' ? say(ctx, '入院(就诊)之日', 'the day of admission (or the visit)') : say(ctx, '出院之日', 'the day of discharge')), uw);
  const several = u.several ?? { value: null, note: { zh: '文件未写 several', en: 'several is not in the file' } };
  choiceLine(ctx, '      ', say(ctx, '同时符合几项条件的', 'a person meeting several grounds'), several, (v) => (v === 'once' ? say(ctx, '只提高一次(取最高的一项)', 'raised once (the largest)') : say(ctx, '每项分别提高、累加', 'each ground added')), uw);
  if (several.value === null) ctx.lines.push(`      ${say(ctx, '(同时符合几项、两种算法结果不同的案例退出码 3,给出两种结果;--set assistance.uplift.several=once|per_ground 选定)', '(a claim meeting several grounds whose two results differ is exit 3 with both; --set assistance.uplift.several=once|per_ground picks one)')}`);
}

const pctOf = (v: number): string => `${Math.round(v * 10000) / 100}%`;

/** Which ratio a filing's multiple is of, in words (ratio_times_of). */
function timesOfWords(ctx: ShowContext, of: { value: 'uplifted' | 'stated' | null; reading?: unknown } | undefined): string {
  if (of?.value == null) return say(ctx, '(按提高后的比例还是先乘再提高:未写明)', ' (of the raised or the stated ratio: not stated)');
  const words = of.value === 'uplifted' ? say(ctx, '(按提高后的比例乘)', ' (of the raised ratio)') : say(ctx, '(先乘,再加提高)', ' (of the stated ratio, uplifts added after)');
  return of.reading ? `${words}${say(ctx, '[解读]', ' [reading]')}` : words;
}

/** Whether a filing's share paid first counts in the layers' bases (first_share.counts_in_layers), in words. */
function countsWords(ctx: ShowContext, c: { value: boolean | null; reading?: unknown } | undefined): string {
  if (c?.value == null) return say(ctx, ',是否计入大病保险/大额补助和医疗救助的计算基数未写明', '; whether it counts in the second layer’s and assistance’s bases is not stated');
  const words = c.value ? say(ctx, ',计入大病保险/大额补助和医疗救助的计算基数', '; it counts in the second layer’s and assistance’s bases') : say(ctx, ',不计入大病保险/大额补助和医疗救助的计算基数', '; it counts in neither the second layer’s nor assistance’s base');
  return c.reading ? `${words}${say(ctx, '[解读]', ' [reading]')}` : words;
}
