// What `ask` understood of a claim question, in one line the operator can check before the
// answer: 理解为:职工 在职 · 一级医疗机构 · 门诊 · 1200.00 元 · 今年统筹已报 300.00 元 ·
// 未理解:"看了3次". Each part of the claim is shown; a part left out is "?"; a clause that still
// carries meaning is shown as not understood. Also the usage errors a question gives (a value
// given two ways, a part not understood).
import { UsageError, type Lang } from '../errors.js';
import type { ClaimQuestion, ConflictField } from '../../ask/parse.js';
import type { ChangedField } from '../../ask/follow-up.js';
import type { ExtraField } from '../../ask/extras.js';
import { formatFen, parseYuan } from '../../money/money.js';
import type { Policy } from '../../policy/schema.js';
import type { Relation } from '../../domain.js';
import { excerpt, quoted } from '../../excerpt.js';
import { Q, RELATION_TEXT } from '../wizard/text.js';
import { CITY_WORDS } from '../../cities.js';
import { TIER_ALIASES, lookup } from '../../claim/aliases.js';
import { FIELD_LABELS, missingFields, type RawClaim } from '../../claim/index.js';
import { ratedFacilityNames } from '../../claim/facility.js';

const SCHEME = { employee: { zh: '职工', en: 'employee' }, resident: { zh: '居民', en: 'resident' } } as const;
const STATUS = { active: { zh: '在职', en: 'active' }, retired: { zh: '退休', en: 'retired' } } as const;
const BENEFIT = { outpatient: { zh: '门诊', en: 'outpatient' }, inpatient: { zh: '住院', en: 'inpatient' }, chronic: { zh: '门诊慢特病', en: 'chronic outpatient' } } as const;
// the relation in the wizard's own words (看病的人是账户主人的…), so that ask and the wizard say it alike
const RELATION: Record<Relation, { zh: string; en: string }> = RELATION_TEXT;
const EXTRA: Record<Exclude<ExtraField, 'relation'>, { zh: string; en: string }> = {
  out_of_scope: { zh: '目录外(自费)', en: 'out of scope' },
  ytd_fund: { zh: '今年统筹已报', en: 'fund paid this year' },
  ytd_deductible: { zh: '起付线已付', en: 'deductible met this year' },
  account: { zh: '个人账户', en: 'personal account' },
  family: { zh: '家庭共济', en: 'family mutual aid' },
  contribution: { zh: '缴费基数为平均工资的', en: 'contribution level, of the average wage:' },
  contribution_years_met: { zh: '缴费年限', en: 'contribution years' },
  admission: { zh: '本年第几次住院', en: 'admission of the year' },
  age: { zh: '年龄', en: 'age' },
  class_b: { zh: '乙类费用', en: 'class-B cost' },
  class_b_drugs: { zh: '乙类药品', en: 'class-B drugs' },
  class_b_items: { zh: '乙类诊疗项目', en: 'class-B items' },
  grade: { zh: '缴费档次', en: 'grade' },
  filing: { zh: '异地备案', en: 'filing' },
  disease: { zh: '病种', en: 'disease' },
  diseases: { zh: '病种', en: 'diseases' },
  assistance: { zh: '医疗救助对象', en: 'assistance group' },
  disability: { zh: '残疾等级', en: 'disability grade' },
  days: { zh: '就诊天数', en: 'days of care' },
  status_since: { zh: '退休日期', en: 'retired since' },
  where: { zh: '就医地', en: 'where' },
  discharge_date: { zh: '出院日期', en: 'discharged' },
  previous_discharge: { zh: '上次出院', en: 'previous discharge' },
  birth_date: { zh: '出生日期', en: 'born' },
  ytd_family_paid: { zh: '本年该账户已共济支付', en: "holder's account paid by family aid this year" },
  ytd_family_received: { zh: '本年已获家庭共济', en: 'family aid received this year' },
  emergency: { zh: '急诊', en: 'emergency' },
  insured_years: { zh: '连续参保年数', en: 'years insured without a break' },
  zero_claim_years: { zh: '基金零报销年数', en: 'years without reimbursement' },
  referred_from: { zh: '医联体内转出医院', en: 'referred from' },
  referred: { zh: '是否转诊', en: 'referred' },
  enrolled: { zh: '参保登记', en: 'enrolled' },
  certified: { zh: '病种认定', en: 'certified' },
  previous_same_facility: { zh: '上次住院是否同一医院', en: 'last stay at the same facility' },
};
const WHERE = { in_province: { zh: '省内市外', en: 'in the province' }, out_of_province: { zh: '省外', en: 'outside the province' } } as const;
const FILING = { emergency: { zh: '异地急诊抢救', en: 'emergency care elsewhere' }, filed: { zh: '异地已备案', en: 'out of area, filed' }, temporary: { zh: '临时外出就医已备案', en: 'temporary trip, filed' }, unfiled: { zh: '异地未备案', en: 'out of area, not filed' }, referral: { zh: '转诊', en: 'referral' } } as const;
/** A resident grade by the policy's own word for it (一档), as callers and the rulebook say it. */
function gradeName(id: string | undefined, policy: Policy | undefined, lang: Lang): string {
  const grades: Readonly<Record<string, { name: { zh: string; en: string } } | undefined>> = policy?.grades ?? {};
  const named = id === undefined || !Object.hasOwn(grades, id) ? undefined : grades[id]?.name[lang];
  if (named !== undefined) return named;
  return `${EXTRA.grade[lang]} ${id ?? '?'}`;
}

