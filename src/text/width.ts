// What a Chinese keyboard types for plain ASCII: full-width digits, letters and signs
// (１２０．５０, ２０２４－０５－０１, １), the ideographic space, and the other dashes an input
// method or a word processor puts in a date. Every raw claim value goes through this once,
// before any field is read, so that amounts, dates, tiers and ratios accept the same input.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g; // ！ … ～, the full-width forms of ! … ~
const DASHES = /[\u2010-\u2013\u2212\uFE63]/g; // ‐ ‑ ‒ – and the minus signs −, ﹣

/** The characters halfWidth changes: the three patterns above and U+3000, in one class. */
const WIDE = /[\uFF01-\uFF5E\u3000\u2010-\u2013\u2212\uFE63]/;

/**
 * True when `text` has a character halfWidth changes. Exactly those: a 白鹭 row's 二档 or
 * 糖尿病、高血压 (Chinese, nothing to change) is not copied and run through three replaces.
 * A regular expression, not a loop of charCodeAt: batch asks it of every row's whole line, and the
 * regex engine scans a line several times faster (a line of plain ASCII, which cannot hold any of
 * these characters, at once).
 */
export function hasWide(text: string): boolean {
  return WIDE.test(text);
}

/** `text` with full-width ASCII forms, U+3000 and dashes made plain; anything else unchanged. */
export function halfWidth(text: string): string {
  if (!hasWide(text)) return text; // the common case, kept cheap for batch rows
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(DASHES, '-');
}
