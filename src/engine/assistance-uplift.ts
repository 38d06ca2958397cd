// Assistance uplifts by a personal condition (assistance.uplift; 柘川 第十九条 「未成年人、持有一至二级残疾证的
// 重度残疾人，医疗救助比例在第十八条基础上提高10个百分点，年度救助限额提高2万元，比例最高不超过100%」; 「其中年满70周岁的低保
// 对象、一二级残疾人救助比例为80%」): the grounds a claim meets (an age below or from a bound, a
// disability grade; for the ground's groups only), the points and yuan they add to the group's
// ratio and cap (once, the largest, or per ground, added) or the ratio they set, and the raised
// ratio under its ceiling. Pure: the age test is given by the caller (settle2.ts, with the age
// rules' own days).
import type { AgeRule } from './model2.js';
import type { Bp, Claim, Fen } from './types.js';
import type { Text } from '../domain.js';
import { PolicyError } from './types.js';
import { model2Messages as M2 } from './messages2.js';
import type { AssistanceUpliftValue } from '../policy/schema-v2.js';

export interface UpliftGround {
  name: string;
  path: string;
  /** An age ground (未成年人: below 18; 年满70周岁: from 70), as an age rule with its day. */
  age: AgeRule | undefined;
  /** An age bound the file leaves unknown (its path and note): a claim of the ground's groups is exit 3 naming it. */
  ageUnknown?: { path: string; note: Text | undefined } | undefined;
  /** The assistance groups it raises (其中年满70周岁的低保对象: [低保对象]); undefined: every group. */
  groups: readonly string[] | undefined;
  /** The ratio it sets (救助比例为80%), in place of points; undefined: none. */
  ratioTo: Bp | undefined;
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
  /** The ratio a ground set (救助比例为80%), where one did. */
  ratioTo?: Bp | undefined;
}

/**
 * The grounds the claim meets as a member of `group` (a ground for other groups is not asked);
 * `inAgeBand` tests an age rule on the claim (throws where its age is needed and not given).
 */
export function groundsMet(u: UpliftRules, claim: Claim, inAgeBand: (rule: AgeRule) => boolean, group: string): UpliftGround[] {
  return u.grounds.filter((g) => {
    if (g.groups !== undefined && !g.groups.includes(group)) return false;
    if (g.ageUnknown) throw new PolicyError('unknown_parameter', M2.unknownRule(g.ageUnknown.path, g.ageUnknown.note));
    if (g.age) return inAgeBand(g.age);
    if (claim.disability === undefined) return false; // no disability given: none (--disability)
    if (g.grades === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${g.path}.disability`, u.value.grounds[g.name]?.disability?.note));
    return g.grades?.includes(claim.disability) ?? false;
  });
}

/**
 * The points and yuan of the grounds met: once (the largest of each) or per ground (added); and the
 * ratio they set (the highest of the grounds that set one: 年满70周岁的、一二级残疾人 both 80%), undefined where none does.
 */
export function upliftOf(u: UpliftRules, met: readonly UpliftGround[]): { ratioPlus: Bp; capPlus: Fen; ratioTo: Bp | undefined } {
  const set = met.flatMap((g) => (g.ratioTo === undefined ? [] : [g.ratioTo]));
  const ratioTo = set.length > 0 ? Math.max(...set) : undefined;
  if (u.several === 'per_ground') return { ratioPlus: met.reduce((a, g) => a + g.ratioPlus, 0), capPlus: met.reduce((a, g) => a + g.capPlus, 0), ratioTo };
  return { ratioPlus: Math.max(0, ...met.map((g) => g.ratioPlus)), capPlus: Math.max(0, ...met.map((g) => g.capPlus)), ratioTo };
}

/** The group's ratio where a ground sets one (救助比例为80%): that ratio, or the group's where it is already higher. */
export const setRatio = (ratio: Bp, to: Bp | undefined): Bp => (to === undefined ? ratio : Math.max(ratio, to));

/** The group's ratio raised by `plus`, at most the ceiling (and 100%); a ratio already above the ceiling is not lowered. */
export function raisedRatio(ratio: Bp, plus: Bp, ceiling: Bp | null): Bp {
  if (plus === 0) return ratio;
  const top = Math.min(10000, ceiling ?? 10000);
  return Math.max(ratio, Math.min(ratio + plus, top));
}
