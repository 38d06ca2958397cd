// `policy init`: the model-2 structures of the skeleton (docs/policy-format-v2.md), each present
// and unknown (value: null with a note to fill in, or to delete when the rulebook has no such
// rule). Three structures cannot be present-and-unknown as data: bands replace ratio, a shared cap
// is a rule by its presence, and a schedule needs a deductible stated per admission. They are
// written as comments to uncomment.
import { text, unknown } from './init-text.js';

const fill = (zh: string, en: string) => unknown(zh, en);
const drop = (zh: string, en: string) => unknown(`${zh};原文没有这条规定则删除`, `${en}; delete it if the rulebook has no such rule`);

/** Facilities and grades (top level). */
export function topLines(): string[] {
  const facility = (name: string) => `  ${name}: { counts_as: null, note: ${text(`待填写:原文规定${name}执行几级待遇(counts_as: "1"/"2"/"3");原文未提到时保留 null,计算时请用户给出级别`, `To fill in: the level the rulebook gives ${name} (counts_as: "1"/"2"/"3"); leave null when it does not say: the user then gives the level`)} }`;
  return [
    '# 医疗机构名称 → 级别(--tier 可直接写名称)/ facility names and the level each counts as',
    '# 只对部分待遇按该级别时加 benefits: [outpatient];原文规定不予支付的待遇写 refused: [inpatient] / some benefits only; refused ones',
    '# 原文单列标准的机构(三级甲等)写 own_standard: true 和 counts_as,参数中按其名称分列 / own_standard: params keyed by its name',
    '# 按其评定级别执行、另有提高或降低的机构(中医医院、民营医院)写 counts_as: rated,--tier 写 二级中医医院;百分点写在待遇的 facility_bonus / facility_cut 中',
    '#   / a kind paid at its rated level (counts_as: rated; --tier 二级中医医院), its points in facility_bonus / facility_cut',
    '# 中医医院: { counts_as: rated, aliases: [民族医医院], source: …, quote: 在本市定点中医医院（含民族医医院）住院的…在同级医疗机构标准基础上提高3个百分点 }',
    '# 其规定只适用于某些级别时(在二级及以上中医医院住院的)加 levels,其他级别按该级别的一般规定 / its rules at some levels only (二级及以上):',
    '#   levels: { value: ["2", "3"], source: …, quote: 在二级及以上中医医院住院的 }   # 原文未说明适用级别时 { value: null, note: … }',
    '# 同属两类的机构(非公立的中医医院)另列一项,写 kinds: [中医医院, 民营医院],--tier 写 二级民营中医医院 / a facility of two kinds: kinds: [中医医院, 民营医院]',
    '# 民营中医医院: { counts_as: rated, kinds: [中医医院, 民营医院], source: …, quote: … }',
    'facilities:',
    ...['社区卫生服务中心', '社区卫生服务站', '乡镇卫生院', '村卫生室'].map(facility),
    '',
    '# 居民缴费档次;居民参数可按 grade_1、grade_2 分列。没有档次就删除 / resident grades; delete if none',
    'grades:',
    `  "1": { name: ${text('一档', 'grade 1')}, aliases: [一档, 第一档] }`,
    `  "2": { name: ${text('二档', 'grade 2')}, aliases: [二档, 第二档] }`,
  ];
}

