// The FAQ search behind `yibao faq` and `yibao ask`: the entries of every city indexed once with
// minisearch (BM25 ranking; question weighs more than keywords, keywords more than the answer),
// read by the lexicon's tokenizer (known words + CJK bigrams, see lexicon.ts). Pure: no I/O.
//
// Which answers count: an entry counts only when the query words it holds carry a good share of
// the query's weight (`coverage`, each word weighed by how rare it is across all entries), so a
// word every entry has (医保, 报销) alone never makes an answer. The city in use comes first; another
// city's answers only when the city in use has none that count (and the caller labels them).
import MiniSearch, { type Options } from 'minisearch';
import type { FaqEntry, Policy } from '../policy/schema.js';
import { HAN } from '../text/han.js';
import { tokenize, type Lexicon } from './lexicon.js';

export interface Localized {
  zh: string;
  en: string;
}

/** Where an answer comes from: the policy's source document and the passage quoted. */
export interface FaqSource {
  id: string;
  title: string;
  publisher: string;
  date: string;
  file: string;
  /** The passage that gives the answer (the first of `quotes`). */
  quote: string;
  /** Every passage the answer rests on, in order: `quote`, then the entry's `more_quotes`. */
  quotes: string[];
}

/** One question and answer of one city, with its source resolved. */
export interface FaqDoc {
  city: string;
  cityName: Localized;
  entry: FaqEntry;
  source: FaqSource | null;
}

export interface FaqHit {
  /** The entry (read from the prebuilt index only when it is looked at). */
  readonly doc: FaqDoc;
  /** The entry's city. */
  city: string;
  /** BM25 score (minisearch), rounded to 0.01; 0 in a listing. */
  score: number;
  /** Share (0-1) of the query's weight this entry holds. */
  coverage: number;
}

/** The FAQ entries of a policy, in file order, each with its source looked up. */
export function faqDocs(policy: Policy): FaqDoc[] {
  return (policy.faq ?? []).map((entry) => {
    const src = policy.sources[entry.source];
    const source: FaqSource | null = src
      ? { id: entry.source, title: src.title, publisher: src.publisher, date: src.date, file: src.file, quote: entry.quote, quotes: [entry.quote, ...(entry.more_quotes ?? [])] }
      : null;
    return { city: policy.id, cityName: policy.name, entry, source };
  });
}

/** Whether any word was given at all (blank words count as none): `yibao faq` lists everything. */
export function hasWords(words: readonly string[]): boolean {
  return words.some((w) => w.trim() !== '');
}

/**
 * Field weights, chosen by measurement on the caller questions (scripts/faq-eval.mjs): the question
 * and the other ways callers ask it (`asked_as`) weigh most, then keywords, then the answer.
 */
const BOOST = { question: 3, asked: 3, keywords: 2, answer: 1 } as const;
/** An entry counts when it holds at least this share of the query's weight. */
export const MIN_COVERAGE = 0.4;
/** With no answer, the nearest questions offered must hold at least this share. */
const MIN_NEAR = 0.1;
/** …and scores at least this share of the best entry's score. */
const MIN_RELATIVE = 0.3;

export interface FaqIndex {
  docs: FaqDoc[];
  lex: Lexicon;
  /** A minisearch index holding (at least) the given tokens' postings: the whole index, or just those. */
  searchable: (tokens: readonly string[]) => MiniSearch;
  /** The city of the n-th entry, without reading the entry. */
  cityOf: (n: number) => string;
  /** In how many entries each token occurs. */
  df: Pick<ReadonlyMap<string, number>, 'get'>;
}

/** minisearch's options for an index read by `lex` (the same when building and when loading one). */
export function minisearchOptions(lex: Lexicon, seen = new Map<string, string[]>()): Options & { tokenize: (text: string) => string[] } {
  // each field is read once, for minisearch and for df; an entry's known words with their parts
  const tok = (text: string) => {
    let tokens = seen.get(text);
    if (!tokens) seen.set(text, (tokens = tokenize(text, lex, true)));
    return tokens;
  };
  return {
    idField: 'n',
    fields: ['question', 'asked', 'keywords', 'answer'],
    tokenize: tok,
    processTerm: (t: string) => t,
    searchOptions: { tokenize: (s: string) => [s], processTerm: (t: string) => t, boost: { ...BOOST }, combineWith: 'OR' },
  };
}

/** Indexes the entries of every city (the build does it once: see prebuilt.ts). */
export function buildFaqIndex(docs: readonly FaqDoc[], lex: Lexicon): FaqIndex {
  const seen = new Map<string, string[]>();
  const options = minisearchOptions(lex, seen);
  const mini = new MiniSearch(options);
  const df = new Map<string, number>();
  const rows = docs.map((doc, n) => {
    const question = `${doc.entry.question.zh}\n${doc.entry.question.en}\n${doc.entry.id}`;
    const asked = (doc.entry.asked_as ?? []).join('\n');
    const keywords = (doc.entry.keywords ?? []).join('\n');
    const answer = doc.entry.answer.zh; // English answers are long and add little: questions and keywords carry English
    for (const t of new Set([question, asked, keywords, answer].flatMap(options.tokenize))) df.set(t, (df.get(t) ?? 0) + 1);
    return { n, question, asked, keywords, answer };
  });
  mini.addAll(rows);
  return { docs: [...docs], lex, searchable: () => mini, df, cityOf: (n) => docs[n]!.city };
}

