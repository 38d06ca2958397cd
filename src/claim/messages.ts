// Every message of claim parsing, in both languages. A message names its field with a neutral
// word (FIELD_LABELS); the front end prefixes it with the flag (--out-of-scope) or the column.
import { FIELD_LABELS, type ClaimField } from './fields.js';
import { quoted } from '../excerpt.js';
import type { Text } from '../domain.js';

export type { Text };

/** A typed value, shortened to one line so that a hostile cell cannot flood the terminal. */
const shown = (value: string): string => quoted(value);

type OverridePart = 'benefit' | 'scheme' | 'param' | 'key';

/** The parts of a --set path, as its form names them: <benefit>.<scheme>.<param>[.<key>]. */
const PART_LABELS: Readonly<Record<OverridePart, Text>> = {
  benefit: { zh: '待遇', en: 'benefit' },
  scheme: { zh: '险种', en: 'scheme' },
  param: { zh: '参数', en: 'parameter' },
  key: { zh: '键', en: 'key' },
};

export const claimMessages = {
  missing: (field: ClaimField, hint: Text): Text => ({
    zh: `缺少${FIELD_LABELS[field].zh}${hint.zh ? `(${hint.zh})` : ''}。`,
    en: `the ${FIELD_LABELS[field].en} is missing${hint.en ? ` (${hint.en})` : ''}.`,
  }),
  notOneOf: (field: ClaimField, value: string, choices: string): Text => ({
    zh: `${FIELD_LABELS[field].zh}无效:${shown(value)};可选:${choices}。`,
    en: `invalid ${FIELD_LABELS[field].en}: ${shown(value)}; expected one of ${choices}.`,
  }),
  notMoney: (field: ClaimField, value: string, why?: Text): Text => ({
    zh: `${FIELD_LABELS[field].zh}无效:${shown(value)};${why ? why.zh : ''}应为0到100000000元之间的金额,最多两位小数,例如 120.50。`,
    en: `invalid ${FIELD_LABELS[field].en}: ${shown(value)}; ${why ? `${why.en} E` : 'e'}xpected an amount in yuan from 0 to 100000000 with at most two decimals, e.g. 120.50.`,
  }),
  blank: (field: ClaimField): Text => ({
    zh: `${FIELD_LABELS[field].zh}不能为空(不给出时才使用默认值)。`,
    en: `the ${FIELD_LABELS[field].en} cannot be empty (the default applies only when it is left out).`,
  }),
  amountZero: (): Text => ({
    zh: `${FIELD_LABELS.amount.zh}必须大于0。`,
    en: `the ${FIELD_LABELS.amount.en} must be above 0.`,
  }),
  notDate: (value: string, why?: Text): Text => ({
    zh: `${FIELD_LABELS.date.zh}无效:${shown(value)};${why ? why.zh : ''}应为实际存在的日期,例如 2024-05-01、2024/5/1 或 2024年5月1日。`,
    en: `invalid ${FIELD_LABELS.date.en}: ${shown(value)}; ${why ? `${why.en} E` : 'e'}xpected a real calendar date, e.g. 2024-05-01, 2024/5/1 or 2024年5月1日.`,
  }),
  notCity: (value: string): Text => ({
    zh: `${FIELD_LABELS.city.zh}无效:${shown(value)};应为城市名或政策编号,例如 随州 或 suizhou。`,
    en: `invalid ${FIELD_LABELS.city.en}: ${shown(value)}; expected a city name or policy id such as 随州 or suizhou.`,
  }),
  notRatio: (value: string): Text => ({
    zh: `${FIELD_LABELS.contribution.zh}无效:${shown(value)};应为比例,例如 0.85 或 85%。`,
    en: `invalid ${FIELD_LABELS.contribution.en}: ${shown(value)}; expected a ratio such as 0.85 or 85%.`,
  }),
  statusForResident: (): Text => ({
    zh: `${FIELD_LABELS.status.zh}(在职/退休)只适用于职工医保;居民医保请不要填写。`,
    en: `the ${FIELD_LABELS.status.en} (active/retired) applies to employees only; leave it out for residents.`,
  }),
  accountForResident: (): Text => ({
    zh: `居民医保没有个人账户,${FIELD_LABELS.account.zh}必须为0;亲属账户请用家庭共济余额。`,
    en: `residents have no personal account, so the ${FIELD_LABELS.account.en} must be 0; use the family mutual-aid balance for a relative's account.`,
  }),
  outOfScopeAboveAmount: (): Text => ({
    zh: `${FIELD_LABELS.out_of_scope.zh}不能大于${FIELD_LABELS.amount.zh}。`,
    en: `the ${FIELD_LABELS.out_of_scope.en} cannot exceed the ${FIELD_LABELS.amount.en}.`,
  }),
  relationForFamily: (): Text => ({
    zh: '使用家庭共济余额时需说明患者与账户持有人的关系',
    en: 'needed when a family mutual-aid balance is used',
  }),
  override: (text: string, problem: Text): Text => ({
    zh: `--set ${shown(text)} 无效:${problem.zh}格式为 <待遇>.<险种>.<参数>[.<键>]=<值>,例如 outpatient.employee.deductible=600;或“无法计算”时提示的路径=<值>,例如 assistance.groups.低保对象.cap=60000。`,
    en: `invalid --set ${shown(text)}: ${problem.en} The form is <benefit>.<scheme>.<param>[.<key>]=<value>, e.g. outpatient.employee.deductible=600, or the path a "cannot compute" names =<value>, e.g. assistance.groups.低保对象.cap=60000.`,
  }),
  overrideNoValue: (): Text => ({ zh: '缺少“=<值>”。', en: 'there is no "=<value>".' }),
  overrideTooLong: (parts: number): Text => ({
    zh: `路径有 ${parts} 段,最多 4 段。`,
    en: `the path has ${parts} parts; it has at most 4.`,
  }),
  overridePart: (part: OverridePart, value: string, choices: readonly string[]): Text => ({
    zh: `未知的${PART_LABELS[part].zh} ${shown(value)}(可选:${choices.join(', ')})。`,
    en: `unknown ${PART_LABELS[part].en} ${shown(value)} (expected ${choices.join(', ')}).`,
  }),
  overrideMissingPart: (part: OverridePart, choices: readonly string[]): Text => ({
    zh: `路径缺少${PART_LABELS[part].zh}(${choices.join(', ')})。`,
    en: `the path has no ${PART_LABELS[part].en} (${choices.join(', ')}).`,
  }),
  overrideBonusKey: (): Text => ({
    zh: 'retiree_bonus 只有一个值,不能带键。',
    en: 'retiree_bonus is a single value and takes no key.',
  }),
  overrideMoney: (value: string): Text => ({
    zh: `${shown(value)} 不是0到100000000元之间、最多两位小数的金额。`,
    en: `${shown(value)} is not an amount in yuan from 0 to 100000000 with at most two decimals.`,
  }),
  overrideMultiple: (value: string): Text => ({
    zh: `${shown(value)} 不是大于0的倍数(如 2 表示2倍,最多四位小数,不超过10)。`,
    en: `${shown(value)} is not a multiple above 0 (such as 2 for 2倍, at most four decimals, at most 10).`,
  }),
  overrideCount: (value: string): Text => ({
    zh: `${shown(value)} 不是0到999之间的整数。`,
    en: `${shown(value)} is not a whole number from 0 to 999.`,
  }),
  overrideChoice: (value: string, choices: readonly string[]): Text => ({
    zh: `${shown(value)} 不是这里可写的值(可选:${choices.join(', ')})。`,
    en: `${shown(value)} is not a value this place takes (expected ${choices.join(', ')}).`,
  }),
  overrideSchedule: (value: string): Text => ({
    zh: `${shown(value)} 不是再次住院的起付线比例:写 none(每次都收全额),或从第2次住院起每次的比例,用逗号分隔(如 0.5,0.3,0)。`,
    en: `${shown(value)} is not a later-admission schedule: none (the full deductible on every stay), or the shares from the 2nd admission on, comma-separated (such as 0.5,0.3,0).`,
  }),
  overrideGrades: (value: string): Text => ({
    zh: `${shown(value)} 不是残疾等级:写 1 至 4(一级至四级),用逗号分隔(如 1,2)。`,
    en: `${shown(value)} is not a list of disability grades: 1 to 4, comma-separated (such as 1,2).`,
  }),
  overrideRatio: (value: string): Text => ({
    zh: `${shown(value)} 不是0到1之间的比例(如 0.5 或 50%,最多四位小数)。`,
    en: `${shown(value)} is not a ratio from 0 to 1 (such as 0.5 or 50%, at most four decimals).`,
  }),
};