/** Rules of one scheme of a benefit beyond model 1 (pad: the scheme's key indentation + 2). */
export function schemeLines(pad: string, benefit: string, scheme: 'employee' | 'resident'): string[] {
  const what = `${benefit} ${scheme}`;
  const lines = [
    `${pad}# deductible_schedule:   # 起付线按次(deductible_period: admission)且同一年内再次住院另有比例时取消注释 / later admissions of the year`,
    `${pad}#   - from: 2`,
    `${pad}#     share: ${drop('第二次住院起付线按多少比例收取,0..1', `the share of the deductible from the second admission (${what}), 0..1`)}`,
    `${pad}# deductible_schedule: { from: 2, step: { value: 100, source, quote: 依次降低100元 }, floor_share: { value: 0.4, source, quote: 但不低于本人该级别起付标准的40% } }   # 再次住院“依次降低…元”时(代替上面的比例) / later stays a fixed amount less, floored at a share`,
    `${pad}# deductible_floor: { value: 100, source, quote: 按比例计算后低于100元的，按100元收取 }   # 有此下限时取消注释 / the least a reduced deductible comes to`,
    `${pad}# deductible_partly_met: { value: null, note: …补足差额…未说明此前只付了部分起付线时如何计算 }   # 起付线按年度(year)、再次住院补足差额时取消注释 / a yearly deductible met in part (rest)`,
  ];
  if (scheme === 'employee') {
    lines.push(
      `${pad}#   (在职、退休不同时按身份分列 / by status: active: [ … ], retired: [ … ] 或 retired: { value: none, source, quote } 不减收)`,
      `${pad}retiree_deductible_share: ${drop('退休人员起付线为在职人员标准的比例,0..1', "retirees' share of the active deductible, 0..1")}`,
    );
  }
  lines.push(
    `${pad}# 名单以“等”结尾(特困人员、低保对象、返贫致贫人口等困难群众)时在 group_deductible_share 旁写 open_groups: { value: null, source, quote, note }(未列出的对象退出码 3),能判断时写 value: as_group、group: <所列一类> 加 reading;只有起付线或大病提到、医疗救助未列的对象也可写进来(不享受医疗救助)/ a list ending in 等: open_groups beside it`,
    `${pad}group_deductible_share:   # 医疗救助对象的起付线(不设起付标准写 0,减半写 0.5)/ assistance groups' share of the deductible`,
    ...['特困人员', '低保对象'].map((g) => `${pad}  ${g}: ${drop(`${g}的起付线为一般标准的比例,0..1`, `the share of the deductible ${g} pays, 0..1`)}`),
    `${pad}# group_bonus: { 特困人员: { value: 0.05, source: …, quote: 特困人员…住院的，…支付比例提高5个百分点 } }   # 救助对象住院比例提高时取消注释(每段;有上限时 uplift_ceiling.after 加 group;异地就医降低在提高和上限之后) / an assistance group's points on every ratio`,
    `${pad}# readmission:   # 出院后N日内(因同一疾病)再次入院视同一次住院时取消注释 / a readmission within N days as the same stay`,
    `${pad}#   days: { value: 15, source, quote: 出院后15日内…再次入院的 }`,
    `${pad}#   last_day: { value: null, note: 原文未说明第15天是否在内 }   # within(含第N天)/ outside(不足N天);原文没说写 null + note`,
    `${pad}#   no_deductible: { value: true, source, quote: 不再收取起付标准 }`,
    `${pad}#   same_admission: { value: true, source, quote: 视同一次住院 }`,
    `${pad}#   same_disease: { value: true, source, quote: 因同一疾病 }`,
    `${pad}#   same_facility: { value: true, source, quote: 在同一定点医疗机构再次住院的 }   # 只限同一定点医疗机构时(案例 --previous-same-facility yes|no)/ the same facility only`,
    `${pad}# referral_deductible:   # 本市医联体内上转、下转住院的起付线另有规定时取消注释(案例 --referred-from <转出医院级别>)/ a referral within the medical alliance`,
    `${pad}#   source: …`,
    `${pad}#   quote: 医联体内由基层医疗卫生机构上转至上级医疗机构住院的，起付标准按两级医疗机构起付标准的差额收取；由上级医疗机构下转至基层医疗卫生机构住院的，不再收取起付标准`,
    `${pad}#   up: { value: null, note: 待填写:difference(按两级起付标准的差额)、none(不收)或 full(照收);原文没说保留 null }   # 上转 / referred up`,
    `${pad}#   down: { value: null, note: 待填写:difference、none 或 full;原文没说保留 null }   # 下转 / referred down`,
    `${pad}#   basic: { value: ["1"], source: …, quote: 基层医疗卫生机构执行一级医疗机构待遇 }   # 原文只说由基层转出(上转)、转至基层(下转)时:基层的级别 / the levels of primary care`,
    `${pad}# newborn_deductible_share: { value: 0, source, quote: 新生儿出生当年（自然年度）住院不设起付标准 }   # 出生当年的新生儿起付线另有规定时取消注释(不设写 0,减半写 0.5;按 --birth-date 判断)/ a newborn's share of the deductible in the birth year`,
    `${pad}# newborn_deductible_scope: { value: first_stay, source, quote: 新生儿出生后首次住院不收取起付标准 }   # 只对出生后首次住院时写 first_stay,出生当年每次住院写 birth_year(不写即 birth_year);原文说不清写 { value: null, note } / which of a newborn's stays: first_stay | birth_year`,
    `${pad}# newborn_enrolment: { source, quote: 新生儿在出生后90日内参加居民医保的，自出生之日起享受待遇…, days: { value: 90, source, quote }, day_one: { value: null, note: 待填写:从出生次日(day_after_birth)还是出生当日(birth_day)算第1日 } }   # 新生儿按时参保才自出生之日起享受待遇时取消注释(按 --enrolled、--birth-date) / a newborn covered from birth if enrolled within so many days`,
  );
  lines.push(
    `${pad}# bands:               # 分段支付时用 bands 代替上面的 ratio(两者只能写一个)/ bands instead of ratio`,
    `${pad}#   base: { value: null, note: { zh: "待填写:total(分段含起付线)或 after_deductible", en: "To fill in: total or after_deductible" } }`,
    `${pad}#   per: { value: null, note: { zh: "待填写:year(按年度累计分段,如“一个年度内…累计在3万元（含）以下的部分”)或 claim(每次分别分段);不写即每次分别分段", en: "To fill in: year (the bands count the year's running total) or claim (each claim apart); left out: each claim apart" } }`,
    `${pad}#   segments:`,
    `${pad}#     - up_to: { value: null, note: { zh: "待填写:本段上限(元)", en: "To fill in: the band's upper edge" } }`,
    `${pad}#       ratio: { value: null, note: { zh: "待填写:本段比例", en: "To fill in: the band's ratio" } }`,
    `${pad}#     - ratio: { value: null, note: { zh: "待填写:最后一段比例(不设上限)", en: "To fill in: the last band's ratio (no edge)" } }`,
    `${pad}#     # 段上加段(“超过5万元的部分，在相应比例基础上提高3个百分点，最高不超过95%”)时,这一段写 plus 代替 ratio(不能是第一段)/ a band that is the band before plus points: plus instead of ratio`,
    `${pad}#     # - plus: { value: 0.03, source: …, quote: …提高3个百分点, max: { value: 0.95, source: …, quote: 最高不超过95% }, of: { value: null, note: { zh: "待填写:stated(上一段原定比例加点,再加本人的其他提高)或 uplifted(上一段本人提高后的比例加点);原文未说明保留 null", en: "To fill in: stated or uplifted" } } }`,
    `${pad}# 原文写“个人自付比例8%”时,比例(ratio 或分段的 ratio)写 { self_pay: 0.08, source, quote } 代替 value:统筹支付 92%,是规定不是推定;退休人员“个人自付比例降低3个百分点”写 retiree_bonus 0.03 / a ratio stated as the person's share: { self_pay: 0.08, … } instead of value (the fund pays 92%, stated)`,
    `${pad}age_bonus:`,
    `${pad}  min_age: ${drop('比例提高的起始年龄(周岁)', 'the age from which the ratio is raised')}`,
    `${pad}  value: ${drop('提高的百分点,0..1(2个百分点写 0.02)', 'the points added, 0..1 (2 points: 0.02)')}`,
    `${pad}  age_on: { value: null, note: ${text('待填写:年龄按入院(admission)还是出院(discharge)当天计;原文未说明保留 null', 'To fill in: age taken on the day of admission or of discharge; leave null if the rulebook does not say')} }`,
    `${pad}  # below_age: { value: 18, source: …, quote: 未满18周岁的… }   # 未满N周岁时用 below_age(代替或加上 min_age);几段年龄各有提高时写成列表 - { below_age: … } - { min_age: … } / under N: below_age; several bands: a list`,
    ...(scheme === 'employee' ? [`${pad}  # statuses: [retired]  # 只对部分人员提高(年满75周岁的退休人员再提高…)时写;对所有人员则删除 / only some statuses (…的退休人员再提高): list them; all: leave out`] : []),
    ...(scheme === 'resident' ? [`${pad}grade_bonus:          # 二档在一档基础上提高N个百分点 / a grade's points over the stated ratio`, `${pad}  grade_2: ${drop('二档比一档提高的百分点,0..1(6个百分点写 0.06)', 'points grade 2 adds to every ratio, 0..1 (6 points: 0.06)')}`] : []),
    `${pad}uplift_ceiling:        # 提高后最高不超过95% / the highest a raised ratio may reach`,
    `${pad}  value: null`,
    `${pad}  note: ${text('待填写:提高后比例的上限,0..1;原文没有上限则删除整个 uplift_ceiling', 'To fill in: the ceiling of a raised ratio, 0..1; delete uplift_ceiling if the rulebook has none')}`,
    `${pad}  # 有 facility_cut(民营降低5个百分点)且原文不说它与上限的先后时加 facility_cut_first: { value: null, note }(true:先降低;不写:先提高、受上限再降低)/ facility_cut_first where the order of a facility's cut and the ceiling is not stated`,
    `${pad}  # 有 unreferred_cut(未经转诊降低10个百分点)且原文不说它与上限的先后时加 unreferred_cut_first: { value: null, note }(true:先降低;不写:先提高、受上限再降低)/ unreferred_cut_first where the order of the cut for no referral and the ceiling is not stated`,
    `${pad}  # 异地就医 filing 有 ratio_cut(未备案降低10个百分点)且原文不说它与上限的先后时加 filing_cut_first: { value: null, note }(true:先降低;不写:先提高、受上限再降低)/ filing_cut_first where the order of an out-of-area cut and the ceiling is not stated`,
    `${pad}  after:`,
    ...((scheme === 'resident' ? ['age', 'grade'] : ['retiree', 'age']) as ('retiree' | 'age' | 'grade')[]).map(
      (k) => `${pad}    ${k}: { value: null, note: ${text(`待填写:上限是否适用于${{ retiree: '退休人员', age: '年龄', grade: '缴费档次' }[k]}提高后的比例(true/false);原文不说保留 null`, `To fill in: whether the ceiling holds after the ${k} uplift (true/false); leave null if the text does not say`)} }`,
    ),
    `${pad}# 几项提高各有上限时(提高后最高不超过90% / 中医医院最高不超过95%)uplift_ceiling 写成列表,每项的 after 写它约束的提高,并写先后 / several ceilings: a list, each its own after, and the order:`,
    `${pad}#   uplift_ceiling: [ { value: 0.9, source: …, quote: 提高后最高不超过90%, after: { age: { value: true, … } } }, { value: 0.95, source: …, quote: 最高不超过95%, after: { facility: { value: true, … } } } ]`,
    `${pad}#   uplift_order: { value: null, note: 待填写:先按哪项提高(如 [age, facility]);原文不说保留 null }   # the order of the uplifts; null: unknown`,
    `${pad}filing:`,
    ...(['filed', 'referral', 'unfiled'] as const).map(
      (k) => `${pad}  ${k}: { value: null, note: ${text(`待填写:${{ filed: '异地已备案', referral: '转诊', unfiled: '异地未备案' }[k]}按本地(local)还是调整(adjusted,写 deductible_as、deductible_times 和/或 ratio_cut);原文未说明保留 null`, `To fill in: ${k} care as local, or adjusted (deductible_as, deductible_times and/or ratio_cut); leave null if not stated`)} }`,
    ),
    `${pad}  # 某一类写成 adjusted 时可加:ratio_times: { value: 0.95, source: …, quote: 支付比例为本市同级医疗机构住院支付比例的95% } 和 ratio_times_of: { value: uplifted | stated, … }(倍数按提高后的比例乘,还是先乘再提高;原文不说写 { value: null, note }) / with adjusted: ratio_times (a multiple of the local ratio) and ratio_times_of`,
    `${pad}  # 原文说床日限额不适用于异地就医时可加:no_day_cap: { value: true, source: …, quote: 床日限额不适用于异地就医 }(说不清写 { value: null, note }) / where the bed-day cap does not hold for out-of-area care: no_day_cap`,
    `${pad}  # 先由个人自付20%时可加:first_share: { value: 0.2, source: …, quote: 先由个人自付20%, counts_in_layers: { value: false, source: …, quote: 不计入大病保险…和医疗救助的计算基数 } }(是否计入大病/救助基数原文不说写 { value: null, note }) / a share paid first: first_share with counts_in_layers`,
    `${pad}  # 先行自付与起付线的先后原文不说时在 first_share 里加 order: { value: null, note }(before_deductible / after_deductible;不写:先行自付在先)/ first_share.order where the text does not say whether it comes before the deductible`,
    `${pad}  # 省内市外与省外待遇不同时(省内市外降低10个百分点,省外降低15个百分点),该类写成 { in_province: { value: adjusted, ratio_cut: …, source: …, quote: … }, out_of_province: { … } },计算时需 --where;原文只写了一边时另一边写 { value: null, note } / a kind whose rules differ in and outside the province: keyed by in_province / out_of_province (a claim gives --where)`,
    `${pad}  emergency: { value: null, note: ${text('待填写:异地急诊抢救视同哪一类(filed、temporary、referral、unfiled 或 local);原文说“视同已备案”而没说哪一类时保留 null(两类结果不同的案例退出码 3),原文没有这条规定则删除', 'To fill in: the kind emergency care elsewhere counts as (filed, temporary, referral, unfiled or local); keep null where the text says 视同已备案 without the kind (a claim where the kinds differ is exit 3); delete it where the text has no such rule')} }`,
    `${pad}  temporary: { value: null, note: ${text('待填写:临时外出就医已备案的待遇(local 或 adjusted);原文把它与异地长期居住/常驻异地已备案分开规定时填写(filed 即为长期的那一类),不分开时删除此项', 'To fill in: a temporary trip that filed (local or adjusted), where the text rules it apart from long-term filing (filed is then the long-term kind); delete it where the text does not')} }`,
    `${pad}# deductible_shared: { benefits: [inpatient, chronic], source: …, quote: 门诊慢特病起付标准与住院起付标准合并计算…不足的补足差额 }   # 按年度的起付标准与其他待遇已付的合并计算时取消注释(需 deductible_period: year)/ uncomment when this yearly deductible counts what other benefits met`,
    `${pad}# cap_shared: { benefits: [inpatient, chronic], source: …, quote: … }   # 封顶线与其他待遇合并计算时取消注释 / uncomment when the cap is shared`,
    `${pad}# facility_bonus: { 中医医院: { value: 0.03, source: …, quote: 在同级医疗机构标准基础上提高3个百分点 } }   # 在某类机构住院比例提高时取消注释(键为 facilities 中的名称;uplift_ceiling.after 可加 facility) / points at a facility`,
    `${pad}# facility_cut: { 民营医院: { value: 0.05, source: …, quote: 在同级医疗机构标准基础上降低5个百分点 } }   # 在某类机构住院比例降低时取消注释 / points taken off at a facility`,
    `${pad}# unreferred_cut:   # 未经转诊自行到某级医疗机构就医比例降低时取消注释(案例 --referred yes|no;急诊 --emergency yes)/ the ratio lowered for care without a referral`,
    `${pad}#   value: 0.1`,
    `${pad}#   source: …`,
    `${pad}#   quote: 参保居民未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点，急诊、抢救除外`,
    `${pad}#   levels: { value: ["3"], source: …, quote: 自行到三级医疗机构住院的 }   # 二级及以上写 ["2", "3"];原文没说写 { value: null, note } / the levels it holds at`,
    `${pad}#   emergency: { value: exempt, source: …, quote: 急诊、抢救除外 }   # exempt(急诊不降低)/ applies(也降低);原文说不清写 { value: null, note };原文没有除外则删除 / emergencies exempt or not`,
    `${pad}# facility_deductible: { 中医医院: { minus: { value: 100, source: …, quote: 起付标准降低100元 }, at: { value: null, note: 待填写:在级别标准上(standard)还是在算出的起付线上(charged)调整 } } }   # 在某类机构住院起付线降低或按比例(times: 1.2)、按低一级医疗机构标准(lower_level: { value: 1, … },不写 at)时取消注释(键为 facilities 中的名称;需 deductible_period: admission) / a stay's deductible at a kind of facility`,
    `${pad}# facility_deductible_order: { value: null, note: 待填写:同属两类机构时先降低(minus_first)还是先按比例(times_first) }   # 既有降低又有按比例时 / the order of a minus and a times`,
    `${pad}# facility_day_cap: { 村卫生室: { value: 20, source: …, quote: … } }   # 在某类机构就诊统筹基金每日支付最高…元时取消注释(键为 facilities 中的名称,或级别 "1":居民在一级医疗机构住院每床日最高180元) / a fund cap a day at a facility of facilities, or at a level`,
    `${pad}# bed_days: { value: null, note: 待填写:床日数按出院日期减入院日期(discharge_minus_admission)还是入院、出院当日都计(both_ends);原文未说明保留 null }   # 有 facility_day_cap(每床日限额)时取消注释 / how bed-days are counted from the dates`,
    `${pad}# emergency_ratio_as: { "3": { value: "2", source: …, quote: 因急诊在三级医疗机构就诊的，按二级医疗机构比例支付 } }   # 某级别急诊按另一级别比例支付时取消注释(案例 --emergency yes)/ an emergency visit at a level paid at another level's ratio`,
    `${pad}# visit_cap: { value: 40, source: …, quote: 每次就诊统筹基金最高支付40元 }   # 每次就诊有支付上限时取消注释 / uncomment for a fund cap a visit`,
    `${pad}# deductible_year_cap: { value: 1600, source: …, quote: 累计收取的住院起付标准…不超过1600元 }   # 按次收取的起付线一年累计有上限时取消注释 / a yearly total of per-stay deductibles`,
    `${pad}# deductible_year_cap: { active: { value: 1500, source: …, quote: 在职人员最高不超过1500元 }, retired: { value: 1000, source: …, quote: 退休人员最高不超过1000元 } }   # 职工按在职、退休分列时 / employees by status`,
    `${pad}# deductible_year_cap_crossing: { value: null, note: 待填写:跨过累计上限的那次住院按剩余额度收取(rest)还是全额收取(full);原文写“按剩余额度收取”写 rest,只写“达到…后不再收取”保留 null }   # 有 deductible_year_cap 时 / the stay that crosses the total`,
    `${pad}# age_cap:             # 年度支付限额按年龄不同时取消注释(代替 cap)/ the yearly cap by age, in place of cap`,
    `${pad}#   age_on: { value: null, note: { zh: "待填写:年龄按就诊当天(visit)、当年内年满(year_end)或1月1日(year_start)计;原文未说明保留 null", en: "To fill in: visit, year_end or year_start; leave null if not stated" } }`,
    ...(scheme === 'employee' ? [`${pad}#   statuses: [retired]   # 只对部分人员(…的退休人员)时写 / only some statuses`] : []),
    `${pad}#   steps:`,
    `${pad}#     - { min_age: { value: 70, source: …, quote: … }, cap: { value: 4000, source: …, quote: … } }   # 年满70周岁…4000元;未满18周岁写 below_age: 18`,
  );
  return lines;
}