/** 2025年5月退休 (only the month said: the first day the tool takes is not shown as said) / 2025年5月3日退休. */
function sinceWords(value: string | undefined, monthOnly: boolean, lang: Lang, processed = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return `${EXTRA.status_since[lang]} ?`;
  const [y, mo, d] = [m[1], Number(m[2]), Number(m[3])];
  // the day retirement was processed (status_from): calc works out the start and says it
  const act = processed ? { zh: '办理退休手续', en: 'retirement processed' } : { zh: '退休', en: 'retired' };
  if (lang === 'zh') return monthOnly ? `${y}年${mo}月${act.zh}` : `${y}年${mo}月${d}日${act.zh}`;
  return monthOnly ? `${act.en} in ${y}-${m[2]}` : `${act.en} on ${y}-${m[2]}-${m[3]}`;
}

/** Model 2's inputs that are not money, as the line says them: 第2次住院 · 72岁 · 一档 · 异地已备案. */
function model2Part(field: ExtraField, value: string | undefined, policy: Policy | undefined, lang: Lang): string | undefined {
  const v = value ?? '?';
  if (field === 'admission') return lang === 'zh' ? `本年第${v}次住院` : `admission ${v} of the year`;
  if (field === 'age') return lang === 'zh' ? `${v}岁` : `aged ${v}`;
  if (field === 'grade') return gradeName(value, policy, lang);
  if (field === 'days') return lang === 'zh' ? `${v}天` : `${v} day(s)`;
  if (field === 'insured_years') return lang === 'zh' ? `连续参保${v}年` : `${v} years insured without a break`;
  if (field === 'zero_claim_years') return lang === 'zh' ? `基金零报销${v}年` : `${v} year(s) without reimbursement`;
  if (field === 'previous_discharge') return lang === 'zh' ? `上次出院 ${v}` : `previous discharge ${v}`;
  if (field === 'birth_date') return lang === 'zh' ? `${v} 出生` : `born ${v}`;
  if (field === 'enrolled') return lang === 'zh' ? `${v} 参保登记` : `enrolled ${v}`;
  if (field === 'certified') return lang === 'zh' ? `${v} 病种认定` : `certified ${v}`;
  if (field === 'status_since') return sinceWords(value, false, lang);
  if (field === 'filing') return name(FILING, value, lang) ?? v;
  if (field === 'where') return name(WHERE, value, lang) ?? v;
  if (field === 'referred') return value === 'no' ? (lang === 'zh' ? '未经转诊' : 'not referred') : lang === 'zh' ? '经转诊' : 'referred';
  if (field === 'emergency') return value === 'no' ? (lang === 'zh' ? '非急诊' : 'not an emergency') : lang === 'zh' ? '急诊' : 'an emergency';
  if (field === 'disability') return lang === 'zh' ? `${'一二三四'[Number(v) - 1] ?? v}级残疾` : `disability grade ${v}`;
  if (field === 'disease' || field === 'diseases' || field === 'assistance') return `${EXTRA[field][lang]} ${field === 'diseases' ? v.split(',').join('、') : v}`;
  return undefined;
}
const YEARS_MET = { yes: { zh: '缴费年限已满', en: 'contribution years met' }, no: { zh: '缴费年限未满', en: 'contribution years not met' } } as const;
export const FIELD: Record<ConflictField, { zh: string; en: string }> = {
  scheme: { zh: '参保类型', en: 'scheme' },
  status: { zh: '人员状态', en: 'status' },
  tier: { zh: '医疗机构级别', en: 'tier' },
  benefit: { zh: '待遇类型', en: 'benefit' },
  amount: { zh: '金额', en: 'amount' },
  date: { zh: '日期', en: 'date' },
  city: { zh: '城市', en: 'city' },
  out_of_scope: { zh: '目录外(自费)金额', en: 'out-of-scope amount' },
  ytd_fund: { zh: '今年统筹已报金额', en: 'fund paid this year' },
  ytd_deductible: { zh: '起付线已付金额', en: 'deductible met this year' },
  account: { zh: '个人账户余额', en: 'personal account balance' },
  family: { zh: '家庭共济余额', en: 'family mutual-aid balance' },
  relation: { zh: '与账户主人的关系', en: 'relation to the account holder' },
  contribution: { zh: '缴费水平', en: 'contribution level' },
  contribution_years_met: { zh: '缴费年限', en: 'contribution years' },
  admission: FIELD_LABELS.admission,
  age: FIELD_LABELS.age,
  class_b: FIELD_LABELS.class_b,
  class_b_drugs: FIELD_LABELS.class_b_drugs,
  class_b_items: FIELD_LABELS.class_b_items,
  grade: FIELD_LABELS.grade,
  filing: FIELD_LABELS.filing,
  disease: FIELD_LABELS.disease,
  diseases: FIELD_LABELS.diseases,
  assistance: FIELD_LABELS.assistance,
  disability: FIELD_LABELS.disability,
  days: FIELD_LABELS.days,
  status_since: { zh: '退休日期', en: 'day of retiring' },
  where: FIELD_LABELS.where,
  discharge_date: { zh: '出院日期', en: 'day of discharge' },
  previous_discharge: FIELD_LABELS.previous_discharge,
  birth_date: FIELD_LABELS.birth_date,
  ytd_family_paid: { zh: '本年该账户已共济支付', en: "the holder's account's family aid this year" },
  ytd_family_received: { zh: '本年已获家庭共济', en: 'family aid received this year' },
  emergency: { zh: '是否急诊', en: 'emergency or not' },
  insured_years: { zh: '连续参保年数', en: 'years insured without a break' },
  zero_claim_years: { zh: '零报销年数', en: 'years without reimbursement' },
  referred_from: { zh: '转出医院', en: 'referring facility' },
  referred: { zh: '是否转诊', en: 'referred or not' },
  enrolled: { zh: '参保日期', en: 'enrolment date' },
  certified: { zh: '病种认定日期', en: 'certification date' },
  previous_same_facility: { zh: '上次住院是否同一医院', en: 'whether the last stay was at the same facility' },
};

