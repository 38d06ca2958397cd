// A stay the patient was referred to within the city's 医联体 (朔原 三（二）「参保人员在本市医联体内由基层
// 医疗卫生机构上转至上级医疗机构住院的，起付标准按两级医疗机构起付标准的差额收取；由上级医疗机构下转至基层医疗卫生
// 机构住院的，不再收取起付标准」): `referral_deductible` of a scheme's inpatient rules. The referring facility's
// level comes from --referred-from (a level, or a facility the policy names); the direction is the
// two levels' order. What a direction does is the file's word for it (difference / none / full), a
// reading, or unknown (a choice: settled each way, choices.ts). A referral the rule does not reach
// (the same level, a level not 基层, a direction the text does not rule, a facility of unstated
// level) takes the general deductible and says why. Pure: no I/O.
import type { Text } from '../domain.js';
import type { Policy } from '../policy/schema.js';
import type { ReferralDeductibleValue } from '../policy/schema-v2.js';
import { PolicyError, type Claim, type Fen, type Warning } from './types.js';
import { warnings as W, ruleWarnings as RW } from './warnings.js';
import type { Choice } from './choices.js';
import type { Model2 } from './model2.js';
import type { Resolved } from './params.js';
import { TIER_ALIASES, lookup } from '../claim/aliases.js';
import { halfWidth } from '../text/width.js';

export type ReferralWay = 'difference' | 'none' | 'full';
export type ReferralDirection = 'up' | 'down';

export interface ReferralRule {
  /** undefined: the text rules no such referral; null: unknown (a choice). */
  up: ReferralWay | null | undefined;
  down: ReferralWay | null | undefined;
  /** The levels of 基层医疗卫生机构 (up only from them, down only to them); undefined: any level. */
  basic: readonly string[] | undefined;
  path: string;
  cite: ReferralDeductibleValue;
  /** The scheme's deductible at a level for this claim's status and grade (the referring level's standard). */
  standardAt: (level: string) => Resolved | undefined;
}

/** Why a referral takes the general deductible. */
export type ReferralWhy = 'same_level' | 'level_unknown' | 'not_basic' | 'not_ruled' | 'no_rule';

/** What the referral did to this stay's deductible (Settlement.referral; JSON result.referral). */
export interface ReferralOutcome {
  /** As the claim gave it (二级, 乡镇卫生院). */
  from: string;
  /** The level it counts as; null where the policy does not state it. */
  fromLevel: string | null;
  direction: ReferralDirection | null;
  way: ReferralWay | 'general';
  /** difference: the referring level's standard, taken off this level's. */
  fromStandard?: Fen;
  why?: ReferralWhy;
}

const RANK: Readonly<Record<string, number>> = { community: 0, '1': 1, '2': 2, '3': 3 };

/**
 * The level a --referred-from word names under a policy: a level word (二级, 三甲), or a facility
 * of the policy (乡镇卫生院 → "1"); null where the policy leaves that facility's level unstated.
 * 社区医院 (the kind community) is the policy's community tier, or its facility of that name.
 */
export function referralLevel(policy: Policy, typed: string): string | null {
  const t = halfWidth(typed).trim();
  const facility = facilityLevel(policy, t);
  if (facility !== undefined) return facility;
  const level = lookup(TIER_ALIASES, t);
  if (level === undefined) throw new PolicyError('needs_input', referredFromUnknown(policy, typed), 2, 'referred_from');
  if (level !== 'community' || policy.tiers.community) return level;
  // 社区医院 where the policy names 社区卫生服务中心 among its facilities
  for (const w of ['社区卫生服务中心', '社区卫生服务站']) {
    const f = facilityLevel(policy, w);
    if (f !== undefined) return f;
  }
  return null;
}

function facilityLevel(policy: Policy, t: string): string | null | undefined {
  for (const [name, f] of Object.entries(policy.facilities ?? {})) {
    if (halfWidth(name) !== t && !f.aliases?.some((a) => halfWidth(a) === t)) continue;
    return f.counts_as === '1' || f.counts_as === '2' || f.counts_as === '3' ? f.counts_as : null;
  }
  return undefined;
}

