// The one table of words a user may type for each closed vocabulary, shared by flags, the
// wizard, batch cells and `ask`: the English id, its Chinese names as the wizard, a hospital
// receipt or an insurance card show them, and the bundled cities by Chinese name. Data only.
// A word is listed only where it names one id without doubt: 离休 (not 退休), 乡镇卫生院 (its
// tier is not in every policy) is left out on purpose, so it is refused with the choices rather
// than read as something it may not be; in-laws (not 近亲属 everywhere) are ids of their own, which
// a policy's list names or not (an open list: exit 3; a closed one: not covered).
// 社区卫生服务站/中心 are the kind `community`: the policy decides which tier that counts as.
// Lookup ignores case, surrounding and inner spaces and full-width forms.
import { CITY_ALIASES, CITY_WORDS } from '../cities.js';
import { lookup, table } from '../text/word-table.js';
import type { BenefitId, Relation, Scheme, Status, Tier } from '../domain.js';

/** id -> its words; the first two Chinese words of each id are the ones messages show. */
type Words<T extends string> = Readonly<Record<T, readonly string[]>>;

const SCHEME_WORDS: Words<Scheme> = {
  employee: ['职工', '职工医保', '城镇职工', '城镇职工医保', '职工基本医疗保险', '职工基本医保', '城镇职工基本医疗保险', '职工医疗保险'],
  resident: ['居民', '居民医保', '城乡居民', '城乡居民医保', '城乡居民基本医疗保险', '城乡居民基本医保', '城镇居民', '城镇居民医保', '居民医疗保险', '新农合'],
};

const STATUS_WORDS: Words<Status> = {
  active: ['在职', '在职人员', '在职职工', '在岗'],
  retired: ['退休', '退休人员', '退休职工'],
};

const BENEFIT_WORDS: Words<BenefitId> = {
  outpatient: ['普通门诊', '门诊', '门诊统筹', '普通门诊统筹'],
  inpatient: ['住院'],
  chronic: ['门诊慢特病', '慢特病', '门诊慢性病', '门诊特殊病', '门诊慢特殊病', '慢性病', '门慢', '门特'],
};

/** A hospital's grade (三级甲等, 三甲) is of its level by the national grading: also written with 医院 after it, as receipts and callers write it. */
const withHospital = (grades: readonly string[]): string[] => grades.flatMap((g) => [g, `${g}医院`]);

const TIER_WORDS: Words<Tier> = {
  '1': ['一级', '一级医院', '一级医疗机构', ...withHospital(['一级甲等', '一甲', '一级乙等', '一乙', '一级丙等']), '1级'],
  '2': ['二级', '二级医院', '二级医疗机构', ...withHospital(['二级甲等', '二甲', '二级乙等', '二乙', '二级丙等']), '2级'],
  '3': ['三级', '三级医院', '三级医疗机构', ...withHospital(['三级甲等', '三甲', '三级乙等', '三乙', '三级丙等', '三级特等']), '3级'],
  community: ['社区', '社区卫生服务站', '社区卫生服务中心', '社区卫生服务机构', '社区医院', '社区卫生院'],
};

const RELATION_WORDS: Words<Relation> = {
  spouse: ['配偶', '夫妻', '妻子', '丈夫', '老婆', '老公', '爱人', '妻', '夫', 'wife', 'husband'],
  parent: ['父母', '父亲', '母亲', '爸爸', '妈妈', '父', '母', 'father', 'mother'],
  child: ['子女', '儿子', '女儿', '子', '女', 'son', 'daughter'],
  sibling: ['兄弟姐妹', '兄弟', '姐妹', '哥哥', '姐姐', '弟弟', '妹妹', 'brother', 'sister'],
  grandparent: ['祖父母', '外祖父母', '爷爷', '奶奶', '祖父', '祖母', '外公', '外婆', '姥爷', '姥姥', '外祖父', '外祖母', 'grandfather', 'grandmother'],
  grandchild: ['孙子女', '外孙子女', '孙子', '孙女', '外孙', '外孙女', 'grandson', 'granddaughter'],
  parent_in_law: ['配偶的父母', '岳父母', '公婆', '岳父', '岳母', '公公', '婆婆', '丈人', '丈母娘', '老丈人', 'father-in-law', 'mother-in-law', 'parent-in-law'],
  child_in_law: ['子女的配偶', '女婿', '儿媳', '儿媳妇', 'son-in-law', 'daughter-in-law', 'child-in-law'],
};

/**
 * Whether a retiree met the required contribution years (contribution_years_met): yes or no
 * as people write it in a flag, a wizard answer or a spreadsheet cell.
 */
const YES_NO_WORDS: Words<'yes' | 'no'> = {
  yes: ['是', '达到', '已达到', '满', '已满', 'y', 'true', '1', 'met'],
  no: ['否', '未达到', '没达到', '未满', '不满', 'n', 'false', '0', 'not_met'],
};

/** Policy model 2: whether a visit was an emergency (急诊), where the policy pays emergency visits at another level's ratio. */
const EMERGENCY_WORDS: Words<'yes' | 'no'> = {
  yes: ['是', '急诊', '因急诊', '急诊就诊', 'y', 'yes', 'true', '1'],
  no: ['否', '非急诊', '不是急诊', '普通', '平诊', 'n', 'no', 'false', '0'],
};

/** Policy model 2: whether a stay was referred (分级诊疗: 未经转诊自行到三级医疗机构住院的…降低10个百分点). */
const REFERRED_WORDS: Words<'yes' | 'no'> = {
  yes: ['是', '转诊', '已转诊', '经转诊', '有转诊', '转诊住院', 'y', 'yes', 'true', '1'],
  no: ['否', '未转诊', '没转诊', '未经转诊', '无转诊', '非转诊', '自行就医', '自行住院', 'n', 'no', 'false', '0'],
};