/** A bundled city by its first Chinese name (咸宁市), or its id in English. */
function cityName(id: string, lang: Lang): string {
  const words = (CITY_WORDS as Readonly<Record<string, readonly string[]>>)[id];
  const zh = words?.find((w) => /[^\x20-\x7e]/.test(w));
  return lang === 'zh' && zh ? zh : id;
}

function name<T extends string>(table: Record<T, { zh: string; en: string }>, id: string | undefined, lang: Lang): string | undefined {
  return id !== undefined && Object.hasOwn(table, id) ? table[id as T][lang] : undefined;
}

const money = (value: string | undefined, lang: Lang): string => {
  const fen = value === undefined ? null : parseYuan(value);
  if (value === undefined) return '?';
  return fen === null ? excerpt(value) : `${formatFen(fen)} ${lang === 'zh' ? '元' : 'yuan'}`;
};

/** The extras in the order the question gave them; the family with the relation, as the wizard asks it. */
function extraParts(claim: ClaimQuestion, policy: Policy | undefined, lang: Lang): string[] {
  const parts: string[] = [];
  for (const { field } of claim.extras) {
    if (field === 'relation') continue;
    const value = claim.raw[field];
    if (field === 'status_since') {
      const processed = claim.raw.retirement_processed;
      parts.push(sinceWords(claim.raw.status_since ?? processed, claim.statusSince?.day === undefined, lang, processed !== undefined));
      continue;
    }
    if (field === 'contribution_years_met') {
      parts.push(name(YEARS_MET, value, lang) ?? '?');
      continue;
    }
    const m2 = model2Part(field, value, policy, lang);
    if (m2 !== undefined) {
      parts.push(m2);
      continue;
    }
    if (field === 'contribution') {
      parts.push(`${EXTRA.contribution[lang]}${lang === 'zh' ? '' : ' '}${value ?? '?'}`);
      continue;
    }
    let part = `${EXTRA[field][lang]} ${money(value, lang)}`;
    if (field === 'family') {
      const hint = Q.relationHint(name(RELATION, claim.raw.relation, lang) ?? '?')[lang];
      part += lang === 'zh' ? `(${hint})` : ` (${hint})`;
    }
    parts.push(part);
  }
  if (claim.deductibleFull !== undefined) {
    const met = claim.raw.ytd_deductible;
    parts.push(lang === 'zh' ? `起付线已付满${met === undefined ? '(按政策的起付线)' : ` ${money(met, lang)}`}` : `deductible met in full${met === undefined ? " (the policy's)" : `: ${money(met, lang)}`}`);
  }
  return parts;
}