/** Per benefit: the chronic diseases' limits. */
export function diseaseLines(pad: string): string[] {
  return [
    `${pad}disease_limits:`,
    `${pad}  diseases:`,
    `${pad}    - name: 待填写病种`,
    `${pad}      limit: ${fill('该病种年度支付限额,元;每个病种一项', 'the yearly limit of this disease, yuan; one entry per disease')}`,
    `${pad}  several: { value: null, note: ${text('待填写:同时患多个病种时,按最高限额(highest)、最高限额加递增(highest_plus,写 step 和 step_max)、最高限额加其他病种限额的一定比例(highest_plus_share,写 share,合计有上限写 sum_max,只有增加部分有上限写 added_max)、各病种限额累加(sum,有上限写 sum_max)、各病种限额之和的一定比例(sum_share,写 share)或按认定病种数确定(by_count,写 by_count 列表,病种不写 limit);原文只说了两种病种时写 stated_for', 'To fill in: several diseases: highest; highest_plus (step, step_max); highest_plus_share (share; sum_max where the total is capped, added_max where only the added part is); sum (sum_max where capped); sum_share (share of the sum); or by_count (the by_count list; the diseases take no limit); stated_for when the text speaks of two diseases only')} }`,
    `${pad}  # “但不低于其中最高病种的限额”写 at_least_highest: { value: true, source, quote };“合计不超过限额最高病种限额的2倍”写 max_times_highest: { value: 2, source, quote }(by_count 以外的规则都可加) / floor at the highest limit, ceiling as a multiple of it`,
    `${pad}  # 年度中途认定的病种按月数折算限额时: prorate: { value: months_left, source, quote, counts_certification_month: { value: true | false | null, … } }(认定当月是否计入;原文不说写 null 加 note) / a limit prorated for certification during the year`,
    `${pad}  # “最多按三个病种计算”时在 several 里加 max_diseases: { value: 3, source, quote } 和 max_diseases_counted: { value: highest | first_certified, source, quote }(按限额最高的,还是最先认定的;原文不说写 { value: null, note },两种结果不同的案例退出码 3) / at most N diseases counted: max_diseases, and which ones: max_diseases_counted`,
    `${pad}  # 各病种限额分别计算、不得相互调剂时: 每个病种写 separate: { value: true, source, quote },删去 several / each limit apart: separate on every disease, no several`,
    `${pad}  # 按认定病种数确定限额(认定一种的1200元，认定两种的2000元…)时: several: { value: by_count, by_count: [ { from: 1, limit: … }, { from: 2, limit: … } ] } / a limit by the number of diseases`,
    `${pad}  # 特殊病种另有起付线、比例或不设限额时: 病种下写 group: 特殊病种(可不写 limit),并写 groups: { 特殊病种: { deductible, ratio: { employee, resident }, no_limit: { value: true, source, quote } } }`,
    `${pad}  #   / diseases with rules of their own: group: <name> on each, and groups: { <name>: { deductible, ratio, no_limit } }`,
    `${pad}  # 病种组“执行本市同级医疗机构住院支付比例”时写 ratio_of: { value: inpatient, source, quote }(代替 ratio) / a group on the inpatient ratio of the same level: ratio_of: { value: inpatient, … }`,
    `${pad}  # 起付标准按病种设定(高血压、糖尿病100元…)时: 每个病种写 deductible: { value, source, quote },待遇·人员下可不写 deductible;多病种时“一年只收一次”怎么算写 deductible_once: { value: per_disease | per_person | top_up | null, … } / deductibles by disease: deductible on each disease, and deductible_once`,
    `${pad}  # 病种清单以“等”结尾(…器官移植术后抗排异治疗等)时: open: { value: null, group: <该组>, source, quote, note }(未列病种:退出码 3),能判断时写 value: in_group 加 reading / an open list (…等): open: { value: null, group, … } or in_group with a reading`,
    `${pad}  # 某病种“单独计算，不参与累加”时,在该病种下写 separate: { value: true, source, quote } / a disease outside the shared limit: separate: { value: true, … }`,
    `${pad}  # 职工、居民的病种限额不同(职工医保…高血压1500元；居民医保…高血压500元)时按参保类型分列,职工可再分在职/退休 / a limit that differs by scheme:`,
    `${pad}  #   limit: { employee: { value: …, source: …, quote: … }, resident: { value: …, source: …, quote: … } }   # employee: { active: {…}, retired: {…} }`,
    `${pad}  # 多病种规则也不同时各写各的 / a several rule per scheme, each with its own keys:`,
    `${pad}  #   several: { employee: { value: highest_plus_share, share: {…}, source, quote }, resident: { value: highest_plus, step: {…}, step_max: {…}, source, quote } }`,
    `${pad}  # 只写了一方时,另一方的理赔为未知(退出码 3,提示 --set chronic.disease_limits.<病种>.resident=<元>) / a scheme left out: its claims are unknown (exit 3)`,
  ];
}