function referredFromUnknown(policy: Policy, typed: string): Text {
  const names = Object.keys(policy.facilities ?? {});
  return {
    zh: `无法识别转出医院“${typed}”:请给出级别(一级、二级、三级)${names.length ? `或本政策的机构名称(${names.join('、')})` : ''}。`,
    en: `The referring facility "${typed}" is not recognised: give its level (1, 2, 3)${names.length ? ` or a facility of this policy (${names.join(', ')})` : ''}.`,
  };
}

const REFERRAL_OUT_OF_AREA: Text = {
  zh: '转出医院(--referred-from)只用于本市医联体内的转诊;异地转诊请用 --filing referral,不要同时给出转出医院。',
  en: 'the referring facility (--referred-from) is for referrals within the city’s medical alliance; out-of-area referral is --filing referral, without it.',
};

/** The direction of a referral from one level to another: null for the same level. */
export function directionOf(from: string, to: string): ReferralDirection | null {
  const a = RANK[from];
  const b = RANK[to];
  if (a === undefined || b === undefined || a === b) return null;
  return a < b ? 'up' : 'down';
}

/**
 * The rule of a scheme, each direction a choice where the file leaves it unknown or gives it as a
 * reading (tried on the claims referred that way: exit 3 with each answer where they differ).
 */
export function resolveReferral(v: ReferralDeductibleValue | undefined, base: string, policy: Policy, standardAt: ReferralRule['standardAt'], choices: Choice[]): ReferralRule | undefined {
  if (!v) return undefined;
  const path = `${base}.referral_deductible`;
  const rule: ReferralRule = { up: v.up?.value, down: v.down?.value, basic: v.basic?.value, path, cite: v, standardAt };
  for (const d of ['up', 'down'] as const) {
    const w = v[d];
    if (!w || (w.value !== null && !w.reading)) continue;
    const p = `${path}.${d}`;
    choices.push({
      path: p,
      options: ['difference', 'none', 'full'],
      given: w.value,
      note: w.note,
      reading: w.reading ? W.reading(p, w.reading, w.reading_short) : undefined,
      under: (m: Model2, o) => ({ ...m, referral: { ...m.referral!, [d]: o as ReferralWay } }),
      can: (claim) => claim.referredFrom !== undefined && referralApplies(rule, policy, claim)?.direction === d,
      words: (o) => wayWords(o as ReferralWay, d),
    });
  }
  return rule;
}

/** The direction this claim's referral is, where the rule reaches it; undefined where it does not (the general deductible). */
function referralApplies(r: ReferralRule, policy: Policy, claim: Pick<Claim, 'referredFrom' | 'tier'>): { direction: ReferralDirection; from: string } | undefined {
  const from = referralLevel(policy, claim.referredFrom!);
  if (from === null) return undefined;
  const direction = directionOf(from, claim.tier);
  if (direction === null || r[direction] === undefined) return undefined;
  if (r.basic && !r.basic.includes(direction === 'up' ? from : claim.tier)) return undefined;
  return { direction, from };
}

/**
 * What the referral does to this stay (where the claim gives --referred-from): the way of its
 * direction, or the general deductible and why. A way left unknown stands at its first option
 * here (the choice settles it both ways). difference needs the referring level's standard.
 */
export function referralOf(r: ReferralRule | undefined, policy: Policy, claim: Pick<Claim, 'referredFrom' | 'tier' | 'filing'>): ReferralOutcome | undefined {
  if (claim.referredFrom === undefined) return undefined;
  // 本市医联体内: out-of-area care (异地转诊 is --filing referral) is never settled as a referral within the city
  if (claim.filing !== undefined && claim.filing !== 'local') throw new PolicyError('needs_input', REFERRAL_OUT_OF_AREA, 2, 'referred_from');
  const from = claim.referredFrom;
  const fromLevel = referralLevel(policy, from);
  if (!r) return { from, fromLevel, direction: fromLevel === null ? null : directionOf(fromLevel, claim.tier), way: 'general', why: 'no_rule' };
  if (fromLevel === null) return { from, fromLevel, direction: null, way: 'general', why: 'level_unknown' };
  const direction = directionOf(fromLevel, claim.tier);
  if (direction === null) return { from, fromLevel, direction, way: 'general', why: 'same_level' };
  if (r[direction] === undefined) return { from, fromLevel, direction, way: 'general', why: 'not_ruled' };
  if (r.basic && !r.basic.includes(direction === 'up' ? fromLevel : claim.tier)) return { from, fromLevel, direction, way: 'general', why: 'not_basic' };
  const way = r[direction] ?? 'difference';
  if (way !== 'difference') return { from, fromLevel, direction, way };
  const std = r.standardAt(fromLevel);
  if (!std || std.value === null) throw new PolicyError('unknown_parameter', { zh: `无法计算:按两级医疗机构起付标准的差额收取,需要转出级别的起付标准(${std?.setPath ?? fromLevel}),来源未说明。`, en: `Cannot compute: the difference of the two levels' deductibles needs the referring level's (${std?.setPath ?? fromLevel}), which the sources do not state.` });
  return { from, fromLevel, direction, way, fromStandard: std.value };
}

