// The `calc` flags as data (contract "calc flags"): one row per flag with the claim field it
// fills, its description in both languages and its parser. The table drives commander, the
// help text, and batch's column names (the snake_case field). Claim fields are collected as
// typed and validated together by parseClaim (src/claim), so flags, wizard answers and batch
// cells share one set of rules; the other flags validate as they parse.
import { parseOverride, type ClaimField } from '../../claim/index.js';
import type { Override } from '../../engine/types.js';
import { UsageError } from '../errors.js';
import { quoted } from '../../excerpt.js';

/** The contract's default city: --city's default, the city faq lists first, hotline's default id. */
export const DEFAULT_CITY = 'suizhou';

const FORMATS = ['text', 'json', 'say'] as const;
export type Format = (typeof FORMATS)[number];

export interface CalcOption {
  /** Commander flag spec, e.g. "--out-of-scope <yuan>". */
  flag: string;
  /** The claim field this flag fills (its batch column); absent for run options. */
  field?: ClaimField;
  description: { zh: string; en: string };
  /** Validates and converts one value; throws UsageError naming the flag. */
  parse?: (value: string, previous: unknown) => unknown;
}

/** A money flag: yuan with at most two decimals; optional ones default to 0. */
const money = (zh: string, en: string, optional = true) => ({
  zh: `${zh},单位元,最多两位小数${optional ? ',默认0' : ''}`,
  en: `${en}, in yuan with at most two decimals${optional ? ', default 0' : ''}`,
});

export function parseFormatValue(value: string): Format {
  const v = value.trim().toLowerCase();
  if ((FORMATS as readonly string[]).includes(v)) return v as Format;
  throw new UsageError(
    { zh: `--format 无效:${quoted(value)};可选:text, json, say。`, en: `invalid --format ${quoted(value)}; expected text, json or say.` },
    'invalid_format',
  );
}

/** A repeatable claim flag: its values joined with commas, as one raw field (--ytd-disease-fund). */
const joinRepeated = (value: string, previous: unknown): string => (typeof previous === 'string' ? `${previous},${value}` : value);

/** --set is repeatable: each value is parsed at once and appended. */
function parseSet(value: string, previous: unknown): Override[] {
  const parsed = parseOverride(value);
  if (!parsed.ok) throw new UsageError(parsed.message, 'invalid_set');
  return [...((previous as Override[] | undefined) ?? []), parsed.override];
}

