// Every text the engine produces, in both languages: step titles and explanations, warnings
// and policy errors. Steps and settle call these; nothing else in the engine builds sentences.
import type { BenefitId, Relation, Scheme, Status, Text, Tier } from '../domain.js';
import type { Policy } from '../policy/schema.js';
import { isMoneyParam, type Bp, type Fen, type StepKey } from './types.js';
import { formatFen, formatMicro, formatPercent, type Rounding } from '../money/money.js';

export type { Text };

const y = (f: Fen) => formatFen(f);
const pct = (b: Bp) => formatPercent(b);
const ROUNDING_WORDS: Readonly<Record<Rounding['mode'], Text>> = {
  half_up: { zh: '四舍五入', en: 'rounded half-up' },
  half_even: { zh: '四舍六入五成双', en: 'rounded half-even' },
  down: { zh: '舍去尾数', en: 'rounded down' },
  up: { zh: '进位', en: 'rounded up' },
};
const UNIT_WORDS: Readonly<Record<Rounding['unit'], Text>> = {
  '0.01': { zh: '分', en: 'the fen' },
  '0.1': { zh: '角', en: 'the jiao (0.1)' },
  '1': { zh: '元', en: 'the yuan' },
};
/** A policy note without its final full stop, to sit inside a sentence. */
export const bare = (t: Text): Text => ({ zh: t.zh.replace(/[。.]$/, ''), en: t.en.replace(/\.$/, '') });

export const BENEFIT_NAMES: Readonly<Record<BenefitId, Text>> = {
  outpatient: { zh: '普通门诊', en: 'general outpatient' },
  inpatient: { zh: '住院', en: 'inpatient' },
  chronic: { zh: '门诊慢特病', en: 'chronic and special outpatient' },
};
export const SCHEME_NAMES: Readonly<Record<Scheme, Text>> = {
  employee: { zh: '职工医保', en: 'employee insurance' },
  resident: { zh: '居民医保', en: 'resident insurance' },
};
export const STATUS_NAMES: Readonly<Record<Status, Text>> = {
  active: { zh: '在职', en: 'active' },
  retired: { zh: '退休', en: 'retired' },
};
export const RELATION_NAMES: Readonly<Record<Relation, Text>> = {
  spouse: { zh: '配偶', en: 'spouse' },
  parent: { zh: '父母', en: 'parent' },
  child: { zh: '子女', en: 'child' },
  sibling: { zh: '兄弟姐妹', en: 'sibling' },
  grandparent: { zh: '(外)祖父母', en: 'grandparent' },
  grandchild: { zh: '(外)孙子女', en: 'grandchild' },
  parent_in_law: { zh: '配偶的父母', en: 'parent-in-law' },
  child_in_law: { zh: '子女的配偶', en: 'child-in-law' },
};
/** Relations as said aloud (say): no brackets to read out. */
export const RELATION_SPOKEN: Readonly<Record<Relation, Text>> = {
  ...RELATION_NAMES,
  grandparent: { zh: '祖父母或外祖父母', en: 'grandparent' },
  grandchild: { zh: '孙子女或外孙子女', en: 'grandchild' },
  parent_in_law: { zh: '岳父母或公婆', en: 'parent-in-law' },
  child_in_law: { zh: '女婿或儿媳', en: 'child-in-law' },
};
export const PARAM_NAMES: Readonly<Record<string, Text>> = {
  deductible: { zh: '起付线', en: 'deductible' },
  ratio: { zh: '报销比例', en: 'ratio' },
  retiree_bonus: { zh: '退休人员比例提高', en: 'retiree uplift' },
  cap: { zh: '封顶线', en: 'annual cap' },
  disease_limit: { zh: '门诊慢特病本人年度支付限额', en: "patient's yearly chronic limit" },
  // policy model 2
  deductible_schedule: { zh: '起付线(按住院次数)', en: 'deductible by admission' },
  retiree_deductible_share: { zh: '退休人员起付线比例', en: "retirees' share of the deductible" },
  group_deductible_share: { zh: '医疗救助对象的起付线比例', en: 'deductible share for assistance groups' },
  group_bonus: { zh: '医疗救助对象的比例提高', en: "assistance groups' ratio uplift" },
  deductible_year_cap_crossing: { zh: '跨过起付线年度累计上限的那次住院怎样收取', en: 'how the stay crossing the yearly total of deductibles is charged' },
  age_cap: { zh: '按年龄的年度支付限额', en: 'yearly cap by age' },
  readmission: { zh: '出院后再次入院视同一次住院', en: 'readmission counted as the same stay' },
  referral_deductible: { zh: '医联体内转诊的起付线', en: 'deductible on a referral within the medical alliance' },
  unreferred_cut: { zh: '未经转诊就医降低的比例', en: 'cut for care without a referral' },
  newborn_deductible_share: { zh: '新生儿出生当年的起付线比例', en: "a newborn's share of the deductible in the birth year" },
  bands: { zh: '分段报销比例', en: 'banded ratio' },
  age_bonus: { zh: '年龄提高比例', en: 'age uplift' },
  filing: { zh: '异地就医待遇', en: 'out-of-area rules' },
  deductible_period: { zh: '起付线计算方式(按年或按次)', en: 'deductible period (per year or per admission)' },
  cap_shared: { zh: '封顶线合并计算', en: 'shared annual cap' },
  beyond_cap: { zh: '封顶线以上的保障', en: 'cover above the cap' },
  facility_deductible: { zh: '按机构类型调整的起付线', en: 'deductible at a kind of facility' },
  bed_days: { zh: '床日数的计算方法(由入院、出院日期)', en: 'how bed-days are counted from the dates' },
  facility_deductible_order: { zh: '同属两类机构时起付线调整的先后', en: 'order of the deductible changes at a facility of two kinds' },
  uplift_ceiling: { zh: '比例提高后的上限', en: 'ceiling on the raised ratio' },
  uplift_order: { zh: '各项比例提高的先后', en: 'order of the ratio uplifts' },
  deductible_year_cap: { zh: '年度累计收取的起付线上限', en: 'yearly total of deductibles charged' },
  deductible_floor: { zh: '起付线最低额', en: 'lowest deductible' },
  deductible_partly_met: { zh: '本年起付线只付了一部分时的补足', en: 'topping up a deductible met in part' },
  deductible_shared: { zh: '起付线合并计算', en: 'shared yearly deductible' },
  visit_cap: { zh: '每次就诊统筹基金最高支付', en: 'most the fund pays per visit' },
  facility_bonus: { zh: '按机构类型提高的比例', en: 'uplift at a kind of facility' },
  facility_cut: { zh: '按机构类型降低的比例', en: 'cut at a kind of facility' },
  grade_bonus: { zh: '缴费档次提高的比例', en: 'uplift by contribution grade' },
  facility_day_cap: { zh: '每床日统筹基金最高支付', en: 'most the fund pays per bed-day' },
};

