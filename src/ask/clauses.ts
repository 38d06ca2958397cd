// A question cut into clauses where the caller pauses (，。；、！？ and spaces; a comma or a point
// between digits belongs to the number: 3,000 / 1.2万). Each clause keeps what the caller typed
// (NFKC-folded: full-width digits and letters become half-width) to be shown back, and a working
// copy, lower-case with its numbers written one way (src/faq/numbers.ts), in which each part that
// is understood is blanked out; whatever is left is checked for meaning (parse.ts). Pure.
import { canonicalNumbers } from '../faq/numbers.js';

export interface Clause {
  /** The clause as typed, for messages ("之前已经报过300"). */
  shown: string;
  /** The working copy: lower-case, numbers canonical, understood parts blanked with spaces. */
  text: string;
}

const SEPARATOR = /[,，.。;；:：、!！?？\s]/u;
const DIGIT = /\d/;

export function clausesOf(question: string): Clause[] {
  const text = question.normalize('NFKC');
  const out: Clause[] = [];
  let current = '';
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    const inNumber = (ch === ',' || ch === '.') && DIGIT.test(chars[i - 1] ?? '') && DIGIT.test(chars[i + 1] ?? '');
    if (SEPARATOR.test(ch) && !inNumber) {
      if (current.trim() !== '') out.push(clause(current));
      current = '';
    } else current += ch;
  });
  if (current.trim() !== '') out.push(clause(current));
  return out;
}

function clause(shown: string): Clause {
  return { shown: shown.trim(), text: canonicalNumbers(shown.trim().toLowerCase()) };
}

/** Every match of `re` (global) in the clause, first to last; those taken are blanked, in one pass at the end. */
export function take(c: Clause, re: RegExp, use: (m: RegExpExecArray) => boolean): void {
  const taken: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(c.text); m !== null; m = re.exec(c.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (use(m)) taken.push([m.index, m[0].length]);
  }
  blankAll(c, taken);
}

/** Blanks the ranges (in order, not overlapping) with one copy of the text. */
export function blankAll(c: Clause, ranges: Array<[number, number]>): void {
  if (ranges.length === 0) return;
  let out = '';
  let from = 0;
  for (const [at, length] of ranges) {
    out += c.text.slice(from, at) + ' '.repeat(length);
    from = at + length;
  }
  c.text = out + c.text.slice(from);
}
