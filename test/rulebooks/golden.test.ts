// The 30 hand-worked claims of the two fictional rulebooks (../shared/rulebooks, copied here as
// <city>-claims.json), through the project's own encodings examples/rulebooks/<city>.yaml:
// through the engine (claim parsing, facility names, explain) and through `calc --json`
// (golden-helpers.ts). A decided claim matches every non-null `expect` field to the fen. An undecided
// one is either an unknown (exit 3 naming the parameter) or a reading shown as a reading (a warning of
// kind reading on the rule in question) whose numbers match that reading's `expect`.
import { readFileSync } from 'node:fs';
import { describeGolden, type Undecided } from './golden-helpers.js';

const POLICY = { bailu: 'examples/rulebooks/bailu.yaml', yunling: 'examples/rulebooks/yunling.yaml' } as const;
const claimsOf = (city: keyof typeof POLICY) => JSON.parse(readFileSync(new URL(`./${city}-claims.json`, import.meta.url), 'utf8'));

/** How each undecided claim is answered: the reading the policy file names, or an unknown (exit 3) naming the rule. */
const UNDECIDED: Record<string, Undecided> = {
  'BL-08': { reading: 'classb_in_policy_scope', path: 'assistance.base.first_pay' },
  'BL-11': { unknown: '社区卫生服务站' },
  'BL-13': { reading: 'family_same_scope_as_own_account', path: 'account_scope.family' },
  'YL-03': { unknown: 'age_bonus.age_on' },
  'YL-09': { reading: 'only_after_this_stay', path: 'second_layer.employee.within_claim' },
  'YL-14': { reading: 'carry_over_year_totals', path: 'status_change' },
};

for (const city of ['bailu', 'yunling'] as const) {
  describeGolden({ city, policyPath: POLICY[city], claims: claimsOf(city), undecided: UNDECIDED });
}