/** The words of a path's keys after the parameter: 第2段 for a band's index, the rest as written. */
const KEY_WORDS: Readonly<Record<string, Text>> = {
  up_to: { zh: '上限', en: 'upper edge' },
  ratio: { zh: '比例', en: 'ratio' },
  min_age: { zh: '起始年龄', en: 'minimum age' },
  value: { zh: '提高幅度', en: 'uplift' },
  age_on: { zh: '年龄计算日', en: 'day the age is taken on' },
  base: { zh: '分段基数', en: 'base' },
  ratio_cut: { zh: '比例降低', en: 'ratio cut' },
  at: { zh: '调整在哪一步', en: 'step it applies at' },
  minus: { zh: '降低金额', en: 'amount off' },
  times: { zh: '倍数', en: 'multiple' },
  up: { zh: '上转', en: 'referred up' },
  down: { zh: '下转', en: 'referred down' },
  basic: { zh: '基层医疗卫生机构的级别', en: 'levels of primary care' },
  levels: { zh: '适用级别', en: 'levels it holds at' },
  emergency: { zh: '急诊、抢救是否除外', en: 'whether an emergency is exempt' },
};

/** The keys of uplift_ceiling (提高后最高不超过90%): the uplifts it holds, and whether a facility's or a filing's cut comes first. */
const CEILING_KEYS: Readonly<Record<string, Text>> = {
  facility_cut_first: { zh: '机构降低比例在提高、上限之前还是之后', en: "whether a facility's cut comes before the uplifts and the ceiling or after them" },
  unreferred_cut_first: { zh: '未经转诊降低比例在提高、上限之前还是之后', en: 'whether the cut for no referral comes before the uplifts and the ceiling or after them' },
  filing_cut_first: { zh: '异地就医降低比例在提高、上限之前还是之后', en: 'whether an out-of-area cut comes before the uplifts and the ceiling or after them' },
  after: { zh: '上限管哪些提高', en: 'which uplifts it holds' },
  retiree: { zh: '退休人员提高', en: 'the retiree uplift' },
  grade: { zh: '档次提高', en: 'the grade uplift' },
  age: { zh: '年龄提高', en: 'the age uplift' },
  facility: { zh: '机构类型提高', en: "the facility's uplift" },
};

/** A level, a status and a grade as a key of a parameter's map: in words, never the file's key (2, active, grade_1). */
const LEVEL_WORDS: Readonly<Record<string, Text>> = {
  '1': { zh: '一级', en: 'level 1' },
  '2': { zh: '二级', en: 'level 2' },
  '3': { zh: '三级', en: 'level 3' },
  community: { zh: '社区医疗机构', en: 'community facility' },
  active: STATUS_NAMES.active,
  retired: STATUS_NAMES.retired,
  grade_1: { zh: '一档', en: 'grade 1' },
  grade_2: { zh: '二档', en: 'grade 2' },
  grade_3: { zh: '三档', en: 'grade 3' },
};

/** The parameters whose maps are keyed by status, grade and level (a facility with its own standard by its name). */
const KEYED_BY_LEVEL = new Set(['deductible', 'ratio', 'retiree_bonus', 'cap', 'bands']);

