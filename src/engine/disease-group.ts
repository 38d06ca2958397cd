// A chronic disease's group of its own (disease_limits.groups: 特殊病种 不设起付标准，不设单病种支付限额，
// 支付比例职工医保90%，居民医保75%): the deductible, ratio and limit the treated disease follows where
// its group states them, each for the claim's scheme; a value the text leaves unknown is exit 3
// naming it. And the lowest deductible any group of the benefit could have charged this year (a
// fund payment may be a group disease's, paid without the benefit's yearly deductible).
import type { Scheme, Status } from '../domain.js';
import type { DiseaseGroupValue } from '../policy/schema-v2.js';
import type { SchemeDiseaseLimits } from './disease-scheme.js';
import type { SourcedValue } from '../policy/schema.js';
import { shareForScheme } from '../policy/sourced.js';
import { PolicyError, type Bp, type Fen } from './types.js';
import { model2Messages as M2 } from './messages2.js';
import { halfWidth } from '../text/width.js';

export interface GroupRules {
  name: string;
  path: string;
  value: DiseaseGroupValue;
  /** null: the benefit's own. */
  deductible: Fen | null;
  deductibleCite: SourcedValue | undefined;
  ratio: Bp | null;
  ratioCite: SourcedValue | undefined;
  /** ratio_of: inpatient: the same level's inpatient ratio, its uplifts included (null: the group's own or the benefit's). */
  ratioOf: 'inpatient' | null;
  noLimit: boolean;
}

type Entry = SchemeDiseaseLimits['diseases'][number];

/** The policy's entry for a disease as typed (its name or an alias); undefined when it has none. */
export function findDisease(d: SchemeDiseaseLimits, typed: string): Entry | undefined {
  // the claim's text is half-width (claim parsing folds 全角 forms): the policy's names are compared folded too
  const t = halfWidth(typed).trim();
  return d.diseases.find((x) => halfWidth(x.name) === t || x.aliases?.some((alias) => halfWidth(alias) === t));
}

/**
 * The entry of a disease as typed; for a disease an open list (…等) does not name, the entry the
 * file reads it as (open: in_group: a disease of that group); undefined where there is none.
 */
export function entryOf(d: SchemeDiseaseLimits, typed: string): Entry | undefined {
  const hit = findDisease(d, typed);
  if (hit || d.open?.value !== 'in_group' || d.open.group === undefined) return hit;
  return { name: halfWidth(typed).trim(), group: d.open.group };
}

/** Whether the treated disease is one an open list does not name (its reading is said on such a claim). */
export const unlisted = (d: SchemeDiseaseLimits, typed: string | undefined): boolean => typed !== undefined && d.open !== undefined && findDisease(d, typed) === undefined;

/**
 * A disease the policy does not name: under a closed list an input error naming the policy's
 * diseases (exit 2); under an open list (…等) the question the text leaves open (exit 3).
 */
export function notListed(d: SchemeDiseaseLimits, path: string, typed: string): PolicyError {
  const name = halfWidth(typed).trim();
  const names = d.diseases.map((x) => x.name);
  if (!d.open) return new PolicyError('needs_input', M2.unknownDisease(name, names), 2, 'disease');
  return new PolicyError('unknown_parameter', M2.unknownRule(`${path}.open`, d.open.note, M2.openList(name, d.open.quote, names)));
}

const known = (v: SourcedValue, path: string): number => {
  if (v.value === null) throw new PolicyError('unknown_parameter', M2.unknownRule(path, v.note));
  return v.value;
};

