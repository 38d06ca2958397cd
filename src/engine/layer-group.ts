// A second layer as it applies to a claim's assistance group (特困人员、低保对象…): the group's
// own threshold (起付标准降至6000元) or its share of the general one (降低50%), its own bands
// (…支付70%…) or points added to the general ones (提高5个百分点), or both (its own first bands, the
// general ones above them raised: 7500元以上至5万元（含）的部分支付65%，其余各段支付比例提高5个百分点), its own cap (年度最高支付40万元)
// or none (不设年度最高支付限额). What a group leaves out is the general rule. A group value the
// text leaves unknown stops only that group's claims it can change (exit 3, naming it): it is
// tried at its bounds (model2.ts, choices.ts), given here through `layer.set`.
import type { Fen } from './types.js';
import type { LayerRules } from './model2.js';
import { unknown } from './model2.js';
import type { SourcedValue } from '../policy/schema.js';
import { applyRatio, fenFromNumber, ratioFromNumber, type Rounding } from '../money/money.js';
import { ownThenRest, upliftBands, type Band } from './steps/bands.js';

export interface GroupLayer {
  threshold: Fen;
  bands: Band[];
  /** null: no yearly cap for this group. */
  cap: Fen | null;
}

/** Each layer's rules per group, worked out once (a batch has a few groups and many rows); under the rounding they were worked out with. */
const KNOWN = new WeakMap<LayerRules, { r: Rounding; general: GroupLayer; byGroup: Map<string, GroupLayer> }>();

/** The layer's rules for the claim's group (undefined: no group): the same object for every claim of the group. */
export function groupLayer(layer: LayerRules, group: string | undefined, r: Rounding): GroupLayer {
  let known = KNOWN.get(layer);
  if (!known || known.r !== r) KNOWN.set(layer, (known = { r, general: { threshold: layer.threshold, bands: layer.bands, cap: layer.cap }, byGroup: new Map() }));
  const g = group === undefined ? undefined : layer.value.groups?.[group];
  if (!g) return known.general;
  let rules = known.byGroup.get(group!);
  if (rules === undefined) known.byGroup.set(group!, (rules = ofGroup(layer, g, group!, r)));
  return rules;
}

type LayerGroup = NonNullable<LayerRules['value']['groups']>[string];

/** The layer's rules for a group the layer names; a value the text leaves unknown is exit 3. */
function ofGroup(layer: LayerRules, g: LayerGroup, group: string, r: Rounding): GroupLayer {
  const path = `${layer.path}.groups.${group}`;
  // a value the file leaves unknown: the bound a choice tries (model2.ts), else exit 3 naming it
  const known = (v: SourcedValue, name: string): number => {
    if (v.value !== null) return v.value;
    const bound = layer.set[`${path}.${name}`];
    if (bound === undefined) throw unknown(`${path}.${name}`, v.note);
    return bound;
  };
  let threshold = layer.threshold;
  if (g.threshold) threshold = fenFromNumber(known(g.threshold, 'threshold'));
  else if (g.threshold_share) threshold = applyRatio(layer.threshold, ratioFromNumber(known(g.threshold_share, 'threshold_share')), r);
  let bands = layer.bands;
  const own = g.segments?.map((s, i) => ({
    upTo: s.up_to ? fenFromNumber(known(s.up_to, `segments.${i}.up_to`)) : null,
    ratio: ratioFromNumber(known(s.ratio, `segments.${i}.ratio`)),
  }));
  if (g.ratio_plus) {
    const raised = upliftBands(layer.bands, ratioFromNumber(known(g.ratio_plus, 'ratio_plus')));
    // 最高不超过80%, where it holds after the uplift: a band the text sets higher is never lowered
    const c = layer.ceiling;
    bands = c?.held ? raised.map((b, i) => ({ upTo: b.upTo, ratio: Math.min(b.ratio, Math.max(c.max, layer.bands[i]!.ratio)) })) : raised;
    // 7500元以上至5万元（含）的部分支付65%，其余各段支付比例提高5个百分点: its own bands first, the raised general ones above them
    if (own) bands = ownThenRest(own, bands);
  } else if (own) bands = own;
  let cap: Fen | null = layer.cap;
  if (g.no_cap) {
    const none = g.no_cap.value ?? (layer.set[`${path}.no_cap`] === undefined ? null : layer.set[`${path}.no_cap`] === 1);
    if (none === null) throw unknown(`${path}.no_cap`, g.no_cap.note);
    if (none) cap = null;
  } else if (g.cap) cap = fenFromNumber(known(g.cap, 'cap'));
  return { threshold, bands, cap };
}
