// The cities by name, and the lookup of a typed city name: used by the policy loader (policies
// by id) and by claims (the --city flag, a batch cell, `ask`), neither of which imports the other.
// The bundled cities are fixed; a policy directory (--policy-dir) adds its own for the run
// (src/policy/registry.ts calls useDirectoryCities), and its names win over a bundled city's.
import { lookup, table } from './text/word-table.js';

/**
 * The bundled policies by name (policy id -> its names): the policy's `name.zh`, the name
 * without 市/县, and `name.en`. test/claim/aliases.test.ts checks this index against policies/*.yaml.
 */
export const CITY_WORDS: Readonly<Record<string, readonly string[]>> = {
  suizhou: ['随州市', '随州', 'Suizhou'],
  xianning: ['咸宁市', '咸宁', 'Xianning'],
  hanzhong: ['汉中市', '汉中', 'Hanzhong'],
  jiayu: ['嘉鱼县', '嘉鱼', 'Jiayu County', 'Jiayu'],
  weihai: ['威海市', '威海', 'Weihai'],
};

export const CITY_ALIASES = table(CITY_WORDS);

let directoryAliases: Readonly<Record<string, string>> = table({});
let allWords: Readonly<Record<string, readonly string[]>> = CITY_WORDS;

/**
 * Each text's answer once (null: no city): a batch asks on every row, mostly the same few words
 * (or the --city flag on every row of a file without the column, for a --policy file's city
 * two misses of four lookups each). Bounded; emptied when a policy directory changes the names.
 */
const ANSWERS = new Map<string, string | null>();

/** The names a policy goes by, from its name: 随州市, 随州 (without 市/县/区), Suizhou. */
export function namesOfPolicy(name: { zh: string; en: string }): string[] {
  const short = name.zh.replace(/[市县区]$/u, '');
  return [...new Set([name.zh, ...(short.length >= 2 ? [short] : []), name.en])];
}

/**
 * The cities of a policy directory for this run (id -> names); {} when there is none. A file that
 * replaces a bundled city takes its names; a new id does not take a name a bundled city still
 * goes by (随州 stays Suizhou's: the new city is reached by its id).
 */
export function useDirectoryCities(words: Readonly<Record<string, readonly string[]>>): void {
  const lower = (w: string) => w.toLowerCase();
  const kept = Object.entries(CITY_WORDS).filter(([id]) => !Object.hasOwn(words, id));
  const keptNames = new Set(kept.flatMap(([, names]) => names.map(lower)));
  const own = Object.fromEntries(
    Object.entries(words).map(([id, names]) => [id, Object.hasOwn(CITY_WORDS, id) ? names : names.filter((n) => !keptNames.has(lower(n)))]),
  );
  const ownNames = new Set(Object.values(own).flat().map(lower));
  directoryAliases = table(own);
  ANSWERS.clear();
  const bundled = kept.map(([id, names]) => [id, names.filter((n) => !ownNames.has(lower(n)))] as const);
  allWords = Object.keys(words).length === 0 ? CITY_WORDS : Object.fromEntries([...bundled, ...Object.entries(own)]);
}

/** Every city in use by its names: the bundled ones and those of the policy directory. */
export function cityWords(): Readonly<Record<string, readonly string[]>> {
  return allWords;
}

/** The policy id a city is typed as (suizhou, Suizhou, 随州, 随州市), or undefined: a directory's city first. */
export function cityId(text: string): string | undefined {
  let id = ANSWERS.get(text);
  if (id === undefined) {
    if (ANSWERS.size >= 1000) ANSWERS.clear();
    ANSWERS.set(text, (id = lookup(directoryAliases, text) ?? lookup(CITY_ALIASES, text) ?? null));
  }
  return id ?? undefined;
}