function keysWords(param: string, keys: readonly string[]): Text {
  if (keys.length === 0) return { zh: '', en: '' };
  const banded = param === 'bands' || param === 'segments';
  const words = keys.map((k, i) => {
    // a band's index is the key right after the bands; the keys after it are the band ratio's map
    if (banded && i === 0 && /^\d+$/.test(k)) return { zh: `第${Number(k) + 1}段`, en: `band ${Number(k) + 1}` };
    if (param === 'uplift_ceiling') {
      // a list of ceilings (岚汐: age ≤ 90%, 中医医院 ≤ 95%): the entry's place
      if (i === 0 && /^\d+$/.test(k)) return { zh: `第${Number(k) + 1}个上限`, en: `ceiling ${Number(k) + 1}` };
      if (Object.hasOwn(CEILING_KEYS, k)) return CEILING_KEYS[k]!;
    }
    const level = /^(?:[123]|community)$/.test(k);
    if (Object.hasOwn(LEVEL_WORDS, k) && (!level || KEYED_BY_LEVEL.has(param))) return LEVEL_WORDS[k]!;
    return KEY_WORDS[k] ?? { zh: k, en: k };
  });
  return { zh: `(${words.map((w) => w.zh).join(', ')})`, en: `(${words.map((w) => w.en).join(', ')})` };
}

/**
 * A rule outside a benefit with the parameter and the keys its path names after the rule, in words:
 * second_layer.employee + ratio.retired → 大额医疗费用补助报销比例(退休); only the keyed maps' keys
 * (status, grade, level) are named, never a file key such as grade_2.
 */
function withKeys(rule: Text, rest: string): Text {
  const [param = '', ...keys] = rest ? rest.split('.') : [];
  const p = Object.hasOwn(PARAM_NAMES, param) ? PARAM_NAMES[param]! : { zh: '', en: '' };
  const named = keys.filter((k) => Object.hasOwn(LEVEL_WORDS, k) && (!/^(?:[123]|community)$/.test(k) || KEYED_BY_LEVEL.has(param)));
  const k = keysWords(param, named);
  return { zh: `${rule.zh}${p.zh}${k.zh}`, en: `${rule.en}${p.en ? ` ${p.en}` : ''}${k.en ? ` ${k.en}` : ''}` };
}

/** Policy model 2's rules outside a benefit, by path prefix. */
const RULE_NAMES: readonly [string, Text][] = [
  ['assistance.base.first_pay', { zh: '医疗救助的救助范围(是否含乙类先行自付)', en: 'what medical assistance covers (class-B first pay)' }],
  ['assistance', { zh: '医疗救助', en: 'medical assistance' }],
  ['account_scope.own', { zh: '个人账户的支付范围', en: 'what the personal account may pay' }],
  ['account_scope.family', { zh: '家庭共济的支付范围', en: "what a relative's account may pay" }],
  ['family_year_cap.per', { zh: '家庭共济年度上限按谁累计(账户持有人或被共济人)', en: "whose year the family mutual-aid cap counts (the holder's or each relative's)" }],
  ['family_year_cap', { zh: '家庭共济每年累计上限', en: 'the yearly cap of family mutual aid' }],
  ['second_layer.employee.part_two.counts_in_burden', { zh: '大额医疗费用补助第二部分个人负担是否计入第一部分累计', en: "whether the large-amount supplement's part two personal rest counts in part one" }],
  ['second_layer.resident.part_two.counts_in_burden', { zh: '大病保险第二部分个人负担是否计入第一部分累计', en: "whether the critical-illness insurance's part two personal rest counts in part one" }],
  ['second_layer.employee.part_two', { zh: '大额医疗费用补助第二部分', en: 'large-amount supplement part two' }],
  ['second_layer.resident.part_two', { zh: '大病保险第二部分', en: 'critical-illness insurance part two' }],
  ['second_layer.resident.counts.first_pay', { zh: '大病保险的个人负担是否计入乙类先行自付', en: "whether the critical-illness insurance's personal burden counts class-B first pay" }],
  ['second_layer.resident.counts.deductible', { zh: '大病保险的个人负担是否计入起付标准', en: "whether the critical-illness insurance's personal burden counts the deductible" }],
  ['second_layer.resident.counts.above_cap', { zh: '大病保险的个人负担是否计入超过统筹基金年度最高支付限额的部分', en: "whether the critical-illness insurance's personal burden counts what is above the annual cap" }],
  ['second_layer.resident.counts.above_limit', { zh: '大病保险的个人负担是否计入超过门诊慢特病病种限额、统筹基金未支付的部分', en: "whether the critical-illness insurance's personal burden counts what the fund did not pay above a disease limit" }],
  ['second_layer.employee.counts.first_pay', { zh: '大额医疗费用补助的个人负担是否计入乙类先行自付', en: "whether the large-amount supplement's personal burden counts class-B first pay" }],
  ['second_layer.employee.counts.deductible', { zh: '大额医疗费用补助的个人负担是否计入起付标准', en: "whether the large-amount supplement's personal burden counts the deductible" }],
  ['second_layer.employee.counts.above_cap', { zh: '大额医疗费用补助的个人负担是否计入超过统筹基金年度最高支付限额的部分', en: "whether the large-amount supplement's personal burden counts what is above the annual cap" }],
  ['second_layer.employee.counts.above_limit', { zh: '大额医疗费用补助的个人负担是否计入超过门诊慢特病病种限额、统筹基金未支付的部分', en: "whether the large-amount supplement's personal burden counts what the fund did not pay above a disease limit" }],
  ['second_layer.resident', { zh: '大病保险', en: 'critical-illness insurance' }],
  ['second_layer.employee', { zh: '大额医疗费用补助', en: 'large-amount supplement' }],
  ['status_change', { zh: '年内身份变化时的累计', en: "the year's totals after a status change" }],
  ['stay_version', { zh: '跨越政策版本施行日期的住院适用的版本(按入院日期或出院结算日期)', en: 'the version that governs a stay crossing a change (by the admission or the discharge date)' }],
  ['first_pay.drugs', { zh: '乙类药品先行自付比例', en: 'class-B drugs first-pay share' }],
  ['first_pay.items', { zh: '乙类诊疗项目先行自付比例', en: 'class-B items first-pay share' }],
  ['first_pay', { zh: '乙类先行自付', en: 'class-B first pay' }],
  ['facilities', { zh: '医疗机构级别', en: 'facility level' }],
  ['family.relations', { zh: '家庭共济的亲属范围', en: 'family mutual-aid circle' }],
  ['family.order', { zh: '家庭共济的支付顺序', en: 'order in which the accounts pay' }],
];

