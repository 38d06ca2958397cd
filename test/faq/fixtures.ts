// FAQ entries for the pure search tests, written from the Suizhou source (随州日报, "医疗保险政策
//解读" 1-10): the questions are verbatim, the answers shortened from the source's answers.
import type { FaqDoc } from '../../src/faq/search.js';
import type { FaqEntry } from '../../src/policy/schema.js';

const source = {
  id: 'suizhou-daily-2024',
  title: '群众有“医”靠 服务有“保”障',
  publisher: '随州日报',
  date: '2024',
  file: 'sources/suizhou-2024.txt',
  quote: 'q',
};

function doc(id: string, q: [string, string], a: [string, string], keywords?: string[]): FaqDoc {
  const entry: FaqEntry = {
    id,
    question: { zh: q[0], en: q[1] },
    answer: { zh: a[0], en: a[1] },
    source: 'suizhou-daily-2024',
    quote: q[0],
    ...(keywords ? { keywords } : {}),
  };
  return { city: 'suizhou', cityName: { zh: '随州市', en: 'Suizhou' }, entry, source };
}

export const Q2 = doc(
  'suizhou-q2',
  ['职工医保每年门诊统筹金额额度是多少?', 'How much does employee outpatient pooling pay each year?'],
  ['起付线:在职人员500元,退休人员400元;封顶线:在职人员1300元,退休人员1600元。', 'Deductible 500 or 400; cap 1300 or 1600.'],
  ['门诊统筹', '起付线', '封顶线'],
);
export const Q3 = doc(
  'suizhou-q3',
  ['职工医保个人账户家庭共济范围有哪些?', 'Whom can the employee personal account pay for (family mutual aid)?'],
  ['由直系亲属(父母、配偶、子女)扩大至近亲属。', 'From parents, spouse and children to near relatives.'],
);
export const Q4 = doc(
  'suizhou-q4',
  ['如何办理“家庭共济”?', 'How do I set up family mutual aid?'],
  ['可通过国家医保服务平台APP地方专区办理。', 'Through the National Medical Insurance app, or at a service hall.'],
);
export const Q8 = doc(
  'suizhou-q8',
  ['意外伤害能报销吗?为什么有些人报不了?', 'Are accidental injuries covered? Why are some claims refused?'],
  ['无他方责任的意外伤害住院医药费用可以报销。', 'Yes, when no third party is liable.'],
);
export const Q9 = doc(
  'suizhou-q9',
  ['职工办理转移接续后等待期有多久?', 'How long is the waiting period after transferring insurance?'],
  ['中断缴费3个月(含)以内的,补缴后不设待遇等待期。', 'No waiting period after a break of up to 3 months, once paid up.'],
);

export const SUIZHOU_DOCS: FaqDoc[] = [Q2, Q3, Q4, Q8, Q9];

/** A doc whose only text is what the test gives it, to pin where a term is found. */
export function bare(id: string, question: string, answer: string, keywords: string[] = []): FaqDoc {
  return doc(id, [question, 'x'], [answer, 'y'], keywords);
}
