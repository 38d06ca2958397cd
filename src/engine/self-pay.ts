// A fund ratio the policy states as the person's share (个人自付比例依次为8%、12%、16%: `self_pay`):
// the engine pays 1 − share like any ratio; these say which of the claim's bands were so stated,
// so the breakdown and `say` give both shares (个人自付8%,统筹支付92%) as the text does.
import type { Claim, Settlement } from './types.js';
import type { Rules } from './rules.js';
import { groupRulesOf } from './disease-group.js';

/** Whether the m-th band's ratio (a flat ratio is band 0) is written as the person's share. */
export function bandSelfPay(rules: Rules, index: number): boolean {
  const sourced = rules.model2?.bands[index]?.resolved.provenance.sourced as { self_pay?: number } | undefined;
  return sourced?.self_pay !== undefined;
}

/** Whether the ratio this claim used is stated as the person's share (a disease group's own ratio is not). */
export function usesSelfPay(rules: Rules, s: Settlement, claim: Claim): boolean {
  const m = rules.model2;
  if (!m || s.ratio === null) return false;
  if (s.diseaseGroup !== undefined && m.diseases) {
    const g = groupRulesOf(m.diseases.value, m.diseases.path, claim.disease, claim.scheme, claim.status);
    if (g && (g.ratio !== null || g.ratioOf !== null)) return false;
  }
  const used = s.bands ? s.bands.flatMap((b, i) => (b.base > 0 ? [i] : [])) : [0];
  return used.some((i) => bandSelfPay(rules, i));
}
