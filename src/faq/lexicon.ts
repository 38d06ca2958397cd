// How the FAQ search reads a text (a question, or an entry): the words of policies/words/faq.yaml
// and of each city's `faq_words` (synonyms, words to keep whole, filler words), read longest first
// at each place; what no word covers is split into CJK bigrams, as Lucene's CJKAnalyzer does.
// The same reading is applied to the entries and to the question, so 医保卡 meets 个人账户.
// Pure: the words come in as data (src/faq/words.ts loads them).
import type { FaqWordsValue } from '../policy/schema.js';
import { canonicalNumbers } from '../text/numbers.js';
import { HAN, HAN_CLASS } from '../text/han.js';

/** A known word: its official form (`syn`: it is an everyday word for it), or a filler word. */
type Sense = { kind: 'word'; as: string; syn: boolean } | { kind: 'stop' };

export interface Lexicon {
  senses: Map<string, Sense>;
  /** For each first character, the lengths (UTF-16 units) of the words that start with it, longest first. */
  lengths: Map<string, number[]>;
  /** Tokens that say what kind of answer is wanted (如何, 哪些): they rank, but never make an answer alone. */
  questionWords: Set<string>;
  /** Also index the bigrams of known words (measured: see README "faq"). */
  wordBigrams: boolean;
}

/** Folds text for matching: NFKC (full-width letters, digits and spaces become half-width), lower case. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * One lexicon from word lists (the shared file first, then the cities') and extra words to keep
 * whole (the entries' keywords). A later list adds to an earlier one; where two lists give one
 * word two meanings, the synonym wins over keep, and keep over stop, so no list can drop a word
 * another list gives a meaning.
 */
export function buildLexicon(lists: readonly FaqWordsValue[], keepWords: readonly string[] = [], wordBigrams = false): Lexicon {
  const senses = new Map<string, Sense>();
  const ranks = new Map<string, number>(); // 1 stop, 2 keep, 3 synonym: the higher one stays
  const put = (raw: string, sense: Sense, rank: number) => {
    const word = canonicalNumbers(fold(raw.trim()));
    if (!word || (ranks.get(word) ?? 0) > rank) return;
    senses.set(word, sense);
    ranks.set(word, rank);
  };
  const itself = (w: string): Sense => ({ kind: 'word', as: canonicalNumbers(fold(w.trim())), syn: false });
  for (const list of lists) for (const w of list.stop_words ?? []) put(w, { kind: 'stop' }, 1);
  for (const w of keepWords) put(w, itself(w), 2);
  for (const list of lists) for (const w of list.keep ?? []) put(w, itself(w), 2);
  for (const list of lists) {
    for (const [official, everyday] of Object.entries(list.synonyms ?? {})) {
      const as: Sense = { kind: 'word', as: canonicalNumbers(fold(official.trim())), syn: true };
      for (const w of [official, ...everyday]) put(w, as, 3);
    }
  }
  const questionWords = new Set(lists.flatMap((l) => l.question_words ?? []).map((w) => canonicalNumbers(fold(w.trim()))));
  return { senses, lengths: lengthsOf(senses.keys()), questionWords, wordBigrams };
}

/** For each first character, the lengths of the words that start with it, longest first. */
export function lengthsOf(words: Iterable<string>): Map<string, number[]> {
  const lengths = new Map<string, number[]>();
  for (const w of words) {
    const first = String.fromCodePoint(w.codePointAt(0)!);
    const list = lengths.get(first) ?? [];
    if (!list.includes(w.length)) list.push(w.length);
    lengths.set(first, list);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  return lengths;
}


/** The overlapping character pairs of a run of Han characters. */
function pairs(run: string[]): string[] {
  return run.slice(1).map((c, i) => run[i]! + c);
}

/** The overlapping character pairs of a run of Han characters; a single character stands alone. */
function bigrams(run: string[], out: string[]): void {
  if (run.length === 1) out.push(run[0]!);
  else out.push(...pairs(run));
}

/**
 * A known word's tokens: its official form; for a word kept whole, also the official forms of the
 * everyday words inside it (近亲属 holds 亲属, so it meets 家人); with `parts` (an entry being
 * indexed) or wordBigrams, its bigrams, so that a caller who splits it (产前…检查, 透析 for 肾透析,
 * 大额 for 大额医疗保险) still meets it, while a caller who says it whole meets the whole word.
 */
function wordTokens(text: string, sense: Extract<Sense, { kind: 'word' }>, lex: Lexicon, out: string[], parts: boolean): void {
  out.push(sense.as);
  if (!sense.syn && text.length > 2) {
    for (let i = 0; i < text.length; ) {
      const inner = longestWord(i === 0 ? text.slice(0, -1) : text, i, lex, true);
      if (inner?.sense.kind === 'word') out.push(inner.sense.as);
      i += inner?.length ?? 1;
    }
  }
  const word = [...sense.as];
  if (lex.wordBigrams && word.length > 2 && word.every((c) => HAN.test(c))) bigrams(word, out);
  // a part that is itself a known word (门诊 in 门诊慢特病) is not a split word: a caller who says it means it
  else if (parts && word.length > 2 && word.every((c) => HAN.test(c))) out.push(...pairs(word).filter((p) => !lex.senses.has(p)));
}

/**
 * The search tokens of a text: known words (as their official form), bigrams of the Han text no
 * word covers, numbers (a phone number such as 0722-3235698 stays one), Latin words. Filler words
 * and punctuation only separate. `parts`: also each known word's bigrams (for the entries indexed).
 */
export function tokenize(text: string, lex: Lexicon, parts = false): string[] {
  const out: string[] = [];
  for (const [segment] of canonicalNumbers(fold(text)).matchAll(SEGMENT)) {
    if (HAN.test(segment)) hanTokens(segment, lex, out, parts);
    else {
      const sense = lex.senses.get(segment);
      if (sense?.kind === 'word') out.push(sense.as);
      else if (!sense) out.push(segment);
    }
  }
  return out;
}

// A run of Han characters, or a Latin word or number (0722-3235698 and 1.5 whole); the rest separates.
const SEGMENT = new RegExp(`[${HAN_CLASS}]+|\\d+(?:[-.]\\d+)*|[a-z0-9\\u00c0-\\u024f]+`, 'gu');

/** Tokens of a run of Han characters: known words, longest first at each place, and bigrams between them. */
function hanTokens(t: string, lex: Lexicon, out: string[], parts: boolean): void {
  let run: string[] = [];
  const flush = () => {
    if (run.length) bigrams(run, out);
    run = [];
  };
  for (let i = 0; i < t.length; ) {
    const found = longestWord(t, i, lex);
    if (found) {
      flush();
      if (found.sense.kind === 'word') wordTokens(t.slice(i, i + found.length), found.sense, lex, out, parts);
      i += found.length;
    } else {
      const c = String.fromCodePoint(t.codePointAt(i)!);
      run.push(c);
      i += c.length;
    }
  }
  flush();
}

/** The longest known word at `at` (only everyday words for an official one, with synonymsOnly). */
function longestWord(t: string, at: number, lex: Lexicon, synonymsOnly = false): { sense: Sense; length: number } | undefined {
  const lengths = lex.lengths.get(String.fromCodePoint(t.codePointAt(at)!));
  if (!lengths) return undefined;
  for (const n of lengths) {
    if (at + n > t.length) continue;
    const sense = lex.senses.get(t.slice(at, at + n));
    if (sense && (!synonymsOnly || (sense.kind === 'word' && sense.syn))) return { sense, length: n };
  }
  return undefined;
}
