// 异地急诊抢救 (--filing emergency): a text that says emergency care out of the city counts as
// filed (「异地急诊抢救的，视同已备案」) names the kind in `filing.emergency` (filed, temporary,
// referral, unfiled or local): stated, used; a reading, used and said; null (the text does not say
// which filed kind) or left out, unknown. Unknown and null: explain/settle try the filed kinds the
// policy has (长期备案, 临时外出备案) and answer where they agree, else exit 3 with each fund.
import type { SchemeRulesValue } from '../policy/schema.js';
import type { Policy } from '../policy/schema.js';
import { PolicyError, type Claim, type Fen, type Filing, type Warning } from './types.js';
import { model2Messages as M2 } from './messages2.js';
import { warnings as W } from './warnings.js';
import type { Cited } from './model2.js';

/** The text says emergency care counts as filed, without saying which kind: each is tried. */
export class EmergencyUnknown extends PolicyError {
  constructor(
    readonly path: string,
    readonly note: { zh: string; en: string } | undefined,
    readonly kinds: readonly Filing[],
  ) {
    super('unknown_parameter', M2.emergencyUnknown(path, note));
  }
}

/** The kind an emergency claim is settled as, with its clause and any reading said. */
export function emergencyKind(rules: SchemeRulesValue, base: string): { kind: Exclude<Filing, 'emergency'>; cite: Cited; warnings: Warning[] } {
  const path = `${base}.filing.emergency`;
  const e = rules.filing?.emergency;
  if (e === undefined) throw new PolicyError('unknown_parameter', M2.emergencyUnknown(path, undefined));
  if (e.value === null) throw new EmergencyUnknown(path, e.note, rules.filing?.temporary !== undefined ? ['filed', 'temporary'] : ['filed']);
  const warnings: Warning[] = [];
  if (e.reading) warnings.push(W.reading(path, e.reading, e.reading_short, M2.emergencyWords));
  return { kind: e.value, cite: e, warnings };
}

/**
 * Runs a claim; an emergency claim whose kind the text leaves open is run as each filed kind:
 * where every payment agrees, that answer (claim as given, a note said); where they differ, exit 3
 * naming `filing.emergency` with each kind's fund. A kind that cannot be settled leaves it unknown.
 */
export function emergencyTried<T>(claim: Claim, run: (c: Claim) => T, pays: (t: T) => Fen[], restore: (t: T, note: Warning) => T): T {
  try {
    return run(claim);
  } catch (error) {
    if (!(error instanceof EmergencyUnknown) || claim.filing !== 'emergency') throw error;
    const tried: { kind: Filing; t: T }[] = [];
    for (const kind of error.kinds) {
      try {
        tried.push({ kind, t: run({ ...claim, filing: kind }) });
      } catch {
        throw error;
      }
    }
    const same = tried.every(({ t }) => pays(t).join() === pays(tried[0]!.t).join());
    if (same) return restore(tried[0]!.t, W.policyNote(error.path, M2.emergencySame(error.kinds), M2.emergencyWords));
    throw new PolicyError('unknown_parameter', M2.emergencyBoth(error.path, error.note, tried.map(({ kind, t }) => ({ kind, fund: pays(t)[0]! }))));
  }
}

/** Whether the policy in force can be asked about emergency care (it names it). */
export const namesEmergency = (policy: Policy, rules: SchemeRulesValue | undefined): boolean => policy !== undefined && rules?.filing?.emergency !== undefined;
