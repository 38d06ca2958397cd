// Step 9, family mutual aid (家庭共济): a relative's account pays what is left of the in-scope
// self-pay after the patient's own account, when the policy allows the relation.
import type { Fen } from '../types.js';

export const familyPays = (inScope: Fen, fund: Fen, account: Fen, balance: Fen, allowed: boolean): Fen =>
  allowed ? Math.min(inScope - fund - account, balance) : 0;

/** 通过家庭共济支付的金额，每个自然年度累计不超过5000元: what is left of the year's cap after what was paid (per holder or per relative). */
export const familyYearLeft = (cap: Fen, used: Fen): Fen => Math.max(0, cap - used);
