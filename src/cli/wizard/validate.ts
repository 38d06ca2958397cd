// Checks one wizard answer with the same rules as flags and batch rows: it runs parseClaim on
// the claim so far plus the answer, and reports a problem only when it is about that field
// (a field still to be asked is not this answer's problem). No rule is written twice.
import { parseClaim, type ClaimField, type RawClaim } from '../../claim/index.js';
import type { Lang } from '../errors.js';

export interface ClaimDefaults {
  city: string;
  date: string;
}

/** true when `answer` is acceptable for `field` given the answers so far, else the message. */
export function checkAnswer(raw: RawClaim, field: ClaimField, answer: string, defaults: ClaimDefaults, lang: Lang): true | string {
  const result = parseClaim({ ...raw, [field]: answer }, defaults);
  if (result.ok || result.field !== field) return true;
  return result.message[lang];
}

/** A validate function for a text prompt. */
export function validatorFor(raw: RawClaim, field: ClaimField, defaults: ClaimDefaults, lang: Lang): (answer: string) => true | string {
  return (answer) => checkAnswer(raw, field, answer, defaults, lang);
}
