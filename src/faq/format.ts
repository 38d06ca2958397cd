// Output of `yibao faq`: the human text (zh or en) and the JSON for scripts
// (schema "yibao.faq/1"). Pure: the caller passes styles for colour and writes the result.
import type { FaqAnswer, FaqHit, Localized } from './search.js';

type FaqAnswerScope = FaqAnswer['scope'];
import { citeSource } from './source.js';

export type Lang = 'zh' | 'en';

/** Colour hooks; identity by default so the text is plain (tests, pipes, NO_COLOR). */
export interface Styles {
  strong(s: string): string;
  dim(s: string): string;
}

export const PLAIN: Styles = { strong: (s) => s, dim: (s) => s };

export interface FaqJson {
  schema: 'yibao.faq/1';
  query: string;
  results: Array<{
    city: string;
    id: string;
    question: string;
    answer: string;
    /** `quote` is the first passage; `quotes` every passage the answer rests on. */
    source: { id: string; title: string; publisher: string; date: string; quote: string; quotes: string[] } | null;
    score: number;
  }>;
  /**
   * The nearest questions, none close enough to count as an answer: with no results, the ones the
   * text offers as 最接近的问题; with other cities' results, the city in use's own. Empty otherwise.
   */
  nearest: Array<{ city: string; id: string; question: string }>;
}

/** The JSON document; question and answer in `lang`. */
export function faqJson(hits: readonly FaqHit[], query: string, lang: Lang, nearest: readonly FaqHit[] = []): FaqJson {
  return {
    schema: 'yibao.faq/1',
    query,
    results: hits.map(({ doc, score }) => ({
      city: doc.city,
      id: doc.entry.id,
      question: doc.entry.question[lang],
      answer: doc.entry.answer[lang],
      source: doc.source
        ? { id: doc.source.id, title: doc.source.title, publisher: doc.source.publisher, date: doc.source.date, quote: doc.source.quote, quotes: doc.source.quotes }
        : null,
      score,
    })),
    nearest: nearest.map(({ doc }) => ({ city: doc.city, id: doc.entry.id, question: doc.entry.question[lang] })),
  };
}

/** What the caller needs to label results: the query as typed and the city in use. */
export interface HitsContext {
  query: string;
  home: Localized;
  lang: Lang;
  /** How many other cities' entries also count (scope 'home'); 0 for none. */
  elsewhere: number;
  /** With scope 'other': the city in use's nearest questions (none counted as an answer). */
  homeNearest?: readonly FaqHit[];
  /** At the desk, where a flag cannot be added to one question: --all-cities is said as the desk's. */
  desk?: boolean;
  /**
   * Breaks one line to the terminal's width, continuation lines indented by `hang` (the CLI's
   * wrap.ts at a terminal); none: lines are left whole (a pipe, a file).
   */
  wrap?: (line: string, hang: number) => string[];
}

/** A verbatim passage an answer rests on (one line each): 原文:“…” / Quote: "…". */
function quoteLine(quote: string, lang: Lang): string {
  return lang === 'zh' ? `原文:“${quote}”` : `Quote: "${quote}"`;
}

function headOf(scope: FaqAnswerScope, n: number, c: HitsContext): string {
  const home = c.home[c.lang];
  if (c.lang === 'zh') {
    if (scope === 'other') return `${home}的问答中没有找到与“${c.query}”相关的内容。以下是其他城市的问答,不是${home}的政策,不要当作${home}的规定读给来电人:`;
    if (scope === 'all') return `在所有城市中找到 ${n} 条与“${c.query}”相关的问答:`;
    return `找到 ${n} 条${home}与“${c.query}”相关的问答:`;
  }
  if (scope === 'other') return `Nothing about "${c.query}" in ${home}'s questions and answers. These are OTHER cities' answers, not ${home}'s rules; do not read them out as ${home}'s:`;
  if (scope === 'all') return `${n} answer${n === 1 ? '' : 's'} for "${c.query}" in every city:`;
  return `${n} answer${n === 1 ? '' : 's'} for "${c.query}" in ${home}:`;
}

