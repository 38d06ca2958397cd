// Assistance uplifts by a personal condition (assistance.uplift; 柘川 第十九条 「未成年人、持有一至二级残疾证的
// 重度残疾人，医疗救助比例在第十八条基础上提高10个百分点，年度救助限额提高2万元，比例最高不超过100%」): the grounds a
// claim meets (an age below a bound, a disability grade), the points and yuan they add to the
// group's ratio and cap (once, the largest, or per ground, added), and the raised ratio under its
// ceiling. Pure: the age test is given by the caller (settle2.ts, with the age rules' own days).
import type { AgeRule } from './model2.js';
import type { Bp, Claim, Fen } from './types.js';
import { PolicyError } from './types.js';
import { model2Messages as M2 } from './messages2.js';
import type { AssistanceUpliftValue } from '../policy/schema-v2.js';

export interface UpliftGround {
  name: string;
  path: string;
  /** An age ground (未成年人: below 18), as an age rule with its day. */
  age: AgeRule | undefined;
  /** A disability ground: the grades that meet it; null: the file leaves them unknown. */
  grades: readonly string[] | null | undefined;
  ratioPlus: Bp;
  capPlus: Fen;
}

export interface UpliftRules {
  value: AssistanceUpliftValue;
  grounds: UpliftGround[];
  /** 比例最高不超过100%: the raised ratio's ceiling; null: none stated (never above 100%). */
  ceiling: Bp | null;
  /** A person meeting several grounds: the largest once, or each added (a choice where the file does not say). */
  several: 'once' | 'per_ground';
}

/** What the claim's uplift added: the grounds met, the points, the yuan, and the ratio it gave. */
export interface UpliftApplied {
  grounds: string[];
  ratioPlus: Bp;
  capPlus: Fen;
  ratio: Bp;
}

/** The grounds the claim meets; `inAgeBand` tests an age rule on the claim (throws where its age is needed and not given). */
export function groundsMet(u: UpliftRules, claim: Claim, inAgeBand: (rule: AgeRule) => boolean): UpliftGround[] {
  return u.grounds.filter((g) => {
    if (g.age) return inAgeBand(g.age);
    if (claim.disability === undefined) return false; // no disability given: none (--disability)
    if (g.grades === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${g.path}.disability`, u.value.grounds[g.name]?.disability?.note));
    return g.grades?.includes(claim.disability) ?? false;
  });
}

/** The points and yuan of the grounds met: once (the largest of each) or per ground (added). */
export function upliftOf(u: UpliftRules, met: readonly UpliftGround[]): { ratioPlus: Bp; capPlus: Fen } {
  if (u.several === 'per_ground') return { ratioPlus: met.reduce((a, g) => a + g.ratioPlus, 0), capPlus: met.reduce((a, g) => a + g.capPlus, 0) };
  return { ratioPlus: Math.max(0, ...met.map((g) => g.ratioPlus)), capPlus: Math.max(0, ...met.map((g) => g.capPlus)) };
}

/** The group's ratio raised by `plus`, at most the ceiling (and 100%); a ratio already above the ceiling is not lowered. */
export function raisedRatio(ratio: Bp, plus: Bp, ceiling: Bp | null): Bp {
  if (plus === 0) return ratio;
  const top = Math.min(10000, ceiling ?? 10000);
  return Math.max(ratio, Math.min(ratio + plus, top));
}
