// 医疗救助's ratio cut by the claim's filing kind (assistance.filing_cut; 朔原 十（五）「未按规定办理
// 异地就医备案的，救助比例降低10个百分点。」): which entry a claim takes (emergency care, where the file
// lists no `emergency`, the kind the benefit's filing.emergency counts it as: 视同已备案), and the
// group's ratio with those points taken off after its uplift. Pure: the caller settles and says it.
import type { SourcedValue } from '../policy/schema.js';
import type { AssistanceValue } from '../policy/schema-v2.js';
import type { Bp, Filing } from './types.js';

export interface AssistanceFilingCut {
  /** The filing kind whose entry applies (unfiled). */
  kind: Filing;
  /** Points taken off (1000 = 10 points); null: the file leaves it unknown. */
  points: Bp | null;
  path: string;
  cite: SourcedValue;
}

/** The entry for the claim's filing (local or none: undefined); emergency care falls back on the kind it counts as. */
export function assistanceFilingCut(cuts: NonNullable<AssistanceValue['filing_cut']>, filing: Filing | undefined, emergencyAs: Filing | undefined): AssistanceFilingCut | undefined {
  if (filing === undefined || filing === 'local') return undefined;
  const kind = filing === 'emergency' && cuts.emergency === undefined && emergencyAs !== undefined ? emergencyAs : filing;
  if (kind === 'local') return undefined;
  const v = cuts[kind];
  if (v === undefined) return undefined;
  return { kind, points: v.value === null ? null : Math.round(v.value * 10000), path: `assistance.filing_cut.${kind}`, cite: v };
}

/** The assistance ratio less the cut, never below 0. */
export const cutAssistanceRatio = (ratio: Bp, points: Bp): Bp => Math.max(0, ratio - points);