export const STEP_TITLES: Readonly<Record<StepKey, Text>> = {
  in_scope: { zh: '政策范围内费用', en: 'In-scope amount' },
  first_pay: { zh: '乙类先行自付', en: 'Class-B first pay' },
  first_share: { zh: '异地就医个人先行自付', en: 'Out-of-area share paid first' },
  eligibility: { zh: '待遇资格', en: 'Eligibility' },
  deductible: { zh: '起付线', en: 'Deductible' },
  ratio: { zh: '报销比例', en: 'Ratio' },
  cap: { zh: '封顶线', en: 'Annual cap' },
  fund: { zh: '统筹基金支付', en: 'Fund pays' },
  second_layer: { zh: '大病保险/大额补助', en: 'Second layer' },
  assistance: { zh: '医疗救助', en: 'Medical assistance' },
  account: { zh: '个人账户', en: 'Personal account' },
  family: { zh: '家庭共济', en: 'Family mutual aid' },
  cash: { zh: '现金支付', en: 'Cash due' },
};

/** The levels a policy defines (with its names for them) and the facilities it names: what --tier takes for it. */
export function policyLevels(policy: Policy): Text {
  const tiers = Object.entries(policy.tiers).filter(([, t]) => t !== undefined);
  // a facility at its rated level is named with a level (二级中医医院)
  const facilities = Object.entries(policy.facilities ?? {}).map(([name, f]) => (f.counts_as === 'rated' ? `<级别>${name}` : name));
  const zh = tiers.map(([k, t]) => `${k}(${t!.name.zh})`).join('、');
  const en = tiers.map(([k, t]) => `${k} (${t!.name.en})`).join(', ');
  return facilities.length === 0
    ? { zh, en }
    : { zh: `${zh};本政策列出的医疗机构:${facilities.join('、')}`, en: `${en}; the facilities it names: ${facilities.join(', ')}` };
}

