// What an error message may quote of the user's input (a flag value, a file's content, a
// command-line word): one line, at most a few dozen characters, so that `policy show /etc/passwd`
// or a hostile CSV cell can never flood the terminal or smuggle in line breaks. No dependencies:
// every layer (claim, policy, cli) uses it.

/** The default length of an excerpt, in characters (code points). */
export const EXCERPT_MAX = 80;

/** `text` on one line (every run of line breaks and other control characters becomes one space), cut to `max` characters with "…". */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  const chars = Array.from(line); // never splits a character outside the BMP
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

/** An excerpt in double quotes, as messages quote a value: "abc". */
export function quoted(text: string, max = EXCERPT_MAX): string {
  return JSON.stringify(excerpt(text, max));
}

/** Any value read from a file (string, number, list…) as a short quoted excerpt. */
export function quotedValue(value: unknown, max = EXCERPT_MAX): string {
  if (typeof value === 'string') return quoted(value, max);
  return excerpt(JSON.stringify(value) ?? String(value), max);
}