export const CALC_OPTIONS: readonly CalcOption[] = [
  { flag: '--city <id>', field: 'city', description: { zh: '城市政策编号:suizhou, xianning, hanzhong, jiayu, weihai(默认 suizhou)', en: 'bundled policy id: suizhou, xianning, hanzhong, jiayu, weihai (default suizhou)' } },
  { flag: '--policy <file>', description: { zh: '使用指定的政策 YAML 文件代替内置政策', en: 'a policy YAML file instead of a bundled one' } },
  { flag: '--date <YYYY-MM-DD>', field: 'date', description: { zh: '就诊日期,决定适用的政策版本(默认今天)', en: 'date of the visit; picks the policy version in force (default today)' } },
  { flag: '--scheme <s>', field: 'scheme', description: { zh: '参保类型:employee(职工)或 resident(居民)', en: 'employee (职工) or resident (居民)' } },
  { flag: '--status <s>', field: 'status', description: { zh: '人员状态:active(在职)或 retired(退休),仅职工', en: 'active (在职) or retired (退休); employees only' } },
  { flag: '--benefit <b>', field: 'benefit', description: { zh: '待遇:outpatient(门诊)、inpatient(住院)、chronic(慢特病),默认 outpatient', en: 'outpatient (门诊), inpatient (住院), chronic (慢特病); default outpatient' } },
  { flag: '--tier <t>', field: 'tier', description: { zh: "医疗机构级别:1, 2, 3, community(一级、二级、三级、社区),或政策定义的机构名称(如 乡镇卫生院)", en: "facility tier: 1, 2, 3, community (一级 二级 三级 社区), or a facility name the policy defines (乡镇卫生院 …)" } },
  { flag: '--amount <yuan>', field: 'amount', description: money('本次总费用', 'total cost of the visit', false) },
  { flag: '--out-of-scope <yuan>', field: 'out_of_scope', description: money('政策范围外费用(目录外、全自费)', 'the part outside the policy scope') },
  { flag: '--ytd-deductible <yuan>', field: 'ytd_deductible', description: money('本年度该待遇已累计的起付线', 'deductible already met this calendar year') },
  { flag: '--ytd-fund <yuan>', field: 'ytd_fund', description: money('本年度该待遇统筹基金已支付', 'fund already paid this calendar year') },
  { flag: '--account <yuan>', field: 'account', description: money('本人个人账户可用余额(仅职工)', 'own personal-account balance to use (employees only)') },
  { flag: '--family <yuan>', field: 'family', description: money('亲属账户可用的家庭共济余额', 'family mutual-aid balance available') },
  { flag: '--relation <r>', field: 'relation', description: { zh: '看病的人是账户持有人的什么人:配偶 父母 子女 兄弟姐妹 祖父母 外祖父母 孙子女 外孙子女 配偶的父母(岳父母、公婆) 子女的配偶(女婿、儿媳)(也认英文:spouse、parent、child、sibling、grandparent、grandchild、parent_in_law、child_in_law)', en: "the patient's relation to the account holder (the patient is the holder's …): spouse, parent, child, sibling, grandparent, grandchild, parent_in_law (a spouse's parent) or child_in_law (a child's spouse); the Chinese words are read too (配偶, 父母, 子女, 兄弟姐妹, 祖父母, 外祖父母, 孙子女, 外孙子女, 配偶的父母/岳父母/公婆, 子女的配偶/女婿/儿媳)" } },
  { flag: '--contribution <ratio>', field: 'contribution', description: { zh: '平均缴费基数占平均工资比例,如 0.85 或 85%(仅部分城市需要)', en: 'average contribution base / average wage, 0.85 or 85% (only where the policy uses it)' } },
  { flag: '--contribution-years-met <yes|no>', field: 'contribution_years_met', description: { zh: '退休人员是否达到规定的最低缴费年限:yes(是)或 no(否)(仅部分城市需要,如嘉鱼县)', en: 'whether a retiree met the required contribution years: yes or no (only where the policy uses it, e.g. Jiayu)' } },
  // policy model 2 (contract "Rulebook structures"): used only where the policy has the structure
  { flag: '--admission <n>', field: 'admission', description: { zh: '本次是本年度第几次住院(1 为第一次;仅按次收起付线的政策需要,默认按第一次并注明)', en: "this stay's number in the calendar year (1 = the first; only where the deductible is per admission; default 1, said as an assumption)" } },
  { flag: '--discharge-date <date>', field: 'discharge_date', description: { zh: '出院日期(政策按出院日计算年龄、按日期计算床日数、住院跨越政策版本时需要)', en: 'discharge date, where the policy takes the age on it, counts bed-days from the dates, or a stay crosses a version' } },
  { flag: '--status-since <date>', field: 'status_since', description: { zh: '现人员状态(在职/退休)的起始日期;在本年内的,表示本年身份有变化(仅政策对在职、退休分别规定时用到)', en: 'the day the current status (active/retired) began; within the claim\'s year it means the status changed this year (used only where the policy differs by status)' } },
  { flag: '--retirement-processed <date>', field: 'retirement_processed', description: { zh: '办理退休手续的日期;政策规定退休待遇从哪天起执行时(如“自办理退休手续的次月1日起”),由它得出现人员状态的起始日期', en: 'the day retirement was processed; where the policy says when retiree treatment starts (e.g. from the 1st of the next month), the status-since day is worked out from it' } },
  { flag: '--days <n>', field: 'days', description: { zh: '这笔费用包含几天:门诊是就诊天数,住院是床日数(只在政策规定每日或每床日支付限额时用到,如村卫生室每日最高20元;住院也可以给 --discharge-date,由入院、出院日期算床日;都不给时按 1 天算,改变结果时注明)', en: 'how many days this cost covers: days of care for outpatient care, bed-days for a stay (used only where the policy caps the fund a day or a bed-day, e.g. 20 yuan a day at a village clinic; for a stay, --discharge-date gives the bed-days from the two dates instead; neither given: 1 day, said where it changes the answer)' } },
  { flag: '--age <n>', field: 'age', description: { zh: '年龄(仅有年龄规定的政策需要)', en: 'age, where the policy has an age rule' } },
  { flag: '--previous-discharge <date>', field: 'previous_discharge', description: { zh: '上次住院的出院日期(仅政策规定出院后若干日内因同一疾病再次入院视同一次住院时用到)', en: 'the discharge day of the previous stay (only where the policy counts a readmission within so many days for the same disease as the same stay)' } },
  { flag: '--birth-date <date>', field: 'birth_date', description: { zh: '出生日期,按政策规定的日子计算年龄', en: 'birth date; the age is taken on the day the policy names' } },
  { flag: '--class-b <yuan>', field: 'class_b', description: money('乙类费用(药品和诊疗项目先行自付比例相同时)', 'class-B cost, where drugs and items have the same first-pay share') },
  { flag: '--class-b-drugs <yuan>', field: 'class_b_drugs', description: money('乙类药品费用', 'class-B drug cost') },
  { flag: '--class-b-items <yuan>', field: 'class_b_items', description: money('乙类诊疗项目费用', 'class-B item cost') },
  { flag: '--grade <g>', field: 'grade', description: { zh: '居民缴费档次:1 或 2(一档、二档)', en: "resident's contribution grade: 1 or 2 (一档, 二档)" } },
  { flag: '--disease <name>', field: 'disease', description: { zh: '本次治疗的门诊慢特病病种(按政策的病种名称)', en: "the certified chronic disease treated (by the policy's names)" } },
  { flag: '--diseases <a,b>', field: 'diseases', description: { zh: '已认定的全部门诊慢特病病种,逗号分隔(默认只有 --disease)', en: "all the patient's certified chronic diseases, comma-separated (default: --disease alone)" } },
  { flag: '--emergency <yes|no>', field: 'emergency', description: { zh: '本次门诊(或住院)是否急诊:yes(急诊)或 no;仅当政策对急诊另有规定时用到(如“因急诊在三级医疗机构就诊的,按二级医疗机构比例支付”“未经转诊…降低10个百分点,急诊、抢救除外”)。异地急诊抢救用 --filing emergency', en: 'whether this visit was an emergency: yes or no; used only where the policy pays emergency visits differently (an emergency visit at a 3rd-level hospital paid at the ratio of the 2nd level). Emergency care elsewhere is --filing emergency' } },
  { flag: '--referred <yes|no>', field: 'referred', description: { zh: '本次住院(就诊)是否经转诊:yes(转诊)或 no(未经转诊、自行就医);仅当政策对未经转诊到某级医疗机构就医另有降低比例的规定时用到(如“未经转诊自行到三级医疗机构住院的,支付比例降低10个百分点”)。给出 --referred-from 即为转诊', en: 'whether this stay (visit) was referred: yes or no (went without a referral); used only where the policy cuts the ratio of care at some levels without a referral. --referred-from says yes' } },
  { flag: '--previous-same-facility <yes|no>', field: 'previous_same_facility', description: { zh: '上次住院(--previous-discharge)是否在同一定点医疗机构:yes 或 no;仅当政策只对在同一定点医疗机构再次住院的视同一次住院时用到', en: 'whether the previous stay (--previous-discharge) was at the same facility: yes or no; used where the policy counts a readmission as the same stay at the same facility only' } },
  { flag: '--referred-from <level>', field: 'referred_from', description: { zh: '本市医联体内转诊:转出医院的级别(一级、二级、三级)或本政策的机构名称(如 乡镇卫生院);仅当政策对医联体内上转、下转的起付线另有规定时用到(如“上转的按两级医疗机构起付标准的差额收取;下转的不再收取起付标准”)。异地转诊用 --filing referral', en: 'a referral within the city’s medical alliance: the level of the facility the patient was referred from (1, 2, 3) or a facility named by the policy; used where the policy charges the deductible of a referral up or down differently. Out-of-area referral is --filing referral' } },
  { flag: '--insured-years <n>', field: 'insured_years', description: { zh: '连续参保年数(按政策文本的算法);仅当政策对连续参保提高大病保险最高支付限额另有规定时用到(如“连续参保满4年的，之后每连续参保1年，大病保险最高支付限额提高2000元”)', en: 'years of continuous insurance, as the text counts them; used only where the policy raises the second layer’s cap for continuous insurance' } },
  { flag: '--zero-claim-years <n>', field: 'zero_claim_years', description: { zh: '计入的基金零报销年数;仅当政策对当年基金零报销的提高次年大病保险最高支付限额时用到', en: 'years without fund reimbursement that count; used only where the policy raises the second layer’s cap for a year without reimbursement' } },
  { flag: '--enrolled <date>', field: 'enrolled', description: { zh: '新生儿的参保登记日期(仅政策规定新生儿在出生后若干日内参保才自出生之日起享受待遇时用到;需 --birth-date)', en: "a newborn's enrolment date (only where the policy covers a newborn from birth if enrolled within so many days; needs --birth-date)" } },
  { flag: '--certified <date>', field: 'certified', description: { zh: '本次治疗的门诊慢特病病种的认定日期(仅政策规定年度中途认定的病种按剩余月数折算支付限额时用到)', en: 'the day the treated chronic disease was certified (only where the policy prorates the yearly limit of a disease certified during the year)' } },
  { flag: '--filing <f>', field: 'filing', description: { zh: '就医地:local(本地,默认)、filed(异地已备案;政策区分临时备案时为异地长期居住/常驻异地)、temporary(临时外出就医已备案)、referral(转诊)、unfiled(异地未备案)、emergency(异地急诊抢救,按政策写明的那一类计算)', en: 'where the care was: local (default), filed (long-term where the policy tells temporary apart), temporary (a temporary trip, filed), referral, unfiled, emergency (emergency care elsewhere, settled as the kind the policy names)' } },
  { flag: '--where <w>', field: 'where', description: { zh: '异地就医在省内市外(in_province、省内)还是省外(out_of_province、省外);仅政策对二者分别规定时需要', en: 'out-of-area care in the province (in_province, 省内) or outside it (out_of_province, 省外); needed only where the policy rules them apart' } },
  { flag: '--assistance <group>', field: 'assistance', description: { zh: '医疗救助对象类别(按政策的名称,如 特困人员、低保对象)', en: "medical-assistance group by the policy's names (特困人员, 低保对象, …)" } },
  { flag: '--disability <grade>', field: 'disability', description: { zh: '残疾证等级:1、2、3、4(一级、二级…;仅政策对残疾人另有医疗救助规定时用到)', en: 'disability-certificate grade: 1, 2, 3, 4 (一级, 二级, …; used only where the policy raises assistance for the disabled)' } },
  { flag: '--ytd-benefit-fund <yuan>', field: 'ytd_benefit_fund', description: money('本年该待遇(如门诊慢特病)基金已支付', 'fund already paid this year for this benefit alone') },
  { flag: '--ytd-disease-fund <name=yuan>', field: 'ytd_disease_fund', parse: joinRepeated, description: { zh: '本年某病种基金已支付,如 糖尿病=1000(可重复)', en: 'fund already paid this year for one chronic disease, e.g. 糖尿病=1000 (repeatable)' } },
  { flag: '--ytd-disease-deductible <name=yuan>', field: 'ytd_disease_deductible', parse: joinRepeated, description: { zh: '本年某病种已付的起付标准,如 高血压=100(可重复;起付标准按病种设定时)', en: 'deductible met this year for one chronic disease, e.g. 糖尿病=100 (repeatable; where deductibles are set by disease)' } },
  { flag: '--ytd-burden <yuan>', field: 'ytd_burden', description: money('本年已累计计入大病保险/大额补助的个人负担', 'burden already counted this year toward the second layer') },
  { flag: '--ytd-second <yuan>', field: 'ytd_second', description: money('本年大病保险/大额补助已支付', 'second layer already paid this year') },
  { flag: '--ytd-assistance <yuan>', field: 'ytd_assistance', description: money('本年医疗救助已支付', 'medical assistance already paid this year') },
  { flag: '--ytd-assistance-deductible <yuan>', field: 'ytd_assistance_deductible', description: money('本年已计入医疗救助起付标准的费用', "amount already counted toward this year's assistance threshold") },
  { flag: '--ytd-family-paid <yuan>', field: 'ytd_family_paid', description: money('本年该账户已通过家庭共济支付(给所有亲属)', "the holder's account's family mutual-aid payments this year, to every relative") },
  { flag: '--ytd-family-received <yuan>', field: 'ytd_family_received', description: money('本年本人已通过家庭共济获得的支付', 'family mutual-aid payments this patient received this year') },
  { flag: '--ytd-banded <yuan>', field: 'ytd_banded', description: money('本年此前已累计计入分段的金额(按年度累计分段时:如扣除起付标准后的住院费用累计)', "the amount this year's bands already hold (where bands count the year's running total, e.g. stays' cost after the deductible)") },
  { flag: '--assistance-since <date>', field: 'assistance_since', description: { zh: '救助对象的认定日期;在本年内的,表示年度内新认定(仅大病保险/大额对该类人员另有规定时用到)', en: "the day the assistance group began; within the claim's year the person joined it this year (used only where the second layer has rules for the group)" } },
  { flag: '--ytd-burden-since <yuan>', field: 'ytd_burden_since', description: money('--ytd-burden 中认定之日起累计的部分(默认 0:本年此前的个人负担都在认定之前)', 'of --ytd-burden, the part counted since --assistance-since (default 0: all of it before that day)') },
  { flag: '--set <path=value>', parse: parseSet, description: { zh: '临时修改一个政策参数,可重复,如 outpatient.employee.deductible=600;或“无法计算”提示的路径,如 assistance.groups.低保对象.cap=60000', en: 'override one policy parameter for this run (repeatable), e.g. outpatient.employee.deductible=600, or a path a "cannot compute" names, e.g. assistance.groups.低保对象.cap=60000' } },
  { flag: '--compare', description: { zh: '同时列出各级医疗机构的结果', en: 'also explain the claim at every tier' } },
  { flag: '--format <f>', parse: parseFormatValue, description: { zh: '输出格式:text(默认)、json、say(接线员口述稿)', en: 'output: text (default), json, or say (a script to read to a caller)' } },
  { flag: '--json', description: { zh: '等同于 --format json', en: 'the same as --format json' } },
];

