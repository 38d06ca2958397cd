// A --tier (or tier cell) that names a facility the policy defines (社区卫生服务中心, 乡镇卫生院,
// …: policy model 2's `facilities`) becomes the level the policy says it counts as, and the claim
// keeps the name for the explanation. A facility whose level the policy does not state is a
// PolicyError (exit 3) naming it: the user gives the level itself. A facility counted for some
// benefits only keeps its name on the claim: the engine refuses or stops by the claim's benefit
// (engine/steps/facility.ts). A facility paid at its rated level (counts_as: rated: 中医医院,
// 民营医院) is named with its level (二级中医医院): the level is the claim's, the name is kept for
// its points (facility_bonus / facility_cut). Anything else is left to the tier words of aliases.ts.
import type { Policy } from '../policy/schema.js';
import { PolicyError } from '../engine/types.js';
import { model2Messages as M2 } from '../engine/messages2.js';
import { halfWidth } from '../text/width.js';
import { engineMessages as M } from '../engine/messages.js';
import { ALIAS_WORDS, TIER_ALIASES, lookup } from './aliases.js';
import { given, type RawClaim } from './fields.js';

export interface WithFacility {
  raw: RawClaim;
  /** The facility's name as the policy writes it, when the tier named one. */
  facility?: string;
}

/** A level the policy defines, for a facility whose own level is unstated (never used to pay: the engine refuses or stops). */
const firstTier = (policy: Policy) => Object.keys(policy.tiers)[0] as NonNullable<Policy['facilities']>[string]['counts_as'] & string;

/** What a tier word names under a policy: a facility (its name and the level it counts as), or null (a level word). */
type Named = { name: string; tier: string } | null;

/**
 * Per policy, each tier word's answer once: a batch asks on every row, with a handful of words.
 * Bounded; a word that is refused is not kept (it throws each time, as before).
 */
const NAMED = new WeakMap<Policy, Map<string, Named>>();

function facilityNamed(policy: Policy, t: string): Named {
  for (const [name, f] of Object.entries(policy.facilities ?? {})) {
    if (halfWidth(name) !== t && !f.aliases?.some((a) => halfWidth(a) === t)) continue;
    // 按其评定级别: the word names the kind, the level must come with it (二级中医医院)
    if (f.counts_as === 'rated') throw new PolicyError('needs_input', M2.facilityNeedsLevel(name), 2, 'tier');
    // a level the text does not state: unknown, unless the policy refuses some benefit there (the engine decides by benefit)
    if (f.counts_as == null && !f.refused) throw new PolicyError('unknown_parameter', M2.facilityUnknown(name, f.note ?? f.reading), 3, 'tier');
    return { name, tier: f.counts_as ?? firstTier(policy) };
  }
  const rated = ratedAtLevel(policy, t);
  if (rated) return rated;
  // a word that is no level and no facility of this policy: its own levels and facilities are the choices
  if (lookup(TIER_ALIASES, t) === undefined) throw new PolicyError('needs_input', M.unknownTierWord(policy, t), 2, 'tier');
  return null;
}

/**
 * A level word followed by the name (or alias) of a facility paid at its rated level: 二级中医医院,
 * 三甲民营医院, 2中医医院. The longest level word first; undefined where the word is not one.
 */
function ratedAtLevel(policy: Policy, t: string): Named | undefined {
  const rated = Object.entries(policy.facilities ?? {}).filter(([, f]) => f.counts_as === 'rated');
  if (rated.length === 0) return undefined;
  for (let i = t.length - 1; i >= 1; i--) {
    const level = lookup(TIER_ALIASES, t.slice(0, i));
    if (level === undefined || level === 'community') continue;
    const rest = t.slice(i).trim();
    const hit = rated.find(([name, f]) => halfWidth(name) === rest || f.aliases?.some((a) => halfWidth(a) === rest));
    if (hit) return { name: hit[0], tier: level };
  }
  return undefined;
}

export function withFacility(raw: RawClaim, policy: Policy): WithFacility {
  const typed = raw.tier;
  if (!given(typed)) return { raw };
  const t = halfWidth(typed).trim();
  let byWord = NAMED.get(policy);
  if (!byWord) NAMED.set(policy, (byWord = new Map()));
  let named = byWord.get(t);
  if (named === undefined) {
    named = facilityNamed(policy, t);
    if (byWord.size >= 1000) byWord.clear();
    byWord.set(t, named);
  }
  return named === null ? { raw } : { raw: { ...raw, tier: named.tier }, facility: named.name };
}

/**
 * The raw claim as the claim parser takes it (the wizard's answers so far): a facility's name
 * replaced by its level and kept apart, as withFacility does; a word withFacility refuses is left
 * as typed (the wizard stops on it first, blockedBy; the parser names anything else).
 */
export function levelled(raw: RawClaim, policy: Policy): WithFacility {
  try {
    return withFacility(raw, policy);
  } catch (error) {
    if (error instanceof PolicyError) return { raw };
    throw error;
  }
}

/** The level word a rated facility's name is shown with (二级中医医院), by level. */
export const LEVEL_WORD: Readonly<Record<'1' | '2' | '3', string>> = { '1': '一级', '2': '二级', '3': '三级' };

/**
 * Each facility paid at its rated level, at each level the policy defines: the name --tier takes
 * (二级中医医院) and the words a caller may say for it (二级中医医院, 二甲民族医医院, 2级中医医院 …),
 * for `ask` and the wizard.
 */
export function ratedFacilityNames(policy: Policy): { name: string; words: string[] }[] {
  const levels = (['1', '2', '3'] as const).filter((t) => policy.tiers[t] !== undefined);
  return Object.entries(policy.facilities ?? {})
    .filter(([, f]) => f.counts_as === 'rated')
    .flatMap(([name, f]) =>
      levels.map((t) => {
        const prefixes = ALIAS_WORDS.tier[t].filter((w) => !w.endsWith('医院') && !w.endsWith('医疗机构'));
        return { name: `${LEVEL_WORD[t]}${name}`, words: prefixes.flatMap((p) => [name, ...(f.aliases ?? [])].map((n) => `${p}${n}`)) };
      }),
    );
}
