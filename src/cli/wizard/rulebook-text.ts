// The words of the wizard's questions for policy model 2 (rulebook-questions.ts), in Chinese and
// English, in plain words a citizen understands: 第几次住院, 年龄, 乙类费用, 病种, 是否备案, 救助对象,
// 缴费档次, and the year-so-far totals of the details step. No policy numbers here: the choices
// (grades, diseases, groups) and the layers' names come from the policy.
import type { Text } from '../../domain.js';

export const RQ = {
  grade: { zh: '您交的是居民医保的哪一档?(看缴费凭证;不清楚可问村、社区或医保窗口)', en: 'Which grade of resident insurance did you pay for? (See the payment slip; the village, community or insurance office knows.)' },
  pick: { zh: '(请选择)', en: '(choose one)' },
  gradeNeeded: { zh: '请选一档:档次决定报销比例,不会替您假定。', en: 'Please choose a grade: it decides the ratio, so it is not assumed.' },
  diseaseNeeded: { zh: '请选一种:病种决定年度限额,不会替您假定。', en: 'Please choose a disease: it decides the yearly limit, so it is not assumed.' },
  admission: {
    zh: '这是今年(1月1日起)第几次住院?(第一次就直接按 Enter:按第一次算,结果里会注明)',
    en: 'Which stay in hospital is this since 1 January? (The first: press Enter; it is taken as the first, and the result says so.)',
  },
  age: (day: 'admission' | 'discharge' | null): Text => ({
    zh: `看病的人${day === 'admission' ? '入院那天' : day === 'discharge' ? '出院那天' : ''}多大年龄?(填周岁,如 67;或填出生日期,如 1955-03-08)`,
    en: `The patient's age${day === 'admission' ? ' on the day of admission' : day === 'discharge' ? ' on the day of discharge' : ''}? (Full years, e.g. 67; or the date of birth, e.g. 1955-03-08.)`,
  }),
  ageNeeded: { zh: '请填写年龄或出生日期:它决定报销比例,不会替您假定。', en: 'Please give the age or the date of birth: it decides the ratio, so it is not assumed.' },
  discharge: { zh: '哪天出院(或预计哪天出院)?(如 2025-03-20;年龄按出院那天算)', en: 'The day of discharge (or the expected one)? (e.g. 2025-03-20; the age is taken on that day.)' },
  dischargeNeeded: { zh: '请填写出院日期:年龄按出院那天算,不会替您假定。', en: 'Please give the day of discharge: the age is taken on that day, so it is not assumed.' },
  classB: {
    zh: '其中乙类药品和乙类诊疗项目一共花了多少元?(费用清单上标“乙类”的;没有就按 Enter)',
    en: 'How much of it was class-B (乙类) drugs and items? (Marked 乙类 on the itemised bill; none: press Enter.)',
  },
  classBDrugs: {
    zh: '其中乙类药品花了多少元?(费用清单上标“乙类”的药;没有就按 Enter)',
    en: 'How much of it was class-B (乙类) drugs? (Marked 乙类 on the itemised bill; none: press Enter.)',
  },
  classBItems: {
    zh: '乙类诊疗项目(检查、治疗)花了多少元?(清单上标“乙类”的项目;没有就按 Enter)',
    en: 'And class-B (乙类) tests and treatments? (Marked 乙类 on the bill; none: press Enter.)',
  },
  /** The days a cost covers, where the facility has a fund cap a day (facility_day_cap). */
  days: (facility: string): Text => ({
    zh: `这笔费用是在${facility}看了几天病?(在那里看病,统筹基金每天有支付上限;只看了一天就直接按 Enter)`,
    en: `Over how many days of care at the ${facility} was this cost? (The fund pays up to a set amount a day there; one day: press Enter.)`,
  }),
  /** The day of admission of a stay, asked before its discharge where --date was not given. */
  stayAdmission: (fallback: string): Text => ({
    zh: `这次住院哪天入院?(如 2025-07-14;住院天数和适用的政策按入院、出院日期算;直接按 Enter 按 ${fallback})`,
    en: `The day of admission? (e.g. 2025-07-14; the bed-days and the policy version are taken from the admission and discharge; Enter: ${fallback}.)`,
  }),
  /** The day of discharge of a stay, where a cap a bed-day or a version starting during the stay makes it count (optional). */
  /** readmission: the previous stay's discharge day (Enter: none within the days). */
  previousDischarge: (days: number | null): Text => ({
    zh: `看病的人上次住院是哪天出院的?(出院后${days ?? 'N'}日内因同一疾病再次入院的视同一次住院;如 2025-04-08;没有或不是同一疾病就直接按 Enter)`,
    en: `The day the patient was last discharged? (A readmission within ${days ?? 'N'} days for the same disease counts as the same stay; e.g. 2025-04-08; none, or another disease: press Enter.)`,
  }),
  /** disease_limits.prorate: the day the disease was certified (Enter: before this year). */
  certified: (year: string): Text => ({
    zh: `这个病种是哪天认定的?(本政策规定年度中途认定的病种按剩余月数折算当年限额;如 ${year}-04-15;${year}年以前认定的直接回车)`,
    en: `On what day was this disease certified? (this policy prorates the limit of a disease certified during the year; e.g. ${year}-04-15; certified before ${year}: press Enter)`,
  }),
  /** newborn_enrolment: the day the newborn was enrolled (Enter: in time, said). */
  enrolled: { zh: '孩子是哪天参保登记的?(本政策规定新生儿在出生后规定日数内参保才自出生之日起享受待遇;如 2025-04-01;直接回车按已按时参保)', en: 'On what day was the baby enrolled? (this policy covers a newborn from birth only if enrolled within so many days; e.g. 2025-04-01; Enter: enrolled in time)' },
  /** newborn_deductible_scope first_stay (or unknown): which stay since birth (Enter: the first, said). */
  newbornAdmission: { zh: '这是孩子出生后第几次住院?(本政策只对新生儿出生后首次住院另有起付线规定;直接回车按第 1 次)', en: "Which stay since birth is this for the baby? (this policy's newborn deductible is for the first stay after birth only; Enter: the first)" },
  /** newborn_deductible_share: the birth date, only to tell a newborn in the birth year (Enter: not one). */
  newbornBirth: (year: string): Text => ({
    zh: `看病的人是${year}年出生的新生儿吗?是就填出生日期(如 ${year}-03-02,出生当年住院的起付线另有规定);不是就直接按 Enter`,
    en: `Was the patient born in ${year} (a newborn)? If so, give the date of birth (e.g. ${year}-03-02: a newborn's deductible differs in the birth year); if not, press Enter.`,
  }),
  stayDischarge: (admission: string): Text => ({
    zh: `这次住院哪天出院?(入院日期 ${admission};如 2025-07-24;住院天数和适用的政策按入院、出院日期算;不清楚就直接按 Enter)`,
    en: `The day of discharge? (Admitted ${admission}; e.g. 2025-07-24; the bed-days and the policy version that applies are taken from the two dates; not known: press Enter.)`,
  }),
  /** The days of a stay, where the fund pays at most so much a bed-day there (facility_day_cap keyed by facility or level). */
  stayDays: (place: string): Text => ({
    zh: `这次在${place}住院住了几天(床日数,按结算单)?(在那里住院,统筹基金每床日有支付上限;直接按 Enter 按 1 天计)`,
    en: `How many bed-days was this stay at the ${place} (as the bill counts them)? (The fund pays up to a set amount a bed-day there; Enter: taken as one day.)`,
  }),
  /** The day a retiree's status began, where a change within the claim's year counts (status_change). */
  statusSince: (year: string): Text => ({
    zh: `是${year}年内办的退休吗?是的话填办退休的日期(如 ${year}-03-15,或 ${year}年3月);之前就退休了,直接按 Enter`,
    en: `Did you retire during ${year}? If so, the day you retired (e.g. ${year}-03-15, or ${year}-03); retired before ${year}: press Enter.`,
  }),
  /** The same where the policy starts the new status from the day retirement was processed (status_from). */
  retirementProcessed: (year: string): Text => ({
    zh: `是${year}年内办理的退休手续吗?是的话填办理退休手续的日期(如 ${year}-05-20,或 ${year}年5月);之前就办了,直接按 Enter`,
    en: `Was retirement processed during ${year}? If so, the day it was processed (e.g. ${year}-05-20, or ${year}-05); before ${year}: press Enter.`,
  }),
  statusSinceDay: (year: string): Text => ({
    zh: `请填到哪一天:${year}年1月1日办的退休算全年退休,之后才算年内身份有变化。`,
    en: `Please give the day: retiring on 1 January ${year} counts as retired all year; only a later day is a change within the year.`,
  }),
  disease: { zh: '这次看的是哪一种门诊慢特病?', en: 'Which certified chronic disease was this visit for?' },
  otherDiseases: { zh: '还认定了别的慢特病吗?(选“没有了”结束)', en: 'Any other certified chronic disease? (Choose "no more" to finish.)' },
  noMore: { zh: '没有了', en: 'No more' },
  filing: { zh: '是在本地看病,还是在外地?', en: 'Was the care here, or elsewhere?' },
  /** 省内市外 / 省外, where the policy rules them apart for the filing chosen. */
  where: { zh: '外地是在省内(本市以外),还是省外?', en: 'Was it in the province (outside the city), or outside the province?' },
  whereChoice: {
    in_province: { zh: '省内市外', en: 'In the province, outside the city (省内市外)' },
    out_of_province: { zh: '省外', en: 'Outside the province (省外)' },
  },
  filingChoice: {
    local: { zh: '本地(参保的城市)', en: 'Here (the city you are insured in)' },
    filed: { zh: '外地,已办异地就医备案', en: 'Elsewhere, with the out-of-area filing (异地已备案) done' },
    referral: { zh: '外地,本地医院转诊过去的', en: 'Elsewhere, referred by a hospital here (转诊)' },
    unfiled: { zh: '外地,没有备案', en: 'Elsewhere, not filed (未备案)' },
    temporary: { zh: '外地,临时外出就医,已备案', en: 'Elsewhere, a temporary trip with the filing done (临时外出就医已备案)' },
    emergency: { zh: '外地,急诊抢救', en: 'Elsewhere, emergency care (急诊抢救)' },
  } as Record<'local' | 'filed' | 'referral' | 'unfiled' | 'temporary' | 'emergency', Text>,
  /** Where the policy tells temporary filing apart: the filed choice is the long-term kind. */
  filingLongTerm: { zh: '外地,异地长期居住或常驻异地,已备案', en: 'Elsewhere, living or working there long-term, with the filing done (异地长期居住/常驻异地已备案)' },
  assistance: { zh: '看病的人是医疗救助对象吗?(民政部门认定的)', en: 'Is the patient in a medical-assistance group (certified by civil affairs)?' },
  noAssistance: { zh: '不是', en: 'No' },
  otherAssistance: { zh: '其他救助对象(名单以“等”结尾,不在上列)', en: 'Another group (the list ends in 等; not one above)' },
  otherAssistanceName: { zh: '是哪一类救助对象?(如 低保边缘家庭成员)', en: 'Which group? (e.g. 低保边缘家庭成员)' },
  disability: { zh: '看病的人持有残疾证吗?是几级?', en: 'Does the patient hold a disability certificate (残疾证)? Of which grade?' },
  noDisability: { zh: '没有', en: 'No' },
  disabilityGrade: (g: '1' | '2' | '3' | '4'): Text => ({ zh: `${'一二三四'[Number(g) - 1]}级残疾`, en: `grade ${g} (${'一二三四'[Number(g) - 1]}级)` }),
  /** The fund this year against a cap shared by several benefits (住院和门诊慢特病合并计算). */
  ytdFundShared: (benefits: string): Text => ({
    zh: `今年以来${benefits}医保统筹基金一共已经报销了多少元?(这几项合用一个年度限额)`,
    en: `How much has the insurance fund already paid this year for ${benefits} together, in yuan? (They share one yearly limit.)`,
  }),
  ytdBenefitFund: (benefit: string): Text => ({
    zh: `其中${benefit}(您认定的这些病)统筹基金已经报销了多少元?`,
    en: `Of that, how much was for ${benefit} (the diseases you are certified for), in yuan?`,
  }),
  ytdBurden: (layer: string): Text => ({
    zh: `今年以来已经计入${layer}的个人负担有多少元?(见以前的结算单;没有就按 Enter)`,
    en: `How much of your own burden has already counted toward ${layer} this year, in yuan? (See earlier settlement slips; none: press Enter.)`,
  }),
  ytdSecond: (layer: string): Text => ({
    zh: `今年以来${layer}已经报销了多少元?`,
    en: `How much has ${layer} already paid this year, in yuan?`,
  }),
  ytdFamilyPaid: { zh: '今年以来这个亲属账户已经通过家庭共济(给所有亲属)支付了多少元?', en: "How much has the relative's account already paid by family mutual aid this year (to every relative), in yuan?" },
  emergency: { zh: '这次是急诊吗?(本政策对急诊在这一级医疗机构就诊另有支付规定)', en: 'Was this an emergency visit? (this policy pays emergency visits at this level differently)' },
  insuredYears: { zh: '连续参保了几年?(本政策对连续参保的提高大病保险最高支付限额;直接回车表示不清楚,按不提高计算)', en: 'How many years has the patient been insured without a break? (this policy raises the second layer’s cap for continuous insurance; Enter if not known: no raise)' },
  zeroClaimYears: { zh: '有几年是基金零报销(全年没有报销过)、按规定可以计入的?(直接回车表示不清楚,按不提高计算)', en: 'How many years without any fund reimbursement count under the policy? (Enter if not known: no raise)' },
  emergencyNo: { zh: '不是急诊', en: 'Not an emergency' },
  referredFrom: { zh: '这次住院是在本市医联体内转诊来的吗?(本政策对医联体内上转、下转的起付线另有规定)', en: 'Was the patient referred to this stay within the city’s medical alliance? (this policy charges the deductible of a referral differently)' },
  previousSameFacility: { zh: '上次住院是在同一家医疗机构吗?(本政策只对在同一定点医疗机构再次住院的视同一次住院)', en: 'Was the last stay at this same facility? (this policy counts a readmission as the same stay at the same facility only)' },
  sameFacilityYes: { zh: '是,同一家医疗机构', en: 'Yes, the same facility' },
  sameFacilityNo: { zh: '不是,在其他医疗机构', en: 'No, another facility' },
  sameFacilityUnknown: { zh: '不清楚', en: 'Not known' },
  notReferred: { zh: '不是转诊', en: 'Not referred' },
  referredFromLevel: (l: '1' | '2' | '3'): Text => ({ zh: `从${'一二三'[Number(l) - 1]}级医疗机构转来${l === '1' ? '(含社区卫生服务中心、乡镇卫生院等基层机构)' : ''}`, en: `Referred from a level-${l} facility${l === '1' ? ' (primary care included)' : ''}` }),
  emergencyYes: { zh: '是急诊', en: 'An emergency' },
  referred: { zh: '这次是经转诊来住院(就诊)的吗?(本政策规定未经转诊自行到这一级医疗机构就医的,报销比例降低)', en: 'Was the patient referred to this stay (visit)? (this policy lowers the ratio of care at this level without a referral)' },
  referredYes: { zh: '经转诊', en: 'Referred' },
  referredNo: { zh: '未经转诊,自己去的', en: 'Not referred: went on their own' },
  unreferredEmergency: { zh: '这次是急诊、抢救吗?(本政策规定未经转诊的比例降低,急诊、抢救另有规定)', en: 'Was this an emergency or rescue? (this policy lowers the ratio without a referral, and rules emergencies apart)' },
  ytdBanded: {
    zh: '报销比例按全年累计分段:今年以来此前的住院已经累计计入分段多少元(如扣除起付线后的政策范围内费用合计)?',
    en: "The ratio's bands count the whole year: how much have earlier stays this year already put into the bands, in yuan (e.g. their in-pooling cost after the deductible)?",
  },
  ytdFamilyReceived: { zh: '今年以来患者本人已经通过家庭共济获得多少元支付?', en: 'How much has the patient already received by family mutual aid this year, in yuan?' },
  ytdAssistance: { zh: '今年以来医疗救助已经给了多少元?', en: 'How much has medical assistance already paid this year, in yuan?' },
  ytdAssistanceDeductible: {
    zh: '今年以来已经计入医疗救助起付标准的费用有多少元?',
    en: "How much has already counted toward medical assistance's yearly threshold this year, in yuan?",
  },
};