/** The program-wide flags (calc also accepts them after its own), described in both languages for every help. */
export const SHARED_FLAGS: Readonly<Record<string, { zh: string; en: string }>> = {
  '--lang': { zh: '输出语言:zh(默认)或 en', en: 'language of human output: zh (default) or en' },
  '--no-color': { zh: '不使用颜色(也可设置 NO_COLOR)', en: 'no colours (NO_COLOR works too)' },
  '--policy-dir': {
    zh: '医保部门自己的政策目录(<id>.yaml 文件):替换同 id 的内置政策或新增城市(也可设置 YIBAO_POLICY_DIR)',
    en: "a bureau's policy directory (<id>.yaml files): they replace the bundled policy of the same id or add cities (YIBAO_POLICY_DIR works too)",
  },
  '--help': { zh: '显示本帮助', en: 'display help for command' },
};

export const CALC_EXAMPLES = {
  zh: `
示例:
  yibao calc --scheme 职工 --status 在职 --tier 一级 --amount 2000
  yibao --scheme employee --status retired --tier 2 --amount 1000 --compare
  yibao calc --scheme 职工 --status 在职 --tier 三级 --amount 800 --ytd-deductible 500 --format say
  yibao calc --city xianning --scheme 居民 --tier 1 --amount 300 --json
在终端中缺少必填项时会逐项询问;脚本中缺少必填项时报错(退出码 2)。`,
  en: `
Examples:
  yibao calc --scheme employee --status active --tier 1 --amount 2000
  yibao --scheme employee --status retired --tier 2 --amount 1000 --compare
  yibao calc --scheme employee --status active --tier 3 --amount 800 --ytd-deductible 500 --format say --lang en
  yibao calc --city xianning --scheme resident --tier 1 --amount 300 --json
At a terminal, missing values are asked for; in a script they are a usage error (exit 2).`,
} as const;

/** Batch column names: the claim fields of the table, snake_case (contract "Batch files"). */
export const CALC_COLUMNS: readonly ClaimField[] = CALC_OPTIONS.flatMap((o) => (o.field ? [o.field] : []));

/** "--out-of-scope <yuan>" -> "--out-of-scope" */
export const longFlag = (o: CalcOption): string => o.flag.split(' ')[0]!;

/** commander's attribute name for a flag: --out-of-scope -> outOfScope. */
export const attributeName = (o: CalcOption): string => longFlag(o).slice(2).replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());