/** Search results, best first: question, city and id, answer, the verbatim quote, source; another city's clearly marked. */
export function renderHits(hits: readonly FaqHit[], scope: FaqAnswerScope, c: HitsContext, st: Styles = PLAIN): string {
  const { lang } = c;
  // wrapped before it is styled, so that a colour code never counts as width
  const lines = (text: string, hang: number, style: (s: string) => string = (s) => s) =>
    (c.wrap ? c.wrap(text, hang) : [text]).map(style).join('\n');
  const blocks = hits.map(({ doc }, i) => {
    const city = scope === 'other' ? (lang === 'zh' ? `其他城市:${doc.cityName.zh}` : `OTHER CITY: ${doc.cityName.en}`) : doc.cityName[lang];
    const tag = lang === 'zh' ? `[${city} ${doc.entry.id}]` : `[${city}, ${doc.entry.id}]`;
    const source = doc.source ? citeSource(doc.source, lang) : lang === 'zh' ? '(来源缺失)' : '(source missing)';
    const head = `${i + 1}. ${st.strong(doc.entry.question[lang])} ${scope === 'other' ? st.strong(tag) : st.dim(tag)}`;
    return [
      // at a terminal the heading is wrapped as one piece and shown bold
      c.wrap ? lines(`${i + 1}. ${doc.entry.question[lang]} ${tag}`, 3, st.strong) : head,
      lines(`   ${doc.entry.answer[lang]}`, 3),
      ...(doc.source ? doc.source.quotes.map((q) => lines(`   ${quoteLine(q, lang)}`, 3)) : []),
      lines(`   ${lang === 'zh' ? '来源:' : 'Source: '}${source}`, 3, st.dim),
    ].join('\n');
  });
  const more =
    c.elsewhere > 0
      ? lang === 'zh'
        ? `\n\n另有 ${c.elsewhere} 条其他城市的问答也相关,${c.desk ? '用 yibao ask --all-cities 开问答台' : '加 --all-cities '}查看。`
        : `\n\n${c.elsewhere} more answer${c.elsewhere === 1 ? '' : 's'} from other cities; ${c.desk ? 'start the desk with yibao ask --all-cities' : 'add --all-cities'} to see them.`
      : '';
  return `${headOf(scope, hits.length, c)}\n\n${blocks.join('\n\n')}${more}${homeNearLines(scope, c)}\n`;
}

/** Under other cities' answers, the city in use's nearest questions: what this city does say, to look at. */
function homeNearLines(scope: FaqAnswerScope, c: HitsContext): string {
  if (scope !== 'other' || !c.homeNearest?.length) return '';
  const home = c.home[c.lang];
  const near = c.homeNearest.map(({ doc }) => `  - ${doc.entry.question[c.lang]} [${doc.cityName[c.lang]} ${doc.entry.id}]`);
  return c.lang === 'zh'
    ? `\n\n${home}最接近的问题(相关程度不够,不算答案;可换个说法再问):\n${near.join('\n')}`
    : `\n\n${home}'s nearest questions (not close enough to count as answers; ask again in other words):\n${near.join('\n')}`;
}

/** Every question, grouped by city in the order given, with how to see an answer. `city`: the one city listed. */
export function renderList(hits: readonly FaqHit[], lang: Lang, st: Styles = PLAIN, city?: string): string {
  const head =
    city === undefined
      ? lang === 'zh' ? `全部问题(共 ${hits.length} 条):` : `All questions (${hits.length}):`
      : lang === 'zh' ? `${city}的全部问题(共 ${hits.length} 条):` : `All questions for ${city} (${hits.length}):`;
  const lines: string[] = [head];
  const width = Math.max(0, ...hits.map((h) => h.doc.entry.id.length));
  let current = '';
  for (const { doc } of hits) {
    if (doc.city !== current) {
      current = doc.city;
      lines.push('', st.strong(doc.cityName[lang]));
    }
    lines.push(`  ${st.dim(doc.entry.id.padEnd(width))}  ${doc.entry.question[lang]}`);
  }
  lines.push(
    '',
    lang === 'zh'
      ? `输入 yibao faq <问题> 查看答案,例如:yibao faq 家庭共济怎么办理${city === undefined ? '' : '\n加 --all-cities 列出所有城市的问题。'}`
      : `Type yibao faq <question> to see the answers, e.g. yibao faq how do I set up family mutual aid${city === undefined ? '' : '\nAdd --all-cities to list every city\'s questions.'}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Nothing matched: say so, offer the nearest questions, and end with where to ask. */
export function renderNoMatch(query: string, nearest: readonly FaqHit[], lang: Lang, footer: string): string {
  const near = nearest.map(({ doc }) => `  - ${doc.entry.question[lang]} [${doc.cityName[lang]} ${doc.entry.id}]`);
  if (lang === 'zh') {
    const offer = near.length ? `最接近的问题:\n${near.join('\n')}\n` : '';
    return `没有找到与“${query}”相关的问答。\n${offer}输入 yibao faq 列出全部问题,或换个说法再试。\n${footer}\n`;
  }
  const offer = near.length ? `The nearest questions:\n${near.join('\n')}\n` : '';
  return `No question or answer found for "${query}".\n${offer}Type yibao faq to list every question, or put it another way.\n${footer}\n`;
}

/** Words with no searchable character (only punctuation or symbols): said plainly, not a listing. */
export function renderNothingToSearch(query: string, lang: Lang): string {
  return lang === 'zh'
    ? `没有可搜索的词:“${query}”只含标点、符号或“请问”“怎么”这类虚词。\n输入 yibao faq 列出全部问题,或用文字再试(如 yibao faq 起付线)。\n`
    : `Nothing to search for: "${query}" has only punctuation, symbols or filler words.\nType yibao faq to list every question, or try words (e.g. yibao faq deductible).\n`;
}

/** A city whose sources answer no questions (listing with --city). */
export function renderEmpty(cityName: string, lang: Lang, footer: string): string {
  return lang === 'zh'
    ? `来源中没有${cityName}的问答。\n${footer}\n`
    : `The sources give no questions and answers for ${cityName}.\n${footer}\n`;
}
