// The chronic claims a second layer covers (朔原 九「…统筹基金年度支付达到最高支付限额后发生的住院和第一类门诊慢特病政策范围内
// 费用…由大额医疗费用补助支付90%」): `second_layer.<scheme>.chronic_diseases` names disease groups (第一类病种) or diseases;
// a chronic claim for another disease counts no burden toward the layer and is paid nothing by it, said with
// the clause. Pure: no I/O.
import { PolicyError, type Claim, type Warning } from './types.js';
import type { Model2 } from './model2.js';
import { entryOf } from './disease-group.js';
import { warnings as W } from './warnings.js';

/** Whether the claim's layer covers it: every claim but a chronic one for a disease the layer's list leaves out. */
export function layerCovers(m: Model2, claim: Claim): boolean {
  const cd = m.layer?.value.chronic_diseases;
  if (!cd || claim.benefit !== 'chronic') return true;
  const name = m.layer!.value.name;
  if (!m.diseases || claim.disease === undefined) {
    throw new PolicyError('needs_input', { zh: `${name.zh}只支付部分门诊慢特病病种:请用 --disease 给出本次治疗的病种。`, en: `The ${name.en} covers some chronic diseases only: give the disease treated with --disease.` }, 2, 'disease');
  }
  const e = entryOf(m.diseases.value, claim.disease);
  if (!e) return true; // a disease the policy does not name is refused by the disease step, with the policy's names
  return (cd.diseases?.includes(e.name) ?? false) || (e.group !== undefined && (cd.groups?.includes(e.group) ?? false));
}

/** Said on a chronic claim the layer does not cover: the layer, the disease and the clause. */
export function layerNotCoveredNote(m: Model2, claim: Claim, scheme: string): Warning {
  const layer = m.layer!.value;
  const cd = layer.chronic_diseases!;
  const listed = [...(cd.groups ?? []), ...(cd.diseases ?? [])].join('、');
  const quote = cd.quote ? `(原文:“${cd.quote}”)` : '';
  return W.policyNote(`second_layer.${scheme}.chronic_diseases`, {
    zh: `${layer.name.zh}只支付住院和${listed}的门诊慢特病${quote};本次病种“${claim.disease}”不在其列,不计入也不由其支付`,
    en: `the ${layer.name.en} covers inpatient care and ${listed} only${cd.quote ? ` (“${cd.quote}”)` : ''}; this claim's disease (${claim.disease}) is not among them: nothing counts toward it or is paid by it`,
  });
}
