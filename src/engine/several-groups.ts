// A patient in two or more assistance groups (朔原 二（三）「同一人同时具有两种以上特殊群体身份的，按待遇就高原则享受，
// 不重复享受」): --assistance 低保对象,重度残疾人. The claim is settled as each group alone (never two groups' tilts
// together); the version's `several_groups` says which answer stands: `highest`, the group whose answer pays the
// most (fund + second layer + assistance; the first such group where two pay the same), or unknown (null with a
// note, or left out): answered where every group pays the same, else exit 3 with each group's answer. Pure: no I/O.
import type { Policy } from '../policy/schema.js';
import { PolicyError, type Claim, type Fen, type Override, type Settlement, type Warning } from './types.js';
import type { Text } from '../domain.js';
import { versionInForce } from './version.js';
import { withRuleSets } from './rule-sets.js';
import { model2Messages as M2 } from './messages2.js';
import { warnings as W, ruleWarnings as RW } from './warnings.js';

/** What several groups came to on a claim (Settlement.severalGroups; JSON result.several_groups). */
export interface SeveralGroups {
  /** The group whose answer stands. */
  used: string;
  /** Each group's fund + second layer + assistance, in the claim's order. */
  each: { group: string; pays: Fen }[];
  /** highest: the rule chose; same: every group pays the same. */
  how: 'highest' | 'same';
}

/** The groups a claim names, where it names two or more (else undefined: settled once, as always). */
export const severalGroupsOf = (claim: Claim): readonly string[] | undefined => (claim.assistanceGroups !== undefined && claim.assistanceGroups.length > 1 ? claim.assistanceGroups : undefined);

const total = (s: Settlement): Fen => s.fundPays + s.secondLayerPays + s.assistancePays;

/**
 * Runs the claim as each of its groups and keeps the answer the policy's rule picks (see the header).
 * `run` settles one group's claim; `settlementOf` reads its numbers; `restore` puts the chosen answer
 * back with the claim as given (every group named) and what was said.
 */
export function groupsTried<T>(claim: Claim, policy: Policy, overrides: readonly Override[] | undefined, run: (c: Claim) => T, settlementOf: (t: T) => Settlement, restore: (t: T, claim: Claim, said: Warning[]) => T): T {
  const groups = severalGroupsOf(claim)!;
  const tried = groups.map((group) => ({ group, t: run({ ...claim, assistance: group, assistanceGroups: undefined }) }));
  const each = tried.map(({ group, t }) => ({ group, pays: total(settlementOf(t)), s: settlementOf(t) }));
  const path = 'several_groups';
  const as = (i: number, how: SeveralGroups['how'], said: Warning[]): T => {
    const chosen = tried[i]!;
    settlementOf(chosen.t).severalGroups = { used: chosen.group, each: each.map(({ group, pays }) => ({ group, pays })), how };
    return restore(chosen.t, { ...claim, assistance: chosen.group }, said);
  };
  const same = each.every((x) => samePaid(x.s, each[0]!.s));
  if (same) return as(0, 'same', [RW.severalGroups(path, M2.severalGroupsSame(groups))]);
  const version = versionInForce(policy, claim.date);
  const rule = version ? withRuleSets(version, overrides ?? []).several_groups : undefined;
  if (rule?.value === 'highest') {
    let best = 0;
    each.forEach((x, i) => {
      if (x.pays > each[best]!.pays) best = i;
    });
    const said: Warning[] = [RW.severalGroups(path, M2.severalGroupsHighest(tried[best]!.group, each))];
    if (rule.reading) said.push(W.reading(path, rule.reading, rule.reading_short));
    return as(best, 'highest', said);
  }
  const answers = M2.choiceEach(each.map(({ group, s }) => ({ words: { zh: `按“${group}”`, en: `as ${group}` } as Text, s })), undefined);
  throw new PolicyError('unknown_parameter', M2.severalGroupsUnknown(groups, rule?.note, answers, rule === undefined));
}

const PAID = ['fundPays', 'secondLayerPays', 'assistancePays', 'accountPays', 'familyPays', 'cashDue'] as const;
const samePaid = (a: Settlement, b: Settlement): boolean => PAID.every((k) => a[k] === b[k]);
