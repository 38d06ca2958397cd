// What an error message may quote of the user's input (a flag value, a file's content, a
// command-line word): one line, at most a few dozen characters, so that `policy show /etc/passwd`
// or a hostile CSV cell can never flood the terminal or smuggle in line breaks or escape
// sequences (safe-text.ts). It looks at no more of the text than it can show: a 140 MB cell
// costs what an 80-character one does. No dependencies beyond safe-text: every layer uses it.
import { safeLine } from './safe-text.js';

/** The default length of an excerpt, in characters (code points). */
export const EXCERPT_MAX = 80;

// eslint-disable-next-line no-control-regex
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/**
 * `text` on one line (every run of line breaks and tabs becomes one space, other control
 * characters visible escapes such as \x1b), cut to `max` characters with "…".
 */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  // max code points are at most 2 × max code units: never read (or copy) more than that.
  const limit = 2 * max + 2;
  const head = text.length > limit ? text.slice(0, limit) : text;
  const line = safeLine(head.replace(BREAKS, ' '));
  if (line.length <= max && head.length === text.length) return line;
  const chars = Array.from(line); // bounded by the slice above; never splits a character outside the BMP
  if (chars.length <= max && head.length === text.length) return line;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** An excerpt in double quotes, as messages quote a value: "abc", "a\\"b" (a quote inside is escaped). */
export function quoted(text: string, max = EXCERPT_MAX): string {
  return `"${excerpt(text, max).replace(/"/g, '\\"')}"`;
}

/** Any value read from a file (string, number, list…) as a short quoted excerpt. */
export function quotedValue(value: unknown, max = EXCERPT_MAX): string {
  if (typeof value === 'string') return quoted(value, max);
  return excerpt(stringified(value), max);
}

/** JSON of a value, or its String when JSON cannot hold it (a bigint, a cycle, deep nesting). */
function stringified(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
