// A chronic disease's own deductible the text leaves unknown (`diseases[].deductible: { value: null,
// note }`). 岚汐 第十条 「恶性肿瘤门诊放化疗、尿毒症透析治疗、器官移植术后抗排异治疗等重特大疾病不设起付标准」:
// 血友病, listed by 第十二条 with its own limit, is or is not among them. A choice between the deductible
// the disease has without an entry of its own (its group's, else the benefit's) and none (0): a claim
// for that disease is settled both ways (choices.ts); where they differ it is exit 3 naming
// `<benefit>.disease_limits.<disease>.deductible` with both answers. Where the disease would have no
// deductible to fall back on (the benefit sets them by disease only), it stays a plain unknown.
import type { Scheme } from '../domain.js';
import type { Claim } from './types.js';
import type { Choice } from './choices.js';
import type { Model2 } from './model2.js';
import type { SchemeDiseaseLimits } from './disease-scheme.js';
import { shareForScheme } from '../policy/sourced.js';
import { findDisease } from './disease-group.js';
import { model2Messages as M2 } from './messages2.js';

type Option = 'general' | 'none';

/** The limits with one disease's deductible as an option sets it: general drops its own (the group's or benefit's applies), none is 0. */
export function withDiseaseDeductible(d: SchemeDiseaseLimits, name: string, o: Option): SchemeDiseaseLimits {
  const diseases = d.diseases.map((x) => {
    if (x.name !== name) return x;
    if (o === 'none') return { ...x, deductible: { value: 0 } };
    const { deductible: _, ...rest } = x;
    return rest;
  });
  return { ...d, diseases };
}

/** Whether a claim uses this disease's deductible: the disease treated, or one whose deductible met this year it gives. */
const touches = (d: SchemeDiseaseLimits, name: string) => (claim: Claim) =>
  (claim.disease !== undefined && findDisease(d, claim.disease)?.name === name) ||
  Object.keys(claim.ytdDiseaseDeductible ?? {}).some((typed) => findDisease(d, typed)?.name === name);

/**
 * Pushes a choice for each disease whose own deductible for the scheme the file leaves unknown, where
 * it has one to fall back on (`benefitHasOne`: the benefit states a deductible for the scheme; or its group does).
 */
export function diseaseDeductibleChoices(d: SchemeDiseaseLimits, path: string, scheme: Scheme, benefitHasOne: boolean, choices: Choice[]): void {
  for (const x of d.diseases) {
    if (!x.deductible) continue;
    const { v, key } = shareForScheme(x.deductible, scheme);
    if (v.value !== null) continue;
    const group = x.group === undefined ? undefined : d.groups?.[x.group];
    if (!benefitHasOne && !group?.deductible) continue;
    const at = `${path}.${x.name}.deductible${key}`;
    choices.push({
      path: at,
      options: ['general', 'none'] as const,
      given: null,
      note: v.note,
      reading: undefined,
      under: (m: Model2, o) => ({ ...m, diseases: { ...m.diseases!, value: withDiseaseDeductible(m.diseases!.value, x.name, o as Option) } }),
      words: (o) => M2.diseaseDeductibleWords(o as Option, group?.deductible !== undefined),
      can: touches(d, x.name),
      set: M2.setDiseaseDeductible(at),
    });
  }
}