/** A community facility in the caller's word, with the policy's kind it is taken as when the policy names another (a reading). */
function facilityWords(word: string | undefined, id: string | undefined, named: { zh: string; en: string } | undefined, lang: Lang): string | undefined {
  if (id !== 'community' || word === undefined || word === id || !named || named.zh.includes(word)) return undefined;
  return lang === 'zh' ? `${word}(按${named.zh}算,这是对原文的理解)` : `${word} (taken as a ${named.en}: a reading)`;
}

/** 理解为:职工 退休 · 二级医疗机构 · 门诊 · 1000.00 元 — a part the question leaves out is "?". */
export function understoodLine(claim: ClaimQuestion, policy: Policy | undefined, lang: Lang, dateWords?: string): string {
  const { raw } = claim;
  const unknown = '?';
  const scheme = name(SCHEME, raw.scheme, lang) ?? unknown;
  const status = raw.scheme === 'resident' ? '' : ` ${name(STATUS, raw.status, lang) ?? unknown}`;
  const tierId = raw.tier === undefined ? undefined : lookup(TIER_ALIASES, raw.tier);
  const tierDef = tierId === undefined ? undefined : policy?.tiers[tierId];
  // a facility the policy names (村卫生室) is shown by its name, as --tier takes it
  const facility = raw.tier !== undefined && (Object.hasOwn(policy?.facilities ?? {}, raw.tier) || (policy !== undefined && ratedFacilityNames(policy).some((r) => r.name === raw.tier))) ? raw.tier : undefined;
  const tier = facility ?? facilityWords(raw.tier, tierId, tierDef?.name, lang) ?? tierDef?.name[lang] ?? (raw.tier === undefined ? unknown : lang === 'zh' ? `${raw.tier}级` : `tier ${raw.tier}`);
  const benefit = name(BENEFIT, raw.benefit, lang) ?? `${BENEFIT.outpatient[lang]}${lang === 'zh' ? '(未说明,按门诊)' : ' (not said: outpatient)'}`;
  const parts = [`${scheme}${status}`, tier, benefit, money(raw.amount, lang), ...extraParts(claim, policy, lang)];
  // the city and the date only when the question says them
  if (policy && claim.words.city !== undefined) parts.push(policy.name[lang]);
  if (dateWords !== undefined) parts.push(dateWords);
  else if (claim.words.date !== undefined && raw.date !== undefined) parts.push(raw.date);
  if (claim.unclear.length > 0) parts.push(`${lang === 'zh' ? '未理解:' : 'Not understood: '}${unclearList(claim, lang)}`);
  return `${lang === 'zh' ? '理解为:' : 'Understood as: '}${parts.join(' · ')}`;
}