/** "outpatient.employee.ratio.2" in words: 职工医保普通门诊报销比例(2). */
export function paramWords(path: string): Text {
  const rule = RULE_NAMES.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`));
  if (rule && rule[0] === 'facilities' && path !== 'facilities') return { zh: `${rule[1].zh}(${path.slice(11)})`, en: `${rule[1].en} (${path.slice(11)})` };
  if (rule) return withKeys(rule[1], path.slice(rule[0].length + 1));
  const [benefit, scheme, param, ...keys] = path.split('.');
  const b = BENEFIT_NAMES[benefit as BenefitId] ?? { zh: benefit ?? '', en: benefit ?? '' };
  const s = SCHEME_NAMES[scheme as Scheme] ?? { zh: scheme ?? '', en: scheme ?? '' };
  if (scheme === 'disease_limits') return diseaseParamWords(b, [param, ...keys].filter((x): x is string => x !== undefined));
  const p = PARAM_NAMES[param ?? ''] ?? { zh: param ?? '', en: param ?? '' };
  const k = keysWords(param ?? '', keys);
  // a parameter whose name already says its benefit (门诊慢特病本人年度支付限额) is not given it twice
  const pz = p.zh.startsWith(b.zh) ? p.zh.slice(b.zh.length) : p.zh;
  return { zh: `${s.zh}${b.zh}${pz}${k.zh}`, en: `${b.en} ${p.en} of ${s.en}${k.en ? ` ${k.en}` : ''}` };
}

/** A value under <benefit>.disease_limits in words: a disease's (or group's) deductible is its 起付标准, anything else its limit. */
function diseaseParamWords(b: Text, rest: string[]): Text {
  const at = rest.indexOf('deductible');
  if (at < 0) return { zh: `${b.zh}病种限额${rest.length ? `(${rest.join('.')})` : ''}`, en: `${b.en} disease limit${rest.length ? ` (${rest.join('.')})` : ''}` };
  const who = [...rest.slice(0, at), ...rest.slice(at + 1)].join('.');
  return { zh: `${b.zh}病种起付标准(${who})`, en: `${b.en} deductible of a disease (${who})` };
}

/** The --set that supplies a parameter, with a placeholder for its value (yuan, or a ratio). */
export function setFlag(setPath: string): Text {
  return isMoneyParam(setPath.split('.')[2] ?? '')
    ? { zh: `--set ${setPath}=<元>`, en: `--set ${setPath}=<yuan>` }
    : { zh: `--set ${setPath}=<比例>`, en: `--set ${setPath}=<0..1>` };
}

/** A parameter's value in words: money in yuan, a ratio as a percentage. */
export function valueWords(path: string, exact: number): Text {
  // an age step's cap (…age_cap.steps.0.cap, by grade .grade_2) is money too
  // a second layer's or assistance's money (second_layer.resident.groups.重度残疾人.threshold, …cap.grade_2, assistance.uplift.cap_plus)
  const layerMoney = /^(second_layer|assistance)\./.test(path) && /\.(threshold|cap|up_to|cap_plus)(\.(grade_[123]|active|retired))?$/.test(path);
  if (isMoneyParam(path.split('.')[2] ?? '') || layerMoney || /\.age_cap\.steps\.\d+\.cap(\.|$)/.test(path)) return { zh: `${y(exact)} 元`, en: `${y(exact)} yuan` };
  return { zh: pct(exact), en: pct(exact) };
}

export const engineMessages = {
  // ---- policy errors (exit 3, or 2 for missing input) ----
  noVersion: (policy: Policy, date: string): Text => ({
    zh: `${policy.name.zh}政策在 ${date} 没有生效的版本(最早的版本自 ${policy.versions[0]?.effective ?? '?'} 起)。`,
    en: `${policy.name.en} has no policy version in force on ${date} (the earliest starts ${policy.versions[0]?.effective ?? '?'}).`,
  }),
  benefitNotCovered: (policy: Policy, version: string | null, benefit: BenefitId, scheme: Scheme): Text => ({
    zh: `${policy.name.zh}政策(${version ?? '未注明日期的版本'})不包含${SCHEME_NAMES[scheme].zh}的${BENEFIT_NAMES[benefit].zh}待遇,无法计算。`,
    en: `The ${policy.name.en} policy (${version ?? 'undated version'}) does not cover ${BENEFIT_NAMES[benefit].en} care under ${SCHEME_NAMES[scheme].en}; it cannot answer this claim.`,
  }),
  tierNotDefined: (policy: Policy, tier: Tier): Text => {
    const levels = policyLevels(policy);
    return {
      zh: `${policy.name.zh}政策没有定义医疗机构级别“${tier}”(可用:${levels.zh})。`,
      en: `The ${policy.name.en} policy does not define facility tier "${tier}" (it defines: ${levels.en}).`,
    };
  },
  /** A --tier word that is neither a level nor a facility of the policy in use. */
  unknownTierWord: (policy: Policy, word: string): Text => {
    const levels = policyLevels(policy);
    return {
      zh: `医疗机构级别(--tier)无效:“${word}”不是${policy.name.zh}政策的级别或医疗机构名称;可用:${levels.zh}。`,
      en: `invalid facility tier (--tier): "${word}" is neither a level nor a facility of the ${policy.name.en} policy; it defines: ${levels.en}.`,
    };
  },
  communityUnknown: (policy: Policy): Text => ({
    zh: `${policy.name.zh}政策的来源未说明社区卫生服务站按哪一级医疗机构报销;请改用 --tier 1/2/3。`,
    en: `The ${policy.name.en} sources do not say which tier a community health station counts as; use --tier 1, 2 or 3.`,
  }),
  statusMapForResident: (path: string): Text => ({
    zh: `政策中 ${path} 按在职/退休区分,居民医保无法取值。`,
    en: `The policy keys ${path} by active/retired, which a resident does not have.`,
  }),
  inexactValue: (path: string, value: number): Text => ({
    zh: `政策中 ${path} 的值 ${value} 不是精确的金额或比例。`,
    en: `The policy value of ${path} (${value}) is not an exact amount or ratio.`,
  }),
  unknownParameters: (unknowns: { path: string; setPath: string; note: Text | undefined }[], context?: Text): Text => {
    const zh = unknowns.map((u) => `${paramWords(u.path).zh}(${u.path}${u.note ? `:${bare(u.note).zh}` : ''})`);
    const en = unknowns.map((u) => `the ${paramWords(u.path).en} (${u.path}${u.note ? `: ${bare(u.note).en}` : ''})`);
    const sets = unknowns.map((u) => setFlag(u.setPath));
    return {
      zh: `无法计算:来源未说明${zh.join(';')}。${context ? `${bare(context).zh}。` : ''}如已知,可用 ${sets.map((t) => t.zh).join(' ')} 补充,结果会注明为用户假定。`,
      en: `Cannot compute: the sources do not state ${en.join('; ')}.${context ? ` ${bare(context).en}.` : ''} If you know it, supply it with ${sets.map((t) => t.en).join(' ')}; the result marks it as assumed by you.`,
    };
  },
  /** A deductible met this year below the yearly deductible, beside a fund payment this year: both cannot be true. */
  ytdConflict: (annual: Fen, met: Fen, fund: Fen): Text => ({
    zh: `本年已付起付线 ${y(met)} 元与本年统筹已支付 ${y(fund)} 元互相矛盾:年度起付线是 ${y(annual)} 元,统筹基金只支付起付线以上的部分,今年统筹已经支付过,起付线就应已付满。请核对这两个数(起付线已付满的,只说本年统筹已支付的金额即可)。`,
    en: `The deductible met this year (${y(met)}) contradicts the fund paid this year (${y(fund)}): the yearly deductible is ${y(annual)} and the fund pays only above it, so a payment this year means it was met. Check both figures (if the deductible was met, give only the fund paid).`,
  }),
  ytdConflictLowest: (lowest: Fen, met: Fen, fund: Fen): Text => ({
    zh: `本年已付起付线 ${y(met)} 元与本年统筹已支付 ${y(fund)} 元互相矛盾:统筹基金只支付起付线以上的部分,今年统筹已经支付过,起付线至少已付满最低一级的 ${y(lowest)} 元。请核对这两个数。`,
    en: `The deductible met this year (${y(met)}) contradicts the fund paid this year (${y(fund)}): the fund pays only above the deductible, so a payment this year means at least the lowest level's ${y(lowest)} was met. Check both figures.`,
  }),
  needsContribution: (rule: Text): Text => ({
    zh: `需要缴费基数占平均工资的比例:${rule.zh} 请用 --contribution 提供(如 0.85 或 85%)。`,
    en: `The contribution level is needed: ${rule.en} Give it with --contribution (e.g. 0.85 or 85%).`,
  }),
  needsYears: (years: Text): Text => ({
    zh: `需要知道是否达到规定缴费年限:${bare(years).zh}。达到的请用 --contribution-years-met yes;未达到或不清楚的,按缴费档次判断,请用 --contribution 提供缴费水平(如 0.85 或 85%)。`,
    en: `Whether the required contribution years were met is needed: ${bare(years).en}. If they were, give --contribution-years-met yes; if not (or not known), the contribution bands decide: give the level with --contribution (e.g. 0.85 or 85%).`,
  }),
  belowBands: (path: string, contribution: Bp, lowest: Bp, byYears: boolean): Text => ({
    zh: `无法判断:来源只列出年平均缴费达到平均工资 ${pct(lowest)} 及以上的各档待遇,未说明低于 ${pct(lowest)}(本次为 ${pct(contribution)})时享受哪些待遇(${path})。${byYears ? '如该退休人员达到规定缴费年限,享受全部待遇:请用 --contribution-years-met yes。' : ''}`,
    en: `Cannot decide: the sources state the benefits of contribution levels from ${pct(lowest)} of the average wage up, and say nothing below ${pct(lowest)} (this claim: ${pct(contribution)}) (${path}).${byYears ? ' If the retiree met the required contribution years, every benefit applies: give --contribution-years-met yes.' : ''}`,
  }),
  eligibilityUnknown: (path: string): Text => ({
    zh: `来源未说明享受该待遇所需的缴费水平(${path}),无法判断资格。`,
    en: `The sources do not state the contribution level this benefit requires (${path}); eligibility cannot be decided.`,
  }),

  // ---- reasons in the settlement ----
  /** edge: between two whole-percentage bands; byReading: the bands applied to a retiree who did not say the years were met. */
  ineligible: (rule: Text, contribution: Bp, min: Bp, how: { edge: boolean; byReading: boolean }): Text => ({
    zh: `缴费基数为平均工资的 ${pct(contribution)},低于享受该待遇所需的 ${pct(min)}${how.edge ? '(介于两档之间,按未达到计,这是对原文的理解)' : ''},统筹基金不支付。${rule.zh}${how.byReading ? '未说明已达到规定缴费年限,按缴费档次判断,这是对原文的理解。' : ''}`,
    en: `The contribution level is ${pct(contribution)} of the average wage, below the ${pct(min)} this benefit requires${how.edge ? ' (between two bands, counted as below: a reading)' : ''}, so the fund pays nothing. ${rule.en}${how.byReading ? ' The contribution years are not said to be met, so the bands decide: a reading of the source.' : ''}`,
  }),
  /** The reason in the family step; the reading itself is the warning's (family_reading). */
  familyUnsettled: (relation: Relation): Text => ({
    zh: `来源没有明确家庭共济是否包括${RELATION_NAMES[relation].zh},亲属账户按不能支付计算,这是对原文的理解,不是规定。`,
    en: `The source does not settle whether family mutual aid covers a ${RELATION_NAMES[relation].en}, so the relative's account is counted as not paying: a reading of the source, not a rule.`,
  }),
  familyRefused: (relation: Relation, allowed: readonly Relation[]): Text => ({
    zh: `政策的家庭共济范围为:${allowed.map((r) => RELATION_NAMES[r].zh).join('、')},不含${RELATION_NAMES[relation].zh},亲属账户不能支付。`,
    en: `The policy's family mutual aid covers ${allowed.map((r) => RELATION_NAMES[r].en).join(', ')}, not a ${RELATION_NAMES[relation].en}, so the relative's account cannot pay.`,
  }),
  /** An open list of relatives (「…等近亲属」, `unsettled` given) that neither names nor rules out this relation. */
  familyOpen: (relation: Relation, quote: string | undefined): Text => ({
    zh: `无法计算家庭共济:原文的共济亲属是开放的列举${quote ? `(“${quote}”)` : ''},没有说明是否包括${RELATION_NAMES[relation].zh}(family.relations)。如只想知道统筹基金支付,可不填 --family。`,
    en: `Cannot compute the family account: the source's list of relatives is open${quote ? ` ("${quote}")` : ''} and does not say whether it covers a ${RELATION_NAMES[relation].en} (family.relations). For the fund alone, leave --family out.`,
  }),
  familyUnknown: (relation: Relation): Text => ({
    zh: `来源未说明家庭共济是否包括${RELATION_NAMES[relation].zh},亲属账户按不能支付计算。`,
    en: `The sources do not say whether family mutual aid covers a ${RELATION_NAMES[relation].en}, so the relative's account is counted as not paying.`,
  }),
};

