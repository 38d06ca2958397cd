// The one sanitizer for data shown to a person (a terminal, a log a person reads): a policy's
// names and quotes, a file name, a CSV cell or a JSONL key quoted in a message. Data is never
// allowed to act on the terminal: C0 controls (ESC starts CSI/OSC sequences: colours, a cleared
// screen, a new window title; CR and BS overwrite what the tool wrote), DEL, C1 controls (U+009B
// is a one-character CSI), and the invisible marks that reorder text on screen (bidi embeddings,
// overrides and isolates, LRM/RLM/ALM, the line and paragraph separators) are written as visible
// escapes (\x1b, \u202e), so the reader sees that they were there. The tool's own newlines and
// colours are added outside the data and are never touched. No dependencies: every layer uses it.

// Everything unsafe except tab and line feed, which multi-line prose (a policy's notes) keeps.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same, tab and line feed included: for a value that must stay on one line.
// eslint-disable-next-line no-control-regex
const UNSAFE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const HAS_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The visible escape of one unsafe character: \x1b, \x9b, \u202e. */
export function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every terminal-dangerous character escaped visibly; tabs and line feeds kept. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** `text` on one line: as safeText, and tabs and line feeds escaped too. */
export function safeLine(text: string): string {
  return text.replace(UNSAFE_LINE, escapeChar);
}

/** Whether `text` holds a character safeText would escape (a policy refuses such text). */
export function hasUnsafe(text: string): boolean {
  return HAS_UNSAFE.test(text);
}

/** The first character safeText would escape, with its index; undefined when there is none. */
export function firstUnsafe(text: string): { index: number; char: string } | undefined {
  const m = HAS_UNSAFE.exec(text);
  return m ? { index: m.index, char: m[0] } : undefined;
}

/**
 * A copy of plain data (objects, arrays) with every string, keys included, passed through
 * safeText; other values as they are. For what a renderer receives whole (a policy, an
 * explanation), so that each piece it prints is safe without a call at every place.
 */
export function safeDeep<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) return value.map((v) => safeDeep(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[safeText(k)] = safeDeep(v);
  return out as T;
}

// What JSON.stringify leaves raw but a terminal may act on: DEL, C1 and the bidi marks.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with the characters JSON.stringify leaves raw that a terminal may act on as \u escapes: the same JSON data. */
export function safeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * JSON.stringify, with the characters it leaves raw that a terminal may act on written as \u
 * escapes: the same data for any JSON reader, and safe to print (C0 is escaped by JSON itself).
 */
export function safeJson(value: unknown, indent?: number): string {
  return safeJsonText(JSON.stringify(value, null, indent));
}
