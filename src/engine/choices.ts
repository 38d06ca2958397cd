// The choices of policy model 2 whose options are finite (bands.base, the uplift ceiling's
// `after` flags, the 大额 after the cap with or without the deductible) that a file leaves unknown
// or gives as a reading, and the unknown numbers of the second layer and 医疗救助 (tried at their
// bounds: a claim they cannot change is answered). The combination lists them once (model2.ts); a claim of a combination
// with none is settled once, as always. Otherwise it is settled under each option of each such
// choice: where all options give the same numbers the claim is answered (an unknown asks nothing,
// a reading is not said); where they differ, an unknown is exit 3 naming the question with what
// each option gives, and a reading is said on this claim only. An unknown whose options differ only
// in what the year carries (the 大病/大额 burden counted) does not stop the claim: it is answered,
// with each option's year total said (carried_unknown) and kept on the settlement (ytdBurdenOpen).
import type { Text } from './messages.js';
import type { Model2 } from './model2.js';
import { PolicyError, type Claim, type Settlement, type Warning } from './types.js';
import { model2Messages as M2 } from './messages2.js';
import { warnings as W } from './warnings.js';

export interface Choice {
  path: string;
  options: readonly (string | boolean)[];
  /** The option the file gives (as stated or as its reading); null: unknown. */
  given: string | boolean | null;
  note: Text | undefined;
  /** Said on a claim where another option gives other numbers. */
  reading: Warning | undefined;
  /** The combination's rules under this option. */
  under: (m: Model2, option: string | boolean) => Model2;
  /** The option in words, for the message of an unknown. */
  words: (option: string | boolean) => Text;
  /** Whether it can change this claim at all (left out: it can): a claim none can change is settled once. */
  can?: ((claim: Claim) => boolean) | undefined;
  /**
   * The options are the bounds of an unknown number (a 大额 ratio: 0 and 100%), not words of the
   * text: where they agree the number cannot change the claim; where they differ the unknown is
   * exit 3 naming it, without the bounds' numbers.
   */
  bounds?: true;
  /** The --set that settles it, where it is not `path=<option>` (a disease's deductible takes yuan). */
  set?: Text | undefined;
  /** The note of an unknown for this claim, where it names the claim's own case (…等: "重度残疾人" is one of them?); left out: `note`. */
  noteFor?: ((claim: Claim) => Text) | undefined;
}

/** Whether any of the combination's choices can change this claim (then it is settled under each option). */
export const choicesFor = (m: Model2, claim: Claim): boolean => m.choices.some((c) => c.can === undefined || c.can(claim));

/** The numbers a claim's answer is made of: two options that agree on all of them give the same answer. */
const NUMBERS = ['deductibleApplied', 'fundBeforeCap', 'fundPays', 'secondLayerPays', 'assistancePays', 'accountPays', 'familyPays', 'cashDue', 'ytdBurdenAfter'] as const;

const same = (a: Settlement, b: Settlement | undefined): boolean => b !== undefined && NUMBERS.every((k) => a[k] === b[k]);

/** The numbers this claim pays (all but the year's burden it carries on). */
const PAID = NUMBERS.filter((k) => k !== 'ytdBurdenAfter');
const samePaid = (a: Settlement, b: Settlement | undefined): boolean => b !== undefined && PAID.every((k) => a[k] === b[k]);

/** Two settlements that give the same answer (stay-version.ts compares two versions' so). */
export const sameNumbers = (a: Settlement, b: Settlement): boolean => same(a, b);

/** The settlement under an option, or undefined where that option cannot be computed for this claim. */
function tryUnder(settle: (m: Model2) => Settlement, m: Model2): Settlement | undefined {
  try {
    return settle(m);
  } catch (e) {
    if (e instanceof PolicyError) return undefined;
    throw e;
  }
}

/** The combination's rules with each choice at its given option (an unknown one at its first), and each other option: made once per combination. */
interface Prepared {
  given: Model2;
  /** By choice, by option: the rules under it (the given option's is `given`). */
  each: Model2[][];
}
const prepared = new WeakMap<Model2, Prepared>();

function prepare(m: Model2): Prepared {
  const known = prepared.get(m);
  if (known) return known;
  let given = m;
  for (const c of m.choices) given = c.under(given, c.given ?? c.options[0]!);
  const each = m.choices.map((c) => c.options.map((o) => (o === (c.given ?? c.options[0]) ? given : c.under(given, o))));
  const p = { given, each };
  prepared.set(m, p);
  return p;
}

/**
 * Settles the claim under the given options, then each other option of each choice (the others
 * at theirs): an unknown whose options differ is thrown; the readings whose options differ are returned.
 */
export function settleChoosing(m: Model2, claim: Claim, settle: (m: Model2) => Settlement): { s: Settlement; readings: Warning[] } {
  const { given, each: rules } = prepare(m);
  const s = settle(given);
  const readings: Warning[] = [];
  for (const [i, c] of m.choices.entries()) {
    if (c.can && !c.can(claim)) continue;
    const each = rules[i]!.map((under) => (under === given ? s : tryUnder(settle, under)));
    if (each.every((x) => same(s, x))) continue;
    // 计入个人负担 or not, where this claim pays the same either way: only the year's total is open
    if (c.given === null && each.every((x) => samePaid(s, x))) {
      const burdens = each.map((x) => x!.ytdBurdenAfter);
      s.ytdBurdenOpen = burdens;
      readings.push(W.carriedUnknown(c.path, M2.carriedEach(c.path, c.options.map((o, i) => ({ words: c.words(o), fen: burdens[i]! })), m.layer?.value.name, c.note)));
      continue;
    }
    if (c.given === null && c.bounds) throw new PolicyError('unknown_parameter', M2.unknownRule(c.path, c.note));
    if (c.given === null) {
      const how = M2.choiceEach(c.options.map((o, i) => ({ words: c.words(o), s: each[i] })), m.layer?.value.name);
      const set = c.set ?? M2.setChoice(c.path, c.options);
      throw new PolicyError('unknown_parameter', M2.unknownRule(c.path, c.noteFor?.(claim) ?? c.note, { zh: how.zh + set.zh, en: how.en + set.en }));
    }
    if (c.reading) readings.push(c.reading);
  }
  return { s, readings };
}

/** The readings a claim's numbers turned on, by its settlement (warnings2.ts says them). */
const said = new WeakMap<Settlement, Warning[]>();

export function rememberReadings(s: Settlement, readings: Warning[]): Settlement {
  if (readings.length > 0) said.set(s, readings);
  return s;
}

export const choiceReadings = (s: Settlement): Warning[] => said.get(s) ?? [];