function layerLines(scheme: 'employee' | 'resident'): string[] {
  const p = '        ';
  const [kind, zh, en] = scheme === 'employee' ? ['large_amount', '大额医疗费用补助', 'large-amount subsidy (大额)'] : ['serious_illness', '大病保险', 'serious-illness insurance (大病保险)'];
  const flag = (k: string, zhk: string) => `${p}  ${k}: { value: null, note: ${text(`待填写:个人负担是否计入${zhk}(true/false)`, `To fill in: whether the burden counts ${k} (true/false)`)} }`;
  const lines = [
    `      ${scheme}:`,
    `${p}kind: ${kind}`,
    `${p}name: ${text(zh, en)}`,
    `${p}benefits: [inpatient, chronic]   # 待填写:它支付哪些待遇的费用 / to fill in: the benefits it covers`,
    `${p}# chronic_diseases: { groups: [第一类病种], source: …, quote: 住院和第一类门诊慢特病 }   # 只支付部分门诊慢特病病种(病种组或 diseases: [病种])时取消注释 / chronic care for some diseases only`,
    `${p}base: { value: null, note: ${text('待填写:burden(个人负担超过起付标准分段支付)、above_cap(超过封顶线部分)或 after_cap(达到封顶线后按比例)', 'To fill in: burden, above_cap or after_cap')} }`,
    `${p}counts:`,
    flag('first_pay', '乙类先行自付'),
    flag('deductible', '起付线'),
    flag('above_cap', '超过封顶线的费用'),
    `${p}threshold: ${fill('年度起付标准,元', 'the yearly threshold, yuan')}`,
    `${p}segments:`,
    `${p}  - ratio: ${fill('起付标准以上的支付比例(分段时每段一项,除最后一段外写 up_to)', 'the ratio above the threshold (one entry per band, up_to on all but the last)')}`,
    `${p}ratio: ${fill('after_cap 时的支付比例,或 above_cap 时超出部分的支付比例(“由大额医疗费用补助支付90%”);burden 不分段(起付标准以上一个比例)时写这里并删除 segments;全额支付或不用则删除', 'the share paid for after_cap, or of the excess for above_cap (支付90%); for burden without bands (one share above the threshold) give it here and delete segments; delete if all of it or not used')}`,
    `${p}# 比例按在职/退休(或居民档次)不同时(“在职人员80%、退休人员85%”):ratio 或某段的 ratio 写 { active: {…}, retired: {…} }(居民:{ grade_1, grade_2 })/ a ratio (or a band's ratio) by status: { active, retired }; by grade: { grade_1, grade_2 }`,
    `${p}cap: ${fill('年度最高支付,元', 'the yearly cap, yuan')}`,
    `${p}# 二档各段提高(“二档参保人员各段支付比例提高5个百分点”)时:grade_bonus: { grade_2: { value: 0.05, source, quote } }(各段照写一档的比例)/ a grade's points on every band`,
    `${p}# 参保激励(“连续参保满4年的参保人员，之后每连续参保1年，大病保险最高支付限额提高2000元；对当年基金零报销的参保人员，次年…提高2000元。两项累计提高总额不超过…原最高支付限额的20%”)时取消注释;只有一项只写那一项,“提高原封顶线的1%”写 per_year_share / the cap raised for continuous insurance and years without reimbursement: uncomment`,
    `${p}# cap_incentive:`,
    `${p}#   source: …`,
    `${p}#   quote: …`,
    `${p}#   continuous:`,
    `${p}#     after_years: { value: 4, source: …, quote: 对连续参保满4年的参保人员，之后每连续参保1年 }`,
    `${p}#     per_year: { value: 2000, source: …, quote: 之后每连续参保1年，大病保险最高支付限额提高2000元 }`,
    `${p}#   zero_claim:`,
    `${p}#     per_year: { value: 2000, source: …, quote: 对当年基金零报销的参保人员，次年大病保险最高支付限额提高2000元 }`,
    `${p}#   max_share: { value: 0.2, source: …, quote: 两项累计提高总额不超过大病保险原最高支付限额的20% }`,
    `${p}# 分段比例有上限(“最高不超过80%”)时:ratio_ceiling: { value: 0.8, source, quote, after: { ratio_plus: { value: true|false, … } } }(特殊人群“各段提高”后是否仍受此限;原文没说写 value: null + note)/ a ceiling of the bands, and whether it holds after a group's ratio_plus`,
    `${p}# 个人负担是否计入超过病种限额的部分与超过年度最高支付限额的部分分开说时:counts.above_limit(不写即同 above_cap)/ counts.above_limit: above a disease limit, apart from above_cap`,
    `${p}# after_cap 时:after_cap_deductible: { value: true|false, source, quote }(达到封顶线后的住院是否仍扣除起付标准;原文没说写 value: null + note)/ after_cap: whether a stay after the cap still takes off its deductible`,
    `${p}# after_cap 时:within_claim: { value: after_only|unpaid_by_ratio, source, quote }(本次住院中途达到封顶线:after_only 本次不付;unpaid_by_ratio “应付未付金额除以该支付比例,作为本次限额以上的费用”;原文没说写 value: null + note)/ after_cap: a stay during which the cap is reached`,
    `${p}# burden 之外还有第二部分(“统筹基金支付达到年度最高支付限额后…超出限额的金额，由大额医疗费用补助支付85%，其余15%由个人负担，不计入本条第（一）项的累计”,两项共用 cap)时取消注释 / a second part beside burden, sharing cap: uncomment`,
    `${p}# part_two:`,
    `${p}#   source: …`,
    `${p}#   quote: 统筹基金支付达到年度最高支付限额后，按本细则计算应由统筹基金支付但超出限额的金额，由大额医疗费用补助支付85%`,
    `${p}#   base: { value: above_cap, source: …, quote: 按本细则计算应由统筹基金支付但超出限额的金额 }`,
    `${p}#   ratio: { value: 0.85, source: …, quote: 由大额医疗费用补助支付85% }`,
    `${p}#   counts_in_burden: { value: null, note: ${text('待填写:其余由个人负担的部分是否计入第一部分的累计(不计入写 false);原文未说明保留 null', "To fill in: whether the person's rest counts in part one's burden (false: 不计入); leave null if not stated")} }`,
  ];
  if (scheme === 'resident') {
    lines.push(
      `${p}# 名单以“等”结尾(第十五条第二款所列困难群众…等)时:open_groups: { value: null, source, quote, note }(未列出的对象在本层按不同规则支付时退出码 3);能判断时 value: as_group、group、reading / a list ending in 等: open_groups`,
      `${p}groups:`,
      `${p}  特困人员:`,
      `${p}    threshold_share: ${drop('起付标准为一般标准的比例(降低50%写 0.5)', 'the threshold as a share of the general one (降低50%: 0.5)')}`,
      `${p}    ratio_plus: ${drop('各段比例提高的百分点(提高5个百分点写 0.05)', 'points added to every band (5 points: 0.05)')}`,
      `${p}    # 原文写出本类人员自己的数时:threshold(起付标准降至…元,代替 threshold_share)、segments(本类人员的分段,代替 ratio_plus)、cap(年度最高支付…元)或 no_cap: { value: true, … }(不设年度最高支付限额)`,
      `${p}    # its own numbers where the text gives them: threshold (instead of threshold_share), segments (instead of ratio_plus), cap, or no_cap: { value: true, … }`,
      `${p}    # 前几段另给、其余各段提高(“7500元以上至5万元（含）的部分支付65%，其余各段支付比例提高5个百分点”)时 segments 和 ratio_plus 同写,segments 最后一段写 up_to(其余各段从这里起按一般标准加点) / own first bands, the rest raised: segments (the last with up_to) beside ratio_plus`,
      `${p}# “年度内新认定为前款对象的，自认定之日起享受前款待遇”:认定之前的本年个人负担是否计入该类人员的起付标准,写 burden_before_group: { value: counts | excluded, source, quote }(原文没说写 value: null + note,或写解读)/ a group that began within the year: burden_before_group: counts | excluded (or null + note, or a reading)`,
    );
  }
  return lines;
}

