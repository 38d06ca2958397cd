// What the answer rests on, as a caller can take it in: each warning's own spoken clause (the
// engine's `short`: a reading, an inferred or assumed value, a number the sources leave
// unstated), one short sentence each, in the order of the warnings, said once.
import type { Warning } from '../../engine/types.js';
import type { Lang } from '../errors.js';

/**
 * A clause as a sentence of its own: a final 。 in Chinese; a capital and a full stop in English
 * (the first letter, after an opening quote: '"Deductible abolished" is taken as …').
 */
export const spokenSentence = (clause: string, lang: Lang): string =>
  lang === 'zh' ? `${clause.replace(/[。,;，；]$/, '')}。` : `${clause.replace(/^(["'“‘]?)(.)/, (_, q: string, ch: string) => q + ch.toUpperCase()).replace(/[.;,]$/, '')}.`;

export function sayNotes(warnings: Warning[], lang: Lang): string[] {
  return [...new Set(warnings.map((w) => spokenSentence(w.short[lang], lang)))];
}
