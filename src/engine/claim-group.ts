// The claim's group (--assistance) as the policy knows it. A group is a name or alias of
// assistance.groups, or a name a group_deductible_share, a group_bonus or a second layer's `groups` gives (the text
// names it for that rule; assistance does not cover it: 救助 0, said). Where a list ends in 等
// (特困人员、低保对象、返贫致贫人口等困难群众: `open_groups`), a group no list names is not bad input:
// each open list answers it as the file says, unknown (exit 3 naming the question) or read as one
// of its groups; assistance, a closed list, pays it nothing.
import type { PolicyVersion } from '../policy/schema.js';
import type { OpenGroupsValue } from '../policy/schema-v2.js';
import { PolicyError, type Bp } from './types.js';
import { model2Messages as M2 } from './messages2.js';

export interface ClaimGroups {
  /** Every name and alias a rule of the version gives a group, to its own name. */
  byName: ReadonlyMap<string, string>;
  /** Some list of the version ends in 等: a group no list names is answered by the rules. */
  open: boolean;
  /** The names of assistance.groups (a closed list: any other group gets no assistance). */
  assisted: ReadonlySet<string>;
}

/** The version's groups: assistance's (with aliases), then those its deductible shares and second layers name. */
export function groupsOf(version: PolicyVersion): ClaimGroups {
  const byName = new Map<string, string>();
  for (const [name, g] of Object.entries(version.assistance?.groups ?? {})) for (const n of [name, ...(g.aliases ?? [])]) byName.set(n, name);
  let open = false;
  for (const benefit of Object.values(version.benefits)) {
    for (const rules of [benefit?.employee, benefit?.resident]) {
      for (const name of [...Object.keys(rules?.group_deductible_share ?? {}), ...Object.keys(rules?.group_bonus ?? {})]) if (!byName.has(name)) byName.set(name, name);
      if (rules?.open_groups) open = true;
    }
  }
  for (const layer of [version.second_layer?.employee, version.second_layer?.resident]) {
    for (const name of Object.keys(layer?.groups ?? {})) if (!byName.has(name)) byName.set(name, name);
    if (layer?.open_groups) open = true;
  }
  if (version.assistance?.open_groups) open = true;
  return { byName, open, assisted: new Set(Object.keys(version.assistance?.groups ?? {})) };
}

/** The group's own name (an alias resolved); a group no list names is its name as typed where a list is open, else exit 2 listing the groups. */
export function claimGroup(g: ClaimGroups, typed: string): { name: string; named: boolean } {
  const name = g.byName.get(typed) ?? g.byName.get(typed.trim());
  if (name !== undefined) return { name, named: true };
  if (g.open) return { name: typed.trim(), named: false };
  throw new PolicyError('needs_input', M2.unknownGroup(typed.trim(), [...new Set(g.byName.values())]), 2, 'assistance');
}

/**
 * An open list's answer for a group it does not name: the listed group it is read as (as_group),
 * or, unknown, the listed groups to try against the general rule (`group` where the file names
 * one, else every one); the caller compares them and throws `openUnknown` where they differ.
 */
export function openCandidates(open: OpenGroupsValue, listed: readonly string[]): string[] {
  if (open.value === 'as_group') return [open.group!];
  if (open.value === 'none') return [];
  return open.group !== undefined ? [open.group] : [...listed];
}

/** The exit 3 of a group an open list leaves undecided, naming the list and the question. */
export function openUnknown(open: OpenGroupsValue, path: string, typed: string, listed: readonly string[]): PolicyError {
  return new PolicyError('unknown_parameter', M2.unknownRule(path, open.note, M2.openGroups(typed, open.quote, listed)));
}

/** A deductible share under an open list: the share of the group an unnamed one is read as; unknown where a listed share differs from paying in full. */
export function openShare(open: OpenGroupsValue, path: string, typed: string, shares: ReadonlyMap<string, Bp | null>): Bp {
  const listed = [...shares.keys()];
  // none: not one of the listed groups, the general rule
  if (open.value === 'none') return 10000;
  const tried = openCandidates(open, listed).map((n) => shares.get(n) ?? 10000);
  if (open.value === 'as_group') {
    if (tried[0] === null) throw new PolicyError('unknown_parameter', M2.unknownRule(`${path.replace(/open_groups$/, 'group_deductible_share')}.${open.group}`, undefined));
    return tried[0]!;
  }
  if (tried.every((s) => s === 10000)) return 10000;
  throw openUnknown(open, path, typed, listed);
}