/** The group rules of the treated disease, for the claim's scheme; undefined where it has no group. */
export function groupRulesOf(d: SchemeDiseaseLimits, path: string, disease: string | undefined, scheme: Scheme, status?: Status): GroupRules | undefined {
  const name = disease === undefined ? undefined : entryOf(d, disease)?.group;
  const g = name === undefined ? undefined : d.groups?.[name];
  if (!g) return undefined;
  const at = `${path}.groups.${name}`;
  const ded = g.deductible ? shareForScheme(g.deductible, scheme) : undefined;
  const ratio = g.ratio ? shareForScheme(g.ratio, scheme, status) : undefined;
  if (g.ratio_of?.value === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${at}.ratio_of`, g.ratio_of.note));
  if (g.no_limit?.value === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${at}.no_limit`, g.no_limit.note));
  const noLimit = g.no_limit?.value === true;
  return {
    name: name!,
    path: at,
    value: g,
    deductible: ded ? Math.round(known(ded.v, `${at}.deductible${ded.key}`) * 100) : null,
    deductibleCite: ded?.v,
    ratio: ratio ? Math.round(known(ratio.v, `${at}.ratio${ratio.key}`) * 10000) : null,
    ratioCite: ratio?.v,
    ratioOf: g.ratio_of?.value ?? null,
    noLimit,
  };
}

/** Whether a disease entry is outside every limit (its group says no_limit: true). */
export const unlimited = (d: SchemeDiseaseLimits, x: Entry): boolean => x.group !== undefined && d.groups?.[x.group]?.no_limit?.value === true;

/** The lowest deductible a group of the benefit states for the scheme (a stated value only); undefined where none does. */
export function lowestGroupDeductible(d: SchemeDiseaseLimits, scheme: Scheme): Fen | undefined {
  let low: Fen | undefined;
  for (const g of Object.values(d.groups ?? {})) {
    const v = g.deductible ? shareForScheme(g.deductible, scheme).v.value : null;
    if (v != null) low = Math.min(low ?? Number.MAX_SAFE_INTEGER, Math.round(v * 100));
  }
  return low;
}

/** A disease's own yearly deductible for the scheme in fen (起付标准按病种设定); undefined where it states none; unknown: exit 3 naming it. */
export function ownDeductible(d: SchemeDiseaseLimits, path: string, x: Entry, scheme: Scheme): Fen | undefined {
  if (!x.deductible) return undefined;
  const { v, key } = shareForScheme(x.deductible, scheme);
  return Math.round(known(v, `${path}.${x.name}.deductible${key}`) * 100);
}

/**
 * The deductible met before this claim that counts against the treated disease's own one, by
 * deductible_once (一个年度内只收取一次 with several diseases): per_disease, that disease's own
 * (--ytd-disease-deductible; the year's --ytd-deductible where it is the patient's only disease);
 * per_person, all of it once any disease's was met in full; top_up, the year's whole total.
 */
export function metForDisease(
  d: SchemeDiseaseLimits,
  path: string,
  once: 'per_disease' | 'per_person' | 'top_up',
  claim: { disease?: string | undefined; diseases?: readonly string[] | undefined; scheme: Scheme; ytdDeductible: Fen; ytdDiseaseDeductible?: Readonly<Record<string, Fen>> | undefined },
  own: Fen,
): Fen {
  const total = claim.ytdDeductible;
  if (once === 'top_up') return total;
  const byName = new Map<string, Fen>();
  for (const [typed, fen] of Object.entries(claim.ytdDiseaseDeductible ?? {})) {
    const name = entryOf(d, typed)?.name ?? halfWidth(typed).trim();
    byName.set(name, (byName.get(name) ?? 0) + fen);
  }
  const mine = entryOf(d, claim.disease!)!;
  const several = new Set([claim.disease!, ...(claim.diseases ?? [])].map((t) => entryOf(d, t)?.name ?? t)).size > 1;
  if (once === 'per_disease') {
    if (claim.ytdDiseaseDeductible) return byName.get(mine.name) ?? 0;
    if (total > 0 && several) throw new PolicyError('needs_input', M2.needsDiseaseDeductible(), 2, 'ytd_disease_deductible');
    return total;
  }
  // per_person: one disease's deductible met in full settles the year's
  const settled = [...byName].some(([name, fen]) => {
    const x = findDisease(d, name);
    const ded = x ? ownDeductible(d, path, x, claim.scheme) : undefined;
    return ded !== undefined && fen >= ded;
  });
  return settled ? own : total;
}
