// The bundled cities by name, and the lookup of a typed city name: used by the policy loader
// (bundled policies by id) and by claims (the --city flag, a batch cell, `ask`), neither of
// which imports the other.
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

/** The bundled policy id a city is typed as (suizhou, Suizhou, 随州, 随州市), or undefined. */
export function cityId(text: string): string | undefined {
  return lookup(CITY_ALIASES, text);
}

