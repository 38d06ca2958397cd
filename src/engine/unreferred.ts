// 分级诊疗: a stay the patient went to without a referral (「参保居民未经转诊自行到三级医疗机构住院的，
// 支付比例降低10个百分点，急诊、抢救除外」): `unreferred_cut` of a scheme's rules (any benefit). At the
// levels it names, a claim says whether it was referred (--referred yes|no; --referred-from says
// yes); one that says neither is asked (exit 2), never assumed. An unreferred claim loses the points
// on every ratio and band, after the uplifts and their ceiling (settle2.ts, as facility_cut), unless
// it was an emergency the text exempts. Whether emergencies are exempt is the file's word (exempt /
// applies), a reading, or unknown: a choice (choices.ts), settled both ways on an emergency claim.
// Care out of the area takes its filing's rules, not this cut. Pure: no I/O.
import type { Text } from '../domain.js';
import type { UnreferredCutValue } from '../policy/schema-v2.js';
import { ratioFromNumber } from '../money/money.js';
import { PolicyError, type Bp, type Claim, type Warning } from './types.js';
import { warning, warnings as W } from './warnings.js';
import type { Choice } from './choices.js';
import type { Model2 } from './model2.js';

export type EmergencyWay = 'exempt' | 'applies';

export interface UnreferredRule {
  /** The points taken off; null: unknown (exit 3 on a claim it cuts). */
  points: Bp | null;
  /** The levels it holds at; null: unknown (exit 3 on an unreferred claim). */
  levels: readonly string[] | null;
  /** Whether an emergency is exempt (a choice's option where the file leaves it open or reads it). */
  emergency: EmergencyWay;
  path: string;
  cite: UnreferredCutValue;
}

/** What the rule did to a claim at one of its levels (Settlement.unreferred; JSON result.unreferred_cut). */
export interface UnreferredOutcome {
  /** The points taken off this claim (0 where it was referred or exempt). */
  points: Bp;
  why: 'not_referred' | 'referred' | 'emergency';
  level: string;
}

/** The rule of a scheme; an emergency exemption left open or read is a choice, tried on an emergency claim it reaches. */
export function resolveUnreferred(v: UnreferredCutValue | undefined, base: string, choices: Choice[]): UnreferredRule | undefined {
  if (!v) return undefined;
  const path = `${base}.unreferred_cut`;
  const e = v.emergency;
  const rule: UnreferredRule = { points: v.value === null ? null : ratioFromNumber(v.value), levels: v.levels.value, emergency: e?.value ?? (e ? 'exempt' : 'applies'), path, cite: v };
  if (e && (e.value === null || e.reading)) {
    const p = `${path}.emergency`;
    choices.push({
      path: p,
      options: ['exempt', 'applies'],
      given: e.value,
      note: e.note,
      reading: e.reading ? W.reading(p, e.reading, e.reading_short) : undefined,
      under: (m: Model2, o) => ({ ...m, unreferred: { ...m.unreferred!, emergency: o as EmergencyWay } }),
      can: (claim) => claim.emergency === true && reaches(rule, claim) && wasReferred(claim) === false,
      words: (o) => emergencyWords(o as EmergencyWay),
    });
  }
  return rule;
}

/** Whether the claim was referred: --referred, or a referring facility (--referred-from); undefined: not said. */
export const wasReferred = (claim: Pick<Claim, 'referred' | 'referredFrom'>): boolean | undefined => claim.referred ?? (claim.referredFrom !== undefined ? true : undefined);

/**
 * Whether the rule can reach the claim: its own benefit's claim (a chronic disease group paid at the
 * inpatient ratio, ratio_of, takes the ratio, not this rule), care in the city, at one of its levels
 * (any level where the levels are unknown).
 */
function reaches(r: UnreferredRule, claim: Pick<Claim, 'filing' | 'tier' | 'benefit'>): boolean {
  if (!r.path.startsWith(`${claim.benefit}.`)) return false;
  if (claim.filing !== undefined && claim.filing !== 'local') return false;
  return r.levels === null || r.levels.includes(claim.tier);
}

/**
 * What the rule does to this claim: undefined where it cannot reach it (another level, care out of
 * the area, or a referred claim where the levels are unknown). Throws exit 2 where the claim does
 * not say whether it was referred, exit 3 where what it turns on is unknown.
 */
export function unreferredOf(r: UnreferredRule, claim: Pick<Claim, 'filing' | 'tier' | 'benefit' | 'referred' | 'referredFrom' | 'emergency'>): UnreferredOutcome | undefined {
  if (!reaches(r, claim)) return undefined;
  const referred = wasReferred(claim);
  if (referred === undefined) throw new PolicyError('needs_input', needsReferred(r), 2, 'referred');
  if (r.levels === null) {
    if (referred) return undefined;
    throw new PolicyError('unknown_parameter', unknownLevels(r), 3);
  }
  if (referred) return { points: 0, why: 'referred', level: claim.tier };
  if (claim.emergency === true && r.emergency === 'exempt') return { points: 0, why: 'emergency', level: claim.tier };
  if (r.points === null) throw new PolicyError('unknown_parameter', { zh: `无法计算:来源未说明未经转诊住院降低的比例(${r.path})。${noteZh(r.cite.note)}可用 --set ${r.path}=0.1 提供。`, en: `Cannot compute: the sources do not state the cut for a stay without a referral (${r.path}).${noteEn(r.cite.note)} Give it with --set ${r.path}=0.1.` }, 3);
  return { points: r.points, why: 'not_referred', level: claim.tier };
}