/** A way in words, for an unknown's message and show. */
export function wayWords(o: ReferralWay, d: ReferralDirection): Text {
  const dir = d === 'up' ? { zh: '上转', en: 'referred up' } : { zh: '下转', en: 'referred down' };
  if (o === 'difference') return { zh: `${dir.zh}按两级医疗机构起付标准的差额收取`, en: `${dir.en}: the difference of the two levels' deductibles` };
  if (o === 'none') return { zh: `${dir.zh}不收起付线`, en: `${dir.en}: no deductible` };
  return { zh: `${dir.zh}按本级起付标准全额收取`, en: `${dir.en}: this level's deductible in full` };
}

const LEVEL: Readonly<Record<string, Text>> = { community: { zh: '社区', en: 'community' }, '1': { zh: '一级', en: 'level 1' }, '2': { zh: '二级', en: 'level 2' }, '3': { zh: '三级', en: 'level 3' } };
export const levelWords = (l: string): Text => LEVEL[l] ?? { zh: l, en: l };

/** Why the general deductible, in words. */
export function whyWords(o: ReferralOutcome, to: string): Text {
  const from = o.fromLevel === null ? { zh: o.from, en: o.from } : levelWords(o.fromLevel);
  const at = levelWords(to);
  switch (o.why) {
    case 'no_rule':
      return { zh: `本政策没有医联体内转诊起付线的规定,从${from.zh}转来按${at.zh}的一般规定收取`, en: `this policy has no rule for referrals within the medical alliance: referred from ${from.en}, the ${at.en} deductible as usual` };
    case 'level_unknown':
      return { zh: `转出机构“${o.from}”的级别本政策没有说明,无法判断是上转还是下转,按${at.zh}的一般规定收取`, en: `the policy does not state the level of "${o.from}", so up or down cannot be told: the ${at.en} deductible as usual` };
    case 'same_level':
      return { zh: `从${from.zh}转到${at.zh},级别相同,既不是上转也不是下转,按一般规定收取`, en: `referred from ${from.en} to ${at.en}, the same level: neither up nor down, the deductible as usual` };
    case 'not_ruled':
      return { zh: `原文没有规定${o.direction === 'up' ? '上转' : '下转'}的起付线,从${from.zh}转到${at.zh}按一般规定收取`, en: `the text rules no ${o.direction === 'up' ? 'referral up' : 'referral down'}: from ${from.en} to ${at.en}, the deductible as usual` };
    case 'not_basic':
      return o.direction === 'up'
        ? { zh: `原文的上转是由基层医疗卫生机构转出,从${from.zh}转到${at.zh}不在其列,按一般规定收取`, en: `the text's referral up is from primary care; from ${from.en} to ${at.en} is not one: the deductible as usual` }
        : { zh: `原文的下转是转至基层医疗卫生机构,从${from.zh}转到${at.zh}不在其列,按一般规定收取`, en: `the text's referral down is to primary care; from ${from.en} to ${at.en} is not one: the deductible as usual` };
    default:
      return { zh: '', en: '' };
  }
}

/** The note said on a referral that takes the general deductible (the rule does not reach it, or the policy has none). */
export function referralGeneralNote(o: ReferralOutcome, to: string, path: string): Warning {
  return RW.referralGeneral(path, whyWords(o, to));
}
