// Output of `yibao faq`: the human text (zh or en) and the JSON for scripts
// (schema "yibao.faq/1"). Pure: the caller passes styles for colour and writes the result.
import type { FaqHit } from './search.js';
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
    source: { id: string; title: string; publisher: string; date: string; quote: string } | null;
    score: number;
  }>;
}

/** The JSON document; question and answer in `lang`. */
export function faqJson(hits: readonly FaqHit[], query: string, lang: Lang): FaqJson {
  return {
    schema: 'yibao.faq/1',
    query,
    results: hits.map(({ doc, score }) => ({
      city: doc.city,
      id: doc.entry.id,
      question: doc.entry.question[lang],
      answer: doc.entry.answer[lang],
      source: doc.source
        ? { id: doc.source.id, title: doc.source.title, publisher: doc.source.publisher, date: doc.source.date, quote: doc.source.quote }
        : null,
      score,
    })),
  };
}

/** Search results, best first: question, city and id, answer, source. */
export function renderHits(hits: readonly FaqHit[], query: string, lang: Lang, st: Styles = PLAIN): string {
  const head =
    lang === 'zh' ? `找到 ${hits.length} 条与“${query}”相关的问答:` : `${hits.length} answer${hits.length === 1 ? '' : 's'} for "${query}":`;
  const blocks = hits.map(({ doc }, i) => {
    const tag = st.dim(lang === 'zh' ? `[${doc.cityName.zh} ${doc.entry.id}]` : `[${doc.cityName.en}, ${doc.entry.id}]`);
    const source = doc.source ? citeSource(doc.source, lang) : lang === 'zh' ? '(来源缺失)' : '(source missing)';
    return [
      `${i + 1}. ${st.strong(doc.entry.question[lang])} ${tag}`,
      `   ${doc.entry.answer[lang]}`,
      st.dim(`   ${lang === 'zh' ? '来源:' : 'Source: '}${source}`),
    ].join('\n');
  });
  return `${head}\n\n${blocks.join('\n\n')}\n`;
}

/** Every question, grouped by city in the order given, with how to see an answer. */
export function renderList(hits: readonly FaqHit[], lang: Lang, st: Styles = PLAIN): string {
  const lines: string[] = [lang === 'zh' ? `全部问题(共 ${hits.length} 条):` : `All questions (${hits.length}):`];
  const width = Math.max(0, ...hits.map((h) => h.doc.entry.id.length));
  let city = '';
  for (const { doc } of hits) {
    if (doc.city !== city) {
      city = doc.city;
      lines.push('', st.strong(doc.cityName[lang]));
    }
    lines.push(`  ${st.dim(doc.entry.id.padEnd(width))}  ${doc.entry.question[lang]}`);
  }
  lines.push(
    '',
    lang === 'zh'
      ? '输入 yibao faq <词语> 查看答案,例如:yibao faq 共济'
      : 'Type yibao faq <words> to see the answers, e.g. yibao faq family',
  );
  return `${lines.join('\n')}\n`;
}

/** Nothing matched: say so, point to the full list, and end with where to ask. */
export function renderNoMatch(query: string, lang: Lang, footer: string): string {
  return lang === 'zh'
    ? `没有找到与“${query}”相关的问答。\n输入 yibao faq 列出全部问题,或换个词再试。\n${footer}\n`
    : `No question or answer found for "${query}".\nType yibao faq to list every question, or try other words.\n${footer}\n`;
}

/** Words with no searchable character (only punctuation or symbols): said plainly, not a listing. */
export function renderNothingToSearch(query: string, lang: Lang): string {
  return lang === 'zh'
    ? `没有可搜索的词:“${query}”只含标点或符号。\n输入 yibao faq 列出全部问题,或用文字再试(如 yibao faq 起付线)。\n`
    : `Nothing to search for: "${query}" has only punctuation or symbols.\nType yibao faq to list every question, or try words (e.g. yibao faq deductible).\n`;
}

/** A city whose sources answer no questions (listing with --city). */
export function renderEmpty(cityName: string, lang: Lang, footer: string): string {
  return lang === 'zh'
    ? `来源中没有${cityName}的问答。\n${footer}\n`
    : `The sources give no questions and answers for ${cityName}.\n${footer}\n`;
}
