// The line that says a claim starts from the same person's year so far, for the wizard's
// "同一个人?" and the desk's next visit alike.
import { BENEFIT_ALIASES, lookup } from '../../claim/aliases.js';
import { given, type RawClaim } from '../../claim/index.js';
import { BENEFIT_NAMES } from '../../engine/index.js';
import type { Lang } from '../errors.js';
import { Q } from './text.js';

/** "接着算同一个人今年的普通门诊:起付线已付400元,统筹基金已报销450元…"; hasDeductible: one that is charged again. */
export function carriedLine(next: RawClaim, lang: Lang, hasDeductible: boolean): string {
  const benefit = BENEFIT_NAMES[lookup(BENEFIT_ALIASES, next.benefit ?? '') ?? 'outpatient'][lang];
  const yuan = (v: string | undefined) => (v ?? '0').replace(/\.00$/, '');
  const deductible = given(next.ytd_deductible) ? yuan(next.ytd_deductible) : undefined;
  return Q.carried(benefit, deductible, yuan(next.ytd_fund), deductible === undefined && hasDeductible)[lang];
}
