// The desk's own words: the greeting, the short answer's key numbers and how to see the whole
// breakdown, the next caller, a line too long, and a new visit whose year is not carried.
// Each in both languages.
import type { Explanation } from '../../engine/types.js';
import { formatFen } from '../../money/money.js';
import type { Lang } from '../errors.js';
import { MAX_QUESTION_LENGTH } from './desk-lines.js';

export const DESK = {
  banner: {
    zh: '医保热线问答台:输入来电人的问题(如“退休 二级医院 门诊 1000元”或“家庭共济怎么办理”),回车得到答案。\n接着问“那三级医院呢”“要是花了2000呢”改一处重算;“他又去二级医院看了一次 花了1000”接着算同一个人今年的数;\n“详细”看完整算法;“下一位”或空行换下一位来电。输入“退出”、Ctrl-D 或 Ctrl-C 离开。\n',
    en: 'Hotline desk: type the caller\'s question (e.g. "retired tier 2 outpatient 1000 yuan") and press Enter.\nA follow-up changes one thing ("那三级医院呢", "要是花了2000呢"); "他又去二级医院看了一次 花了1000" is the same person\'s next visit;\n"详细" shows the whole breakdown; "下一位" or an empty line starts the next caller. "exit", Ctrl-D or Ctrl-C leaves.\n',
  },
  prompt: { zh: '问题> ', en: 'question> ' },
  nextCaller: { zh: '(下一位来电)', en: '(next caller)' },
  tooLong: {
    zh: `问题太长(达到${MAX_QUESTION_LENGTH}个字符),没有回答;请分开问。`,
    en: `That question reached ${MAX_QUESTION_LENGTH} characters and was not answered; ask it in parts.`,
  },
  detailHint: { zh: '(输入“详细”或“为什么”看完整算法和依据)', en: '(type 详细 or "why" for the whole breakdown and its sources)' },
  notCarried: {
    zh: '同一个人的下一次就诊:不是同一种待遇或同一年,上一笔的今年累计不带过来。',
    en: "The same person's next visit: another benefit or another year, so the last claim's year so far is not carried.",
  },
};

/** Words that leave the desk. */
export const LEAVE = /^(?:退出|结束|exit|quit|q)$/iu;

const yuan = (fen: number, lang: Lang) => `${formatFen(fen)} ${lang === 'zh' ? '元' : 'yuan'}`;

/** The key numbers of a claim, one line: the fund, the accounts where they pay, the cash. */
export function keyNumbers(e: Explanation, lang: Lang): string {
  const r = e.result;
  const parts = [`${lang === 'zh' ? '统筹基金支付' : 'fund pays'} ${yuan(r.fundPays, lang)}`];
  if (r.accountPays > 0) parts.push(`${lang === 'zh' ? '个人账户' : 'personal account'} ${yuan(r.accountPays, lang)}`);
  if (r.familyPays > 0) parts.push(`${lang === 'zh' ? '家庭共济' : 'family account'} ${yuan(r.familyPays, lang)}`);
  parts.push(`${lang === 'zh' ? '现金支付' : 'cash'} ${yuan(r.cashDue, lang)}`);
  return parts.join(' · ');
}