/** The distinct tokens of the words given. */
export function queryTokens(words: readonly string[], lex: Lexicon): string[] {
  return [...new Set(words.flatMap((w) => tokenize(w, lex)))];
}

/** A lone Han character (what is left between filler words) says little: it weighs this much less. */
const LONE_CHAR = 0.3;
/**
 * Text no entry holds and the word lists do not know (the bigrams of 已经, 大概, 护照…) weighs as a
 * word a quarter of the entries hold: it may be filler or another topic, and nothing tells which;
 * so it weighs less than a rarer word that matches, yet enough of it (办护照, 上小学) leaves too
 * small a share. A word the lists know and no entry holds (挂失, 押金) is a topic no source
 * answers: it weighs twice the rarest word, so that its question is never answered by an entry that
 * merely shares its other words (住院押金要交多少 is not about 住院 nor about what is paid).
 */
const UNKNOWN_SHARE = 0.25;

/** BM25's idf of a word held by `df` of `n` entries. */
function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Whether a token is a lone Han character. */
function lone(token: string): boolean {
  return [...token].length === 1 && HAN.test(token);
}

/**
 * How much a query token weighs in `coverage`: its rarity across entries (BM25's idf); a question
 * word nothing, unknown text as a word a quarter of the entries hold (see UNKNOWN_SHARE).
 */
function weight(index: FaqIndex, token: string): number {
  if (index.lex.questionWords.has(token)) return 0;
  const n = index.docs.length;
  const df = index.df.get(token) ?? 0;
  const w = df > 0 ? idf(n, df) : index.lex.senses.get(token)?.kind === 'word' ? 2 * idf(n, 0) : idf(n, n * UNKNOWN_SHARE);
  return lone(token) ? w * LONE_CHAR : w;
}

/** Whether a token can carry an answer: a word about a topic, not a question word nor a lone character. */
function topical(index: FaqIndex, token: string): boolean {
  return !index.lex.questionWords.has(token) && !lone(token);
}

/** Every entry that holds a query token, best first, with its coverage. */
export function rankAll(index: FaqIndex, tokens: readonly string[]): FaqHit[] {
  if (tokens.length === 0) return [];
  const weights = new Map(tokens.map((t) => [t, weight(index, t)]));
  const total = tokens.reduce((a, t) => a + weights.get(t)!, 0);
  if (total === 0) return []; // only words like 如何, 哪些: nothing to answer
  return index.searchable(tokens).search({ queries: [...tokens], combineWith: 'OR' }).map((r) => {
    const n = r.id as number;
    return {
      get doc() {
        return index.docs[n]!;
      },
      city: index.cityOf(n),
      score: Math.round(r.score * 100) / 100,
      // an entry that holds no topical word of the query (only 如何, 办理 or a lone 交) answers nothing
      coverage: r.queryTerms.some((t) => topical(index, t)) ? r.queryTerms.reduce((a, t) => a + (lone(t) ? 0 : weights.get(t) ?? 0), 0) / total : 0,
    };
  });
}

export interface FaqAnswer {
  /** The answers to show, best first. */
  hits: FaqHit[];
  /** 'home': the city in use; 'other': none there, these are other cities'; 'all': --all-cities. */
  scope: 'home' | 'other' | 'all';
  /** With scope 'home': how many other cities' entries would also count (shown with --all-cities). */
  elsewhere: number;
  /**
   * With no hits: the nearest questions, best first (city in use first). With scope 'other': the
   * city in use's nearest questions, so that the operator sees what this city does say.
   */
  nearest: FaqHit[];
}

/** Whether a hit counts as an answer: enough of the query's weight, and near the best score. */
function counts(hit: FaqHit, best: number): boolean {
  return hit.coverage >= MIN_COVERAGE && hit.score >= best * MIN_RELATIVE;
}

/**
 * Answers a query: the city in use first; another city's entries only when the city in use has
 * none that count; every city alike with allCities. At most `limit` hits.
 */
export function answerFaq(index: FaqIndex, tokens: readonly string[], home: string, allCities: boolean, limit: number): FaqAnswer {
  const ranked = rankAll(index, tokens);
  const atHome = ranked.filter((h) => h.city === home);
  const away = ranked.filter((h) => h.city !== home);
  const good = (hits: FaqHit[]) => hits.filter((h) => counts(h, hits[0]?.score ?? 0));
  if (allCities) {
    const hits = good(ranked).slice(0, limit);
    return { hits, scope: 'all', elsewhere: 0, nearest: hits.length ? [] : ranked.filter((h) => h.coverage >= MIN_NEAR).slice(0, 3) };
  }
  const homeHits = good(atHome);
  // "N more from other cities, see --all-cities": exactly the other cities' answers that --all-cities shows
  const elsewhere = () => good(ranked).slice(0, limit).filter((h) => h.city !== home).length;
  if (homeHits.length > 0) return { hits: homeHits.slice(0, limit), scope: 'home', elsewhere: elsewhere(), nearest: [] };
  const near = (hits: FaqHit[]) => hits.filter((h) => h.coverage >= MIN_NEAR);
  const awayHits = good(away);
  if (awayHits.length > 0) return { hits: awayHits.slice(0, limit), scope: 'other', elsewhere: 0, nearest: near(atHome).slice(0, 3) };
  return { hits: [], scope: 'home', elsewhere: 0, nearest: [...near(atHome), ...near(away)].slice(0, 3) };
}