/** The parts not understood, quoted; a pasted wall of them is cut after the first five. */
function unclearList(claim: ClaimQuestion, lang: Lang): string {
  const shown = claim.unclear
    .slice(0, 5)
    .map((u) => `${quoted(u, 40)}${Object.hasOwn(claim.why, u) ? `(${claim.why[u]![lang]})` : ''}`)
    .join(lang === 'zh' ? '、' : ', ');
  const more = claim.unclear.length - 5;
  if (more <= 0) return shown;
  return lang === 'zh' ? `${shown}等共 ${claim.unclear.length} 处` : `${shown} and ${more} more`;
}

/** Something in the question not understood: the answer would be computed without it. */
export function unclearWarning(claim: ClaimQuestion, lang: Lang): string {
  return lang === 'zh'
    ? `问题里这部分没有理解:${unclearList(claim, lang)}。不算它,得出的数可能不对。`
    : `Part of the question was not understood: ${unclearList(claim, lang)}. Without it the figures may be wrong.`;
}

const SAY_IT = {
  zh: '请换个说法再问(如“今年统筹已报300”“起付线已付200”“起付线已经付满了”“自费100”“医保卡里有500”“老伴的账户共济500”“2024年3月5日”)。',
  en: 'Ask again in other words (e.g. 今年统筹已报300, 起付线已付200, 起付线已经付满了, 自费100, 医保卡里有500, 老伴的账户共济500, 2024年3月5日).',
};

/**
 * Not at a terminal: a usage error naming what was not understood. At a terminal, once the
 * operator has said not to go on (`declined`), only what to do next.
 */
export function unclearError(claim: ClaimQuestion, declined = false): UsageError {
  if (declined) return new UsageError({ zh: `没有计算。${SAY_IT.zh}`, en: `Nothing was computed. ${SAY_IT.en}` }, 'not_understood');
  const list = { zh: unclearList(claim, 'zh'), en: unclearList(claim, 'en') };
  return new UsageError(
    {
      zh:
        `问题里这部分没有理解:${list.zh}。不算它得出的数可能不对,所以没有计算。请换个说法` +
        '(如“今年统筹已报300”“起付线已付200”“起付线已经付满了”“自费100”“医保卡里有500”“老伴的账户共济500”“2024年3月5日”),' +
        '或用 yibao calc 的选项指定(--ytd-fund、--ytd-deductible、--out-of-scope、--account、--family、--relation、--date)。',
      en:
        `part of the question was not understood: ${list.en}. The figures could be wrong without it, so nothing was computed. Say it another way ` +
        '(e.g. 今年统筹已报300, 起付线已付200, 起付线已经付满了, 自费100, 医保卡里有500, 老伴的账户共济500, 2024年3月5日), ' +
        'or give it with yibao calc (--ytd-fund, --ytd-deductible, --out-of-scope, --account, --family, --relation, --date).',
    },
    'not_understood',
  );
}

/** Two ways of one thing in the question (二级 … 三级): not understood, exit 2, naming them. */
export function conflictError(claim: ClaimQuestion, policy: Policy | undefined, lang: Lang): UsageError {
  const c = claim.conflicts[0]!;
  const shown = (v: string) => {
    if (c.field === 'tier') return policy?.tiers[v as keyof Policy['tiers']]?.name[lang] ?? v;
    if (c.field === 'relation') return name(RELATION, v, lang) ?? excerpt(v);
    if (c.field === 'city') return cityName(v, lang);
    if (c.field === 'contribution') return excerpt(v);
    if (c.field === 'contribution_years_met') return name(YEARS_MET, v, lang) ?? excerpt(v);
    if (v === 'full') return lang === 'zh' ? '已付满' : 'met in full';
    if (c.field in EXTRA || c.field === 'amount') return money(v, lang);
    return name(SCHEME, v, lang) ?? name(STATUS, v, lang) ?? name(BENEFIT, v, lang) ?? excerpt(v);
  };
  const values = c.values.map(shown).join(lang === 'zh' ? '、' : ', ');
  // two cities: the claim is paid by the rules of the city where the patient is insured
  const which =
    c.field === 'city'
      ? { zh: '报销按参保地的政策算:请只说参保的城市(或用 --city 指定)。', en: ' A claim is paid by the rules of the city where the patient is insured: name only that city (or use --city).' }
      : { zh: '请只说一个,或用 yibao calc 逐项指定。', en: ' Say just one, or use yibao calc with flags.' };
  return new UsageError(
    {
      zh: `问题里的${FIELD[c.field].zh}有不止一个(${values}),不知道按哪个算。${which.zh}`,
      en: `the question gives more than one ${FIELD[c.field].en} (${values});${which.en}`,
    },
    'ambiguous_question',
  );
}

