// The FAQ search behind `yibao faq`: pure functions over the questions and answers of the
// policies (no I/O, no yaml, no zod). A query term counts once, at the best place it occurs:
// in the question (or the entry's id) 3, in the keywords 2, in the answer 1. Both languages
// are searched whatever --lang shows, so a Chinese term finds answers in an English session.
import type { FaqEntry, Policy } from '../policy/schema.js';
import { containsTerm, fold, queryTerms } from './terms.js';

export { queryTerms };

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
  quote: string;
}

/** One question and answer of one city, with its source resolved. */
export interface FaqDoc {
  city: string;
  cityName: Localized;
  entry: FaqEntry;
  source: FaqSource | null;
}

export interface FaqHit {
  doc: FaqDoc;
  /** Query terms found in this entry. */
  matched: number;
  /** Higher ranks first; see `scoreOf`. 0 when the query has no terms (listing). */
  score: number;
}

const WEIGHT = { question: 3, keywords: 2, answer: 1 } as const;

/** The FAQ entries of a policy, in file order, each with its source looked up. */
export function faqDocs(policy: Policy): FaqDoc[] {
  return (policy.faq ?? []).map((entry) => {
    const src = policy.sources[entry.source];
    const source: FaqSource | null = src
      ? { id: entry.source, title: src.title, publisher: src.publisher, date: src.date, file: src.file, quote: entry.quote }
      : null;
    return { city: policy.id, cityName: policy.name, entry, source };
  });
}

interface Fields {
  id: string;
  question: string;
  keywords: string;
  answer: string;
}

function fieldsOf(entry: FaqEntry): Fields {
  return {
    id: entry.id.toLowerCase(),
    question: fold(`${entry.question.zh}\n${entry.question.en}`),
    keywords: fold((entry.keywords ?? []).join('\n')),
    answer: fold(`${entry.answer.zh}\n${entry.answer.en}`),
  };
}

/** The weight of the best place `term` occurs in an entry, 0 when it does not. */
function termWeight(fields: Fields, term: string): number {
  if (term === fields.id || containsTerm(fields.question, term)) return WEIGHT.question;
  if (containsTerm(fields.keywords, term)) return WEIGHT.keywords;
  if (containsTerm(fields.answer, term)) return WEIGHT.answer;
  return 0;
}

/**
 * One number that orders by terms matched first, then by where they matched: each weight is at
 * most 3, so the weights of n terms sum to less than 3n + 1, one more matched term.
 */
export function scoreOf(weights: readonly number[]): { matched: number; score: number } {
  const matched = weights.filter((w) => w > 0).length;
  const sum = weights.reduce((a, w) => a + w, 0);
  return { matched, score: matched === 0 ? 0 : matched * (3 * weights.length + 1) + sum };
}

/** Whether any word was given at all (blank words count as none): `yibao faq` lists everything. */
export function hasWords(words: readonly string[]): boolean {
  return words.some((w) => w.trim() !== '');
}

/**
 * Searches `docs` for the words given. No words: every entry, in order, score 0. Words with no
 * searchable character (`faq '(' '.*'`): nothing, never the whole list as if none were given.
 * Otherwise the entries where at least one term occurs, best first; equal scores keep the order of `docs`.
 */
export function searchFaq(docs: readonly FaqDoc[], words: readonly string[]): FaqHit[] {
  const terms = queryTerms(words);
  if (!hasWords(words)) return docs.map((doc) => ({ doc, matched: 0, score: 0 }));
  if (terms.length === 0) return [];
  const hits: FaqHit[] = [];
  for (const doc of docs) {
    const fields = fieldsOf(doc.entry);
    const { matched, score } = scoreOf(terms.map((t) => termWeight(fields, t)));
    if (matched > 0) hits.push({ doc, matched, score });
  }
  // Array.prototype.sort is stable, so ties keep city and file order.
  return hits.sort((a, b) => b.score - a.score);
}