/** Messages of the policy-model-2 inputs (src/claim/model2.ts). */
export const model2ClaimMessages = {
  notOneOf: claimMessages.notOneOf,
  notWhole: (field: ClaimField, value: string, min: number, max: number): Text => ({
    zh: `${FIELD_LABELS[field].zh}无效:${shown(value)};应为 ${min} 到 ${max} 的整数。`,
    en: `invalid ${FIELD_LABELS[field].en}: ${shown(value)}; expected a whole number from ${min} to ${max}.`,
  }),
  notDay: (field: ClaimField, value: string): Text => ({
    zh: `${FIELD_LABELS[field].zh}无效:${shown(value)};应为实际存在的日期,例如 2025-05-01。`,
    en: `invalid ${FIELD_LABELS[field].en}: ${shown(value)}; expected a real calendar date, e.g. 2025-05-01.`,
  }),
  referredConflict: (): Text => ({
    zh: '是否转诊(--referred no)与转出医院(--referred-from)矛盾:给出转出医院即为转诊。',
    en: 'not referred (--referred no) contradicts a referring facility (--referred-from), which says the stay was referred.',
  }),
  whereNeedsFiling: (): Text => ({
    zh: '就医地(省内市外/省外)只用于异地就医:请同时用 --filing 说明备案情况(filed、temporary、referral、unfiled)。',
    en: 'where the care was (in/outside the province) is for out-of-area care only: give --filing too (filed, temporary, referral, unfiled).',
  }),
  dischargeBeforeDate: (): Text => ({ zh: '出院日期早于就诊(入院)日期。', en: 'the discharge date is before the date of the visit (admission).' }),
  certifiedAfterDate: (): Text => ({ zh: '病种认定日期晚于就诊日期(认定之前的门诊慢特病待遇不能按病种计算)。', en: 'the certification date is after the visit (chronic-disease benefits start at certification).' }),
  enrolledBeforeBirth: (): Text => ({ zh: '参保登记日期早于出生日期。', en: 'the enrolment date is before the birth date.' }),
  previousDischargeAfterDate: (): Text => ({ zh: '上次出院日期晚于本次入院(就诊)日期。', en: 'the previous discharge date is after the date of this admission.' }),
  birthAfterDate: (): Text => ({ zh: '出生日期晚于就诊日期。', en: 'the birth date is after the date of the visit.' }),
  statusSinceAfterDate: (): Text => ({ zh: '现人员状态起始日期晚于就诊日期。', en: 'the day the current status began is after the date of the visit.' }),
  assistanceSinceAfterDate: (): Text => ({ zh: '救助对象认定日期晚于就诊日期(认定之前不是救助对象,请不要写 --assistance)。', en: 'the day the assistance group began is after the date of the visit (before it the patient is not in the group: leave --assistance out).' }),
  burdenSinceAboveYear: (): Text => ({ zh: '认定之日起的个人负担(--ytd-burden-since)大于本年累计个人负担(--ytd-burden):前者是后者的一部分。', en: 'the burden since the group began (--ytd-burden-since) is above the year\'s burden (--ytd-burden): it is part of it.' }),
  notDiseaseFund: (value: string, field: 'ytd_disease_fund' | 'ytd_disease_deductible' = 'ytd_disease_fund'): Text => ({
    zh: `${FIELD_LABELS[field].zh}无效:${shown(value)};应写成 病种=金额,例如 糖尿病=1000。`,
    en: `invalid ${FIELD_LABELS[field].en}: ${shown(value)}; expected name=yuan, e.g. 糖尿病=1000.`,
  }),
};
