// Query terms and text folding for the FAQ search. Chinese is matched as plain substrings
// (no word splitting: "意外伤害" finds "意外伤害能报销吗"); Latin words case-insensitively from
// the start of a word ("deduct" finds "deductible", "cap" does not find "escape").

/** Folds text for matching: NFKC (full-width letters, digits and spaces become half-width), lower case. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

// Leading and trailing punctuation is dropped ("封顶?" is "封顶"); inner punctuation is kept
// so that "0722-3235698" still matches as one term.
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** The distinct search terms in the words given on the command line, folded, in order. */
export function queryTerms(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (const word of words) {
    for (const part of fold(word).split(/\s+/u)) {
      const term = part.replace(EDGE_PUNCTUATION, '');
      if (term && !terms.includes(term)) terms.push(term);
    }
  }
  return terms;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether folded `text` contains the folded `term`: anywhere for Chinese, at a word start otherwise. */
export function containsTerm(text: string, term: string): boolean {
  if (HAN.test(term)) return text.includes(term);
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    // A Han character before a Latin word is a boundary too ("医保app" finds "app").
    if (!before || !WORD_CHAR.test(before) || HAN.test(before)) return true;
  }
  return false;
}
