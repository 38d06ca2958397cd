// The 30 hand-worked claims of the newcomer trial's two fictional rulebooks (青鸥 qingou, 雁汐 yanxi:
// /work/trial/<city>, copied as test/fixtures/trial/<city>-claims.json, texts in sources/), through
// complete encodings in today's policy model 2 (test/fixtures/trial/<city>.yaml), the way
// golden.test.ts runs 白鹭/云岭's (golden-helpers.ts). Expected values are read from the claims'
// JSON (worked by hand by the rulebooks' author). Decided claims match every non-null field to the fen
// and carry no reading; undecided ones are an unknown (exit 3 naming the question) or the reading the
// policy file takes, shown as a reading on the rule in question, with that reading's numbers.
import { readFileSync } from 'node:fs';
import { describeGolden, type Undecided } from './golden-helpers.js';

const DIR = 'test/fixtures/trial';
const claimsOf = (city: string) => JSON.parse(readFileSync(`${DIR}/${city}-claims.json`, 'utf8'));

const UNDECIDED: Record<string, Undecided> = {
  // 三（二） gives the retirees' 起付 apart from 三（一）'s later-stay schedule: read as applying
  'QO-03': { reading: 'retiree_amount_halved', path: 'inpatient.employee.deductible_schedule.retired.0' },
  'QO-04': { reading: 'third_stay_no_deductible', path: 'inpatient.employee.deductible_schedule.retired.1' },
  // 十（二）「配偶、父母、子女等近亲属」: an open list; a sibling's or grandchild's account counted as not paying
  'QO-10': { reading: 'sibling_not_included', path: 'family.relations' },
  'QO-15': { reading: 'grandparent_not_included', path: 'family.relations' },
  // 四（三） states the rule for two diseases only: three is unknown
  'QO-13': { unknown: 'chronic.disease_limits.several' },
  // 三.1 补足差额 with a first stay's bill below its 起付: the tool charges the rest of the standard
  'YX-04': { reading: 'difference_to_amount_met', path: 'inpatient.employee.deductible_partly_met' },
  // 三.3's 96% ceiling after 三.5's later age uplift: unknown where it changes the fund
  'YX-05': { unknown: 'inpatient.employee.uplift_ceiling.after.age' },
  // 九.3's unfiled 三级 起付 joins 三.1's yearly top-up
  'YX-07': { reading: 'yearly_top_up', path: 'inpatient.employee.filing.unfiled' },
  // 八「个人负担医疗费用」 without 政策范围内: 目录外 counted in the 救助 base
  'YX-09': { reading: 'out_of_catalogue_included', path: 'assistance.base.out_of_scope' },
  'YX-10': { reading: 'out_of_catalogue_included', path: 'assistance.base.out_of_scope' },
};

/** Claims that cannot pass yet, each with its precise reason (none today). */
const FAILING: Record<string, string> = {};

for (const city of ['qingou', 'yanxi'] as const) {
  describeGolden({
    city,
    policyPath: `${DIR}/${city}.yaml`,
    claims: claimsOf(city),
    undecided: UNDECIDED,
    failing: FAILING,
    byFacility: true,
    decidedWithoutReadings: true,
  });
}