/** Per version: 乙类先行自付, the second layer, assistance, the accounts, a status change. */
export function versionLines(): string[] {
  const group = (name: string) => [
    `        ${name}:`,
    `          threshold: ${drop('年度救助起付标准,元', 'the yearly assistance threshold, yuan')}`,
    `          ratio: ${fill('救助比例,0..1', 'the assistance ratio, 0..1')}`,
    `          cap: ${fill('年度救助限额,元', 'the yearly assistance cap, yuan')}`,
    '          # 不设年度救助限额:删除 cap,写 no_cap: { value: true, source, quote } / no yearly cap: no_cap instead of cap',
  ];
  return [
    '    first_pay:              # 乙类先行自付 / class-B first pay',
    '      # 职工、居民比例不同时写 drugs: { employee: {…}, resident: {…} } / keyed by scheme where they differ',
    '      # 在职、退休也不同时写 employee: { active: {…}, retired: {…} } / employees by status where those differ',
    '      # 住院和门诊比例不同时写 drugs: { inpatient: {…}, chronic: {…}, outpatient: {…} }(每项可再按 employee/resident 分列;没写的待遇不先行自付)/ keyed by benefit where the benefits differ (a benefit left out pays none first)',
    `      drugs: ${fill('乙类药品个人先行自付比例,0..1', 'the class-B drugs share paid first, 0..1')}`,
    `      items: ${fill('乙类诊疗项目个人先行自付比例,0..1', 'the class-B items share paid first, 0..1')}`,
    `      order: { note: ${text('待填写:原文规定结算顺序的条款(source 和 quote)', 'To fill in: the clause giving the settlement order (source and quote)')} }`,
    '    second_layer:           # 大额医疗费用补助(职工)/ 大病保险(居民)',
    ...layerLines('employee'),
    ...layerLines('resident'),
    '    assistance:             # 医疗救助 / medical assistance',
    `      name: ${text('医疗救助', 'medical assistance')}`,
    '      benefits: [inpatient, chronic]   # 待填写:救助哪些待遇的费用 / to fill in',
    '      # 某待遇是否救助需要解读时(“在定点医疗机构就医”是否含普通门诊):写 { value: outpatient, source, quote, reading, reading_short },解读只在该待遇的案例中说明 / a benefit whose cover is read: { value: outpatient, …, reading }, said on that benefit’s claims only',
    '      base:',
    `        deductible: { value: null, note: ${text('待填写:救助基数是否包括起付线(true/false)', 'To fill in: whether the base includes the deductible')} }`,
    `        first_pay: { value: null, note: ${text('待填写:救助基数是否包括乙类先行自付(true/false)', 'To fill in: whether the base includes class-B first pay')} }`,
    `        out_of_scope: { value: null, note: ${text('待填写:救助基数是否包括目录外费用(原文写“政策范围内”或“不含目录外”:false;只写“个人负担医疗费用”:true 加 reading);原文明确不含可删除', 'To fill in: whether the base includes 目录外 costs (政策范围内 / 不含目录外: false; only 个人负担医疗费用: true with a reading)')} }`,
    '      groups:',
    ...group('特困人员'),
    ...group('低保对象'),
    '      # 名单以“等”结尾(特困人员、低保对象、返贫致贫人口等…及其他救助对象)时取消注释:未列出的对象(--assistance 其他名称)未知,按是否救助结果不同时退出码 3;能判断时 value: as_group + group + reading,或 value: none + reading / a list ending in 等: uncomment',
    `      # open_groups: { value: null, group: 低保对象, source: …, quote: 医疗救助对象为特困人员、低保对象、返贫致贫人口等, note: ${text('原文未列出“等”包括哪些对象', 'the text does not say who else 等 covers')} }`,
    '      # 按个人情况提高救助(未成年人、重度残疾人…救助比例提高10个百分点，年度救助限额提高2万元，比例最高不超过100%)时取消注释 / an uplift for a personal condition: uncomment',
    '      # filing_cut: { unfiled: { value: 0.1, source: …, quote: 未按规定办理异地就医备案的，救助比例降低10个百分点 } }   # 按异地就医备案情况(--filing)降低救助比例时取消注释 / the assistance ratio lowered by a filing kind',
    '      # uplift:',
    '      #   grounds:',
    '      #     未成年人: { below_age: { value: 18, inferred: true, source: …, quote: 未成年人, reasoning: { zh: 未成年人指未满十八周岁, en: under 18 } } }',
    '      #     重度残疾人: { disability: { value: ["1", "2"], source: …, quote: 持有一至二级残疾证的重度残疾人 } }   # --disability 的等级 / grades of --disability',
    '      #     # 年满N周岁、只对某类救助对象、比例“为80%”(其中年满70周岁的低保对象、一二级残疾人救助比例为80%) / from an age, for some groups, a ratio set:',
    '      #     # 年满70周岁的低保对象: { min_age: { value: 70, source: …, quote: … }, groups: [低保对象], ratio: { value: 0.8, source: …, quote: 救助比例为80% } }',
    '      #   ratio_plus: { value: 0.1, source: …, quote: 医疗救助比例…提高10个百分点 }',
    '      #   cap_plus: { value: 20000, source: …, quote: 年度救助限额提高2万元 }',
    '      #   ratio_ceiling: { value: 1, source: …, quote: 比例最高不超过100% }',
    '      #   age_on: { value: admission, source: …, quote: 年龄按入院之日计算 }',
    `      #   several: { value: null, note: ${text('待填写:同时符合几项条件的,只提高一次(once)还是每项分别提高(per_ground);原文未说明保留 null', 'To fill in: a person meeting several grounds is raised once (once) or per ground (per_ground); leave null if not stated')} }`,
    '    account_scope:          # 个人账户、家庭共济可否支付目录外费用 / what the accounts may pay',
    `      own: { value: null, note: ${text('待填写:本人账户只付政策范围内(in_scope)还是也付目录外(all)', 'To fill in: the own account pays in_scope only, or all')} }`,
    `      family: { value: null, note: ${text('待填写:家庭共济账户只付政策范围内(in_scope)还是也付目录外(all)', 'To fill in: the family account pays in_scope only, or all')} }`,
    '    # family_year_cap:      # 家庭共济每年累计有上限时取消注释(通过家庭共济支付的金额，每个自然年度累计不超过5000元) / a yearly cap on family mutual aid',
    '    #   value: 5000',
    '    #   source: …',
    '    #   quote: 通过家庭共济支付的金额，每个自然年度累计不超过5000元',
    `    #   per: { value: null, note: ${text('按账户持有人(holder)还是按每位被共济人(relative)累计;原文未说明保留 null(两种算法不同的案例退出码 3)', 'per holder (holder) or per relative (relative); null if not stated (exit 3 where the two differ)')} }`,
    `    status_change: { value: null, note: ${text('待填写:年内在职转退休时本年累计如何处理(carry_over);原文未说明保留 null', 'To fill in: what a change from active to retired within the year does to its totals (carry_over); leave null if not stated')} }`,
    `    status_from: { value: null, note: ${text('待填写:退休人员待遇自办理退休手续之日(processed_day)还是次月1日(next_month_first)起执行;原文未说明保留 null', 'To fill in: retiree treatment starts on the day retirement was processed (processed_day) or on the 1st of the next month (next_month_first); leave null if not stated')} }`,
    '    # several_groups: { value: highest, source: …, quote: 同时具有两种以上特殊群体身份的，按待遇就高原则享受，不重复享受 }   # 同时属于几种救助对象时怎样享受待遇(原文没说写 value: null + note)/ a patient in several groups: the best treatment',
    '    # status_change:        # 按待遇分别规定时 / where the text says it for some benefits only (岚汐 第十五条: 普通门诊统筹)',
    '    #   outpatient: { value: carry_over, source: …, quote: 转换前已累计的起付标准和统筹基金支付金额连续计算 }',
    '    #   inpatient: { value: null, note: …}      # 未写的待遇为未知 / a benefit left out is unknown',
    '    #   second_layer: { value: null, note: …}   # 大额/大病:变化前的个人负担和支付 / the layer\'s burden and payments',
  ];
}
