// The words of the wizard's questions for policy model 2 (rulebook-questions.ts), in Chinese and
// English, in plain words a citizen understands: 第几次住院, 年龄, 乙类费用, 病种, 是否备案, 救助对象,
// 缴费档次. No policy numbers here: the choices (grades, diseases, groups) come from the policy.
import type { Text } from '../../domain.js';

export const RQ = {
  grade: { zh: '您交的是居民医保的哪一档?(看缴费凭证;不清楚可问村、社区或医保窗口)', en: 'Which grade of resident insurance did you pay for? (See the payment slip; the village, community or insurance office knows.)' },
  admission: {
    zh: '这是今年(1月1日起)第几次住院?(第一次就按 Enter)',
    en: 'Which stay in hospital is this since 1 January? (The first: press Enter.)',
  },
  age: { zh: '看病的人多大年龄?(周岁)', en: "The patient's age (full years)?" },
  ageNeeded: { zh: '请填写年龄,如 67:它决定报销比例,不会替您假定。', en: 'Please give the age, e.g. 67: it decides the ratio, so it is not assumed.' },
  classBDrugs: {
    zh: '其中乙类药品花了多少元?(费用清单上标“乙类”的药;没有就按 Enter)',
    en: 'How much of it was class-B (乙类) drugs? (Marked 乙类 on the itemised bill; none: press Enter.)',
  },
  classBItems: {
    zh: '乙类诊疗项目(检查、治疗)花了多少元?(清单上标“乙类”的项目;没有就按 Enter)',
    en: 'And class-B (乙类) tests and treatments? (Marked 乙类 on the bill; none: press Enter.)',
  },
  disease: { zh: '这次看的是哪一种门诊慢特病?', en: 'Which certified chronic disease was this visit for?' },
  otherDiseases: { zh: '还认定了别的慢特病吗?(选“没有了”结束)', en: 'Any other certified chronic disease? (Choose "no more" to finish.)' },
  noMore: { zh: '没有了', en: 'No more' },
  filing: { zh: '是在本地看病,还是在外地?', en: 'Was the care here, or elsewhere?' },
  filingChoice: {
    local: { zh: '本地(参保的城市)', en: 'Here (the city you are insured in)' },
    filed: { zh: '外地,已办异地就医备案', en: 'Elsewhere, with the out-of-area filing (异地已备案) done' },
    referral: { zh: '外地,本地医院转诊过去的', en: 'Elsewhere, referred by a hospital here (转诊)' },
    unfiled: { zh: '外地,没有备案', en: 'Elsewhere, not filed (未备案)' },
  } as Record<'local' | 'filed' | 'referral' | 'unfiled', Text>,
  assistance: { zh: '看病的人是医疗救助对象吗?(民政部门认定的)', en: 'Is the patient in a medical-assistance group (certified by civil affairs)?' },
  noAssistance: { zh: '不是', en: 'No' },
};
