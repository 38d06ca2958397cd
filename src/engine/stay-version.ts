// A stay whose admission (--date) and discharge (--discharge-date) fall under different versions of
// the policy (an amendment in force from 2025-03-01): which version governs it is the policy's
// `stay_version` — `admission` or `discharge` (按出院结算之日执行的政策), stated, a reading, or unknown
// (left out, or null). A stated one is used and nothing is said. Otherwise the stay is settled under
// both versions: the same numbers, answered (by the admission's) with nothing said; different, an
// unknown is exit 3 naming stay_version with each version's numbers, a reading is used and said,
// and a --set stay_version=… is used and said as the user's. A claim within one version: as before.
import type { Policy } from '../policy/schema.js';
import { PolicyError, type Claim, type Override, type RuleOverride, type Settlement, type Warning } from './types.js';
import { versionIndexInForce } from './version.js';
import { model2Messages as M2 } from './messages2.js';
import { warnings as W, ruleWarnings as RW } from './warnings.js';
import { sameNumbers } from './choices.js';
import type { Text } from './messages.js';

type Day = 'admission' | 'discharge';
const PATH = 'stay_version';

interface StayRule {
  day: Day | null;
  /** Said where the two versions' numbers differ: the file's reading, or the user's --set. */
  said: Warning | undefined;
  note: Text | undefined;
}

/** The day whose version governs, and what is said where that matters; cached per policy (a batch asks for every row). */
const rules = new WeakMap<Policy, StayRule>();

function ruleOf(policy: Policy, overrides: readonly Override[] | undefined): StayRule {
  const set = overrides?.find((o): o is RuleOverride => o.param === 'rule' && o.path === PATH);
  if (set) return { day: set.value as Day, said: RW.userRule(PATH, set.display), note: undefined };
  let r = rules.get(policy);
  if (!r) {
    const v = policy.stay_version;
    const day = v?.value ?? null;
    r = { day, said: day !== null && v?.reading ? W.reading(PATH, v.reading, v.reading_short) : undefined, note: v?.note ?? M2.stayVersionUnstated };
    rules.set(policy, r);
  }
  return r;
}

/** The discharge day where it falls under another version than the admission day; undefined otherwise. */
export function crossingDay(policy: Policy, claim: Claim): string | undefined {
  if (claim.dischargeDate === undefined || claim.dischargeDate === claim.date || policy.versions.length < 2) return undefined;
  const a = versionIndexInForce(policy, claim.date);
  const d = versionIndexInForce(policy, claim.dischargeDate);
  return a >= 0 && d >= 0 && a !== d ? claim.dischargeDate : undefined;
}

function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    if (e instanceof PolicyError) return undefined;
    throw e;
  }
}

/**
 * Runs `settle` with the version of the day that governs the claim (its date, or for a stay that
 * crosses a version its discharge day as the policy says) and returns its answer with the warning
 * to add, if any; an unknown rule where the versions differ is thrown (exit 3).
 */
export function byStayVersion<T>(policy: Policy, claim: Claim, overrides: readonly Override[] | undefined, settle: (versionDate: string) => T, numbers: (t: T) => Settlement, effective: (t: T) => string | null): { answer: T; warning: Warning | undefined } {
  const discharge = crossingDay(policy, claim);
  if (discharge === undefined) return { answer: settle(claim.date), warning: undefined };
  const rule = ruleOf(policy, overrides);
  const dates: Record<Day, string> = { admission: claim.date, discharge };
  // stated plainly: its version, nothing said
  if (rule.day !== null && rule.said === undefined) return { answer: settle(dates[rule.day]), warning: undefined };
  const first: Day = rule.day ?? 'admission';
  const other: Day = first === 'admission' ? 'discharge' : 'admission';
  const answer = settle(dates[first]);
  const alt = attempt(() => settle(dates[other]));
  if (alt !== undefined && sameNumbers(numbers(answer), numbers(alt))) return { answer, warning: undefined };
  if (rule.day !== null) return { answer, warning: rule.said };
  const each = { [first]: answer, [other]: alt } as Record<Day, T | undefined>;
  const how = M2.choiceEach(
    (['admission', 'discharge'] as const).map((d) => ({ words: M2.stayVersionWords(d, dates[d], each[d] === undefined ? null : effective(each[d]!)), s: each[d] === undefined ? undefined : numbers(each[d]!) })),
    undefined,
  );
  const setWords = M2.setChoice(PATH, ['admission', 'discharge']);
  throw new PolicyError('unknown_parameter', M2.unknownRule(PATH, rule.note, { zh: how.zh + setWords.zh, en: how.en + setWords.en }));
}
