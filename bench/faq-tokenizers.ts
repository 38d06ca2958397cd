// The measurement behind the FAQ search's tokenizer (README "faq and ask"): the caller questions
// (test/faq/caller-questions.yaml) ranked with BM25 (minisearch) over four ways of reading Chinese,
// and what each costs when `faq` starts. Run by bench/faq-tokenizers.mjs (bundles this file);
// @node-rs/jieba is not a dependency: `npm install --no-save @node-rs/jieba` to include it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadFaqWorld } from '../src/faq/world.js';
import { buildFaqIndex, answerFaq, queryTokens, type FaqDoc } from '../src/faq/search.js';
import { buildLexicon, fold, lengthsOf, tokenize, type Lexicon } from '../src/faq/lexicon.js';
import { loadSharedFaqWords } from '../src/faq/words.js';
import { bundledPolicyIds, loadBundledPolicy } from '../src/policy/bundled.js';

const set = parse(readFileSync(new URL('../test/faq/caller-questions.yaml', import.meta.url), 'utf8')) as {
  faq: Array<{ q: string; expect: string | string[]; city?: string }>;
};
const { cities, index: chosen } = await loadFaqWorld();
const docs = chosen.docs;
const policies = await Promise.all(bundledPolicyIds().map(async (id) => (await loadBundledPolicy(id)).policy));
const shared = await loadSharedFaqWords();
const keywords = policies.flatMap((p) => (p.faq ?? []).flatMap((e) => e.keywords ?? []));

type Result = { first: number; top3: number; ms: number };

/** Indexes `entries` and ranks every caller question, its tokens given by `tokensOf`. */
function evaluate(entries: FaqDoc[], lex: Lexicon, tokensOf: (q: string) => string[]): Result {
  const start = performance.now();
  const index = buildFaqIndex(entries, lex);
  const ms = performance.now() - start;
  let first = 0;
  let top3 = 0;
  for (const c of set.faq) {
    const want = typeof c.expect === 'string' ? [c.expect] : c.expect;
    const named = cities.find((x) => [x.name.zh, x.name.zh.replace(/[市县]$/u, '')].some((nm) => c.q.includes(nm)));
    const got = answerFaq(index, tokensOf(c.q), named?.id ?? c.city ?? 'suizhou', false, 5).hits.map((h) => h.doc.entry.id);
    if (want.includes(got[0] ?? '')) first++;
    if (got.slice(0, 3).some((id) => want.includes(id))) top3++;
  }
  return { first, top3, ms };
}

const score = (lex: Lexicon) => evaluate(docs, lex, (q) => queryTokens([q], lex));

const n = set.faq.length;
const row = (name: string, r: Result, startup: string) =>
  console.log(`  ${name.padEnd(46)} first ${r.first}/${n}  top 3 ${r.top3}/${n}  index ${r.ms.toFixed(0)} ms  ${startup}`);

console.log(`faq tokenizers: ${n} caller questions, BM25 (minisearch), the city in use first`);
row('CJK bigrams only (CJKAnalyzer), no word lists', score(buildLexicon([], [])), '');
row('CJK bigrams + the word lists, words also as bigrams', score(buildLexicon([shared], keywords, true)), '');
row('CJK bigrams + the word lists (chosen)', score(buildLexicon([shared], keywords, false)), 'index prebuilt at build time');
try {
  const t0 = performance.now();
  // not a dependency: named through a variable so that TypeScript does not look for it
  const jiebaModule = '@node-rs/jieba';
  type JiebaApi = { Jieba: { withDict(d: Uint8Array): { cut(text: string, hmm: boolean): string[] } } };
  const { Jieba } = (await import(jiebaModule)) as JiebaApi;
  const { dict } = (await import(`${jiebaModule}/dict.js`)) as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  const load = performance.now() - t0;
  // jieba's words, each then read by the same word lists (synonyms, filler words)
  const lex = buildLexicon([shared], keywords, false);
  const jiebaTokens = (text: string) => jieba.cut(fold(text), false).flatMap((w: string) => tokenize(w, lex));
  const r = scoreWith(lex, jiebaTokens);
  row('jieba (@node-rs/jieba) + the word lists', r, `dictionary load ${load.toFixed(0)} ms at every start`);
} catch (error) {
  console.log(`  jieba: not installed (${(error as Error).message.split('\n')[0]}); npm install --no-save @node-rs/jieba to measure it`);
}

/** Like score(), with documents and queries cut by `tok` (jieba) before BM25. */
function scoreWith(lex: Lexicon, tok: (text: string) => string[]): Result {
  // a lexicon whose only words are the tokens jieba gives: each token passes through unchanged
  const wrapped: Lexicon = { ...lex, senses: new Map(), lengths: new Map() };
  const joined = docs.map((d) => ({
    ...d,
    entry: {
      ...d.entry,
      question: { zh: tok(d.entry.question.zh).join(' '), en: d.entry.question.en },
      answer: { zh: tok(d.entry.answer.zh).join(' '), en: d.entry.answer.en },
      keywords: (d.entry.keywords ?? []).map((k) => tok(k).join(' ')),
    },
  }));
  // tokens joined by spaces are Han runs again; mark each as a known word so they are not re-split
  for (const d of joined) for (const t of `${d.entry.question.zh} ${d.entry.answer.zh} ${(d.entry.keywords ?? []).join(' ')}`.split(' ')) if (t) wrapped.senses.set(t, { kind: 'word', as: t, syn: false });
  for (const c of set.faq) for (const t of tok(c.q)) wrapped.senses.set(t, { kind: 'word', as: t, syn: false });
  wrapped.lengths = lengthsOf(wrapped.senses.keys());
  return evaluate(joined, wrapped, (q) => [...new Set(tok(q))]);
}
