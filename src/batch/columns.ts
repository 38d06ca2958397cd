// Which input column is which field (contract "Batch files"): the contract's snake_case names,
// and the headers Chinese offices and other systems write, as data. The README lists every
// alias (test/batch/columns.test.ts checks that it does). A header is compared after trimming,
// ignoring case, spaces, full-width forms, a leading * (a "required" mark) and a unit in
// brackets: 总费用(元), 总费用（元）, 总费用[元] are all 总费用.
// Where two columns name the same field, the contract's own name wins, then the earlier alias
// in the list; the other column is reported as ignored, never silently merged.
// Not aliased on purpose: 姓名 (two people share a name: their deductibles would merge),
// 个人自付/个人负担 (what the patient paid, not the out-of-scope part). 入院日期 is `date` (a stay's
// date is its admission, as for calc; which version a stay crossing a change takes is the policy's
// stay_version, with 出院日期 as discharge_date; a stay's bed-days are counted from the two where a
// policy caps the fund a bed-day and states bed_days), ranked before 结算日期. A file whose date is
// 结算日期 (no admission date) has its 出院日期 left unread and said so: bed-days or a version
// counted from a settlement date to a discharge date would be silently wrong.
import { CLAIM_FIELDS, halfWidth, type ClaimField } from '../claim/index.js';

/** A field batch reads: a claim field, person_id, account_holder, or (check) reported_fund. */
export type ColumnField = ClaimField | 'person_id' | 'account_holder' | 'reported_fund';