/** Policy model 2: whether the previous stay was at the same facility (readmission.same_facility: 在同一定点医疗机构). */
const SAME_FACILITY_WORDS: Words<'yes' | 'no'> = {
  yes: ['是', '同一医院', '同一家医院', '同一医疗机构', '同一定点医疗机构', '本院', '相同', 'y', 'yes', 'true', '1', 'same'],
  no: ['否', '不是', '其他医院', '别的医院', '外院', '不同', '不同医院', '换了医院', 'n', 'no', 'false', '0', 'elsewhere'],
};

/** Policy model 2: a resident's contribution grade (一档 = 1). */
const GRADE_WORDS: Words<'1' | '2' | '3'> = {
  '1': ['一档', '第一档', '1档', '档次一'],
  '2': ['二档', '第二档', '2档', '档次二'],
  '3': ['三档', '第三档', '3档', '档次三'],
};

/** Policy model 2: the disability grade of a 残疾证 (一级 the most severe), for an assistance uplift. */
const DISABILITY_WORDS: Words<'1' | '2' | '3' | '4'> = {
  '1': ['一级', '一级残疾', '残疾一级', '1级', '一级残疾证'],
  '2': ['二级', '二级残疾', '残疾二级', '2级', '二级残疾证'],
  '3': ['三级', '三级残疾', '残疾三级', '3级', '三级残疾证'],
  '4': ['四级', '四级残疾', '残疾四级', '4级', '四级残疾证'],
};

/** Policy model 2: where the care was (异地就医 filing). */
const FILING_WORDS: Words<'local' | 'filed' | 'referral' | 'unfiled' | 'temporary' | 'emergency'> = {
  local: ['本地', '本市', '市内', '非异地'],
  filed: ['异地已备案', '已备案', '备案', '异地备案', '长期备案', '异地长期居住备案', '异地长期居住已备案', '常驻异地备案', '常驻异地已备案'],
  temporary: ['临时外出备案', '临时外出就医已备案', '临时外出就医备案', '临时外出已备案', '临时备案', '临时外出就医办理备案'],
  referral: ['转诊', '转诊备案', '转诊转院', '转院'],
  unfiled: ['异地未备案', '未备案', '没备案', '未办理备案'],
  emergency: ['急诊抢救', '急诊', '异地急诊', '异地急诊抢救', '外地急诊', '急诊抢救视同备案'],
};

/** Policy model 2: where out-of-area care was, for a filing rule that differs by it (柘川 第二十一至二十三条). */
const WHERE_WORDS: Words<'in_province' | 'out_of_province'> = {
  in_province: ['省内市外', '省内', '省内异地', '市外省内', '省内其他市', '省内转诊'],
  out_of_province: ['省外', '跨省', '省外异地', '跨省异地', '外省'],
};

export const GRADE_ALIASES = table(GRADE_WORDS);
export const WHERE_ALIASES = table(WHERE_WORDS);
export const FILING_ALIASES = table(FILING_WORDS);
export const DISABILITY_ALIASES = table(DISABILITY_WORDS);
export const EMERGENCY_ALIASES = table(EMERGENCY_WORDS);
export const REFERRED_ALIASES = table(REFERRED_WORDS);
export const SAME_FACILITY_ALIASES = table(SAME_FACILITY_WORDS);
export const SCHEME_ALIASES = table(SCHEME_WORDS);
export const STATUS_ALIASES = table(STATUS_WORDS);
export const BENEFIT_ALIASES = table(BENEFIT_WORDS);
export const TIER_ALIASES = table(TIER_WORDS);
export const RELATION_ALIASES = table(RELATION_WORDS);
export const YES_NO_ALIASES = table(YES_NO_WORDS);

/** Every word list, for the README's alias table and the tests. */
export const ALIAS_WORDS = { scheme: SCHEME_WORDS, status: STATUS_WORDS, benefit: BENEFIT_WORDS, tier: TIER_WORDS, relation: RELATION_WORDS, yes_no: YES_NO_WORDS, city: CITY_WORDS } as const;

/** The words shown in a message for each table: the first two per id. */
const SHOWN = new Map<Readonly<Record<string, string>>, string>();
for (const [aliases, words] of [
  [SCHEME_ALIASES, SCHEME_WORDS],
  [STATUS_ALIASES, STATUS_WORDS],
  [BENEFIT_ALIASES, BENEFIT_WORDS],
  [TIER_ALIASES, TIER_WORDS],
  [RELATION_ALIASES, RELATION_WORDS],
  [YES_NO_ALIASES, YES_NO_WORDS],
  [GRADE_ALIASES, GRADE_WORDS],
  [FILING_ALIASES, FILING_WORDS],
  [DISABILITY_ALIASES, DISABILITY_WORDS],
  [WHERE_ALIASES, WHERE_WORDS],
  [CITY_ALIASES, CITY_WORDS],
] as const) {
  const list = Object.entries(words as Record<string, readonly string[]>).map(([id, ws]) => {
    const zh = ws.filter((w) => /[^\x20-\x7e]/.test(w)).slice(0, 2);
    return zh.length > 0 ? `${id} (${zh.join(', ')})` : id;
  });
  SHOWN.set(aliases, list.join(', '));
}

/** The accepted words, for messages: "employee (职工, 职工医保), resident (居民, 居民医保)". */
export function choices(table: Readonly<Record<string, string>>): string {
  const shown = SHOWN.get(table);
  if (shown !== undefined) return shown;
  return [...new Set(Object.values(table))].join(', ');
}

export { lookup };
