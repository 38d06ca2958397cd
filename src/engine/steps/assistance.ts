// Step assistance (医疗救助): the group's ratio of the 政策范围内 burden left after the fund and
// the second layer, above what is left of the group's yearly threshold, within its yearly cap.
import type { Bp, Fen } from '../types.js';
import { applyRatio, type Rounding } from '../../money/money.js';

/** The part of this claim's base that goes to the yearly threshold. */
export const assistanceThresholdMet = (base: Fen, threshold: Fen, ytdMet: Fen): Fen => Math.min(base, Math.max(0, threshold - ytdMet));

export const assistancePays = (base: Fen, thresholdMet: Fen, ratio: Bp, cap: Fen, ytdPaid: Fen, rounding: Rounding): Fen =>
  Math.min(applyRatio(base - thresholdMet, ratio, rounding), Math.max(0, cap - ytdPaid));
