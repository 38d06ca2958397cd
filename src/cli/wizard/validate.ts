// Checks one wizard answer with the same rules as flags and batch rows: it runs parseClaim on
// the claim so far plus the answer, and reports a problem only when it is about that field
// (a field still to be asked is not this answer's problem). No rule is written twice.
// Values the flags gave are checked the same way before anything is asked. A facility's name
// (乡镇卫生院, policy model 2) is checked as the level it counts as, as calc takes it.
import { given, parseClaim, type ClaimField, type RawClaim } from '../../claim/index.js';
import { SCHEME_ALIASES, lookup } from '../../claim/aliases.js';
import { levelled } from '../../claim/facility.js';
import type { Claim } from '../../engine/types.js';
import type { Policy } from '../../policy/schema.js';
import type { Lang } from '../errors.js';

export interface ClaimDefaults {
  city: string;
  date: string;
}

/** What an answer is checked against: the defaults, the policy in use (its facilities), the language. */
export interface Checking {
  defaults: ClaimDefaults;
  policy: Policy;
  lang: Lang;
}

/**
 * true when `answer` is acceptable for `field` given the answers so far, else the message.
 * A problem on a field already filled is this answer's too: the flags and earlier answers
 * were valid on their own, so only this answer can have made, say, --out-of-scope exceed
 * the amount.
 */
function checkAnswer(raw: RawClaim, field: ClaimField, answer: string, c: Checking): true | string {
  const result = parseClaim(levelled({ ...raw, [field]: answer }, c.policy).raw, c.defaults);
  if (result.ok || (result.field !== field && !given(raw[result.field]))) return true;
  return result.message[c.lang];
}

/** A validate function for a text prompt. */
export function validatorFor(raw: RawClaim, field: ClaimField, c: Checking): (answer: string) => true | string {
  return (answer) => checkAnswer(raw, field, answer, c);
}

/**
 * The flags with stand-ins for the fields the wizard will ask, so that parseClaim reaches
 * every value the flags gave (it stops at the first missing field). The stand-ins are chosen
 * to raise no problem of their own: the amount is the largest the contract allows, so no
 * --out-of-scope can exceed it.
 */
export function withStandIns(raw: RawClaim): RawClaim {
  const probe: RawClaim = { ...raw };
  if (!given(probe.scheme)) probe.scheme = 'employee';
  if (!given(probe.status) && lookup(SCHEME_ALIASES, probe.scheme ?? '') === 'employee') probe.status = 'active';
  if (!given(probe.tier)) probe.tier = '1';
  if (!given(probe.amount)) probe.amount = '100000000';
  if (!given(probe.relation)) probe.relation = 'spouse';
  return probe;
}

/** The first field the flags gave with a value parseClaim refuses, or undefined. */
export function badFlag(raw: RawClaim, defaults: ClaimDefaults): ClaimField | undefined {
  const result = parseClaim(withStandIns(raw), defaults);
  return !result.ok && given(raw[result.field]) ? result.field : undefined;
}

/** The claim so far, parsed as calc parses it (a facility's name: its level, and the name on the claim); undefined when it does not parse. */
export function parsedClaim(raw: RawClaim, c: Omit<Checking, 'lang'>): Claim | undefined {
  const { raw: byLevel, facility } = levelled(raw, c.policy);
  const result = parseClaim(byLevel, c.defaults);
  if (!result.ok) return undefined;
  if (facility !== undefined) result.claim.facility = facility;
  return result.claim;
}
