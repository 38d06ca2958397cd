// Which claim inputs of policy model 2 (contract "Rulebook structures") the policy in use needs
// for this claim, read from the version in force: the wizard asks only these, and only where the
// flags did not give them. Pure: no prompts, no terminal.
import type { Claim } from '../../engine/types.js';
import type { Policy } from '../../policy/schema.js';
import { versionInForce } from '../../engine/version.js';

/** The inputs a model-2 policy can need, in the order the wizard asks them. */
export type RulebookInput = 'grade' | 'admission' | 'age' | 'class_b' | 'disease' | 'filing' | 'assistance';

const INPUTS: ReadonlySet<string> = new Set<RulebookInput>(['grade', 'admission', 'age', 'class_b', 'disease', 'filing', 'assistance']);

/** Whether a claim field is one the wizard asks for a model-2 policy (a PolicyError naming it is a question, not a refusal). */
export const isRulebookInput = (field: string): boolean => INPUTS.has(field);

type Loose = Record<string, unknown> | undefined;
const at = (o: Loose, key: string): Loose => (o && typeof o[key] === 'object' && o[key] !== null ? (o[key] as Record<string, unknown>) : undefined);

/** The inputs this claim's rules use, in asking order. */
export function rulebookNeeds(policy: Policy, claim: Pick<Claim, 'date' | 'benefit' | 'scheme'>): RulebookInput[] {
  const version = versionInForce(policy, claim.date) as Loose;
  if (!version) return [];
  const benefit = at(at(version, 'benefits'), claim.benefit);
  const rules = at(benefit, claim.scheme);
  const needs: RulebookInput[] = [];
  if (claim.scheme === 'resident' && at(policy as unknown as Loose, 'grades')) needs.push('grade');
  if (claim.benefit === 'inpatient' && Array.isArray(rules?.deductible_schedule)) needs.push('admission');
  if (at(rules, 'age_bonus')) needs.push('age');
  const firstPay = at(version, 'first_pay');
  const firstPayBenefits = firstPay?.benefits;
  if (firstPay && (!Array.isArray(firstPayBenefits) || firstPayBenefits.includes(claim.benefit))) needs.push('class_b');
  if (claim.benefit === 'chronic' && at(benefit, 'disease_limits')) needs.push('disease');
  if (at(rules, 'filing')) needs.push('filing');
  const assistance = at(version, 'assistance');
  const assisted = assistance?.benefits;
  if (assistance && at(assistance, 'groups') && (!Array.isArray(assisted) || assisted.includes(claim.benefit))) needs.push('assistance');
  return needs;
}

/** The policy's names for its assistance groups (特困人员, 低保对象), in its order. */
export function assistanceGroups(policy: Policy, date: string): string[] {
  return Object.keys(at(at(versionInForce(policy, date) as Loose, 'assistance'), 'groups') ?? {});
}

/** The policy's chronic diseases for this benefit (the names its limit table uses), in its order. */
export function diseaseNames(policy: Policy, date: string): string[] {
  const limits = at(at(at(versionInForce(policy, date) as Loose, 'benefits'), 'chronic'), 'disease_limits');
  const list = limits?.diseases;
  return Array.isArray(list) ? list.flatMap((d) => (typeof (d as { name?: unknown }).name === 'string' ? [(d as { name: string }).name] : [])) : [];
}

/** The resident grades the policy names ("1" → 一档), in its order. */
export function gradeNames(policy: Policy): { id: string; name: { zh: string; en: string } }[] {
  const grades = at(policy as unknown as Loose, 'grades') ?? {};
  return Object.entries(grades).map(([id, g]) => ({ id, name: (g as { name: { zh: string; en: string } }).name }));
}
