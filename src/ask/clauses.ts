// A question cut into clauses where the caller pauses (，。；、！？ and spaces; a comma or a point
// between digits belongs to the number: 3,000 / 1.2万). Each clause keeps what the caller typed
// (NFKC-folded: full-width digits and letters become half-width) to be shown back, and a working
// copy, lower-case with its numbers written one way (src/faq/numbers.ts), in which each part that
// is understood is blanked out; whatever is left is checked for meaning (parse.ts). Pure.
import { canonicalNumbers } from '../text/numbers.js';

export interface Clause {
  /** The clause as typed, for messages ("之前已经报过300"). */
  shown: string;
  /** The working copy: lower-case, numbers canonical, understood parts blanked with spaces. */
  text: string;
}

const SEPARATOR = /[,，.。;；:：、!！?？\s]/u;
const DIGIT = /\d/;
const SPACE = /\s/u;
// A space inside one value is not a pause: "tier 2", "1000 yuan", "1000 元", "¥ 1000", "rmb 1000", "乙类药品 3000".
const JOINED_BEFORE = /(?:\btier\s*-?|[¥￥]|\brmb|乙类(?:药品|药|诊疗项目|项目)?(?:的)?(?:费用|费)?)\s*$/iu;
const JOINED_AFTER = /^\s*(?:yuan\b|rmb\b|元|块)/iu;

/** Whether the space at `i` sits inside one value ("tier 2", "1000 yuan"), with `before` the clause so far. */
function spaceInsideValue(chars: string[], i: number, before: string): boolean {
  const rest = chars.slice(i, i + 8).join('');
  const next = rest.trimStart()[0] ?? '';
  return (JOINED_BEFORE.test(before) && DIGIT.test(next)) || (DIGIT.test(before.trimEnd().slice(-1)) && JOINED_AFTER.test(rest));
}

export function clausesOf(question: string): Clause[] {
  const text = question.normalize('NFKC');
  const out: Clause[] = [];
  let current = '';
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    const inNumber = (ch === ',' || ch === '.') && DIGIT.test(chars[i - 1] ?? '') && DIGIT.test(chars[i + 1] ?? '');
    if (SEPARATOR.test(ch) && !inNumber && !(SPACE.test(ch) && spaceInsideValue(chars, i, current))) {
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