/** The plain-words explanation of each step (explain.ts fills in the numbers). */
export const stepTexts = {
  inScope: (amount: Fen, out: Fen, scope: Fen): Text => ({
    zh: `总费用 ${y(amount)} 元,其中目录外(全自费)${y(out)} 元,政策范围内费用 ${y(scope)} 元。`,
    en: `Total cost ${y(amount)}, of which ${y(out)} is outside the policy scope; in scope: ${y(scope)}.`,
  }),
  yearsMet: (years: Text): Text => ({
    zh: `已达到规定缴费年限:${bare(years).zh},不按缴费档次判断,可享受该待遇。`,
    en: `The required contribution years were met: ${bare(years).en}; the contribution bands do not apply, and the benefit applies.`,
  }),
  eligible: (rule: Text, contribution: Bp | undefined, min: Bp): Text =>
    contribution === undefined
      ? { zh: `${rule.zh} 未提供缴费水平,此类人员不要求,按可享受计算。`, en: `${rule.en} No contribution level given; not required here, so the benefit applies.` }
      : {
          zh: `缴费基数为平均工资的 ${pct(contribution)},达到所需的 ${pct(min)},可享受该待遇。`,
          en: `The contribution level is ${pct(contribution)} of the average wage, at least the ${pct(min)} required: the benefit applies.`,
        },
  deductibleAdmission: (deductible: Fen, applied: Fen): Text => ({
    zh: `每次住院起付线 ${y(deductible)} 元;本次由个人自付的起付线部分为 ${y(applied)} 元。`,
    en: `Deductible per admission ${y(deductible)}; this claim meets ${y(applied)} of it (paid by the patient).`,
  }),
  deductiblePeriodUnknown: (deductible: Fen, ytd: Fen, applied: Fen): Text => ({
    zh: `起付线 ${y(deductible)} 元(来源未说明按年度累计还是按次计算,本次按全额计${ytd > 0 ? `,未扣减本年已累计的 ${y(ytd)} 元` : ''});本次由个人自付的起付线部分为 ${y(applied)} 元。`,
    en: `Deductible ${y(deductible)} (the sources do not say whether it is met once a year or charged per admission, so it is charged in full${ytd > 0 ? `, not reduced by the ${y(ytd)} met earlier this year` : ''}); this claim meets ${y(applied)} of it (paid by the patient).`,
  }),
  /** The deductible met this year taken as met from a fund payment this year (inferred). */
  deductibleMetInferred: (annual: Fen): Text => ({
    zh: `年度起付线 ${y(annual)} 元;本年统筹已经支付过,说明起付线已经付满(推算);本次不再付起付线。`,
    en: `Annual deductible ${y(annual)}; the fund has paid this year, so it is met (inferred): nothing of this claim goes to it.`,
  }),
  /** The in-scope part the patient pays toward the deductible is 自付 (the slip's word), never 个人负担 (the whole share). */
  deductible: (annual: Fen, ytd: Fen, remaining: Fen, applied: Fen): Text => {
    if (remaining === 0) {
      return {
        zh: `年度起付线 ${y(annual)} 元,本年已累计 ${y(ytd)} 元,已经付满;本次不再付起付线。`,
        en: `Annual deductible ${y(annual)}; ${y(ytd)} already met this year, so it is met: nothing of this claim goes to it.`,
      };
    }
    const part =
      applied === 0
        ? { zh: '本次没有政策范围内费用计入起付线', en: 'nothing of this claim goes to it (no in-scope amount)' }
        : { zh: `本次计入起付线 ${y(applied)} 元,由个人自付`, en: `this claim meets ${y(applied)} of it (paid by the patient)` };
    return {
      zh: `年度起付线 ${y(annual)} 元,本年已累计 ${y(ytd)} 元,尚余 ${y(remaining)} 元;${part.zh}。`,
      en: `Annual deductible ${y(annual)}; ${y(ytd)} already met this year, ${y(remaining)} left; ${part.en}.`,
    };
  },
  /** tier: the facility tier's name when the ratio depends on the tier, undefined when one ratio applies at every tier. */
  ratio: (tier: Text | undefined, base: Bp, bonus: Bp | undefined, ratio: Bp, above: Fen, before: Fen, rounding: Rounding): Text => {
    const exact = above * ratio; // in millionths of a yuan: the product before rounding
    const r = ROUNDING_WORDS[rounding.mode];
    const u = UNIT_WORDS[rounding.unit];
    const rounded = exact !== before * 10000;
    const capped = bonus !== undefined && base + bonus > ratio; // never above 100% (steps/ratio.ts)
    return {
      zh: `${tier ? tier.zh : ''}报销比例 ${pct(base)}${bonus !== undefined ? `,退休人员提高 ${pct(bonus).slice(0, -1)} 个百分点,${capped ? `合计 ${pct(base + bonus)},以 100% 为限,按 ${pct(ratio)} 计` : `为 ${pct(ratio)}`}` : ''};起付线以上的 ${y(above)} 元 × ${pct(ratio)} = ${rounded ? `${formatMicro(exact)} 元,${r.zh}到${u.zh}为 ${y(before)} 元` : `${y(before)} 元`}。`,
      en: `The ratio${tier ? ` at a ${tier.en}` : ''} is ${pct(base)}${bonus !== undefined ? `, plus ${pct(bonus).slice(0, -1)} points for retirees: ${capped ? `${pct(base + bonus)}, capped at ${pct(ratio)}` : pct(ratio)}` : ''}; ${y(above)} above the deductible × ${pct(ratio)} = ${rounded ? `${formatMicro(exact)}, ${r.en} to ${u.en}: ${y(before)}` : y(before)}.`,
    };
  },
  capKnown: (cap: Fen, ytd: Fen, remaining: Fen, before: Fen, fund: Fen): Text => ({
    zh: `年度封顶线 ${y(cap)} 元,本年基金已支付 ${y(ytd)} 元,尚可支付 ${y(remaining)} 元;${fund < before ? `本次按封顶线只支付 ${y(fund)} 元(原应付 ${y(before)} 元)` : '本次未达到封顶线'}。`,
    en: `Annual cap ${y(cap)}; the fund has paid ${y(ytd)} this year, ${y(remaining)} left; ${fund < before ? `the cap limits this claim to ${y(fund)} (instead of ${y(before)})` : 'this claim stays under the cap'}.`,
  }),
  /** After a rule whose value is not simply stated. */
  sureness: (how: 'reading' | 'inferred' | 'user'): Text =>
    ({
      reading: { zh: '(其中有对原文的理解,见下方“请注意”。)', en: '(This rests on a reading of the source: see below.)' },
      inferred: { zh: '(此数值由原文推算,并非明文规定。)', en: '(This value is worked out from the source, not stated as such.)' },
      user: { zh: '(此数值由用户 --set 假定。)', en: '(This value is assumed by the user with --set.)' },
    })[how],
  /** No deductible: said as a rule only when the sources state it; else how sure it is, in a word (the warning has the rest). */
  deductibleNone: (how: 'stated' | 'reading' | 'inferred' | 'user'): Text => {
    if (how === 'stated') return { zh: '不设起付线(0 元):政策范围内费用全部按比例报销。', en: 'No deductible (0): the whole in-scope amount goes to the ratio.' };
    const why = {
      reading: { zh: '这是对原文的理解', en: 'a reading of the source' },
      inferred: { zh: '由原文推算,并非明文规定', en: 'worked out from the source, not stated as such' },
      user: { zh: '由用户 --set 假定', en: 'assumed by the user with --set' },
    }[how];
    return {
      zh: `按不设起付线计算(${why.zh}):政策范围内费用全部按比例报销。`,
      en: `Worked out with no deductible (${why.en}): the whole in-scope amount goes to the ratio.`,
    };
  },
  fund: (fund: Fen, amount: Fen, share: Fen, capUnknownNote: Text | undefined | false): Text => {
    const capZh = capUnknownNote === false ? '' : `来源未说明封顶线${capUnknownNote ? `(${bare(capUnknownNote).zh})` : ''},按未达到封顶线计算;`;
    const capEn = capUnknownNote === false ? '' : `The sources do not state the cap${capUnknownNote ? ` (${bare(capUnknownNote).en})` : ''}, so none is applied. `;
    return {
      zh: `${capZh}统筹基金支付 ${y(fund)} 元;个人负担 ${y(amount)} − ${y(fund)} = ${y(share)} 元。`,
      en: `${capEn}The fund pays ${y(fund)}; the patient's share is ${y(amount)} − ${y(fund)} = ${y(share)}.`,
    };
  },
  ineligibleFund: (share: Fen): Text => ({
    zh: `统筹基金不支付;个人负担全部 ${y(share)} 元。`,
    en: `The fund pays nothing; the patient bears all ${y(share)}.`,
  }),
  account: (balance: Fen, due: Fen, pays: Fen): Text => ({
    zh: `个人账户余额 ${y(balance)} 元,用于政策范围内个人自付的 ${y(due)} 元,支付 ${y(pays)} 元。`,
    en: `The personal account (balance ${y(balance)}) pays ${y(pays)} of the ${y(due)} in-scope self-pay.`,
  }),
  family: (relation: Text, balance: Fen, due: Fen, pays: Fen): Text => ({
    zh: `家庭共济(患者为账户持有人的${relation.zh}):余额 ${y(balance)} 元,用于本人账户之后仍需自付的 ${y(due)} 元,支付 ${y(pays)} 元。`,
    en: `Family mutual aid (the patient is the holder's ${relation.en}): balance ${y(balance)}, pays ${y(pays)} of the ${y(due)} in-scope self-pay left after the patient's own account.`,
  }),
  cash: (share: Fen, account: Fen, family: Fen, cash: Fen, out: Fen): Text => ({
    zh: `现金支付 ${y(share)} − ${y(account)} − ${y(family)} = ${y(cash)} 元${out > 0 ? `(其中目录外费用 ${y(out)} 元只能现金支付)` : ''}。`,
    en: `Cash due: ${y(share)} − ${y(account)} − ${y(family)} = ${y(cash)}${out > 0 ? ` (the ${y(out)} outside the scope is always cash)` : ''}.`,
  }),
};