export const HEADER_ALIASES: Readonly<Record<ColumnField, readonly string[]>> = {
  person_id: ['人员编号', '个人编号', '身份证号', '身份证号码', '公民身份号码', '社会保障号', '社会保障号码', '社保号', '社保卡号', '医保编号', '医保号', '参保人编号', '患者编号', '病人编号', 'patient_id', 'member_id', 'insured_id', 'id_number'],
  // the 家庭共济 account's holder (whose account paid a relative's bill): only ids, as person_id (a name is not aliased:
  // two holders can share it); 持卡人 alone is not read as it (on a settlement slip it is whoever presented the card)
  account_holder: ['共济账户持有人编号', '账户持有人编号', '共济账户人员编号', '共济人员编号', '共济账户持有人身份证号', '账户持有人身份证号', '持卡人编号', '持卡人身份证号', 'holder_id'],
  date: ['就诊日期', '入院日期', '结算日期', '费用发生日期', '就医日期', '就诊时间', '结算时间', '发生日期', '日期', 'visit_date', 'service_date'],
  city: ['城市', '参保城市', '参保地', '统筹区', '统筹地区', '医保统筹区'],
  scheme: ['险种', '参保类型', '险种类型', '医保类型', '参保险种', '保险类型', 'insurance'],
  status: ['人员状态', '人员类别', '在职退休', '在职/退休', '在职退休状态', '人员类型'],
  benefit: ['待遇类型', '医疗类别', '就诊类型', '就医类型', '就诊类别'],
  tier: ['医院等级', '医院级别', '医疗机构等级', '医疗机构级别', '机构等级', '机构级别', '定点医疗机构等级', '医院等次', 'hospital_level', 'facility_tier'],
  amount: ['总费用', '医疗总费用', '费用总额', '金额', '总金额', '医疗费用总额', '医疗费总额', '费用合计', 'total_cost', 'total_amount'],
  out_of_scope: ['目录外费用', '全自费', '自费金额', '全自费金额', '自费费用', '政策范围外费用', '范围外费用', '目录外金额'],
  ytd_deductible: ['本年已累计起付线', '已付起付线', '累计起付线', '起付线累计', '本年起付线累计', '年度累计起付线'],
  ytd_fund: ['本年基金已支付', '累计统筹支付', '统筹累计支付', '本年统筹累计', '年度累计统筹支付', '本年统筹已支付'],
  account: ['个人账户余额', '个账余额', '账户余额', '个人账户可用余额'],
  family: ['家庭共济余额', '共济账户余额', '共济余额', '家庭共济账户余额'],
  relation: ['与账户持有人的关系', '与账户持有人关系', '与持卡人关系', '亲属关系', '共济关系', '关系'],
  contribution: ['缴费基数占平均工资比例', '缴费基数比例', '缴费基数占比', '缴费档次比例'],
  contribution_years_met: ['是否达到规定缴费年限', '是否达到缴费年限', '缴费年限是否达到', '达到缴费年限', '缴费年限达标'],
  // policy model 2's inputs (contract "Rulebook structures")
  admission: ['住院次数', '第几次住院', '本年住院次数'],
  days: ['就诊天数', '天数', '住院天数', '床日数', '住院床日数'],
  discharge_date: ['出院日期', '出院时间'],
  previous_discharge: ['上次出院日期', '前次出院日期', '上次出院时间'],
  status_since: ['身份变更日期', '人员状态变更日期', '退休日期'],
  retirement_processed: ['办理退休手续日期', '退休手续办理日期', '办理退休日期', '退休办理日期'],
  age: ['年龄', '周岁'],
  birth_date: ['出生日期', '出生年月日'],
  class_b: ['乙类费用', '乙类金额'],
  class_b_drugs: ['乙类药品费用', '乙类药品金额'],
  class_b_items: ['乙类诊疗项目费用', '乙类项目费用', '乙类诊疗项目金额'],
  grade: ['缴费档次', '参保档次', '居民缴费档次'],
  disease: ['病种', '慢特病病种', '门诊慢特病病种'],
  diseases: ['认定病种', '已认定病种', '全部病种'],
  filing: ['备案', '备案情况', '异地备案', '异地就医备案'],
  where: ['就医地', '异地类型', '就医地类型', '异地就医类型', '省内省外'],
  assistance: ['救助类别', '救助对象', '医疗救助对象', '救助对象类别'],
  disability: ['残疾等级', '残疾级别', '残疾证等级'],
  ytd_benefit_fund: ['本年该待遇基金已支付'],
  ytd_disease_fund: ['本年病种基金已支付'],
  ytd_disease_deductible: ['本年病种已付起付标准'],
  ytd_burden: ['大病累计个人负担', '本年大病个人负担累计'],
  ytd_second: ['本年大病保险已支付', '本年大额补助已支付'],
  ytd_assistance: ['本年医疗救助已支付', '本年救助已支付'],
  ytd_assistance_deductible: ['本年救助起付累计', '救助起付线累计'],
  ytd_family_paid: ['本年共济已支付', '账户本年共济支付'],
  ytd_family_received: ['本年已获共济支付', '本人本年共济获得'],
  emergency: ['急诊', '是否急诊', '急诊标志', '急诊标识'],
  referred: ['是否转诊', '转诊', '转诊标志', '是否经转诊', '转诊情况', '有无转诊'],
  insured_years: ['连续参保年数', '连续参保年限', '连续参保年份', '连续参保缴费年数', '连续参保缴费年限'],
  zero_claim_years: ['零报销年数', '基金零报销年数', '零报销年份数', '未报销年数', '连续零报销年数'],
  previous_same_facility: ['是否同一医院', '是否同一医疗机构', '上次住院是否同一医院', '上次是否同一医院', '同一医院再次住院'],
  referred_from: ['转出医院级别', '转出医疗机构级别', '转出医院', '转出医疗机构', '医联体转出医院', '转诊来源医院级别'],
  enrolled: ['参保日期', '参保登记日期', '缴费日期', '新生儿参保日期', '参保时间'],
  certified: ['病种认定日期', '慢病认定日期', '慢特病认定日期', '门诊慢特病认定日期', '病种备案日期', '慢病备案日期'],
  ytd_banded: ['本年分段累计', '本年已累计分段金额', '本年起付标准以上累计', '本年扣除起付标准后累计'],
  assistance_since: ['救助认定日期', '救助对象认定日期', '认定日期'],
  ytd_burden_since: ['认定后大病累计个人负担', '认定之日起个人负担累计'],
  reported_fund: ['统筹基金支付', '基金支付', '统筹支付', '统筹支付金额', '基金支付金额', '统筹基金支付金额', '申报基金支付'],
};

