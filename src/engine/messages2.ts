// Messages of policy model 2 (zh/en): what a claim lacks for a rulebook structure (exit 2,
// naming the flag) and what the rulebook leaves unknown (exit 3, naming the parameter).
import type { Text } from '../domain.js';
import { bare, BENEFIT_NAMES, paramWords, SCHEME_NAMES } from './messages.js';
import type { BenefitId, Scheme } from '../domain.js';
import { formatFen, formatPercent } from '../money/money.js';
import type { Settlement } from './types.js';

const list = (names: readonly string[]) => names.join('、');
const noteOf = (note: Text | undefined): Text => (note ? { zh: `:${bare(note).zh}`, en: `: ${bare(note).en}` } : { zh: '', en: '' });

/** The filing kinds by name, for the emergency messages. */
const KIND_ZH: Record<string, string> = { filed: '异地长期居住/常驻异地已备案', temporary: '临时外出就医已备案', referral: '转诊', unfiled: '异地就医未备案', local: '本地就医', emergency: '异地急诊抢救' };
const KIND_EN: Record<string, string> = { filed: 'long-term filing', temporary: 'a temporary trip, filed', referral: 'referral', unfiled: 'not filed', local: 'local care', emergency: 'emergency care elsewhere' };

/** A filing kind in words (unfiled: 异地就医未备案). */
export const filingKindWords = (kind: string): Text => ({ zh: KIND_ZH[kind] ?? kind, en: KIND_EN[kind] ?? kind });

/** The uplifts in words (uplift_order, a ceiling's uplifts). */
export const UPLIFT_ZH: Readonly<Record<string, string>> = { retiree: '退休人员', grade: '缴费档次', age: '年龄', facility: '机构类型', group: '救助对象' };
export const UPLIFT_EN: Readonly<Record<string, string>> = { retiree: 'the retiree uplift', grade: 'the grade uplift', age: 'the age uplift', facility: "the facility's uplift", group: "the assistance group's uplift" };

