// The claim's fields as every front end names them: snake_case ids (batch columns), the CLI
// flag (--out-of-scope), a neutral word for messages, and which fields a claim still needs,
// so the wizard asks only for what is missing.
import { SCHEME_ALIASES, lookup } from './aliases.js';
import { parseYuan } from '../money/money.js';

/** Policy model 2's claim inputs (contract "Rulebook structures"); src/claim/model2.ts reads them. */
export const MODEL2_FIELDS = [
  'admission',
  'discharge_date',
  'age',
  'birth_date',
  'class_b',
  'class_b_drugs',
  'class_b_items',
  'grade',
  'disease',
  'diseases',
  'filing',
  'assistance',
  'ytd_benefit_fund',
  'ytd_disease_fund',
  'ytd_disease_deductible',
  'ytd_burden',
  'ytd_second',
  'ytd_assistance',
  'ytd_assistance_deductible',
  'status_since',
  'days',
  'assistance_since',
  'ytd_burden_since',
  'disability',
  'where',
  'retirement_processed',
  'previous_discharge',
  'ytd_family_paid',
  'ytd_family_received',
  'ytd_banded',
  'emergency',
  'referred_from',
  'referred',
  'insured_years',
  'zero_claim_years',
  'enrolled',
  'certified',
  'previous_same_facility',
] as const;

export const CLAIM_FIELDS = [
  'city',
  'date',
  'scheme',
  'status',
  'benefit',
  'tier',
  'amount',
  'out_of_scope',
  'ytd_deductible',
  'ytd_fund',
  'account',
  'family',
  'relation',
  'contribution',
  'contribution_years_met',
  ...MODEL2_FIELDS,
] as const;

export type ClaimField = (typeof CLAIM_FIELDS)[number];

/** The contract's range for every amount, a claim's or a --set's: 0 to 100,000,000 yuan. */
export const MAX_FEN = 100_000_000 * 100;

/** A claim as typed: every field a string, or undefined when not given (blank counts as not given). */
export type RawClaim = { [K in ClaimField]?: string | undefined };

/**
 * Sets field CLAIM_FIELDS[k] of a raw claim. Batch sets each cell of every row this way: a store
 * by a name written here, for each field, is a plain write into the raw claim's one shape, where
 * raw[field] with the name in a variable goes through V8's generic keyed store (about four times
 * slower for a row's 9 to 14 cells). test/claim/raw-field.test.ts checks each k against CLAIM_FIELDS.
 */
export function setRawField(raw: RawClaim, k: number, value: string | undefined): void {
  switch (k) {
    case 0:
      raw.city = value;
      return;
    case 1:
      raw.date = value;
      return;
    case 2:
      raw.scheme = value;
      return;
    case 3:
      raw.status = value;
      return;
    case 4:
      raw.benefit = value;
      return;
    case 5:
      raw.tier = value;
      return;
    case 6:
      raw.amount = value;
      return;
    case 7:
      raw.out_of_scope = value;
      return;
    case 8:
      raw.ytd_deductible = value;
      return;
    case 9:
      raw.ytd_fund = value;
      return;
    case 10:
      raw.account = value;
      return;
    case 11:
      raw.family = value;
      return;
    case 12:
      raw.relation = value;
      return;
    case 13:
      raw.contribution = value;
      return;
    case 14:
      raw.contribution_years_met = value;
      return;
    case 15:
      raw.admission = value;
      return;
    case 16:
      raw.discharge_date = value;
      return;
    case 17:
      raw.age = value;
      return;
    case 18:
      raw.birth_date = value;
      return;
    case 19:
      raw.class_b = value;
      return;
    case 20:
      raw.class_b_drugs = value;
      return;
    case 21:
      raw.class_b_items = value;
      return;
    case 22:
      raw.grade = value;
      return;
    case 23:
      raw.disease = value;
      return;
    case 24:
      raw.diseases = value;
      return;
    case 25:
      raw.filing = value;
      return;
    case 26:
      raw.assistance = value;
      return;
    case 27:
      raw.ytd_benefit_fund = value;
      return;
    case 28:
      raw.ytd_disease_fund = value;
      return;
    case 29:
      raw.ytd_disease_deductible = value;
      return;
    case 30:
      raw.ytd_burden = value;
      return;
    case 31:
      raw.ytd_second = value;
      return;
    case 32:
      raw.ytd_assistance = value;
      return;
    case 33:
      raw.ytd_assistance_deductible = value;
      return;
    case 34:
      raw.status_since = value;
      return;
    case 35:
      raw.days = value;
      return;
    default:
      raw[CLAIM_FIELDS[k]!] = value;
  }
}

/** out_of_scope -> --out-of-scope */
export function flagName(field: string): string {
  return `--${field.replace(/_/g, '-')}`;
}