/**
 * A claim missing a value in a block pasted into the desk: the wizard is not opened (the rest of
 * the paste would answer its questions), so the desk says what the question left out.
 */
export function missingError(raw: RawClaim): UsageError {
  const fields = missingFields(raw);
  const list = (l: Lang) => fields.map((f) => FIELD_LABELS[f][l]).join(l === 'zh' ? '、' : ', ');
  return new UsageError(
    {
      zh: `这一问还缺:${list('zh')}。粘贴的多行问题不打开问答向导;请把缺的部分补进问题,单独再问一次。`,
      en: `this question does not give: ${list('en')}. A pasted block of questions does not open the wizard; add what is missing and ask it again on its own.`,
    },
    'missing_value',
  );
}

/** One changed part of a claim, as the 理解为 line shows it. */
function partShown(claim: ClaimQuestion, field: ChangedField, policy: Policy | undefined, lang: Lang): string {
  const { raw } = claim;
  if (field === 'tier') return (raw.tier && policy?.tiers[raw.tier as keyof Policy['tiers']]?.name[lang]) ?? (lang === 'zh' ? `${raw.tier}级` : `tier ${raw.tier}`);
  if (field === 'scheme') return name(SCHEME, raw.scheme, lang) ?? '?';
  if (field === 'status') return name(STATUS, raw.status, lang) ?? '?';
  if (field === 'benefit') return name(BENEFIT, raw.benefit, lang) ?? '?';
  if (field === 'amount') return money(raw.amount, lang);
  if (field === 'city') return policy?.name[lang] ?? excerpt(raw.city ?? '?');
  if (field === 'date') return raw.date ?? '?';
  if (field === 'relation') return Q.relationHint(name(RELATION, raw.relation, lang) ?? '?')[lang];
  if (field === 'ytd_deductible' && claim.deductibleFull !== undefined && raw.ytd_deductible === undefined) return lang === 'zh' ? '起付线已付满' : 'deductible met in full';
  // a day as said, made a date once the claim's date is known (run.ts): the caller's words until then
  const said = field === 'previous_discharge' ? claim.previousSaid : field === 'birth_date' ? claim.birthSaid : undefined;
  if (said && raw[field] === undefined) return `“${said.words}”`;
  return model2Part(field, raw[field], policy, lang) ?? `${EXTRA[field][lang]} ${money(raw[field], lang)}`;
}

/** The desk's what-if: "接上一笔:三级医疗机构" (what changed from the claim in play). */
export function changedLine(claim: ClaimQuestion, changed: readonly ChangedField[], policy: Policy | undefined, lang: Lang): string {
  const parts = changed.map((f) => partShown(claim, f, policy, lang));
  return `${lang === 'zh' ? '接上一笔:' : 'As the last claim, with: '}${parts.join(' · ')}`;
}

/** Whose claim is in play, for the desk's prompt: "[职工 退休 · 今年已报 450]". */
export function callerLabel(raw: RawClaim, fundSoFar: string | undefined, lang: Lang): string {
  const who = raw.scheme === 'employee' ? `${SCHEME.employee[lang]} ${name(STATUS, raw.status, lang) ?? '?'}` : (name(SCHEME, raw.scheme, lang) ?? '?');
  const benefit = raw.benefit !== undefined && raw.benefit !== 'outpatient' ? ` · ${name(BENEFIT, raw.benefit, lang) ?? ''}` : '';
  const fund = fundSoFar === undefined ? '' : ` · ${lang === 'zh' ? '今年已报' : 'fund paid this year'} ${fundSoFar.replace(/\.00$/, '')}`;
  return `[${who}${benefit}${fund}]`;
}
