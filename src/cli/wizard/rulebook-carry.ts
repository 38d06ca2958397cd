// What the wizard carries to the same person's next claim under a policy of model 2 ("同一个人?"),
// as batch carries a person's rows: who the person is (grade, assistance group, certified diseases, the day retired,
// age or birth date), the next stay's number where the deductible is per stay, and the layers'
// year so far after the claim just explained. Pure. The fields of the year are also dropped for
// someone else (withoutYear).
import { given, type ClaimField, type RawClaim } from '../../claim/index.js';
import type { Explanation, Settlement } from '../../engine/types.js';
import { formatFen } from '../../money/money.js';

/** The person's model-2 answers, the same for every claim of the year. */
const PERSON: readonly ClaimField[] = ['grade', 'assistance', 'disease', 'diseases', 'age', 'birth_date', 'status_since', 'retirement_processed'];

/** The model-2 year-so-far fields and the result that carries each on. */
const YEAR: readonly [ClaimField, keyof Settlement][] = [
  ['ytd_benefit_fund', 'ytdBenefitFundAfter'],
  ['ytd_burden', 'ytdBurdenAfter'],
  ['ytd_second', 'ytdSecondAfter'],
  ['ytd_assistance', 'ytdAssistanceAfter'],
  ['ytd_assistance_deductible', 'ytdAssistanceDeductibleAfter'],
];

/** The year's model-2 fields (never carried to another person). */
export const RULEBOOK_YEAR_FIELDS: readonly ClaimField[] = ['admission', ...YEAR.map(([field]) => field)];

/** The model-2 fields of the same person's next claim, from the last claim and its explanation. */
export function rulebookCarry(last: RawClaim, explanation: Explanation | undefined): RawClaim {
  const next: RawClaim = {};
  for (const field of PERSON) if (given(last[field])) next[field] = last[field];
  if (!explanation) return next;
  const result = explanation.result;
  // a deductible per stay: the next stay of the year is the next number
  // (not where a readmission left open whether it was a new stay: the next one asks)
  if (result.admission !== null && result.readmission?.sameAdmission !== null) next.admission = String(result.admission + 1);
  for (const [field, after] of YEAR) {
    // a burden the text left open (carried_unknown) is not carried: the next claim asks for it
    if (field === 'ytd_burden' && result.ytdBurdenOpen) continue;
    const value = result[after] as number;
    // this benefit's fund counts only against a disease limit (model 1 adds it up but never uses it)
    const counts = field === 'ytd_benefit_fund' ? result.diseaseLimit !== null : value > 0;
    if (given(last[field]) || counts) next[field] = formatFen(value);
  }
  return next;
}
