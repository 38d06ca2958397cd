// 最多按三个病种计算 (disease_limits.several.max_diseases): the patient's combined limit counts at most
// that many of the shared diseases, and max_diseases_counted says which: those with the highest limits
// (按限额较高的三个病种计算) or the first certified (the order --diseases gives). Which ones, left unknown
// or given as a reading, is a choice (choices.ts): a claim with more diseases than counted is settled
// both ways, exit 3 with both answers (or the reading said) only where they differ. An unknown count is
// exit 3 on a claim with more than one shared disease. Pure: no I/O.
import type { SourcedValue } from '../policy/schema.js';
import type { SchemeDiseaseLimits } from './disease-scheme.js';
import type { Choice } from './choices.js';
import type { Cited } from './model2.js';
import type { Conditional } from './readings2.js';
import type { Text } from './messages.js';
import { PolicyError, type Claim } from './types.js';
import { readingsOf } from './readings2.js';
import { model2Messages as M2 } from './messages2.js';
import { halfWidth } from '../text/width.js';

export type Counted = 'highest' | 'first_certified';
export const COUNTED: readonly Counted[] = ['highest', 'first_certified'];

export interface MaxDiseases {
  /** null: unknown (exit 3 where the patient has more than one shared disease). */
  max: number | null;
  cite: SourcedValue;
  counted: Counted;
  countedCite: Cited | undefined;
  path: string;
}

/** The words of an option, for an exit 3 or the breakdown. */
export const countedWords = (c: Counted, n: number | string): Text =>
  c === 'highest' ? { zh: `按限额最高的 ${n} 个病种计算`, en: `the ${n} diseases with the highest limits count` } : { zh: `按最先认定的 ${n} 个病种计算(--diseases 的顺序)`, en: `the first ${n} diseases certified count (the order of --diseases)` };

/**
 * The rule of the combination (undefined where several has no max_diseases); its readings go to
 * `readings`, and which diseases count, where the file leaves it unknown or read, is pushed as a choice.
 */
export function resolveMaxDiseases(d: SchemeDiseaseLimits, path: string, severalKey: string, readings: Conditional[], choices: Choice[]): MaxDiseases | undefined {
  const s = d.several;
  if (!s?.max_diseases) return undefined;
  const base = `${path}.several${severalKey}`;
  readingsOf(s.max_diseases, `${base}.max_diseases`, { on: 'several' }, readings);
  const max = s.max_diseases.value;
  const c = s.max_diseases_counted ?? { value: null, note: M2.maxCountedSilent };
  const cpath = `${base}.max_diseases_counted`;
  const rule: MaxDiseases = { max, cite: s.max_diseases, counted: c.value ?? 'highest', countedCite: s.max_diseases_counted, path: base };
  if (c.value !== null && !c.reading) {
    readingsOf(c, cpath, { on: 'several' }, readings);
    return rule;
  }
  const own: Conditional[] = [];
  readingsOf(c, cpath, { on: 'claim' }, own);
  choices.push({
    path: cpath,
    options: COUNTED,
    given: c.value,
    note: c.note,
    reading: own.find((x) => x.warning.kind === 'reading')?.warning,
    // a new map of limits: the one cached per combination of diseases holds the other option's
    under: (m, x) => (m.diseases?.max ? { ...m, diseases: { ...m.diseases, max: { ...m.diseases.max, counted: x as Counted }, limits: new Map() } } : m),
    words: (x) => countedWords(x as Counted, max ?? 'N'),
    // only a patient with more diseases than counted
    can: (claim) => max !== null && named(claim).length > max,
  });
  return rule;
}

/** The diseases the claim names, the treated one among them, each once (as typed, folded). */
const named = (claim: Pick<Claim, 'disease' | 'diseases'>): string[] => [...new Set([...(claim.diseases ?? []), ...(claim.disease === undefined ? [] : [claim.disease])].map((x) => halfWidth(x).trim()))];

/**
 * The shared diseases the limit counts: all of them where they are no more than max_diseases; else
 * that many, by the rule (the highest limits; or the first in the order --diseases gives, the treated
 * one after them where that list leaves it out). `limitOf` gives an entry's limit in fen.
 */
export function countedDiseases<E extends { name: string }>(mine: readonly E[], rule: MaxDiseases | undefined, claim: Pick<Claim, 'disease' | 'diseases'>, limitOf: (x: E) => number, how: Text): E[] {
  if (!rule || mine.length < 2) return [...mine];
  if (rule.max === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${rule.path}.max_diseases`, rule.cite.note, how));
  if (mine.length <= rule.max) return [...mine];
  if (rule.counted === 'highest') return [...mine].sort((a, b) => limitOf(b) - limitOf(a)).slice(0, rule.max);
  const order = named(claim);
  const at = (x: E) => {
    const i = order.findIndex((n) => n === halfWidth(x.name) || (x as { aliases?: string[] }).aliases?.some((a) => halfWidth(a) === n));
    return i < 0 ? order.length : i;
  };
  return [...mine].sort((a, b) => at(a) - at(b)).slice(0, rule.max);
}
