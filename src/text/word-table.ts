// A table of the words a user may type for each id of a closed vocabulary, and its lookup:
// case, surrounding and inner spaces and full-width forms ignored. Below both the claim's
// aliases and the city names, so that neither imports the other.
import { halfWidth } from './width.js';

export const lookupKey = (word: string) => halfWidth(word).trim().toLowerCase();

/**
 * Each table's words as a Map, for lookup's exact match. A batch looks up four or five cells per
 * row: Map.get on a cell's string is several times cheaper than a property lookup on a
 * dictionary object, which first has to find the string among the engine's interned strings.
 */
const EXACT = new WeakMap<object, ReadonlyMap<string, string>>();

/** word -> id, the id itself included. */
export function table<T extends string>(words: Readonly<Record<T, readonly string[]>>): Readonly<Record<string, T>> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const id of Object.keys(words) as T[]) {
    out[id] = id;
    for (const w of words[id]) out[lookupKey(w)] = id;
  }
  EXACT.set(out, new Map(Object.entries(out)));
  return out;
}

/** The id for a typed word, or undefined. */
export function lookup<T extends string>(table: Readonly<Record<string, T>>, text: string): T | undefined {
  const exact = EXACT.get(table)?.get(text) as T | undefined;
  if (exact !== undefined) return exact; // the common case: an id or a word as listed
  if (Object.hasOwn(table, text)) return table[text]; // a table not built by table()
  const key = lookupKey(text);
  if (Object.hasOwn(table, key)) return table[key];
  const squeezed = key.replace(/\s+/g, ''); // 一级 医院, 职工 医保
  return Object.hasOwn(table, squeezed) ? table[squeezed] : undefined;
}