const noteZh = (n: Text | undefined): string => (n ? `说明:${n.zh}。` : '');
const noteEn = (n: Text | undefined): string => (n ? ` Note: ${n.en}.` : '');

const LEVEL_ZH: Readonly<Record<string, string>> = { '1': '一级', '2': '二级', '3': '三级' };
export const levelsZh = (levels: readonly string[]): string => levels.map((l) => LEVEL_ZH[l] ?? l).join('、');

function needsReferred(r: UnreferredRule): Text {
  const at = r.levels === null ? { zh: '', en: '' } : { zh: `在${levelsZh(r.levels)}医疗机构`, en: ` at level ${r.levels.join(', ')}` };
  return {
    zh: `需要说明本次是否经转诊:本政策规定未经转诊${at.zh}就医的,支付比例降低(${r.path})。请用 --referred yes 或 --referred no 提供(医联体内转诊也可用 --referred-from 转出医院级别;批量处理用“是否转诊”列)。`,
    en: `Whether the stay was referred is needed: this policy cuts the ratio of care${at.en} without a referral (${r.path}). Give --referred yes or --referred no (or --referred-from <level>; batch: the referred column).`,
  };
}

function unknownLevels(r: UnreferredRule): Text {
  const path = `${r.path}.levels`;
  return {
    zh: `无法计算:来源未说明未经转诊降低比例适用于哪些级别的医疗机构(${path})。${noteZh(r.cite.levels.note)}可用 --set ${path}=3(或 2,3)提供。`,
    en: `Cannot compute: the sources do not state at which levels the cut for a stay without a referral holds (${path}).${noteEn(r.cite.levels.note)} Give it with --set ${path}=3 (or 2,3).`,
  };
}

/** An option of the emergency exemption in words, for an unknown's message and show. */
export function emergencyWords(o: EmergencyWay): Text {
  return o === 'exempt' ? { zh: '急诊、抢救不降低', en: 'an emergency is not cut' } : { zh: '急诊、抢救也降低', en: 'an emergency is cut too' };
}

/** The ratio step's words for the outcome (降低 10 个百分点 / 经转诊 / 急诊除外). */
export function unreferredWords(o: UnreferredOutcome): Text {
  const at = LEVEL_ZH[o.level] ?? o.level;
  const pts = (o.points / 100).toString();
  if (o.why === 'not_referred') return { zh: `未经转诊自行到${at}医疗机构,降低 ${pts} 个百分点`, en: `${pts} points less: level ${o.level} without a referral` };
  if (o.why === 'referred') return { zh: `经转诊,不按未经转诊降低`, en: 'referred: no cut for care without a referral' };
  return { zh: `急诊、抢救,不按未经转诊降低`, en: 'an emergency: no cut for care without a referral' };
}

/** The warnings of the rule on a claim it reached: its value's reading, inferred reasoning or note where it cut; the levels' where it held. */
export function unreferredSaid(r: UnreferredRule, o: UnreferredOutcome, emergencyGiven: boolean): Warning[] {
  const out: Warning[] = [];
  const v = r.cite;
  if (o.why === 'not_referred') {
    if (v.reading) out.push(W.reading(r.path, v.reading, v.reading_short));
    else if (v.inferred) out.push(W.inferred(r.path, o.points, v.reasoning));
    else if (v.note) out.push(W.policyNote(r.path, v.note));
    const l = v.levels;
    if (l.reading) out.push(W.reading(`${r.path}.levels`, l.reading, l.reading_short));
    else if (l.inferred) out.push(W.policyNote(`${r.path}.levels`, l.reasoning ?? { zh: '由原文推算', en: 'worked out from the text' }));
    // an emergency exemption the claim did not speak to: taken as not one, and told
    if (!emergencyGiven && v.emergency !== undefined) out.push(emergencyAssumed(r.path));
  }
  return out;
}

function emergencyAssumed(path: string): Warning {
  return warning(
    'emergency_assumed',
    'assumed',
    {
      zh: '本政策规定未经转诊住院的支付比例降低,急诊、抢救另有规定;未说明本次是否急诊,按非急诊计算。如是急诊、抢救,请用 --emergency yes 给出(批量处理用“急诊”列)。',
      en: 'This policy cuts the ratio of a stay without a referral and rules emergencies apart; whether this stay was an emergency was not said, so it is taken as not one. If it was, give --emergency yes (batch: the emergency column).',
    },
    { zh: '按非急诊算的', en: 'it is taken as not an emergency' },
    `${path}.emergency`,
  );
}
