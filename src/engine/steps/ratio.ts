// Step 4, ratio (报销比例): the tier's ratio, plus the retiree uplift where the policy has one
// and the ratio has no retired entry of its own (Suizhou: "退休人员支付比例提高5%", read as
// 5 points). Never above 100%: the fund does not pay more than the cost.
import type { Bp } from '../types.js';

export const effectiveRatio = (base: Bp, bonus: Bp): Bp => Math.min(10000, base + bonus);