export const model2Messages = {
  /** A deductible_schedule entry by the admission it starts from (never its index in the file). */
  scheduleWords: (benefit: BenefitId, scheme: Scheme, from: number): Text => ({
    zh: `${SCHEME_NAMES[scheme].zh}${BENEFIT_NAMES[benefit].zh}起付线(本年第${from}次及以后住院)`,
    en: `${BENEFIT_NAMES[benefit].en} deductible of ${SCHEME_NAMES[scheme].en} (from the year's admission ${from})`,
  }),
  needsGrade: (path: string, grades: readonly string[]): Text => ({
    zh: `需要居民缴费档次(${path} 按档次区分):请用 --grade 提供(${list(grades)})。`,
    en: `The resident's contribution grade is needed (${path} depends on it): give it with --grade (${grades.join(', ')}).`,
  }),
  needsAge: (path: string): Text => ({
    zh: `需要年龄(${path} 按年龄提高比例):请用 --age 或 --birth-date 提供。`,
    en: `The age is needed (${path} raises the ratio by age): give --age or --birth-date.`,
  }),
  /** several_groups (同时具有两种以上特殊群体身份的，按待遇就高原则享受): what a claim in several groups came to. */
  severalGroupsSame: (groups: readonly string[]): Text => ({
    zh: `同时属于${groups.join('、')},按其中任何一种身份计算,结果都相同`,
    en: `in several groups (${groups.join(', ')}); each gives the same answer`,
  }),
  severalGroupsHighest: (used: string, each: readonly { group: string; pays: number }[]): Text => ({
    zh: `同时属于${each.map((x) => x.group).join('、')},按待遇就高原则、不重复享受,按“${used}”计算(统筹基金、大病保险和医疗救助合计:${each.map((x) => `${x.group} ${formatFen(x.pays)} 元`).join(',')})`,
    en: `in several groups, the best treatment is taken, never two together: settled as ${used} (fund, second layer and assistance together: ${each.map((x) => `${x.group} ${formatFen(x.pays)}`).join(', ')})`,
  }),
  severalGroupsUnknown: (groups: readonly string[], note: Text | undefined, answers: Text, leftOut: boolean): Text => ({
    zh: `无法计算:本人同时属于${groups.join('、')},${leftOut ? '政策没有规定' : '来源未说明'}同时具有几种身份时怎样享受待遇(several_groups${noteOf(note).zh})。${answers.zh}如已知,可用 --set several_groups=highest(按待遇就高)给出,或用 --assistance 只给出其中一种身份。`,
    en: `Cannot compute: the patient is in several groups (${groups.join(', ')}), and the ${leftOut ? 'policy has no rule' : 'sources do not say'} how several groups are treated (several_groups${noteOf(note).en}). ${answers.en} If you know, give --set several_groups=highest (the best treatment), or give one group with --assistance.`,
  }),
  /** readmission: the rule's name, its same-disease condition, and the edge day's options in words. */
  readmissionWords: { zh: '出院后再次入院视同一次住院', en: 'a readmission counted as the same stay' } as Text,
  /** readmission.same_facility: the condition in words (an unknown's options). */
  sameFacilityWords: {
    only: { zh: '只有在同一定点医疗机构再次住院才视同一次住院', en: 'only a readmission at the same facility counts as the same stay' } as Text,
    any: { zh: '在其他定点医疗机构再次住院也视同一次住院', en: 'a readmission at another facility counts as the same stay too' } as Text,
  },
  /** The previous stay's facility not said, where it changes the answer: each answer, and the flag that says it. */
  previousFacilityUnsaid: (days: number, each: Text): Text => ({
    zh: `无法计算:本政策只对在同一定点医疗机构再次住院的视同一次住院;本次在出院后 ${days} 天内再次入院,但没有说明上次住院是否在同一家医疗机构。${each.zh}请用 --previous-same-facility yes|no 说明(批量处理用“是否同一医院”列)。`,
    en: `Cannot compute: this policy counts a readmission as the same stay only at the same facility; this stay is within ${days} days of the last discharge, but whether the last stay was at the same facility was not said. ${each.en} Say which with --previous-same-facility yes|no (batch: the previous_same_facility column).`,
  }),
  previousFacilityEach: { same: { zh: '上次住院在同一家医疗机构', en: 'the last stay at the same facility' } as Text, elsewhere: { zh: '上次住院在其他医疗机构', en: 'the last stay elsewhere' } as Text },
  /** same_admission unknown on a readmission within the days: what it leaves open (the year's later stays' numbers). */
  sameAdmissionOpen: (path: string, note: Text | undefined, admission: number | null): Text => ({
    zh: `来源未说明再次入院是否视同一次住院、是否计入本年住院次数(${path}${noteOf(note).zh})。本次各项支付不受影响;但本年以后的住院是第几次取决于它${admission !== null ? `(本次按第 ${admission} 次计算,以后一次为第 ${admission} 或第 ${admission + 1} 次)` : ''},请按经办机构的核定给出(--admission)。`,
    en: `The sources do not say whether a readmission counts as the same stay, i.e. whether it counts in the year's admissions (${path}${noteOf(note).en}). What this stay pays does not depend on it, but the number of the year's later stays does${admission !== null ? ` (this one is number ${admission}; the next is ${admission} or ${admission + 1})` : ''}: give the office's figure with --admission.`,
  }),
  readmissionSameDisease: { zh: '原文要求因同一疾病再次入院;按与上次住院为同一疾病计算,不是同一疾病的不适用(请不要给出上次出院日期)', en: 'the text asks for the same disease; this stay is taken as for the same disease as the last one (if not, give no previous discharge date)' } as Text,
  lastDayWords: (o: 'within' | 'outside', days: number): Text =>
    o === 'within' ? { zh: `出院后第 ${days} 天再次入院算在“${days}日内”`, en: `a readmission on day ${days} is within the ${days} days` } : { zh: `出院后第 ${days} 天再次入院不算“${days}日内”(不足 ${days} 天才算)`, en: `a readmission on day ${days} is outside (fewer than ${days} days only)` },
  /** newborn_deductible_share: an age of 0 alone cannot tell whether the patient was born in the claim's year. */
  needsBirthDate: (path: string): Text => ({
    zh: `需要出生日期(${path}:新生儿出生当年住院的起付线另有规定;0 岁可能是今年出生,也可能是去年出生):请用 --birth-date 提供。`,
    en: `The birth date is needed (${path}: a newborn's deductible differs in the birth year, and an age of 0 may mean born this year or last): give --birth-date.`,
  }),
  needsDischarge: (path: string): Text => ({
    zh: `需要出院日期才能确定年龄(${path}):请用 --discharge-date 提供。`,
    en: `The discharge date is needed to take the age (${path}): give --discharge-date.`,
  }),
  ageDayUnknown: (path: string, band: Text, admission: number, discharge: number, note: Text | undefined): Text => ({
    zh: `无法计算:入院时 ${admission} 岁、出院时 ${discharge} 岁,而原文未说明${band.zh}按哪一天计算(${path}${noteOf(note).zh})。如已知,请直接用 --age 给出按规定计算的年龄。`,
    en: `Cannot compute: ${admission} on admission and ${discharge} on discharge, and the text does not say on which day the age (${band.en}) is taken (${path}${noteOf(note).en}). If you know the rule, give that age with --age.`,
  }),
  /** An age band in words: 年满65周岁, 未满18周岁, 年满6周岁未满18周岁. */
  ageBandWords: (min: number, under: number | null): Text => {
    if (under === null) return { zh: `年满${min}周岁`, en: `from age ${min}` };
    if (min === 0) return { zh: `未满${under}周岁`, en: `under ${under}` };
    return { zh: `年满${min}周岁未满${under}周岁`, en: `from age ${min} and under ${under}` };
  },
  /** The day an age is taken on, as an option of a day the text leaves open (--age gives the age outright). */
  stayDayWords: (day: 'admission' | 'discharge'): Text =>
    day === 'admission' ? { zh: '年龄按入院之日计算', en: 'the age taken on the day of admission' } : { zh: '年龄按出院之日计算', en: 'the age taken on the day of discharge' },
  needsDisease: (names: readonly string[]): Text => ({
    zh: `需要本次治疗的门诊慢特病病种:请用 --disease 提供(${list(names)})。`,
    en: `The chronic disease treated is needed: give it with --disease (${names.join(', ')}).`,
  }),
  unknownDisease: (name: string, names: readonly string[]): Text => ({
    zh: `政策的门诊慢特病病种中没有“${name}”(可选:${list(names)})。`,
    en: `"${name}" is not one of the policy's chronic diseases (${names.join(', ')}).`,
  }),
  needsDiseaseDeductible: (): Text => ({
    zh: '起付标准按病种设定,而本人有多个病种:请用 --ytd-disease-deductible 病种=金额 给出本年各病种已付的起付标准(可重复)。',
    en: 'The deductible is set by disease and the patient has several: give the deductible met this year per disease with --ytd-disease-deductible name=yuan (repeatable).',
  }),
  deductibleOnceWords: (o: 'per_disease' | 'per_person' | 'top_up'): Text =>
    o === 'per_disease'
      ? { zh: '按每个病种各收一次起付标准', en: "each disease's deductible once a year" }
      : o === 'per_person'
        ? { zh: '按全年只收一次起付标准(任一病种已收足即不再收)', en: 'one deductible a year, whatever the disease (one met in full settles it)' }
        : { zh: '按全年一次、以最高病种的起付标准补足差额', en: "one deductible a year, topped up to the highest disease's" },
  openList: (name: string, quote: string | undefined, names: readonly string[]): Text => ({
    zh: `原文的病种清单以“等”结尾${quote ? `(“${quote}”)` : ''},未说明“${name}”是否属于其中;所列病种:${list(names)}。`,
    en: `The text's list of diseases ends in 等 (an open list${quote ? `: “${quote}”` : ''}) and does not say whether "${name}" is one of them; listed: ${names.join(', ')}.`,
  }),
  /** A group no list names, where a list of groups ends in 等 (…等困难群众) and the file leaves it open. */
  openGroups: (name: string, quote: string | undefined, names: readonly string[]): Text => ({
    zh: `原文的对象名单以“等”结尾${quote ? `(“${quote}”)` : ''},未说明“${name}”是否属于其中(是否属于“等困难群众”);所列:${list(names)}。能判断时,可在政策文件的 open_groups 写 value: as_group、group 和 reading(或 value: none 和 reading)`,
    en: `The text's list of groups ends in 等${quote ? ` (“${quote}”)` : ''} and does not say whether "${name}" is one of them; listed: ${names.join(', ')}. Where it can be judged, write open_groups: { value: as_group, group, reading } (or { value: none, reading }) in the policy file`,
  }),
  /** The note of an open list's question: the file's, then the question itself. */
  openGroupsNote: (note: Text | undefined, quote: string | undefined): Text => ({
    zh: `${note ? `${note.zh};` : ''}名单以“等”结尾${quote ? `(“${quote}”)` : ''},未列出的对象是否属于“等困难群众”,原文没有说明`,
    en: `${note ? `${note.en}; ` : ''}the list ends in 等${quote ? ` (“${quote}”)` : ''}: whether a group it does not name is one of them is not said`,
  }),
  openGroupsSame: (name: string, quote: string | undefined): Text => ({
    zh: `原文名单以“等”结尾${quote ? `(“${quote}”)` : ''},未说明“${name}”是否属于其中;本案无论是否属于,结果相同。`,
    en: `The text's list ends in 等${quote ? ` (“${quote}”)` : ''} and does not say whether "${name}" is one of them; this claim comes out the same either way.`,
  }),
  /** An option of a deductible's open_groups (…等困难群众): not one of them, or counted as a listed group. */
  openGroupsOption: (o: string): Text =>
    o === 'none' ? { zh: '不属于所列困难群众(按一般规定收取起付标准)', en: 'not one of the listed groups (the general deductible)' } : { zh: `按“${o}”计算起付标准`, en: `deductible as for ${o}` },
  /** An option of a second layer's open_groups: the general rules, or a listed group's. */
  layerOpenWords: (o: string): Text =>
    o === 'none' ? { zh: '不属于所列困难群众(按一般规定)', en: 'not one of the listed groups (the general rules)' } : { zh: `按“${o}”的规定`, en: `as for ${o}` },
  /** An option of assistance.open_groups: no assistance, or a listed group's rules. */
  assistanceOpenWords: (o: string): Text =>
    o === 'none' ? { zh: '不属于医疗救助对象', en: 'not an assistance group' } : { zh: `按“${o}”救助`, en: `assisted as ${o}` },
  /** A group assistance's open list (…等) does not name, on a claim where no answer changes the numbers. */
  assistanceOpenSame: (name: string, quote: string | undefined, names: readonly string[]): Text => ({
    zh: `医疗救助对象名单以“等”结尾${quote ? `(“${quote}”)` : ''},未说明“${name}”是否属于其中(所列:${list(names)});本案无论是否救助,结果相同。`,
    en: `Medical assistance's list of groups ends in 等${quote ? ` (“${quote}”)` : ''} and does not say whether "${name}" is one of them (listed: ${names.join(', ')}); this claim comes out the same either way.`,
  }),
  /** A group the text names for a deductible or second-layer rule that medical assistance does not cover (救助 0). */
  notAssisted: (name: string, names: readonly string[]): Text => ({
    zh: `“${name}”不在医疗救助对象(${list(names)})之列,医疗救助不支付。`,
    en: `"${name}" is not one of medical assistance's groups (${names.join(', ')}): assistance pays nothing.`,
  }),
  unknownGroup: (name: string, names: readonly string[]): Text => ({
    zh: `政策的医疗救助对象中没有“${name}”(可选:${list(names)})。`,
    en: `"${name}" is not one of the policy's medical-assistance groups (${names.join(', ')}).`,
  }),
  classBSplit: (): Text => ({
    zh: '乙类药品和乙类诊疗项目的先行自付比例不同:请分别用 --class-b-drugs 和 --class-b-items 提供,而不是 --class-b。',
    en: 'Class-B drugs and items have different first-pay shares: give --class-b-drugs and --class-b-items instead of --class-b.',
  }),
  classBAboveScope: (): Text => ({
    zh: '乙类费用超过了政策范围内费用(总费用减目录外费用)。',
    en: 'The class-B costs are more than the in-scope amount (the total less the out-of-scope part).',
  }),
  /** A status that changed within the year where the policy does not say how the year's totals count. */
  statusChangeUnknown: (note: Text | undefined, path = 'status_change'): Text => ({
    zh: `无法计算:本年内人员状态(在职/退休)有变化,来源未说明此时本年已累计的起付线和基金支付如何计算(${path}${noteOf(note).zh})。可按经办机构的规定分别按两种身份核算。`,
    en: `Cannot compute: the status (active/retired) changed within the year, and the sources do not say how the year's deductible met and fund paid count then (${path}${noteOf(note).en}). Work it out by the office's rule for each status.`,
  }),
  /** The same for the second layer: the year's burden and layer payments before the change, against the new status's threshold and cap. */
  layerStatusChangeUnknown: (note: Text | undefined, path: string): Text => ({
    zh: `无法计算:本年内人员状态(在职/退休)有变化,来源未说明变化前已累计的个人负担和大额(大病)支付如何计入新身份的起付线和限额(${path}${noteOf(note).zh})。可按经办机构的规定核算,或用 --set ${path}=carry_over 按连续计算算。`,
    en: `Cannot compute: the status (active/retired) changed within the year, and the sources do not say how the burden and second-layer payments counted before the change count toward the new status's threshold and cap (${path}${noteOf(note).en}). Work it out by the office's rule, or --set ${path}=carry_over to count them on.`,
  }),
  /** status_from unknown, and its two readings put the new status's start on either side of what the claim turns on. */
  statusFromUnknown: (processed: string, sameDay: string, nextMonth: string, note: Text | undefined): Text => ({
    zh: `无法计算:办理退休手续日期为 ${processed},原文未说明退休人员待遇从哪天起执行(status_from${noteOf(note).zh})。自办理之日起为 ${sameDay},自次月1日起为 ${nextMonth},两者对本案例的结果不同。可用 --status-since 直接给出,或 --set status_from=next_month_first。`,
    en: `Cannot compute: retirement was processed on ${processed}, and the text does not say from which day retiree treatment starts (status_from${noteOf(note).en}). From that day it is ${sameDay}, from the 1st of the next month ${nextMonth}, and the two differ for this claim. Give --status-since, or --set status_from=next_month_first.`,
  }),
  /** The claim's status against the day the policy starts the new status. */
  sinceDisagrees: (given: string, since: string): Text => ({
    zh: `现人员状态起始日期 ${given} 与按办理退休手续日期算出的 ${since} 不一致;只给其中一个。`,
    en: `the status-since day ${given} disagrees with ${since} worked out from the day retirement was processed; give one of them.`,
  }),
  /** status_change keyed by benefit leaves this benefit (or the second layer) out. */
  statusChangeKeySilent: (key: string): Text => ({
    zh: `status_change 未写 ${key}:原文对此未作规定`,
    en: `status_change does not name ${key}: the text does not say`,
  }),
  /** `how`: what the caller can do; left out: the --set that gives the value (rule-sets.ts). */
  /** The ceiling's flag in words, for the message of an unknown: held after the group's uplift, or not. */
  layerCeilingWords:
    (max: number | null) =>
    (held: boolean): Text =>
      held
        ? { zh: `提高后仍不超过${max === null ? '上限' : formatPercent(Math.round(max * 10000))}`, en: `at most ${max === null ? 'the ceiling' : formatPercent(Math.round(max * 10000))} after the uplift` }
        : { zh: '提高后可超过上限', en: 'the uplift may pass the ceiling' },
  /** The value in words first (大额医疗费用补助报销比例(退休), never only the file's key), then its path and the policy's note. */
  unknownRule: (path: string, note: Text | undefined, how?: Text): Text => {
    const words = paramWords(path);
    return {
      zh: `无法计算:来源未说明${words.zh}(${path}${noteOf(note).zh})。${how ? how.zh : `如已知,可用 --set ${path}=<值> 给出,结果会注明为用户假定。`}`,
      en: `Cannot compute: the sources do not state the ${words.en} (${path}${noteOf(note).en}). ${how ? how.en : `If you know it, give it with --set ${path}=<value>; the result marks it as assumed by you.`}`,
    };
  },
  /** emergency_ratio_as unknown at a level, on an emergency visit: the level it is paid at, by --set or --tier. */
  emergencyRatioHow: (path: string): Text => ({
    zh: `如已知急诊按哪一级的比例支付,可用 --set ${path}=<级别 1/2/3> 给出,结果会注明为用户假定。`,
    en: `If you know which level's ratio an emergency visit there is paid at, give it with --set ${path}=<level 1/2/3>; the result marks it as assumed by you.`,
  }),
  /** within_claim unpaid_by_ratio on a stay paid in bands of different ratios: 本次适用支付比例 is not one ratio. */
  withinClaimBanded: (path: string): Text => ({
    zh: `无法计算:本次住院中统筹基金达到年度最高支付限额,按原文以“本次适用支付比例”折算限额以上的费用,但本次费用分段适用了不同比例,原文未说明用哪一个(${path})。请按经办机构的核算给出结果。`,
    en: `Cannot compute: the fund's annual cap was reached during this stay, and the text divides what it left unpaid by "the stay's ratio", but this stay was paid in bands of different ratios and the text does not say which (${path}). Ask the office for its figure.`,
  }),
  /** --set <path>=<value> where the version in force has no such place (or the path needs a key: a level, a status). */
  setNoPlace: (path: string, effective: string | null): Text => ({
    zh: `--set ${path}:${effective ?? ''}版本的政策文件中没有这一项(或这一项还要写出级别、身份等键,如 .3、.retired);请按“无法计算”提示中的路径书写。`,
    en: `--set ${path}: the policy version${effective ? ` of ${effective}` : ''} has no such value (or the value needs a key such as .3 or .retired); write the path a "cannot compute" names.`,
  }),
  /** deductible_partly_met unknown, on a claim whose year met its deductible in part. */
  partlyMetHow: {
    zh: '本年起付线此前只付了一部分(此前住院费用不足起付标准),原文未说明本次如何补足;请按经办机构的规定核算本次起付线。',
    en: "The year's deductible was met only in part before (an earlier bill below its deductible), and the text does not say what this stay tops up; ask the office what this stay is charged.",
  } as Text,
  /** A value keyed by scheme (a disease's limit, the several rule) without the claim's scheme's entry. */
  schemeEntryMissing: (scheme: Scheme): Text => ({
    zh: `政策文件按参保类型分列此项,没有写${SCHEME_NAMES[scheme].zh}的值`,
    en: `the policy file keys this by scheme but gives no ${SCHEME_NAMES[scheme].en} entry`,
  }),
  /** A disease's limit keyed by scheme left unknown: its own --set, or the patient's whole limit. */
  setKeyedLimit: (path: string, setPath: string): Text => ({
    zh: `如已知该病种的限额,可用 --set ${path}=<元> 给出;或用 --set ${setPath}=<元> 直接给出本人的年度支付限额。结果会注明为用户假定。`,
    en: `If you know the disease's limit, give it with --set ${path}=<yuan>, or the patient's whole yearly limit with --set ${setPath}=<yuan>; the result marks it as assumed by you.`,
  }),
  setGroupFirst: (path: string): Text => ({
    zh: `可用 --set ${path}=true(按救助对象减收后的起付标准依次降低)或 =false(按全额起付标准降低后再减收)给出`,
    en: `give it with --set ${path}=true (the step on the group's reduced deductible) or =false (on the full one, the group's share after)`,
  }),
  setDiseaseLimit: (setPath: string): Text => ({
    zh: `如已知本人的年度支付限额,可用 --set ${setPath}=<元> 给出,结果会注明为用户假定。`,
    en: `If you know the patient's yearly limit, give it with --set ${setPath}=<yuan>; the result marks it as assumed by you.`,
  }),
  severalBeyond: (path: string, count: number, statedFor: number, note: Text | undefined, how: Text): Text => ({
    zh: `无法计算:本人有 ${count} 个病种,原文只规定了同时患有 ${statedFor} 个病种的限额(${path}${noteOf(note).zh})。${how.zh}`,
    en: `Cannot compute: the patient has ${count} diseases and the text states the limit for ${statedFor} only (${path}${noteOf(note).en}). ${how.en}`,
  }),
  ceilingHolds: (c: { value: number | null }): Text => (c.value === null ? { zh: '受提高后上限约束', en: 'held to the ceiling' } : { zh: `按不超过 ${formatPercent(Math.round(c.value * 10000))} 计`, en: `held to ${formatPercent(Math.round(c.value * 10000))}` }),
  ceilingNot: (): Text => ({ zh: '不受此上限', en: 'not held to it' }),
  /** uplift_order left open beside several ceilings: which ceiling holds after which uplift turns on it. */
  upliftOrderNote: { zh: '原文未说明几项比例提高的先后(先按哪一项提高、再受哪一个上限约束)', en: 'the text does not say in which order the uplifts are added (which is added, and held to its ceiling, first)' } as Text,
  /** An order of the uplifts in words (an option of a choice): 先按年龄、再按机构类型提高. */
  upliftOrderWords: (kinds: readonly string[]): Text => ({
    zh: `先${kinds.map((k) => UPLIFT_ZH[k] ?? k).join('、再')}提高`,
    en: `uplifts in the order ${kinds.map((k) => UPLIFT_EN[k] ?? k).join(', then ')}`,
  }),
  /** An option of uplift_ceiling.facility_cut_first. */
  cutFirstWords: (first: boolean): Text =>
    first
      ? { zh: '先按机构降低比例,再提高、再受上限', en: "the facility's cut first, then the uplifts and the ceiling" }
      : { zh: '先提高、受上限,再按机构降低比例', en: "the uplifts and the ceiling first, then the facility's cut" },
  /** An option of second_layer.<scheme>.within_claim (a stay during which the fund's cap is reached). */
  withinWords: (o: string): Text =>
    o === 'unpaid_by_ratio'
      ? { zh: '按本次支付比例计算的统筹基金应付未付金额 ÷ 该比例作为本次限额以上的费用', en: "what the fund left unpaid at the stay's ratio ÷ that ratio as the part above the cap" }
      : { zh: '达到封顶线的本次住院不支付、从下一次起支付', en: 'nothing on the stay that reaches the cap; paid from the next' },
  /** within_claim null on a claim during which the cap is reached, both options giving the same numbers. */
  withinSame: (note: Text | undefined): Text => ({
    zh: `本次住院中统筹基金达到年度最高支付限额,原文未说明这次住院如何支付${note ? `(${bare(note).zh})` : ''};按“本次不支付”和按“应付未付金额 ÷ 本次支付比例”计算,本次结果相同`,
    en: `the fund's annual cap is reached during this stay and the text does not say how such a stay is paid${note ? ` (${bare(note).en})` : ''}; paid nothing this stay, or the unpaid part ÷ the stay's ratio, this claim comes out the same`,
  }),
  /** An option of uplift_ceiling.filing_cut_first. */
  unreferredCutFirstWords: (first: boolean): Text =>
    first
      ? { zh: '先按未经转诊降低比例,再提高、再受上限', en: 'the cut for no referral first, then the uplifts and the ceiling' }
      : { zh: '先提高、受上限,再按未经转诊降低比例', en: 'the uplifts and the ceiling first, then the cut for no referral' },
  filingCutFirstWords: (first: boolean): Text =>
    first
      ? { zh: '先按异地就医降低比例,再提高、再受上限', en: "the out-of-area cut first, then the uplifts and the ceiling" }
      : { zh: '先提高、受上限,再按异地就医降低比例', en: "the uplifts and the ceiling first, then the out-of-area cut" },
  /** An option of first_share.order. */
  firstShareOrderWords: (after: boolean): Text =>
    after
      ? { zh: '先扣起付线,再对余下部分先行自付', en: 'the deductible first, then the share of what is left' }
      : { zh: '先行自付在起付线之前(按全部统筹范围费用)', en: 'the share of the whole in-pooling cost first, then the deductible' },
  /** Where a facility's change of the deductible applies (facility_deductible.<kind>.at, an option of a choice). */
  facilityDeductibleAt: (at: 'standard' | 'charged'): Text =>
    at === 'standard'
      ? { zh: '在级别标准上调整(再按退休、第几次住院、下限等计算)', en: "applied to the level's standard (before the retirees', the later stays' shares and the floor)" }
      : { zh: '在按各项规定算出的起付线上调整', en: 'applied to the deductible the other rules give' },
  /** The order of a minus and a times at a facility of two kinds (facility_deductible_order). */
  facilityOrderWords: (o: 'minus_first' | 'times_first'): Text => (o === 'minus_first' ? { zh: '先降低后按比例', en: 'the minus first, then the multiple' } : { zh: '先按比例后降低', en: 'the multiple first, then the minus' }),
  stayVersionWords: (day: 'admission' | 'discharge', date: string, effective: string | null): Text => {
    const v = effective === null ? { zh: '', en: '' } : { zh: `(${effective} 起施行的版本)`, en: ` (the version in force from ${effective})` };
    return day === 'admission' ? { zh: `按入院日期 ${date} 适用的政策${v.zh}`, en: `under the policy in force on admission, ${date}${v.en}` } : { zh: `按出院日期 ${date} 适用的政策${v.zh}`, en: `under the policy in force on discharge, ${date}${v.en}` };
  },
  stayVersionUnstated: {
    zh: '这次住院的入院、出院日期分属政策的两个版本,原文没有说明跨越施行日期的住院按入院日期还是出院(结算)日期适用的政策结算',
    en: 'the admission and discharge days of this stay fall under two versions of the policy, and the text does not say whether a stay crossing the change is settled under the version of its admission or of its discharge (settlement) day',
  } as Text,
  bedDaysWords: (o: 'discharge_minus_admission' | 'both_ends'): Text =>
    o === 'both_ends' ? { zh: '床日数入院、出院当日都计', en: 'bed-days counting both the admission and the discharge day' } : { zh: '床日数按出院日期减入院日期计', en: 'bed-days as the discharge date minus the admission date' },
  bedDaysUnstated: {
    zh: '原文没有说明床日数如何由入院、出院日期计算(出院日期减入院日期,还是入院、出院当日都计);如有结算单的床日数,请用 --days 给出',
    en: 'the text does not say how bed-days are counted from the admission and discharge dates (discharge minus admission, or both days counted); give the bed-days on the bill with --days',
  } as Text,
  facilityOrderUnstated: {
    zh: '原文没有说明同属两类机构(如非公立的中医医疗机构)时,起付标准降低的金额和按比例执行的先后。',
    en: 'The text does not say in which order the minus and the multiple apply at a facility of both kinds (a private 中医 hospital).',
  } as Text,
  bandBaseWords: (base: 'total' | 'after_deductible'): Text =>
    base === 'total' ? { zh: '按含起付标准的总额分段', en: 'banded on the total including the deductible' } : { zh: '按扣除起付标准后的金额分段', en: 'banded on the amount after the deductible' },
  /** Whether the bands count the year's running total (bands.per, an option of a choice). */
  bandsPerWords: (per: 'claim' | 'year'): Text =>
    per === 'year' ? { zh: '按本年累计金额分段(本次从本年已累计的金额接着算)', en: "banded on the year's running total (this claim continues from the year's amount)" } : { zh: '每次住院分别分段(本次从 0 算起)', en: 'each claim banded from 0' },
  /** The day an age_cap takes the age on (an option of a choice). */
  yearCapCrossingWords: (o: 'rest' | 'full'): Text =>
    o === 'rest'
      ? { zh: '跨过起付标准年度累计上限的那次住院按剩余额度收取', en: 'the stay that crosses the yearly total of deductibles is charged what is left of it' }
      : { zh: '跨过起付标准年度累计上限的那次住院全额收取,之后不再收取', en: 'the stay that crosses the yearly total of deductibles is charged in full, none after it' },
  ageDayWords: (day: 'visit' | 'year_end' | 'year_start'): Text =>
    day === 'visit'
      ? { zh: '年龄按就诊(入院)当天计', en: 'the age taken on the day of the visit (admission)' }
      : day === 'year_end'
        ? { zh: '年龄按当年内年满计(年底的年龄)', en: 'the age reached within the year (on 31 December)' }
        : { zh: '年龄按当年1月1日计', en: 'the age on 1 January of the year' },
  needsAgeForCap: (path: string): Text => ({
    zh: `需要年龄(${path} 按年龄确定年度支付限额):请用 --birth-date 或 --age 提供。`,
    en: `The age is needed (${path} sets the yearly cap by age): give --birth-date or --age.`,
  }),
  needsBirthDateForCap: (path: string): Text => ({
    zh: `需要出生日期(${path} 的年龄不按就诊当天计,仅凭 --age 无法确定):请用 --birth-date 提供。`,
    en: `The birth date is needed (${path} takes the age on another day than the visit's, which --age alone does not settle): give --birth-date.`,
  }),
  ageCapDayUnknown: (path: string, note: Text | undefined): Text => ({
    zh: `无法计算:原文未说明年龄按哪一天计算(${path}${noteOf(note).zh}),仅凭 --age 无法确定本次适用的年度支付限额。请用 --birth-date 给出出生日期(各种算法结果相同时即可回答)。`,
    en: `Cannot compute: the text does not say on which day the age is taken (${path}${noteOf(note).en}), and --age alone does not settle this claim's yearly cap. Give --birth-date (where every day gives the same answer, it is answered).`,
  }),
  afterCapDeductibleWords: (deducts: boolean): Text =>
    deducts ? { zh: '达到封顶线后仍扣除起付标准', en: 'the deductible still taken off after the cap' } : { zh: '达到封顶线后不扣除起付标准', en: 'no deductible taken off after the cap' },
  beforeGroupWords: (o: 'counts' | 'excluded'): Text =>
    o === 'counts'
      ? { zh: '认定之前的本年个人负担也计入该类人员的起付标准', en: 'the burden of the year before the group began counts toward its threshold' }
      : { zh: '只计认定之日起的个人负担', en: 'only the burden from the day the group began counts' },
  upliftSeveralWords: (o: 'once' | 'per_ground'): Text =>
    o === 'once'
      ? { zh: '同时符合几项条件的只提高一次', en: 'a person meeting several grounds is raised once' }
      : { zh: '同时符合几项条件的每项分别提高、累加', en: 'each ground met adds its uplift' },
  /** disease_limits.prorate without counts_certification_month. */
  prorateMonthSilent: {
    zh: '政策文件没有写 counts_certification_month:年度中途认定的病种折算支付限额时,认定当月是否计入,原文没有说明。',
    en: 'The policy has no counts_certification_month: whether the month of certification counts when a limit is prorated is not stated.',
  } as Text,
  prorateMonthWords: (counts: boolean): Text => (counts ? { zh: '认定当月计入(4月认定按9个月)', en: 'the month of certification counts (April: 9 months)' } : { zh: '认定当月不计入(4月认定按8个月)', en: 'the month of certification does not count (April: 8 months)' }),
  /** newborn_enrolment without day_one: how the days are counted is not said. */
  enrolmentDayOneSilent: {
    zh: '政策文件没有写 newborn_enrolment.day_one:“出生后N日内”从出生次日还是出生当日算第1日,原文没有说明。',
    en: 'The policy has no newborn_enrolment.day_one: whether “within N days of birth” counts the day after birth or the birth day as day 1 is not stated.',
  } as Text,
  enrolmentDayOneWords: (x: 'day_after_birth' | 'birth_day', days: number): Text =>
    x === 'day_after_birth'
      ? { zh: `从出生次日起算第1日(出生后第 ${days} 天参保仍在期限内)`, en: `the day after birth is day 1 (enrolled ${days} days after birth: within)` }
      : { zh: `从出生当日起算第1日(出生后第 ${days} 天参保已超过期限)`, en: `the birth day is day 1 (enrolled ${days} days after birth: too late)` },
  needsBirthForEnrolment: (path: string): Text => ({
    zh: `需要出生日期(${path}:新生儿在出生后若干日内参保才自出生之日起享受待遇):请用 --birth-date 提供。`,
    en: `The birth date is needed (${path}: a newborn is covered from birth only if enrolled within so many days of it): give --birth-date.`,
  }),
  /** A newborn enrolled late: care before the enrolment is not covered. */
  enrolledLate: (born: string, enrolled: string, day: number, days: number): Text => ({
    zh: `新生儿 ${born} 出生,${enrolled} 参保登记,是出生后第 ${day} 日,超过 ${days} 日:自参保登记之日起享受待遇,此前发生的医疗费用统筹基金不予支付`,
    en: `the newborn, born ${born}, was enrolled on ${enrolled}, day ${day} after birth, later than ${days} days: covered from the enrolment only, so the fund pays nothing for care before it`,
  }),
  /** A newborn enrolled in time: covered from birth. */
  enrolledInTime: (born: string, enrolled: string, day: number, days: number): Text => ({
    zh: `新生儿 ${born} 出生,${enrolled} 参保登记,是出生后第 ${day} 日,在 ${days} 日内:自出生之日起享受待遇`,
    en: `the newborn, born ${born}, was enrolled on ${enrolled}, day ${day} after birth, within ${days} days: covered from birth`,
  }),
  /** newborn_deductible_scope's options in words. */
  newbornScopeWords: (x: 'first_stay' | 'birth_year'): Text =>
    x === 'first_stay' ? { zh: '只有出生后首次住院适用新生儿的起付线规定', en: "the newborn's deductible on the first stay after birth only" } : { zh: '出生当年每次住院都适用新生儿的起付线规定', en: "the newborn's deductible on every stay of the birth year" },
  /** several.max_diseases without max_diseases_counted: which diseases count is not said. */
  maxCountedSilent: {
    zh: '政策文件没有写 max_diseases_counted:“最多按N个病种计算”时按哪几个病种(限额最高的,还是最先认定的),原文没有说明。',
    en: 'The policy has no max_diseases_counted: which diseases “at most N diseases” counts (those with the highest limits, or the first certified) is not stated.',
  } as Text,
  upliftSeveralSilent: {
    zh: '政策文件没有写 assistance.uplift.several:同时符合几项提高条件(如未成年的重度残疾人)的,是只提高一次还是每项分别提高,原文没有说明。',
    en: 'The policy has no assistance.uplift.several: whether a person meeting several grounds (a disabled minor) is raised once or once per ground is not stated.',
  } as Text,
  beforeGroupSilent: {
    zh: '政策文件没有写 burden_before_group:年度内新认定的救助对象,认定之前的本年个人负担是否计入该类人员的起付标准,原文通常没有说明。',
    en: 'The policy has no burden_before_group: whether the burden of the year before a person joined a group counts toward the group’s threshold is rarely stated.',
  } as Text,
  /** filing.<kind>.no_day_cap, an option of a choice. */
  noDayCapWords: (none: boolean): Text => (none ? { zh: '床日限额不适用于这类异地就医', en: 'no bed-day cap for this out-of-area care' } : { zh: '异地就医也按床日限额支付', en: 'the bed-day cap holds for out-of-area care too' }),
  /** part_two.counts_in_burden: the person's rest of part two's base counted in part one's burden or not. */
  partTwoRestWords: (counted: boolean): Text =>
    counted ? { zh: '第二部分中个人负担的部分计入第一部分的累计', en: "part two's personal rest counted in part one's burden" } : { zh: '第二部分中个人负担的部分不计入第一部分的累计', en: "part two's personal rest not counted in part one's burden" },
  partTwoCountsSilent: {
    zh: '原文未说明第二部分(超出统筹基金年度最高支付限额部分)中由个人负担的部分是否计入第一部分的累计',
    en: "the text does not say whether the person's rest of part two (above the fund's annual cap) counts in part one's burden",
  } as Text,
  countsWords: (counted: boolean): Text => (counted ? { zh: '计入个人负担', en: 'counted in the burden' } : { zh: '不计入个人负担', en: 'not counted in the burden' }),
  assistanceBaseWords:
    (what: 'deductible' | 'first_pay' | 'out_of_scope') =>
    (inBase: boolean): Text => {
      const name = { deductible: { zh: '起付标准', en: 'the deductible' }, first_pay: { zh: '乙类先行自付', en: 'class-B first pay' }, out_of_scope: { zh: '目录外费用', en: 'costs outside the lists' } }[what];
      return inBase ? { zh: `救助基数含${name.zh}`, en: `assistance base includes ${name.en}` } : { zh: `救助基数不含${name.zh}`, en: `assistance base excludes ${name.en}` };
    },
  /** A choice the text leaves open, where its options give this claim different numbers: what each gives. */
  /** carried_unknown: each option of an open rule with the year's burden after this claim (what it pays is the same). */
  carriedEach: (path: string, each: readonly { words: Text; fen: number }[], layer: Text | undefined, note: Text | undefined): Text => {
    const name = (lang: 'zh' | 'en') => layer?.[lang] ?? (lang === 'zh' ? '大病保险/大额补助' : 'the second layer');
    const words = paramWords(path);
    return {
      zh: `来源未说明${words.zh}(${path}${noteOf(note).zh})。本次各项支付不受影响,但本年累计计入${name('zh')}的个人负担取决于它:${each.map((e) => `${e.words.zh},累计 ${formatFen(e.fen)} 元`).join(';')}。同一年以后的费用,请按经办机构核定的本年累计个人负担给出(--ytd-burden)。`,
      en: `The sources do not state the ${words.en} (${path}${noteOf(note).en}). What this claim pays does not depend on it, but the personal burden the year counts for ${name('en')} does: ${each.map((e) => `${e.words.en}, ${formatFen(e.fen)} for the year`).join('; ')}. For later claims of the year, give the office's figure with --ytd-burden.`,
    };
  },
  choiceEach: (each: readonly { words: Text; s: Settlement | undefined }[], layer: Text | undefined): Text => {
    const one = (e: { words: Text; s: Settlement | undefined }, lang: 'zh' | 'en'): string => {
      if (!e.s) return lang === 'zh' ? `${e.words.zh}:无法计算` : `${e.words.en}: cannot be computed`;
      const name = layer?.[lang] ?? (lang === 'zh' ? '第二层' : 'the second layer');
      const second = e.s.secondLayerPays > 0 ? (lang === 'zh' ? `,${name} ${formatFen(e.s.secondLayerPays)} 元` : `, ${name} ${formatFen(e.s.secondLayerPays)}`) : '';
      // assistance, where it paid, after the cash (the cash is what is left after it)
      const aid = e.s.assistancePays > 0 ? (lang === 'zh' ? `(医疗救助已支付 ${formatFen(e.s.assistancePays)} 元)` : ` (medical assistance paid ${formatFen(e.s.assistancePays)})`) : '';
      return lang === 'zh'
        ? `${e.words.zh}:统筹基金支付 ${formatFen(e.s.fundPays)} 元${second},个人现金 ${formatFen(e.s.cashDue)} 元${aid}`
        : `${e.words.en}: the fund pays ${formatFen(e.s.fundPays)}${second}, cash ${formatFen(e.s.cashDue)}${aid}`;
    };
    return { zh: `${each.map((e) => one(e, 'zh')).join(';')}。`, en: `${each.map((e) => one(e, 'en')).join('; ')}.` };
  },
  /** A disease's own deductible left unknown: the options tried (diseases[].deductible). */
  diseaseDeductibleWords: (o: 'general' | 'none', byGroup: boolean): Text =>
    o === 'general'
      ? byGroup
        ? { zh: '收取该病种所属类别的起付标准', en: "with the deductible of the disease's group" }
        : { zh: '收取门诊慢特病起付标准', en: "with the benefit's deductible" }
      : { zh: '不设起付标准', en: 'without a deductible' },
  /** After both answers of a disease's unknown deductible: it takes yuan (0: none). */
  setDiseaseDeductible: (path: string): Text => ({
    zh: `如已知,可用 --set ${path}=<元> 给出(不设起付标准为 0),结果会注明为用户假定。`,
    en: ` If you know it, give it with --set ${path}=<yuan> (0: no deductible); the result marks it as assumed by you.`,
  }),
  /** After the options of an unknown choice: the --set that picks one (rule-sets.ts). */
  setChoice: (path: string, options: readonly (string | boolean)[]): Text => ({
    zh: `如已知,可用 --set ${path}=${options.join('|')} 选定其一,结果会注明为用户假定。`,
    en: ` If you know which, give it with --set ${path}=${options.join('|')}; the result marks it as assumed by you.`,
  }),
  facilityRefused: (name: string, benefit: BenefitId): Text => ({
    zh: `按政策,${name}的${BENEFIT_NAMES[benefit].zh}费用统筹基金不予支付。`,
    en: `Under the policy the fund does not pay ${BENEFIT_NAMES[benefit].en} costs at a ${name}.`,
  }),
  facilityBenefitUnknown: (name: string, covered: readonly BenefitId[], benefit: BenefitId, note: Text | undefined): Text => ({
    zh: `无法计算:政策只规定了${name}的${covered.map((b) => BENEFIT_NAMES[b].zh).join('、')}待遇,未说明其${BENEFIT_NAMES[benefit].zh}待遇${noteOf(note).zh}。如已知,请用 --tier 1、2 或 3 给出按哪一级计算。`,
    en: `Cannot compute: the policy states a ${name}'s rules for ${covered.map((b) => BENEFIT_NAMES[b].en).join(', ')} only, not for ${BENEFIT_NAMES[benefit].en}${noteOf(note).en}. If you know the level that applies, give it with --tier 1, 2 or 3.`,
  }),
  facilityUnknown: (name: string, note: Text | undefined): Text => ({
    zh: `无法计算:政策未说明“${name}”按哪一级医疗机构报销${noteOf(note).zh}。请用 --tier 1、2 或 3 给出实际级别。`,
    en: `Cannot compute: the policy does not say which level "${name}" counts as${noteOf(note).en}. Give its actual level with --tier 1, 2 or 3.`,
  }),
  /** A facility at its rated level (中医医院, 民营医院) named without one. */
  facilityNeedsLevel: (name: string): Text => ({
    zh: `“${name}”按其评定级别执行待遇:请在医疗机构级别中写明级别,如 --tier 二级${name}(或 三级${name})。`,
    en: `A ${name} is paid at its rated level: give the level with it, e.g. --tier 二级${name} (or 三级${name}).`,
  }),
  /** first_share.counts_in_layers left out: what the text leaves open. */
  firstShareCountsNote: {
    zh: '原文没说先由个人自付的部分是否计入大病保险、大额医疗费用补助和医疗救助的计算基数',
    en: 'the text does not say whether the share the person pays first counts in the bases of the second layer and of medical assistance',
  } as Text,
  firstShareCountsWords: (counts: boolean): Text =>
    counts ? { zh: '先行自付部分计入大病保险/大额补助和医疗救助的计算基数', en: 'the share paid first counts in the second layer’s and assistance’s bases' } : { zh: '先行自付部分不计入大病保险/大额补助和医疗救助的计算基数', en: 'the share paid first counts in neither the second layer’s nor assistance’s base' },
  /** bands.<i>.plus.of left out: what the text leaves open (相应比例). */
  bandPlusOfNote: {
    zh: '原文说某段“在相应比例基础上提高”若干个百分点,没说“相应比例”是上一段原定的比例(按级别、身份),还是本人按年龄、机构类型等提高后的比例(提高后的上限在加点之前还是之后)',
    en: 'the text raises a band over the "corresponding ratio" without saying whether that is the band before as stated (level, status) or as raised for the person (age, facility…), nor so whether its ceiling comes before or after those uplifts',
  } as Text,
  bandPlusOfWords: (of: 'stated' | 'uplifted'): Text =>
    of === 'uplifted' ? { zh: '按上一段本人提高后的比例再加点', en: 'the points on the band before as raised for the person' } : { zh: '按上一段原定比例加点,再加本人的提高', en: 'the points on the band before as stated, the person’s uplifts after' },
  /** ratio_times_of left out: what the text leaves open. */
  ratioTimesOfNote: {
    zh: '原文说支付比例为本市同级医疗机构支付比例的若干倍(如95%),没说是按提高(退休、年龄、档次、机构)后的比例乘,还是先乘再提高',
    en: 'the text makes the ratio a share of the local ratio (e.g. 95%) without saying whether of the ratio with its uplifts (retiree, age, grade, facility) or of the stated one, the uplifts added after',
  } as Text,
  ratioTimesOfWords: (of: 'uplifted' | 'stated'): Text =>
    of === 'uplifted' ? { zh: '按提高后的本地比例乘以倍数', en: 'the multiple of the local ratio with its uplifts' } : { zh: '先按原定比例乘以倍数,再加提高', en: 'the multiple of the stated ratio, the uplifts added after' },
  /** A filing's multiple gives a ratio finer than 0.01% (not exact in the engine's unit). */
  ratioTimesFine: (path: string, ratio: number, times: number): Text => ({
    zh: `无法精确计算:${formatPercent(ratio)} × ${formatPercent(times)} 的比例细于万分之一(${path});请用 --set 给出这次的比例。`,
    en: `Cannot compute exactly: ${formatPercent(ratio)} × ${formatPercent(times)} is finer than 0.01% (${path}); give the ratio with --set.`,
  }),
  /** --filing emergency where the policy does not say which kind it counts as (filing.emergency unknown or left out). */
  emergencyUnknown: (path: string, note: Text | undefined): Text => ({
    zh: `无法计算:来源未说明异地急诊抢救按哪一类异地就医计算(${path}${noteOf(note).zh})。如已知,可用 --filing 直接给出那一类,或 --set ${path}=filed|temporary|referral|unfiled|local。`,
    en: `Cannot compute: the sources do not say which kind of out-of-area care emergency care counts as (${path}${noteOf(note).en}). If you know it, give that kind with --filing, or --set ${path}=filed|temporary|referral|unfiled|local.`,
  }),
  /** ... and the kinds it could be give different funds. */
  emergencyBoth: (path: string, note: Text | undefined, tried: readonly { kind: string; fund: number }[]): Text => ({
    zh: `无法计算:来源说异地急诊抢救视同已备案,未说明按哪一类备案计算(${path}${noteOf(note).zh}),而结果不同:${tried.map((t) => `按${KIND_ZH[t.kind] ?? t.kind}统筹基金支付 ${(t.fund / 100).toFixed(2)} 元`).join(';')}。如已知,可用 --filing 直接给出那一类,或 --set ${path}=${tried.map((t) => t.kind).join('|')}。`,
    en: `Cannot compute: the sources count emergency care elsewhere as filed without saying which kind (${path}${noteOf(note).en}), and the answers differ: ${tried.map((t) => `as ${KIND_EN[t.kind] ?? t.kind}, the fund pays ${(t.fund / 100).toFixed(2)}`).join('; ')}. If you know it, give that kind with --filing, or --set ${path}=${tried.map((t) => t.kind).join('|')}.`,
  }),
  emergencySame: (kinds: readonly string[]): Text => ({
    zh: `原文说异地急诊抢救视同已备案,未说明是哪一类备案;按${kinds.map((k) => KIND_ZH[k] ?? k).join('和按')}计算,本次结果相同`,
    en: `the text counts emergency care elsewhere as filed without saying which kind; as ${kinds.map((k) => KIND_EN[k] ?? k).join(' and as ')}, this claim comes out the same`,
  }),
  emergencyWords: { zh: '异地急诊抢救按哪一类备案计算', en: 'which filing emergency care elsewhere counts as' } as Text,
  /** A filing kind keyed by 省内市外 / 省外 and a claim that does not say which. */
  needsWhere: (path: string): Text => ({
    zh: `需要就医地(${path} 按省内市外、省外分别规定):请用 --where 提供(in_province 省内市外, out_of_province 省外)。`,
    en: `Where the care was is needed (${path} differs in and outside the province): give --where (in_province, out_of_province).`,
  }),
  filingUnknown: (path: string, note: Text | undefined): Text => ({
    zh: `无法计算:来源未说明这种异地就医情形的待遇(${path}${noteOf(note).zh})。`,
    en: `Cannot compute: the sources do not state the rules for this kind of out-of-area care (${path}${noteOf(note).en}).`,
  }),
};