/** The fields in the order the report lists them. */
export const COLUMN_FIELDS: readonly ColumnField[] = ['person_id', 'date', 'city', ...CLAIM_FIELDS.filter((f) => f !== 'city' && f !== 'date'), 'account_holder', 'reported_fund'];

/** A header as compared: 总费用（元） -> 总费用, *Person ID -> person_id, invisible characters dropped. */
export function headerKey(header: string): string {
  return halfWidth(header)
    .replace(/[\ufeff\u200b-\u200d\u2060\u00ad]/g, '') // a BOM or zero-width characters pasted in: invisible
    .trim()
    .replace(/^\*+/, '')
    .replace(/\s*[([【][^)\]】]*[)\]】]\s*$/, '')
    .toLowerCase()
    .replace(/(?<=[a-z0-9])[\s-]+(?=[a-z0-9])/g, '_') // Person ID -> person_id
    .replace(/\s+/g, ''); // 总 费用 -> 总费用
}

const ALIAS_RANK = new Map<string, { field: ColumnField; rank: number }>();
for (const field of COLUMN_FIELDS) {
  ALIAS_RANK.set(headerKey(field), { field, rank: 0 });
  HEADER_ALIASES[field].forEach((alias, i) => {
    const key = headerKey(alias);
    if (!ALIAS_RANK.has(key)) ALIAS_RANK.set(key, { field, rank: i + 1 });
  });
}

/** The field a header names, with its rank (0 the contract's own name), or undefined. */
export function fieldOf(header: string): { field: ColumnField; rank: number } | undefined {
  return ALIAS_RANK.get(headerKey(header));
}

export interface ColumnMap {
  /** Column index per field (-1: no column). */
  index: Readonly<Record<ColumnField, number>>;
  /** The columns read, in column order: header text and field. */
  read: { column: string; field: ColumnField }[];
  /**
   * The columns not read: no field, or another column already gives the field (then `instead`),
   * or a discharge date beside a settlement date and no admission date (then `beside`: the date
   * column; a stay's bed-days or version counted from a settlement date would be silently wrong).
   */
  ignored: { column: string; instead?: string; beside?: string }[];
  /** A header given twice for one field (which one to read is unclear: the file is refused). */
  duplicate?: string;
}

/** Date headers that name the day a claim was settled, not the day a stay began. */
const SETTLEMENT_DATES: ReadonlySet<string> = new Set(['结算日期', '结算时间'].map(headerKey));

/** Which column gives each field, from the header cells. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const best = new Map<ColumnField, { i: number; rank: number }>();
  let duplicate: string | undefined;
  header.forEach((h, i) => {
    const hit = fieldOf(h);
    if (!hit) return;
    const now = best.get(hit.field);
    if (now && now.rank === hit.rank) duplicate ??= h.trim();
    if (!now || hit.rank < now.rank) best.set(hit.field, { i, rank: hit.rank });
  });
  const date = best.get('date');
  const settledOnly = date !== undefined && SETTLEMENT_DATES.has(headerKey(header[date.i]!));
  const dischargeSkipped = settledOnly ? best.get('discharge_date') : undefined;
  if (dischargeSkipped) best.delete('discharge_date');
  const index = Object.fromEntries(COLUMN_FIELDS.map((f) => [f, best.get(f)?.i ?? -1])) as Record<ColumnField, number>;
  const owner = new Map<number, ColumnField>([...best].map(([f, b]) => [b.i, f]));
  const read: ColumnMap['read'] = [];
  const ignored: ColumnMap['ignored'] = [];
  header.forEach((h, i) => {
    const column = h.trim();
    const field = owner.get(i);
    if (field) read.push({ column, field });
    else if (column === '') return;
    else if (i === dischargeSkipped?.i) ignored.push({ column, beside: header[date!.i]!.trim() });
    else {
      const hit = fieldOf(h);
      ignored.push(hit ? { column, instead: header[index[hit.field]]!.trim() } : { column });
    }
  });
  return duplicate === undefined ? { index, read, ignored } : { index, read, ignored, duplicate };
}
