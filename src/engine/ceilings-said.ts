// The uplift ceilings that held on a claim (提高后最高不超过90%), for the JSON result and the spoken
// script to name as the text breakdown does (describe2.ts, ratio step): each ceiling that lowered a
// ratio the claim used, with the uplifts of this claim it holds. Computed by explain only (batch
// does not carry it). Pure.
import type { Model2 } from './model2.js';
import { ceilingsHeld, claimPoints } from './settle2.js';
import type { Claim, Settlement } from './types.js';

const KINDS = ['retiree', 'grade', 'age', 'facility'] as const;

export function ceilingsSaid(m: Model2, claim: Claim, s: Settlement): Settlement['upliftCeilings'] {
  if (!m.ceiling || !s.eligible || s.ratio === null) return undefined;
  const p = claimPoints(m, claim, true);
  const held = ceilingsHeld(m, s, p).filter((e) => e.max !== null);
  if (held.length === 0) return undefined;
  const on = (k: (typeof KINDS)[number]) => (k === 'age' ? p.age : k === 'facility' ? p.facility : m.uplifts[k]) > 0;
  const several = m.ceiling.entries.length > 1;
  return held.map((e) => ({ max: e.max!, uplifts: KINDS.filter((k) => e.held[k] !== false && on(k)), path: e.path, several }));
}
