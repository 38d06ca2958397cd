// Lines that fit the terminal: each line is broken only where the Unicode line breaking
// algorithm (UAX #14, the `linebreak` package) allows, so a number ("1,300.00",
// "0722-3235698") never breaks in the middle, English breaks between words, Chinese between
// characters but never before a closing mark (,。)); nor after a hyphen ("--benefit"), nor
// between an amount and its unit. Widths are display columns (CJK counts two). A
// continuation line keeps the line's indent, or the hanging indent given. Plain text in,
// plain text out: callers colour the lines afterwards.
import LineBreaker from 'linebreak';
import { displayWidth } from './width.js';

/** An amount and its unit stay on one line: "500.00 元", "1,200 yuan". */
const AMOUNT_END = /\d ?$/;
const UNIT_START = /^(元|yuan\b)/;
/** No break after a hyphen: a flag ("--benefit", "--set") or a hyphenated word stays whole. */
const HYPHEN_END = /-$/;

/**
 * After a Chinese comma or stop (、。 and ,;: after a Chinese character, as this project writes
 * them) a line may always end: UAX #14 keeps "、--benefit" together, reading the hyphen as a
 * minus sign. Never before a closing mark, and never inside a number ("1,300").
 */
const AFTER_CJK_STOP = /(?<=[、。\uff0c\uff1b\uff1a\uff01\uff1f]|[\u3000-\u9fff\uff00-\uffef][,;:!?])(?=[^、。,;:!?\uff0c\uff1b\uff1a)\uff09」』”])/;

/**
 * A short Chinese word standing between spaces or brackets (a place in the hotline menu with its key,
 * "3 广水"; a paper's name, "随州日报 2024") is kept whole: UAX #14 may break between any two
 * ideographs, which is right in running text but cut "广⏎水" at 60 columns. Only runs of 2 to 6
 * ideographs, with the one-digit menu key before them.
 */
const SHORT_WORD = /(?<=^|[\s(（])(?:\d )?[\u3400-\u9fff]{2,6}(?=$|[\s)）])/g;

/** Offsets inside a short word, where no line may break. */
function keptWhole(text: string): Set<number> {
  const inside = new Set<number>();
  for (const m of text.matchAll(SHORT_WORD)) for (let i = m.index + 1; i < m.index + m[0].length; i++) inside.add(i);
  return inside;
}

/** Pieces of `text` between the break opportunities UAX #14 allows (none between an amount and its unit). */
function segments(text: string): string[] {
  const breaker = new LineBreaker(text);
  const pieces: string[] = [];
  let last = 0;
  for (let brk = breaker.nextBreak(); brk !== null; brk = breaker.nextBreak()) {
    pieces.push(...text.slice(last, brk.position).split(AFTER_CJK_STOP));
    last = brk.position;
  }
  const whole = keptWhole(text);
  const out: string[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    if (previous !== undefined && ((AMOUNT_END.test(previous) && UNIT_START.test(piece)) || HYPHEN_END.test(previous) || whole.has(offset))) out[out.length - 1] += piece;
    else out.push(piece);
    offset += piece.length;
  }
  return out;
}

/** A piece wider than a whole line: cut between characters (only then). */
function cutToWidth(piece: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of piece) {
    if (line !== '' && displayWidth(line + ch) > width) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return line === '' ? out : [...out, line];
}

/**
 * `line` broken into lines of at most `width` columns. Continuation lines start with `hang`
 * spaces (default: the line's own indent). Trailing spaces at a break are dropped.
 */
export function wrapLine(line: string, width: number, hang?: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = ' '.repeat(Math.min(hang ?? line.length - line.trimStart().length, Math.max(0, width - 1)));
  const limit = (out: string[]) => (out.length === 0 ? width : width - indent.length);
  const out: string[] = [];
  let current = '';
  for (const piece of segments(line)) {
    if (displayWidth((current + piece).trimEnd()) <= limit(out)) {
      current += piece;
      continue;
    }
    if (current !== '') out.push(current.trimEnd());
    const word = piece.trimEnd();
    if (displayWidth(word) <= limit(out)) {
      current = piece;
      continue;
    }
    // Wider than a whole line (a very long word): cut between characters, the only way left.
    const parts = cutToWidth(word, limit(out));
    current = (parts.pop() ?? '') + piece.slice(word.length);
    out.push(...parts);
  }
  if (current.trimEnd() !== '') out.push(current.trimEnd());
  return out.map((l, i) => (i === 0 ? l : indent + l));
}

/** Every line of `text` wrapped to `width`; no width (not a terminal) leaves it as it is. */
export function wrapText(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .flatMap((l) => wrapLine(l, width))
    .join('\n');
}