/** The field as a neutral word in each language, for messages that a flag or a column name prefixes. */
export const FIELD_LABELS: Readonly<Record<ClaimField, { zh: string; en: string }>> = {
  city: { zh: '城市', en: 'city' },
  date: { zh: '就诊日期', en: 'date of the visit' },
  scheme: { zh: '参保类型', en: 'insurance scheme' },
  status: { zh: '人员状态', en: 'employment status' },
  benefit: { zh: '待遇类型', en: 'benefit' },
  tier: { zh: '医疗机构级别', en: 'facility tier' },
  amount: { zh: '总费用', en: 'total cost' },
  out_of_scope: { zh: '目录外费用', en: 'out-of-scope cost' },
  ytd_deductible: { zh: '本年已累计起付线', en: 'deductible already met this year' },
  ytd_fund: { zh: '本年基金已支付', en: 'fund already paid this year' },
  account: { zh: '个人账户余额', en: 'personal account balance' },
  family: { zh: '家庭共济余额', en: 'family mutual-aid balance' },
  relation: { zh: '与账户持有人的关系', en: 'relation to the account holder' },
  contribution: { zh: '缴费基数占平均工资比例', en: 'contribution level (share of the average wage)' },
  contribution_years_met: { zh: '是否达到规定缴费年限', en: 'whether the required contribution years were met' },
  admission: { zh: '本年第几次住院', en: "admission number of the year" },
  days: { zh: '就诊天数', en: 'days of care' },
  discharge_date: { zh: '出院日期', en: 'discharge date' },
  status_since: { zh: '现人员状态起始日期', en: 'day the current status began' },
  retirement_processed: { zh: '办理退休手续日期', en: 'day retirement was processed' },
  age: { zh: '年龄', en: 'age' },
  birth_date: { zh: '出生日期', en: 'birth date' },
  class_b: { zh: '乙类费用', en: 'class-B cost' },
  class_b_drugs: { zh: '乙类药品费用', en: 'class-B drug cost' },
  class_b_items: { zh: '乙类诊疗项目费用', en: 'class-B item cost' },
  grade: { zh: '居民缴费档次', en: 'resident contribution grade' },
  disease: { zh: '门诊慢特病病种', en: 'chronic disease treated' },
  diseases: { zh: '已认定的全部门诊慢特病病种', en: "the patient's certified chronic diseases" },
  filing: { zh: '异地就医备案情况', en: 'out-of-area filing' },
  assistance: { zh: '医疗救助对象类别', en: 'medical-assistance group' },
  disability: { zh: '残疾等级', en: 'disability grade' },
  ytd_benefit_fund: { zh: '本年该待遇基金已支付', en: 'fund already paid this year for this benefit' },
  ytd_disease_fund: { zh: '本年各病种基金已支付', en: 'fund already paid this year per disease' },
  ytd_disease_deductible: { zh: '本年各病种已付起付标准', en: 'deductible already met this year per disease' },
  ytd_burden: { zh: '本年已累计的大病保险个人负担', en: 'burden already counted this year toward the second layer' },
  ytd_second: { zh: '本年大病保险/大额补助已支付', en: 'second layer already paid this year' },
  ytd_assistance: { zh: '本年医疗救助已支付', en: 'medical assistance already paid this year' },
  ytd_assistance_deductible: { zh: '本年已计入医疗救助起付标准的费用', en: "amount already counted toward this year's assistance threshold" },
  ytd_family_paid: { zh: '本年该账户已通过家庭共济支付(给所有亲属)', en: "what the holder's account paid by family mutual aid this year (to every relative)" },
  ytd_family_received: { zh: '本年本人已通过家庭共济获得的支付', en: 'what family accounts paid for this patient this year' },
  emergency: { zh: '是否急诊', en: 'whether the visit was an emergency' },
  referred_from: { zh: '医联体内转出医院的级别', en: 'level of the facility the patient was referred from (medical alliance)' },
  referred: { zh: '是否经转诊住院(分级诊疗)', en: 'whether the stay was referred (tiered care)' },
  insured_years: { zh: '连续参保年数', en: 'years of continuous insurance' },
  zero_claim_years: { zh: '基金零报销的年数', en: 'years without any fund reimbursement' },
  enrolled: { zh: '参保登记日期(新生儿)', en: 'enrolment date (a newborn)' },
  certified: { zh: '门诊慢特病病种认定日期', en: 'day the chronic disease was certified' },
  ytd_banded: { zh: '本年已累计的分段金额(扣除起付标准后的住院费用等)', en: "amount the year's bands already hold (e.g. stays' cost after the deductible)" },
  assistance_since: { zh: '救助对象认定日期', en: 'day the assistance group began' },
  ytd_burden_since: { zh: '认定之日起已累计的大病保险个人负担', en: 'burden counted toward the second layer since the group began' },
  where: { zh: '异地就医地(省内市外/省外)', en: 'where the out-of-area care was (in/outside the province)' },
  previous_discharge: { zh: '上次出院日期', en: 'previous discharge date' },
  previous_same_facility: { zh: '上次住院是否在同一医疗机构', en: 'whether the previous stay was at the same facility' },
};

/** Blank strings count as not given, as in an empty CSV cell. */
export function given(value: string | undefined): value is string {
  if (value === undefined || value.length === 0) return false;
  // Batch asks this of every cell: one starting with printable ASCII (never white space) needs no trim.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return true;
  return value.trim() !== '';
}

/**
 * The fields this claim needs, given what it already says: scheme, tier and amount always;
 * status for employees; relation when a family balance above 0 is given. (city, date, benefit
 * and the money fields have defaults; contribution and contribution_years_met are needed only
 * where the policy uses them: see contributionRule in the engine.)
 */
export function requiredFields(raw: RawClaim): ClaimField[] {
  const fields: ClaimField[] = ['scheme'];
  if (given(raw.scheme) && lookup(SCHEME_ALIASES, raw.scheme) === 'employee') fields.push('status');
  fields.push('tier', 'amount');
  if (given(raw.family)) {
    const family = parseYuan(raw.family);
    if (family !== null && family > 0) fields.push('relation');
  }
  return fields;
}

/** The required fields the claim does not give yet, in the order a wizard should ask them. */
export function missingFields(raw: RawClaim): ClaimField[] {
  return requiredFields(raw).filter((f) => !given(raw[f]));
}
