// Policy model 2 (`schema: yibao.policy/2`): the structures of a whole municipal rulebook that a
// flat deductible / ratio / cap table cannot hold (contract "Rulebook structures"). Every one is
// optional: a policy without it computes exactly as model 1. Each value is sourced like a model-1
// value (stated with source + verbatim quote, inferred, a reading, or unknown: null + note).
// docs/policy-format-v2.md describes each field with the 白鹭 example.
import { z } from 'zod';
import { BENEFITS, TIERS } from '../domain.js';
import { Localized, MoneySourced, PayRatioParam, provenance, Quote, RatioSourced, SourceKey, sourcedOf } from './schema-base.js';

/** Citation and certainty shared by every v2 rule that is not a single number. */
const cited = {
  source: SourceKey.optional(),
  quote: Quote.optional(),
  reading: Localized.optional().describe('Which reading of an ambiguous text this takes, and why.'),
  reading_short: Localized.optional().describe('That reading in one clause an operator can read out.'),
  note: Localized.optional().describe('For an unknown (value: null): what the sources say and do not say.'),
};

/** One of a few stated words, or null (the text does not say) with a note. */
function choiceOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.strictObject({ value: z.enum(values).nullable().describe(`${what}; null when the text does not say.`), ...cited });
}

/** Yes or no as the text states it (the 大病 burden counts 乙类先行自付: true), or null (not stated). */
export const Flag = z.strictObject({ value: z.boolean().nullable(), ...cited }).describe('A yes/no rule: {value: true|false, source, quote}, a reading, or null with a note.');

/** A count (an age, an admission number): a whole number. */
const CountSourced = sourcedOf(z.number().int().min(0));

const Benefits = z.array(z.enum(BENEFITS)).min(1);

/** 社区卫生服务中心, 乡镇卫生院 …: the level the policy says a facility counts as. */
export const Facility = z
  .strictObject({
    counts_as: z
      .union([z.enum(TIERS), z.literal('rated').describe('rated: the level it is rated at (民营定点医疗机构按其评定级别确定待遇标准; 中医医院 of any level): the claim names it with its level, --tier 二级中医医院.')])
      .nullable()
      .describe('The level whose rules apply, or rated (the claim’s own level); null when the text does not say (the tool then asks for the level).'),
    aliases: z.array(z.string().min(1)).optional().describe('Other names of the same kind of facility.'),
    benefits: Benefits.optional().describe('The benefits for which it counts as `counts_as` (执行一级医疗机构普通门诊标准: [outpatient]); all when left out. A benefit in neither `benefits` nor `refused` is unknown at this facility.'),
    own_standard: z
      .literal(true)
      .optional()
      .describe('The rulebook gives it a standard of its own (三级甲等医疗机构执行本细则规定的三级甲等标准): parameters may be keyed by this name beside the levels; where one is not, the `counts_as` level applies (三级及三级甲等50%).'),
    kinds: z
      .array(z.string().min(1))
      .min(2)
      .optional()
      .describe('A facility of several kinds the policy names (民营中医医院: [中医医院, 民营医院], each a key of `facilities`): it takes each kind’s facility_deductible (an entry of its own too, first) and each kind’s facility_bonus and facility_cut, added (an entry of its own replaces them). --tier 二级民营中医医院.'),
    levels: z
      .strictObject({
        value: z.array(z.enum(['1', '2', '3'])).min(1).nullable().describe('The levels (["2", "3"] for 二级及以上) at which the rules written for this kind hold; null: the text does not say.'),
        ...provenance,
      })
      .optional()
      .describe(
        '在二级及以上中医医院住院的: a kind paid at its rated level (counts_as: rated) whose own rules (facility_bonus, facility_cut, facility_deductible, facility_day_cap by its name) hold at these levels only; a claim at another level (一级中医医院) takes the general rule of its level, said in the breakdown. A facility of several kinds (kinds) keeps the kinds that hold at the claim’s level. Left out: every level. null: unknown (a claim there is exit 3 naming it).',
      ),
    refused: Benefits.optional().describe('The benefits the fund does not pay at such a facility (其住院费用统筹基金不予支付: [inpatient]): such a claim is answered with fund 0 and this quote.'),
    ...cited,
  })
  .describe('A facility named by the rulebook and the level it counts as (一、社区卫生服务中心、乡镇卫生院执行一级医疗机构待遇), for every benefit or for some only.');

/** 乙类先行自付: the share of class-B drugs and items the patient pays first. */
/** One first-pay share, or the shares keyed by scheme (职工医保…5%；居民医保…10%), the employees' by status where they differ (在职10%，退休人员5%). */
const EmployeeShare = z.union([
  RatioSourced,
  z.strictObject({ active: RatioSourced, retired: RatioSourced }).describe('The share for active and for retired employees, each sourced.'),
]);
const FirstPayShare = z.union([
  RatioSourced,
  z.strictObject({ employee: EmployeeShare, resident: RatioSourced }).describe('The share for employees (one, or { active, retired }) and for residents, each sourced.'),
]);

/** The shares by benefit (（1）住院：乙类药品10%…；（2）门诊慢特病和普通门诊统筹：乙类药品5%…), each one share or keyed by scheme. */
const FirstPayByBenefit = z
  .strictObject({ inpatient: FirstPayShare.optional(), chronic: FirstPayShare.optional(), outpatient: FirstPayShare.optional() })
  .describe('The share for each benefit (inpatient, chronic, outpatient), each one share or { employee, resident }; a benefit left out has no 乙类先行自付.');
const FirstPayKeyed = z.union([FirstPayShare, FirstPayByBenefit]);

export const FirstPay = z
  .strictObject({
    drugs: FirstPayKeyed.describe('乙类药品个人先行自付 share (0.08 = 8%), or { employee, resident } where the schemes differ, employee itself { active, retired } where the statuses differ, or { inpatient, chronic, outpatient } where the benefits differ (each entry one share or keyed by scheme).'),
    items: FirstPayKeyed.describe('乙类诊疗项目个人先行自付 share, or { employee, resident } (employee: one share or { active, retired }), or { inpatient, chronic, outpatient }.'),
    benefits: Benefits.optional().describe('Benefits it applies to; all when left out (where a share is keyed by benefit: the benefits it names).'),
    order: z.strictObject({ ...cited }).optional().describe('Citation of the settlement order (目录外, 乙类先行自付, 起付, 比例, 限额, …).'),
  })
  .describe('乙类先行自付: settled after 目录外 and before the deductible; the rest (the in-pooling amount) goes on.');

/** 第二次住院的，起付标准按70%收取: from the n-th admission of the year on, this share of the deductible. */
const AdmissionShare = z.strictObject({
  from: z.number().int().min(2).describe('The admission number of the year from which this share applies (2 = the second).'),
  share: RatioSourced.describe('Share of the deductible charged (0.7 = 70%; 0 = none).'),
});

const AdmissionShares = z.array(AdmissionShare).min(1);

/** 第二次及以后住院的，每次起付标准在本人该级别起付标准的基础上依次降低100元，但不低于本人该级别起付标准的40%. */
const AdmissionStep = z
  .strictObject({
    from: z.number().int().min(2).describe('The admission number of the year from which the reduction applies (2 = the second).'),
    step: MoneySourced.describe('依次降低100元: taken off the person’s full deductible once for each admission from `from` on (the 2nd: 100, the 5th: 400), yuan.'),
    floor_share: RatioSourced.optional().describe('但不低于本人该级别起付标准的40%: the least it comes to, as a share of the person’s full deductible (of the level, status and filing), one product rounded; left out: not below 0.'),
    group_first: Flag.optional().describe('Where an assistance group pays a share of the deductible (group_deductible_share: 特困…按50%执行): true = the step and floor are on the group’s reduced deductible (本人…起付标准 read as the group’s), false = on the full one, the group’s share taken after. Left out or null: such a group’s later admission is exit 3 naming it (the two differ: (900 − 100) × 50% = 400 against 450 − 100 = 350).'),
  })
  .describe('Later admissions each a fixed amount less than the full deductible (依次降低100元), with a floor as a share of it.');

/** One status's schedule: its own list, or `none` (later admissions pay the full deductible), or null + note (not stated). */
const StatusSchedule = z.union([
  AdmissionShares,
  AdmissionStep,
  choiceOf(['none'] as const, 'none: this status pays the full deductible on every admission (the schedule does not apply to it)'),
]);

/** The later-admission schedule: one list for everyone, or one per status (active, retired). */
export const DeductibleSchedule = z
  .union([
    AdmissionShares,
    AdmissionStep,
    choiceOf(['none'] as const, 'none: the full deductible on every admission; null with a note: how later admissions are charged is not stated (a first admission is answered, a later one is exit 3)'),
    z.strictObject({ active: StatusSchedule, retired: StatusSchedule }),
  ])
  .describe('Later admissions of the year (per-admission deductibles): a list of shares (第二次住院的按70%收取), or a step `{ from, step, floor_share }` (依次降低100元，但不低于…40%), for every claim; or `{ value: null, note }` (not stated: a later admission is exit 3, a first one answered); or keyed by status (employees): `active` / `retired` each a list, a step, `{ value: none, source, quote }` (the schedule does not apply) or `{ value: null, note }`.');

/**
 * 超过5万元的部分，在相应比例基础上提高3个百分点，最高不超过95% (段上加段): a band whose ratio is the band
 * before it plus points, at most `max`; `of` says which ratio of the band before: as stated for the
 * claim's level and status (the claim's uplifts then added to this band as to any), or as the claim
 * gets it with its uplifts and their ceilings (the cuts after).
 */
export const BandPlus = z
  .strictObject({
    value: z.number().min(0).max(1).nullable().describe('The points added to the band before (提高3个百分点: 0.03); null: not stated.'),
    ...provenance,
    max: RatioSourced.optional().describe('最高不超过95%: the raised ratio is at most this (a band before already above it is not lowered); left out: at most 100%.'),
    of: choiceOf(
      ['stated', 'uplifted'] as const,
      'stated: the band before as the text states it for the level and status, the claim’s uplifts (age, facility…) added to this band after, held by their own ceilings; uplifted: the band before with the claim’s uplifts and their ceilings, the points and `max` after (cuts, a facility’s or a filing’s, after both)',
    )
      .optional()
      .describe('Which ratio of the band before the points are added to (相应比例), where the claim has an uplift. Left out or null: unknown, each such claim settled both ways (exit 3 where they differ); a reading is said on the claims it changes.'),
  })
  .describe('段上加段: this band’s ratio is the band before’s plus points, at most `max`.');

/** 分段: ratios by band of the in-pooling amount. */
export const Bands = z
  .strictObject({
    base: choiceOf(['total', 'after_deductible'] as const, 'total: bands on the in-pooling total including the deductible (白鹭); after_deductible: on the amount left after it (云岭)'),
    per: choiceOf(
      ['claim', 'year'] as const,
      'claim: each claim banded from 0 (model 2 as before); year: the bands count the year’s running total (一个年度内…扣除起付标准后累计在3万元（含）以下的部分): a claim is banded from what the year already holds (--ytd-banded; batch carries it per person and year)',
    )
      .optional()
      .describe('Whose amount the band edges count: one claim (left out) or the year’s cumulative amount (per: year). A reading or null with a note: each claim with a year total is settled both ways (exit 3 where they differ).'),
    segments: z
      .array(
        z.strictObject({
          up_to: MoneySourced.optional().describe('Upper edge of the band in yuan, included (3万元（含）); left out on the last band.'),
          ratio: PayRatioParam.optional().describe('The band ratio, keyed like any ratio (status, grade_N, tier); each value or self_pay (个人自付比例). Every band but one with `plus` has it; beside `plus`, keyed only by names of facilities with `own_standard` (不区分医疗机构级别，职工90%): those facilities take it in this band, the rest the plus.'),
          plus: BandPlus.optional().describe('In place of `ratio` (not on the first band): the band before’s ratio plus points (在相应比例基础上提高3个百分点，最高不超过95%).'),
        }),
      )
      .min(1),
  })
  .describe('Banded ratios (分段支付); each band part is rounded on its own and the parts added.');

/** 年满70周岁…提高2个百分点; 未满18周岁的…提高5个百分点 (`below_age`); both: an age band. */
export const AgeBonus = z
  .strictObject({
    min_age: CountSourced.optional().describe('The age from which the uplift applies (年满70周岁: 70); left out with `below_age` alone (no lower bound).'),
    below_age: CountSourced.optional().describe('The uplift applies below this age (未满18周岁: 18, so 17 is in and 18 is out; as age_cap’s below_age); left out: no upper bound.'),
    value: RatioSourced.describe('Points added to every ratio and band (0.02 = 2 points).'),
    age_on: choiceOf(['admission', 'discharge'] as const, 'The day the age is taken on'),
    statuses: z
      .array(z.enum(['active', 'retired']))
      .min(1)
      .optional()
      .describe('The employee statuses it applies to (年满75周岁的退休人员再提高2个百分点: [retired]); all when left out. Its quote is min_age’s.'),
  })
  .describe('An uplift of the ratio by age: from `min_age`, below `below_age`, or between them.');

/** One age uplift, or several on one benefit (未满18周岁…提高6个百分点；年满65周岁…提高3个百分点): each applies where the age meets it, added. */
export const AgeBonuses = z
  .union([AgeBonus, z.array(AgeBonus).min(1).describe('Several age uplifts on one benefit, each its own band of ages; a claim gets every one its age meets, added.')])
  .describe('An age uplift, or a list of them.');

/** 年度支付限额…退休人员3000元，其中年满70周岁的退休人员4000元 / 未成年人500元: the yearly cap by age. */
export const AgeCap = z
  .strictObject({
    age_on: choiceOf(
      ['visit', 'year_end', 'year_start'] as const,
      'The day the age is taken on: visit (the claim’s date; for a stay, admission), year_end (the age reached within the calendar year, 年内年满), year_start (the age on 1 January)',
    ),
    statuses: z
      .array(z.enum(['active', 'retired']))
      .min(1)
      .optional()
      .describe('The employee statuses it applies to (其中年满70周岁的退休人员: [retired]); all when left out.'),
    steps: z
      .array(
        z.strictObject({
          min_age: CountSourced.optional().describe('From this age on (年满70周岁: 70).'),
          below_age: CountSourced.optional().describe('Under this age (未成年人, 未满18周岁: 18).'),
          cap: z
            .union([
              MoneySourced,
              z
                .partialRecord(z.enum(['grade_1', 'grade_2', 'grade_3']), MoneySourced)
                .describe('By resident grade (年度支付限额一档300元、二档450元，年满60周岁的参保居民年度支付限额增加100元: { grade_1: 400, grade_2: 550 }, each inferred with its reasoning or stated); a claim needs --grade; a grade left out is unknown for that grade (exit 3).'),
            ])
            .describe('The yearly cap for that age, yuan (in place of `cap`); or by resident grade.'),
        }),
      )
      .min(1)
      .describe('Each an age rule (min_age or below_age) and its cap; where several match, the last one listed (write them by rising age: 70 then 80).'),
  })
  .describe('The yearly cap by age: in place of `cap` for a patient whose age meets a step.');

/** 提高后最高不超过95%: the highest a ratio raised by the named uplifts may reach. */
export const UpliftCeiling = z
  .strictObject({
    value: z.number().min(0).max(1).nullable().describe('The ceiling (0.95 = 95%); null when the text does not state it.'),
    ...provenance,
    after: z
      .strictObject({
        retiree: Flag.optional().describe('The ceiling holds after the retiree uplift (retiree_bonus).'),
        grade: Flag.optional().describe('…after the grade uplift (grade_bonus).'),
        age: Flag.optional().describe('…after the age uplift (age_bonus).'),
        facility: Flag.optional().describe('…after a facility’s uplift (facility_bonus; a facility_cut is no uplift and never held).'),
        group: Flag.optional().describe('…after an assistance group’s uplift (group_bonus: 特困人员…支付比例提高5个百分点。居民医保住院支付比例最高不超过95%).'),
      })
      .describe('The uplifts it limits, each yes/no as the text says, a reading, or null (unknown: a claim it changes is exit 3). An uplift left out is not limited.'),
    facility_cut_first: Flag.optional().describe(
      'A facility’s cut (facility_cut: 民营 按同级公立标准降低5个百分点) against the uplifts and this ceiling (汀澜 第八条 vs 第七条（三）): true = the cut is taken off the level’s ratio first, the uplifts and the ceiling after (88 − 5 = 83, + 3 = 86%); false = the uplifts and the ceiling first, the cut after (88 + 3 = 91 → 90, − 5 = 85%). Stated, a reading (said on a claim it changes), or null (unknown: a claim at such a facility is settled both ways, exit 3 where they differ). Left out: false, as before.',
    ),
    filing_cut_first: Flag.optional().describe(
      'An out-of-area filing’s cut (filing.<kind>.ratio_cut: 未按规定备案的…支付比例降低10个百分点) against the uplifts and this ceiling: true = the cut is taken off the level’s ratio first, the uplifts and the ceiling after (93 − 10 = 83, + 5 = 88%); false = the uplifts and the ceiling first, the cut after (93 + 5 = 98 → 95, − 10 = 85%). Stated, a reading (said on a claim it changes), or null (unknown: a claim of a kind with a cut is settled both ways, exit 3 where they differ). Left out: false, as before. A kind with ratio_times keeps its own order (ratio_times_of).',
    ),
    unreferred_cut_first: Flag.optional().describe(
      'The cut for a stay without a referral (unreferred_cut: 未经转诊…支付比例降低10个百分点) against the uplifts and this ceiling: true = the cut is taken off the level’s ratio first, the uplifts and the ceiling after (88 − 10 = 78, + 5 = 83%); false = the uplifts and the ceiling first, the cut after (88 + 5 = 93 → 90, − 10 = 80%). Stated, a reading (said on a claim it changes), or null (unknown: an unreferred stay the cut reaches is settled both ways, exit 3 where they differ). Left out: false, as facility_cut.',
    ),
  })
  .describe('A ceiling on a ratio raised by an uplift, in every band. A ratio the text sets above it without an uplift is never lowered.');

/** The order of the uplifts (uplift_order): each added, and held to its ceiling, in this order. */
export const UpliftOrder = z.strictObject({
  value: z.array(z.enum(['retiree', 'grade', 'age', 'facility', 'group'])).min(1).nullable().describe('The uplifts in the order they are added, each held to its ceiling as it is added ([age, facility]: the age uplift, then the facility’s); the uplifts it leaves out come first (retiree, grade, age, facility, group). null: the text does not say.'),
  ...provenance,
});

/** 先由个人自付20%: a share of the in-pooling cost the person pays first, before the deductible and ratio. */
const FirstShare = z
  .strictObject({
    value: z.number().min(0).max(1).nullable().describe('The share (0.2 = 20%) of the in-pooling cost (目录外 and 乙类先行自付 already taken off); null when the text does not state it.'),
    order: choiceOf(
      ['before_deductible', 'after_deductible'] as const,
      'before_deductible = the share of the whole in-pooling cost first, the deductible and the ratio on the rest; after_deductible = the deductible first, the share of what is left above it, the ratio on the rest',
    )
      .optional()
      .describe('Whether the share paid first comes before or after the deductible (汀澜 第十九条（二）「起付标准按本市三级医疗机构标准执行，统筹范围费用个人先行自付10%」 does not say). Stated, a reading (said on a claim it changes), or null (unknown: each claim settled both ways, exit 3 with both where they differ). Left out: before_deductible, as before.'),
    counts_in_layers: Flag.optional().describe(
      '个人自付的20%部分不计入大病保险、大额医疗费用补助和医疗救助的计算基数: {value: false, source, quote}; true: it counts in the second layer’s burden (and an after_cap base) and in assistance’s base; left out or null: unknown, each claim with a layer or assistance tried both ways (exit 3 only where they differ); a reading is said on those claims.',
    ),
    inferred: z.literal(true).optional(),
    reasoning: Localized.optional(),
    ...cited,
  })
  .describe('先由个人自付20%，余下部分按…计算统筹基金支付: the person first pays this share of the in-pooling cost; the deductible and ratio apply to the rest.');

/** How care outside the city is settled for one kind of filing. */
const FilingRule = z
  .strictObject({
    value: z.enum(['local', 'adjusted']).nullable().describe('local: as in the city; adjusted: deductible_as and/or ratio_cut apply; null: the text does not decide.'),
    deductible_as: z.enum(TIERS).optional().describe('起付标准按本市三级医疗机构标准执行: the deductible of this level.'),
    deductible_times: sourcedOf(z.number().min(0).max(100))
      .optional()
      .describe('起付标准按本市同级医疗机构标准的2倍收取 / 起付标准加倍: the deductible (of the claim’s level, or of deductible_as) times this (2 = doubled).'),
    ratio_cut: RatioSourced.optional().describe('Points taken off every ratio and band (0.2 = 20 points).'),
    ratio_times: RatioSourced.optional().describe('支付比例为本市同级医疗机构住院支付比例的95%: every ratio and band times this (0.95), exact, before ratio_cut.'),
    first_share: FirstShare.optional(),
    no_day_cap: Flag.optional().describe('床日限额不适用于异地就医: true where the text says the bed-day cap (facility_day_cap) does not hold for this kind of care; a reading or null (unknown: each claim the cap would hold for tried both ways, exit 3 only where they differ). Left out: the cap holds as locally.'),
    ratio_times_of: choiceOf(['uplifted', 'stated'] as const, 'uplifted: the multiple is of the ratio as this person gets it locally (retiree, grade, age and facility uplifts added, held to their ceiling); stated: of the level’s stated ratio, the uplifts added after')
      .optional()
      .describe('Where the claim has an uplift, which ratio ratio_times is of. Left out or null: unknown (each claim tried both ways: exit 3 only where they differ); a reading is said on the claims it changes.'),
    ...cited,
  })
  .describe('The rule for one filing kind.');

/**
 * One kind's rule, or its rules by where the care was (柘川 第二十二条「临时外出就医人员办理备案的，
 * 省内市外就医支付比例降低10个百分点，省外就医降低15个百分点」): a claim says --where.
 */
const FilingByWhere = z
  .strictObject({
    in_province: FilingRule.optional().describe('省内市外: care in the province, outside the city. Left out: unknown (exit 3 for such a claim).'),
    out_of_province: FilingRule.optional().describe('省外: care outside the province. Left out: unknown (exit 3 for such a claim).'),
  })
  .describe('The kind’s rule by where the care was (省内市外 / 省外); a claim of this kind needs --where.');

const FilingEntry = z.union([FilingRule, FilingByWhere]);

export const Filing = z
  .strictObject({
    filed: FilingEntry.optional().describe('异地长期居住人员、常驻异地工作人员办理备案后 (long-term filing); where `temporary` is left out, any filed care. One rule, or { in_province, out_of_province }.'),
    temporary: FilingEntry.optional().describe('临时外出就医人员办理备案的: temporary filing, where the text rules it apart from long-term filing (`filed`); a claim says --filing temporary. One rule, or { in_province, out_of_province }.'),
    referral: FilingEntry.optional().describe('转诊: one rule, or { in_province, out_of_province }.'),
    unfiled: FilingEntry.optional().describe('未备案: one rule, or { in_province, out_of_province }.'),
    emergency: choiceOf(['filed', 'temporary', 'referral', 'unfiled', 'local'] as const, 'the kind emergency care elsewhere is settled as (异地急诊抢救的，视同已备案)')
      .optional()
      .describe('异地急诊抢救: --filing emergency is settled as this kind. null + note where the text says 视同已备案 without which kind (each filed kind tried: exit 3 only where they differ); left out: unknown (exit 3).'),
  })
  .describe('异地就医: filed (异地已备案; long-term where temporary is given), temporary (临时外出就医已备案), referral (转诊), unfiled (未备案). A kind left out is unknown for this benefit.');

/** 在中医医疗机构住院的，起付标准降低100元 / 在非公立医疗机构住院的，起付标准按同级医疗机构标准的120%执行. */
export const FacilityDeductible = z
  .strictObject({
    minus: MoneySourced.optional().describe('起付标准降低100元: yuan taken off the deductible (never below 0).'),
    times: sourcedOf(z.number().min(0).max(10))
      .optional()
      .describe('起付标准按同级医疗机构标准的120%执行: the deductible times this (1.2 = 120%), rounded. Give minus, times or lower_level.'),
    lower_level: sourcedOf(z.number().int().min(1).max(2))
      .optional()
      .describe('起付标准按低一级医疗机构标准执行: the standard of the level this many below the claim’s (1: 三级 → 二级, 二级 → 一级), in place of the level’s own, before the retirees’ share, the later-admission schedule and every other step; the lowest level keeps its own (一级中医医院按一级标准执行). No `at`.'),
    at: choiceOf(
      ['standard', 'charged'] as const,
      'Where it applies: standard = on the level’s standard (同级医疗机构标准), before the retirees’ share, the later-admission schedule, its floor and an assistance group’s share; charged = on the deductible those rules give, before only the yearly total (deductible_year_cap)',
    ).optional(),
    ...cited,
  })
  .describe('A stay’s deductible at a kind of facility: minus (降低100元) or times (120%), and where in the deductible’s steps it applies (at, needed with these two); or lower_level (按低一级医疗机构标准执行).');

/** A money value, or one per scheme (职工医保400元、居民医保300元). */
const MoneyByScheme = z.union([MoneySourced, z.strictObject({ employee: MoneySourced, resident: MoneySourced })]);
/** A ratio, or one per scheme (支付比例职工医保90%，居民医保75%), the employees' by status where they differ (职工医保在职人员80%、退休人员85%；居民医保60%). */
const RatioByScheme = z.union([RatioSourced, z.strictObject({ employee: EmployeeShare, resident: RatioSourced })]);

/** 特殊病种: diseases whose deductible, ratio or limit differ from the benefit's own. */
export const DiseaseGroup = z
  .strictObject({
    deductible: MoneyByScheme.optional().describe('The group’s own deductible (不设起付标准: 0), or { employee, resident }; left out: the benefit’s.'),
    ratio: RatioByScheme.optional().describe('The group’s own ratio, no uplift added (支付比例职工医保90%，居民医保75%: { employee: 0.9, resident: 0.75 }; employee may be { active, retired }); left out: the benefit’s.'),
    ratio_of: choiceOf(['inpatient'] as const, 'inpatient: the ratio the same claim would get as an inpatient stay at the same level (执行本市同级医疗机构住院支付比例), its retiree, grade and age uplifts and ceiling included')
      .optional()
      .describe('The group pays the inpatient ratio of the same level (执行本市同级医疗机构住院支付比例（含…提高比例）): { value: inpatient, source, quote }; not with ratio.'),
    no_limit: Flag.optional().describe('不设单病种支付限额: {value: true, source, quote}: no disease limit (the annual cap still holds); such a disease adds nothing to the shared limit of the others.'),
    ...cited,
  })
  .describe('Rules of a named group of diseases (特殊病种), beside the benefit’s own.');

/** The rule for a patient with several diseases (同时患有两种及以上病种的…): one shared limit. */
export const SeveralRule = z
  .strictObject({
    value: z
      .enum(['highest', 'highest_plus', 'highest_plus_share', 'sum', 'sum_share', 'by_count'])
      .nullable()
      .describe(
        'highest: the highest limit, shared, not added; highest_plus: the highest plus `step` per further disease, the increase at most `step_max`; highest_plus_share: the highest plus `share` of each other disease’s limit (另加另一病种限额的50%), the total at most `sum_max` or the added part at most `added_max` where given; sum: the limits added (累加), at most `sum_max`; sum_share: `share` of the limits added (各病种限额之和的70%), at most `sum_max`; any of these (but by_count) may add `at_least_highest` (不低于其中最高病种的限额) and `max_times_highest` (合计不超过限额最高病种限额的2倍); by_count: one limit set by how many diseases the patient has (认定一种的1200元，认定两种的2000元…), from `by_count`, the diseases having no limit of their own; null: not stated.',
      ),
    step: MoneySourced.optional(),
    step_max: MoneySourced.optional(),
    share: RatioSourced.optional().describe('highest_plus_share: the share of each other disease’s limit added (0.5 = 50%); sum_share: the share of the limits’ sum (0.7 = 70%), one product rounded.'),
    at_least_highest: Flag.optional().describe('但不低于其中最高病种的限额: {value: true, source, quote}: the combined limit is never below the highest single limit (a floor after share, before any ceiling). Not with by_count.'),
    max_times_highest: sourcedOf(z.number().min(1).max(100))
      .optional()
      .describe('合计不超过限额最高病种限额的2倍: the combined limit is at most this multiple of the highest single limit (2), each product rounded. Not with by_count.'),
    sum_max: MoneySourced.optional().describe('sum, sum_share or highest_plus_share: the most the patient’s combined limit may come to (累加后最高不超过5000元; 年度支付限额合计不超过4000元); left out: no ceiling.'),
    added_max: MoneySourced.optional().describe('highest_plus_share: the most the added part may come to (其余每个病种按其限额的50%累加，累加部分合计不超过2000元): the highest limit in full plus at most this; not with sum_max (which caps the total). Left out: the added part is not capped.'),
    by_count: z
      .array(
        z.strictObject({
          from: z.number().int().min(1).describe('The number of certified diseases from which this limit applies (认定两种的: 2; the last entry also covers more: 三种及以上).'),
          limit: MoneySourced.describe('The patient’s one yearly limit for that many diseases, yuan (认定两种的2000元).'),
        }),
      )
      .min(1)
      .optional()
      .describe('by_count: the patient’s limit by the number of certified diseases sharing it, from 1, ascending; the last entry holds for more (write stated_for where the text stops there).'),
    stated_for: CountSourced.optional().describe('The rule is stated for this many diseases at most (同时患有两种病种的: 2); a patient with more is unknown (exit 3), the limit then given with --set <benefit>.<scheme>.disease_limit=<yuan>.'),
    max_diseases: CountSourced.optional().describe(
      '最多按三个病种计算: the combined limit counts this many of the patient’s shared diseases at most (3); a patient with more has the rule applied to that many (by_count: the entry for that many). Which ones: max_diseases_counted. null: unknown (exit 3 on a claim with more than one shared disease). Left out: every disease counts.',
    ),
    max_diseases_counted: choiceOf(['highest', 'first_certified'] as const, 'Which diseases max_diseases counts: highest = those with the highest limits (按限额较高的三个病种计算); first_certified = the first ones in the order --diseases gives them (the order certified: 按最先认定的三个病种计算)')
      .optional()
      .describe('Which diseases max_diseases counts: stated, a reading (said on claims it changes), or null + note (each claim with more diseases than max_diseases settled both ways, exit 3 with both answers where they differ). Left out beside max_diseases: unknown.'),
    ...cited,
  })
  .describe('Several certified diseases: one shared limit for all of them (diseases marked separate apart).');

/** A scheme's entry of a value keyed by scheme: left out or null, unknown for that scheme's claims only. */
const schemeEntry = <T extends z.ZodType>(t: T) => t.nullable().optional();

/** The several-diseases rule, one for everyone or one per scheme (职工 第十一条 …50%累加 vs 居民 第十九条 …每增加一个病种增加200元). */
const Several = z.union([
  SeveralRule,
  z
    .strictObject({ employee: schemeEntry(SeveralRule), resident: schemeEntry(SeveralRule) })
    .describe('One rule per scheme, each with its own keys (step, share, sum_max, by_count, stated_for); a scheme left out or null: unknown for its claims (exit 3).'),
]).describe('Several certified diseases: one rule for everyone, or { employee, resident } where the schemes differ.');

/** A disease's limit for employees: one, or by status (在职…、退休…). */
const EmployeeLimit = z.union([MoneySourced, z.strictObject({ active: MoneySourced, retired: MoneySourced }).describe('The limit for active and for retired employees, each sourced.')]);

/** A disease's yearly limit, one or per scheme (恶性肿瘤门诊治疗职工医保6万元、居民医保4万元). */
const DiseaseLimit = z.union([
  MoneySourced,
  z
    .strictObject({ employee: schemeEntry(EmployeeLimit), resident: schemeEntry(MoneySourced) })
    .describe('The limit per scheme (employee itself { active, retired } where the statuses differ), each sourced; a scheme left out or null: unknown for its claims (exit 3).'),
]);

/** 门诊慢特病 limits per disease and the rule for patients with several. */
export const DiseaseLimits = z
  .strictObject({
    diseases: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          aliases: z.array(z.string().min(1)).optional(),
          limit: DiseaseLimit.optional().describe('Yearly fund limit, yuan, or { employee, resident } where the schemes differ (employee may be { active, retired }); left out only where its group says no_limit or several is by_count.'),
          separate: Flag.optional().describe('单独计算，不参与累加: this disease keeps its own limit and its own payments, outside the shared limit of the others.'),
          group: z.string().min(1).optional().describe('The name of a group in `groups` whose own rules (deductible, ratio, no limit) this disease follows (特殊病种).'),
          deductible: MoneyByScheme.optional().describe('The disease’s own yearly deductible (起付标准按病种设定：高血压、糖尿病100元…; 不设起付标准: 0), or { employee, resident }; see deductible_once. Left out: its group’s, else the benefit’s.'),
        }),
      )
      .min(1),
    deductible_once: choiceOf(['per_disease', 'per_person', 'top_up'] as const, 'How a yearly deductible set by disease is charged once a year (起付标准一个年度内只收取一次) for a patient with several: per_disease = each disease’s own once (--ytd-disease-deductible); per_person = once a year whatever the disease (one disease’s deductible met in full settles it); top_up = once, at the highest: a disease with a higher deductible pays the difference')
      .optional()
      .describe('Diseases with their own deductible (diseases[].deductible) under a yearly deductible: how “once a year” is counted. Unknown or a reading: each claim is settled under every option and is exit 3 (or said as the reading) only where they differ.'),
    open: z
      .strictObject({
        value: z
          .enum(['in_group'])
          .nullable()
          .describe('What a disease the list does not name is: in_group = a disease of `group` (a reading, with reading + reading_short); null = unknown (such a claim is exit 3 naming this).'),
        group: z.string().min(1).optional().describe('The group whose list ends in 等 (甲类病种：…器官移植术后抗排异治疗等); needed for in_group.'),
        ...cited,
      })
      .optional()
      .describe('The list of diseases is open (…等, no catalogue referred to): a disease it does not name is not refused as unknown input (exit 2) but answered as the file says: unknown (exit 3) or read as a disease of `group`. Left out: the list is closed.'),
    groups: z
      .record(z.string().min(1), DiseaseGroup)
      .optional()
      .describe('Named groups of diseases with rules of their own (特殊病种…不设起付标准，不设单病种支付限额，支付比例职工医保90%，居民医保75%); a disease joins one with `group:`.'),
    prorate: z
      .strictObject({
        value: z.enum(['months_left']).nullable().describe('months_left: a disease certified during the year has its yearly limit times the months left ÷ 12 (年度中途认定的，当年支付限额按认定当月至12月的月数占12个月的比例折算); null: unknown (exit 3 on a claim certified in its year).'),
        counts_certification_month: Flag.optional().describe('Whether the month of certification counts among the months left (认定当月至12月: true, April → 9 months; 认定次月起: false, April → 8). A reading, or null + note (each claim certified in its year settled both ways, exit 3 with both answers where they differ). Left out: unknown.'),
        ...cited,
      })
      .optional()
      .describe('A yearly limit prorated for a disease certified during the year (--certified <date>): the treated disease’s own limit (under by_count, the patient’s limit), rounded by the version’s rounding. A certification before the claim’s year: the whole limit; no --certified: the whole limit, said where it could change the claim.'),
    several: Several.optional().describe(
      'Several certified diseases: one rule for everyone, or { employee, resident } where the schemes differ. Left out only where no two diseases can share a limit (each separate, or in a group with no_limit): each disease keeps its own.',
    ),
  })
  .describe('Yearly fund limits per certified chronic disease.');

/**
 * A second layer's value for everyone, or by employee status (在职人员支付90%，退休人员支付95%), or by
 * resident grade (一档缴费人员30万元，二档缴费人员40万元).
 */
function byStatusOrGrade<T extends typeof MoneySourced | typeof RatioSourced>(leaf: T) {
  return z.union([
    leaf,
    z.strictObject({ active: leaf, retired: leaf }).describe('By employee status: active and retired, each sourced.'),
    z
      .partialRecord(z.enum(['grade_1', 'grade_2', 'grade_3']), leaf)
      .refine((r) => Object.keys(r).length > 0, 'name at least one grade')
      .describe('By resident grade (grade_1, grade_2 as in `grades`), each sourced.'),
  ]);
}

/** A group's own bands above its threshold: up_to on all but the last. */
const LayerSegments = z.array(z.strictObject({ up_to: MoneySourced.optional(), ratio: RatioSourced })).min(1);

/** The layer's bands above its threshold: up_to on all but the last; a band's ratio for everyone, or by status or grade (在职人员80%、退休人员85%). */
const LayerBands = z
  .array(
    z.strictObject({
      up_to: MoneySourced.optional(),
      ratio: byStatusOrGrade(RatioSourced).describe('The band ratio, or { active, retired } / { grade_1, grade_2 } where the text sets it by status or grade.'),
    }),
  )
  .min(1);

/** Changes of a second layer for a group (特困人员、低保对象…): each left out keeps the general rule. */
const LayerGroup = z.strictObject({
  threshold_share: RatioSourced.optional().describe('The threshold is this share of the general one (降低50%: 0.5).'),
  threshold: MoneySourced.optional().describe('The group’s own threshold in yuan (起付标准降至6000元); not with threshold_share.'),
  ratio_plus: RatioSourced.optional().describe('Points added to every band (提高5个百分点: 0.05); beside segments, to the general bands above the group’s own (其余各段支付比例提高5个百分点).'),
  segments: LayerSegments.optional().describe('The group’s own bands above its threshold (…的部分支付70%…), replacing the general ones. With ratio_plus: the group’s own first bands, the last with its up_to (7500元以上至5万元（含）的部分支付65%); above that edge the general bands, each raised by ratio_plus (其余各段支付比例提高5个百分点; a general band the edge cuts keeps its part above it).'),
  cap: MoneySourced.optional().describe('The group’s own yearly cap (年度最高支付40万元).'),
  no_cap: Flag.optional().describe('不设年度最高支付限额: {value: true, source, quote}: the group’s payments have no yearly cap; not with cap.'),
  ...cited,
});

/**
 * A list of groups that ends in 等 (特困人员、低保对象、返贫致贫人口等困难群众): a group it does not name
 * (防返贫监测对象) is neither refused as bad input nor guessed: unknown (exit 3 naming the question)
 * or, as a reading, counted as `group` of the list. Mirrors disease_limits.open.
 */
export const OpenGroups = z
  .strictObject({
    value: z
      .enum(['as_group', 'none'])
      .nullable()
      .describe('What a group the list does not name is: as_group = counted as `group` (a reading, with reading + reading_short); none = not one of them, the general rule (a reading too; `--set <path>=none`); null = unknown (such a claim is settled as none and as the listed groups: exit 3 with each answer and the --set where they differ).'),
    group: z.string().min(1).optional().describe('The listed group whose rule an unnamed group is counted under (needed for as_group; for null, the one tried against the general rule, else every listed group).'),
    ...cited,
  })
  .describe('The list of groups ends in 等 (…等困难群众): a group it does not name is answered as the file says (unknown, exit 3; or read as `group`). Left out: the list is closed.');

/**
 * 医疗救助对象为特困人员、低保对象、返贫致贫人口等 … 及其他救助对象: assistance's list ends in 等. A
 * group assistance.groups does not name is unknown (null: exit 3 with what assistance pays under
 * each answer, where they differ), or read as `group` (as_group) or as no 救助对象 (none), each a reading.
 */
export const AssistanceOpenGroups = z
  .strictObject({
    value: z
      .enum(['as_group', 'none'])
      .nullable()
      .describe('What a group assistance.groups does not name is: as_group = assisted under `group`’s threshold, ratio and cap (a reading); none = not a 救助对象, assistance pays nothing (a reading); null = unknown (a claim where assistance would pay is exit 3 naming assistance.open_groups with each answer).'),
    group: z.string().min(1).optional().describe('The assistance group whose rules an unnamed group is read under (needed for as_group; for null, the one group tried beside no assistance, else every group).'),
    ...cited,
  })
  .describe('Assistance’s list of groups ends in 等 (特困人员、低保对象、返贫致贫人口等…及其他救助对象): a group it does not name is unknown (exit 3 where it changes the claim), or a labelled reading. Left out: the list is closed (a group no list names is exit 2).');

/** 支付比例…最高不超过80%: the highest a band's ratio reaches, and whether it holds after a group's ratio_plus. */
const LayerCeiling = z
  .strictObject({
    value: z.number().min(0).max(1).nullable().describe('The ceiling (0.8 = 80%); null when the text does not state it.'),
    ...provenance,
    after: z
      .strictObject({ ratio_plus: Flag.describe('The ceiling holds after a group’s ratio_plus (各段支付比例分别提高5个百分点).') })
      .describe('Whether the ceiling holds after a group’s uplift: yes/no as the text says, a reading, or null (unknown: a claim it changes is exit 3 with both answers).'),
  })
  .describe('最高不超过80%: a band raised by a group’s ratio_plus is at most this where `after.ratio_plus` holds; a band the text sets higher is never lowered.');

/**
 * A second part of the same layer (岚汐 第十七条（二）「统筹基金支付达到年度最高支付限额后，按本细则计算应由统筹基金支付但超出
 * 限额的金额，由大额医疗费用补助支付85%，其余15%由个人负担，不计入本条第（一）项的累计」) beside a `burden` part (一): its own
 * base and ratio, the layer's cap shared by both (（三）本条第（一）项、第（二）项合并计算).
 */
/** One part of a cap incentive: yuan a year (per_year) or a share of the layer's own cap a year (per_year_share); give one. */
const incentiveAmount = {
  per_year: MoneySourced.optional().describe('Yuan the cap rises for each year that counts (每连续参保1年…提高2000元: 2000).'),
  per_year_share: RatioSourced.optional().describe('The share of the layer’s own cap it rises for each year that counts (提高额度不低于原封顶线的1%, the city fixing 1%: 0.01); give per_year or per_year_share.'),
};

/**
 * 国办发〔2024〕38号 参保激励, as city notices write it: 「连续参保满4年的参保人员，之后每连续参保1年，大病保险最高支付限额
 * 提高2000元；对当年基金零报销的参保人员，次年大病保险最高支付限额提高2000元。两项累计提高总额不超过大病保险原最高支付限额的20%」.
 */
const CapIncentive = z
  .strictObject({
    continuous: z
      .strictObject({
        after_years: CountSourced.describe('The continuous years insured after which each further year counts (连续参保满4年…之后每连续参保1年: 4; 7 years give 3).'),
        ...incentiveAmount,
        ...cited,
      })
      .optional()
      .describe('The raise for continuous insurance (连续参保激励): (--insured-years − after_years, at least 0) × per_year.'),
    zero_claim: z
      .strictObject({ ...incentiveAmount, ...cited })
      .optional()
      .describe('The raise for a year without fund reimbursement (零报销激励): --zero-claim-years × per_year.'),
    max: MoneySourced.optional().describe('The most both raises add up to, yuan.'),
    max_share: RatioSourced.optional().describe('The most both raises add up to as a share of the layer’s own cap (不超过大病保险原最高支付限额的20%: 0.2); give max or max_share, or neither where the text sets none.'),
    ...cited,
  })
  .describe(
    'The layer’s yearly cap raised for continuous insurance and years without reimbursement (参保激励): the cap that holds for the claim (a group’s own cap included; no_cap stays without) + min(max, (insured years − after_years)⁺ × per_year + zero-claim years × per_year). The claim gives --insured-years and --zero-claim-years (batch insured_years / 连续参保年数, zero_claim_years / 零报销年数); not given: no raise, said where the cap held the layer’s payment. A value left { value: null, note }: tried at its bounds, exit 3 with each answer only where it changes the claim.',
  );

const LayerPartTwo = z
  .strictObject({
    base: choiceOf(['above_cap'] as const, 'above_cap: what the fund would have paid above its annual cap (按本细则计算应由统筹基金支付但超出限额的金额)'),
    ratio: byStatusOrGrade(RatioSourced).describe('The share of that amount the layer pays (支付85%); by status or grade where the text says so.'),
    counts_in_burden: Flag.optional().describe(
      'Whether the person’s rest of it (其余15%由个人负担) counts in part one’s burden: false = 不计入本条第（一）项的累计; true = it counts. A reading, or left out / null: unknown, each claim the cap cut settled both ways (exit 3 with both answers where they differ). What part two pays never counts.',
    ),
    ...cited,
  })
  .describe('A second part of a `burden` layer, paid beside it and within the same yearly cap (本条第（一）项、第（二）项合并计算).');

/** 大病保险 (residents) or 大额医疗费用补助 (employees). */
export const SecondLayer = z
  .strictObject({
    kind: z.enum(['serious_illness', 'large_amount']),
    name: Localized,
    benefits: Benefits.describe('The benefits whose costs it covers (住院和门诊慢特病).'),
    chronic_diseases: z
      .strictObject({
        groups: z.array(z.string().min(1)).min(1).optional().describe('Disease groups of chronic.disease_limits.groups (第一类病种) whose claims it covers.'),
        diseases: z.array(z.string().min(1)).min(1).optional().describe('Diseases of chronic.disease_limits.diseases (by name) whose claims it covers.'),
        ...cited,
      })
      .optional()
      .describe('住院和第一类门诊慢特病 (朔原 九): the chronic claims the layer covers, by disease group or disease; another chronic disease’s claim counts no burden toward it and is paid nothing by it (said with the clause). Left out: every chronic claim, as `benefits` says.'),
    base: choiceOf(['burden', 'above_cap', 'after_cap'] as const, 'burden: the year’s personal burden above a threshold, in bands; above_cap: the fund amount computed above the annual cap (at `ratio` where given); after_cap: the in-pooling amount after the deductible of costs once the cap was reached, at `ratio`'),
    counts: z
      .strictObject({
        first_pay: Flag.describe('乙类先行自付 counts in the burden.'),
        deductible: Flag.describe('The deductible counts in the burden.'),
        above_cap: Flag.describe('What the fund did not pay above its cap or limit counts in the burden; with above_limit beside it, above the annual cap only.'),
        above_limit: Flag.optional().describe(
          'What the fund did not pay above a disease limit (病种限额) counts in the burden, apart from above_cap (超过统筹基金年度最高支付限额的部分 says only the cap): a yes/no, a reading or unknown (each claim the limit cut settled both ways). Left out: as above_cap.',
        ),
      })
      .optional()
      .describe('base burden: what the personal burden is (the copay after the ratio always counts).'),
    threshold: byStatusOrGrade(MoneySourced)
      .optional()
      .describe('base burden: the yearly threshold of the burden; by status where the text says so (在职职工1万元、退休人员6000元: { active, retired }), or by grade.'),
    segments: LayerBands.optional().describe('base burden: the bands above the threshold (or `ratio` where one share is paid above it); a band ratio by status or grade where the text says so.'),
    ratio: byStatusOrGrade(RatioSourced)
      .optional()
      .describe('base after_cap: the share paid; base above_cap: the share of the excess paid (由大额医疗费用补助支付90%), all of it when left out; base burden: the one share paid above the threshold, in place of segments (超过1.5万元以上的部分…在职人员80%、退休人员85%). By status where the text says so (在职人员支付90%，退休人员支付95%: { active, retired }).'),
    after_cap_deductible: Flag.optional().describe(
      'base after_cap: whether a stay after the cap still has its deductible taken off before `ratio` (true, 云岭: 扣除起付标准后) or the layer pays `ratio` × all its in-pooling costs (false: 最高支付限额以上的…政策范围内费用（不含乙类先行自付费用）); left out: true.',
    ),
    within_claim: choiceOf(
      ['after_only', 'unpaid_by_ratio'] as const,
      'base after_cap, a claim during which the cap is reached: after_only = this claim gets nothing, the layer starts with the next; unpaid_by_ratio = what the fund left unpaid at the stay\'s ratio ÷ that ratio is the part above the cap, paid at `ratio` (以按本次适用支付比例计算的统筹基金应付未付金额除以该支付比例，作为本次限额以上的费用)',
    )
      .optional(),
    grade_bonus: z
      .partialRecord(z.enum(['grade_1', 'grade_2', 'grade_3']), RatioSourced)
      .optional()
      .describe('二档参保人员各段支付比例提高5个百分点: { grade_2: 0.05 }: points added to every band’s ratio (and the one `ratio` of a burden layer) for a resident of that grade (--grade), before a group’s ratio_plus; a group’s own `segments` are as stated. Said on the claims the layer pays.'),
    cap: byStatusOrGrade(MoneySourced).describe('Yearly cap of the layer; by grade where the text says so (一档缴费人员30万元，二档缴费人员40万元: { grade_1, grade_2 }), or by status.'),
    cap_incentive: CapIncentive.optional(),
    ratio_ceiling: LayerCeiling.optional(),
    part_two: LayerPartTwo.optional().describe('base burden: a second part of the layer on another base (岚汐 第十七条（二）: 85% of what the fund would pay above its annual cap), sharing `cap`; with it, the annual cap’s excess counts in the burden only as part_two.counts_in_burden says (counts.above_cap then speaks of a disease limit’s excess only).'),
    groups: z
      .record(z.string().min(1), LayerGroup)
      .optional()
      .describe('Changes for groups (特困人员、低保对象…), by the names of `assistance.groups`, or of groups the text names that assistance does not cover (they get no assistance).'),
    burden_before_group: choiceOf(
      ['counts', 'excluded'] as const,
      'base burden, a person who joined a group within the year (年度内新认定的，自认定之日起享受): counts = the burden of the year before that day counts toward the group’s threshold and bands; excluded = only the burden from that day does',
    )
      .optional()
      .describe('Used only on a claim with --assistance-since within its year; left out: unknown (such a claim settled both ways, exit 3 where they differ).'),
    open_groups: OpenGroups.optional().describe('The text’s list of groups for these changes ends in 等 (第十五条第二款所列困难群众): a group `groups` does not name is unknown or read as `group`.'),
    ...cited,
  })
  .describe('The layer above the basic fund, for one scheme.');

const AssistanceGroup = z.strictObject({
  aliases: z.array(z.string().min(1)).optional(),
  threshold: MoneySourced.optional().describe('Yearly assistance threshold (救助起付标准); left out: none.'),
  ratio: RatioSourced,
  cap: MoneySourced.optional().describe('Yearly assistance cap (年度救助限额6万元); give cap or no_cap.'),
  no_cap: Flag.optional().describe('不设年度救助限额: {value: true, source, quote}: no yearly assistance cap; not with cap.'),
  ...cited,
});

/**
 * A ground of an assistance uplift (未成年人, 持有一至二级残疾证的重度残疾人, 年满70周岁的低保对象): an age below or
 * from a bound, or a disability grade; its own points, or the ratio it sets (救助比例为80%), where they differ;
 * for some groups only (`groups`).
 */
const UpliftGround = z
  .strictObject({
    below_age: CountSourced.optional().describe('The person is below this age (未成年人: 18, inferred where the text says 未成年人 only; 17 is in, 18 out). Age from --age / --birth-date on the day `age_on` names.'),
    min_age: CountSourced.optional().describe('The person is this age or over (年满70周岁: 70; 69 is out, 70 in); with below_age too, from min_age to below below_age. Age from --age / --birth-date on the day `age_on` names.'),
    groups: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('The assistance groups (names of assistance.groups) whose members this ground raises (其中年满70周岁的低保对象: [低保对象]); left out: every group.'),
    ratio: RatioSourced.optional().describe('The ratio this ground sets (救助比例为80%: 0.8), in place of points; a group ratio already above it is kept. Not with this ground’s ratio_plus.'),
    disability: z
      .strictObject({ value: z.array(z.enum(['1', '2', '3', '4'])).min(1).nullable().describe('The disability grades (残疾等级) that meet it (一至二级: ["1", "2"]); null when not stated.'), ...cited })
      .optional()
      .describe('持有一至二级残疾证的重度残疾人: the grades of --disability that meet this ground.'),
    ratio_plus: RatioSourced.optional().describe('This ground’s own points where they differ from the uplift’s (left out: the uplift’s ratio_plus).'),
    cap_plus: MoneySourced.optional().describe('This ground’s own cap increase where it differs (left out: the uplift’s cap_plus).'),
    ...cited,
  })
  .describe('One ground of the uplift: an age (below_age, min_age or both) or disability (one of the two kinds).');

/**
 * 未成年人、持有一至二级残疾证的重度残疾人，医疗救助比例在第十八条基础上提高10个百分点，年度救助限额提高2万元，比例最高不超过100%:
 * points on every group's ratio and yuan on its cap for a person who meets a ground.
 */
export const AssistanceUplift = z
  .strictObject({
    grounds: z.record(z.string().min(1), UpliftGround).describe('The grounds by name (未成年人, 重度残疾人).'),
    ratio_plus: RatioSourced.optional().describe('Points added to the group’s ratio (提高10个百分点: 0.1).'),
    cap_plus: MoneySourced.optional().describe('Yuan added to the group’s yearly cap (年度救助限额提高2万元: 20000); a group without a cap (no_cap) stays without.'),
    ratio_ceiling: RatioSourced.optional().describe('The raised ratio is at most this (比例最高不超过100%: 1); a ratio already above it is not lowered.'),
    several: choiceOf(['once', 'per_ground'] as const, 'A person meeting several grounds: once (the largest uplift once) or per_ground (each ground’s added)')
      .optional()
      .describe('A person meeting several grounds (a disabled minor): once or per_ground, a reading, or null (exit 3 with both answers where they differ). Left out: unknown too.'),
    age_on: choiceOf(['admission', 'discharge'] as const, 'The day the age is taken on').optional().describe('The day an age ground takes the age (入院之日: admission); left out or null: decided where both days agree.'),
    ...cited,
  })
  .describe('Assistance uplifts by a personal condition (age, disability grade), on every group’s ratio and cap.');

/**
 * A benefit assistance covers: its name, or { value: <benefit>, source, quote, reading } where
 * whether it is covered is cited apart or read (第十二条（一）…在定点医疗机构就医 names any care,
 * （三） limits only 住院和门诊慢特病): that reading is said on claims of that benefit only.
 */
const AssistanceBenefit = z.union([
  z.enum(BENEFITS),
  z.strictObject({ value: z.enum(BENEFITS), ...cited }).describe('A benefit with its own citation or reading (said only on claims of this benefit).'),
]);

/** 医疗救助. */
export const Assistance = z
  .strictObject({
    name: Localized.optional(),
    benefits: z
      .array(AssistanceBenefit)
      .min(1)
      .describe('The benefits assistance covers; an entry may be { value: outpatient, source, quote, reading, reading_short } where that benefit’s cover is cited apart or read: its reading is said only on claims of that benefit.'),
    base: z
      .strictObject({
        deductible: Flag,
        first_pay: Flag,
        out_of_scope: Flag.optional().describe('目录外 costs count too (个人负担医疗费用 without 政策范围内); left out: not counted.'),
      })
      .describe('What the 政策范围内 personal burden left after the layers includes besides the copay (目录外 never).'),
    groups: z.record(z.string().min(1), AssistanceGroup),
    open_groups: AssistanceOpenGroups.optional(),
    uplift: AssistanceUplift.optional(),
    filing_cut: z
      .partialRecord(z.enum(['filed', 'temporary', 'referral', 'unfiled', 'emergency']), RatioSourced)
      .optional()
      .describe(
        '未按规定办理异地就医备案的，救助比例降低10个百分点: by the claim’s filing kind (--filing; emergency care takes the kind the benefit’s filing.emergency counts it as where `emergency` is not listed), the points taken off every group’s assistance ratio (0.1 = 10 points), after its uplift; never below 0. null: unknown, exit 3 on such a claim that assistance pays.',
      ),
    ...cited,
  })
  .describe('Medical assistance by group, after the fund and the second layer.');

/** 个人账户 / 家庭共济: whether they may pay 目录外 (全自费) costs too. */
export const AccountScope = z
  .strictObject({
    own: choiceOf(['in_scope', 'all'] as const, 'all: the own account may pay 目录外 too'),
    family: choiceOf(['in_scope', 'all'] as const, 'all: a relative’s account may pay 目录外 too').optional(),
  })
  .describe('What the accounts may pay; model 1 (left out): in-scope costs only.');

/** 通过家庭共济支付的金额，每个自然年度累计不超过5000元: the yearly cap of family mutual-aid payments, and whose year it counts. */
export const FamilyYearCap = z
  .strictObject({
    value: z.number().min(0).nullable().describe('The most family accounts pay by 共济 in a calendar year, yuan; null: not stated (a claim a family account pays is exit 3).'),
    per: choiceOf(['holder', 'relative'] as const, 'holder: all the holder’s account pays by 共济 in the year (--ytd-family-paid); relative: what each relative (the patient) receives by 共济 in the year (--ytd-family-received)'),
    ...cited,
  })
  .describe('Family mutual aid capped per year: the amount with its source and quote, and `per` (the holder’s account or each relative), stated, a reading, or null (tried both ways: exit 3 with both where they differ).');

/** A reading for employees whose status changed within the year (the year’s totals). */
export const StatusChangeRule = choiceOf(['carry_over'] as const, 'carry_over: the year’s totals carry to the new status’s deductible and limit').describe(
  'What happens to the year’s totals when 在职 becomes 退休 within the year.',
);

/**
 * The same, benefit by benefit (岚汐 第十五条 states carry-over for 普通门诊统筹 only): each benefit's
 * rule and the second layer's (its burden and payments toward the new status's threshold and cap).
 */
const StatusChangeByBenefit = z
  .strictObject({
    outpatient: StatusChangeRule.optional(),
    inpatient: StatusChangeRule.optional(),
    chronic: StatusChangeRule.optional(),
    second_layer: StatusChangeRule.optional(),
  })
  .describe(
    'The rule for each benefit (outpatient, inpatient, chronic) and for the second layer (大病/大额: the burden and what it paid toward the new status’s threshold and cap), each stated, a reading, or null with a note; a key left out is unknown (exit 3 on a claim whose status changed within the year and whose values differ by status).',
  );

export const StatusChange = z
  .union([StatusChangeRule, StatusChangeByBenefit])
  .describe('What happens to the year’s totals when 在职 becomes 退休 within the year: one rule for every benefit (the second layer not concerned), or keyed by benefit and second_layer.');

/** 自办理退休手续的次月1日起执行退休人员待遇: the day a new status starts, from the day retirement was processed. */
export const StatusFrom = choiceOf(
  ['processed_day', 'next_month_first'] as const,
  'processed_day: from the day retirement was processed (自办理退休手续之日起); next_month_first: from the 1st of the following month (自办理退休手续的次月1日起)',
).describe('When retiree treatment starts relative to the day retirement was processed (--retirement-processed): the status-since day is worked out from it. Left out or null: tried both ways, exit 3 where they differ.');

/** 出院后15日内因同一疾病再次入院的，视同一次住院，不再收取起付标准: a readmission within so many days. */
export const Readmission = z
  .strictObject({
    days: CountSourced.describe('The days after the previous discharge (出院后15日内: 15), counted from the discharge day (--previous-discharge) to this admission (--date): 04-08 → 04-23 is 15.'),
    last_day: choiceOf(['within', 'outside'] as const, 'Whether a readmission exactly `days` days after the discharge is within (15日内 含第15日) or outside (fewer than 15 days only)')
      .describe('How the days are counted at the edge: stated, a reading, or null with a note (a claim exactly on the day is settled both ways: exit 3 with both results where they differ).'),
    no_deductible: Flag.describe('不再收取起付标准: such a stay is charged no deductible (true), or its deductible as usual (false).'),
    same_admission: Flag.describe('视同一次住院: such a stay is not counted as a new admission of the year (batch: the next stay’s number does not move).'),
    same_facility: Flag.optional().describe('在同一定点医疗机构再次住院的: the rule holds only for a readmission at the same facility (true): a claim says whether the previous stay was there with --previous-same-facility yes|no (batch previous_same_facility / 是否同一医院); not said, each way is tried: answered where they agree (said as assumed), else exit 3 with both answers. false or left out: any facility. null with a note: a readmission elsewhere is settled both ways, exit 3 naming it where they differ.'),
    same_disease: Flag.optional().describe('因同一疾病: the text asks for the same disease (true): said on each claim the rule applies to (the tool cannot tell diseases apart; give --previous-discharge only for the same disease).'),
    ...cited,
  })
  .describe('A readmission within `days` of the previous discharge counts as the same stay: from --previous-discharge (batch: the person’s previous inpatient row with a discharge_date, or the column previous_discharge).');

/** One direction of a referral within the city's 医联体: how the admitting level's deductible is charged. */
const ReferralWay = choiceOf(
  ['difference', 'none', 'full'] as const,
  'difference: the admitting level’s standard less the referring level’s (按两级医疗机构起付标准的差额收取, never below 0); none: no deductible (不再收取起付标准); full: the admitting level’s as usual',
);

/** 参保居民未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点，急诊、抢救除外 (分级诊疗). */
export const UnreferredCut = z
  .strictObject({
    value: z.number().min(0).max(1).nullable().describe('The points taken off every ratio and band (0.1 = 10 points) of a stay at one of `levels` the patient went to without a referral; null when the text does not state them.'),
    ...provenance,
    levels: z
      .strictObject({
        value: z.array(z.enum(['1', '2', '3'])).min(1).nullable().describe('The levels the cut holds at (到三级医疗机构: ["3"]; 二级及以上: ["2", "3"]); null: the text does not say (an unreferred claim is exit 3 naming it).'),
        ...provenance,
      })
      .describe('Where the cut holds: a claim at another level is not asked whether it was referred and is not cut.'),
    emergency: choiceOf(['exempt', 'applies'] as const, 'Emergencies and rescue (急诊、抢救除外): exempt = an emergency stay (--emergency yes) is not cut; applies = it is cut like any other')
      .optional()
      .describe('Whether an emergency (--emergency yes) is exempt: stated with its quote, a reading (said on emergency stays it changes), or null with a note (an emergency stay is settled both ways, exit 3 with both answers). Left out: the text names no exception, the cut applies to emergencies too.'),
  })
  .describe(
    'A stay at a level of `levels` the patient went to without a referral (未经转诊自行…住院的): the points taken off every ratio and band, after the uplifts and their ceiling (like facility_cut; uplift_ceiling.unreferred_cut_first where the text says otherwise or leaves it open), never below 0. A claim at such a level says whether it was referred (--referred yes|no; --referred-from implies yes; batch referred / 是否转诊); one that says neither is exit 2 asking. Care out of the area (an out-of-area --filing) takes its filing’s rules and no such cut.',
  );

/** 医联体内上转的，起付标准按两级医疗机构起付标准的差额收取；下转的，不再收取起付标准 (朔原 三（二）). */
export const ReferralDeductible = z
  .strictObject({
    up: ReferralWay.optional().describe('A referral to a higher level (上转): stated, a reading, or null with a note (such a claim is settled each way, exit 3 where they differ). Left out: the text rules no such referral (the general deductible, said).'),
    down: ReferralWay.optional().describe('A referral to a lower level (下转), as `up`.'),
    basic: z
      .strictObject({ value: z.array(z.enum(['1', '2', '3'])).min(1).describe('The levels of 基层医疗卫生机构 (["1"])'), ...provenance })
      .optional()
      .describe('由基层医疗卫生机构上转至上级医疗机构…由上级医疗机构下转至基层医疗卫生机构: `up` holds only from these levels and `down` only to them; a referral between other levels (二级 → 三级) takes the general deductible, said. Left out: any referral to a higher (lower) level.'),
    ...cited,
  })
  .describe('A stay the patient was referred to within the city’s medical alliance (医联体) from a facility of another level (--referred-from <level>; batch referred_from / 转出医院级别): the deductible by the direction. A referral between equal levels, or from a facility whose level is not stated, cannot be told up or down: the general deductible, said. Inpatient only.');

/** Model-2 fields of a scheme's rules (benefits.<b>.<scheme>). */
export const V2Scheme = {
  deductible_schedule: DeductibleSchedule.optional(),
  deductible_floor: MoneySourced.optional().describe('按比例计算后低于100元的，按100元收取: a deductible lowered by deductible_schedule is never below this (nor above the full one).'),
  deductible_partly_met: choiceOf(['rest'] as const, 'rest: this stay is charged its standard less what the year has met')
    .optional()
    .describe('A yearly deductible met only in part by an earlier stay (its bill below its 起付) where the text tops up by comparing standards (补足差额): rest, a reading or null (exit 3 on such a claim). Left out: rest, said nowhere.'),
  retiree_deductible_share: RatioSourced.optional().describe('退休人员按在职人员标准的70%收取: retirees pay this share of the active deductible.'),
  group_deductible_share: z
    .record(z.string().min(1), RatioSourced)
    .optional()
    .describe('特困人员住院不设起付标准；低保对象住院起付标准减半收取: by group name (of assistance.groups, or a group the text names that assistance does not cover), the share of the deductible that group pays (0 = none, 0.5 = half).'),
  group_bonus: z
    .record(z.string().min(1), RatioSourced)
    .optional()
    .describe(
      '特困人员、低保对象、返贫致贫人口住院的，…支付比例提高5个百分点: by group name (as group_deductible_share: of assistance.groups or a group the text names), the points added to every ratio and band of that group’s claim (--assistance; 0.05 = 5 points). An uplift like facility_bonus: uplift_ceiling.after.group holds it (居民医保住院支付比例最高不超过95%); a filing cut comes off after the uplifts and the ceiling.',
    ),
  newborn_deductible_share: RatioSourced.optional().describe(
    '新生儿出生当年（自然年度）住院不设起付标准: the share of the deductible a patient born in the claim’s calendar year pays (0 = none, 0.5 = half); taken from --birth-date (an age of 1 or more: not a newborn; no birth date: not a newborn, said as an assumption). null: unknown, exit 3 on a newborn’s claim.',
  ),
  newborn_enrolment: z
    .strictObject({
      days: CountSourced.describe('新生儿在出生后90日内参加居民医保的: the days after birth within which enrolment (--enrolled) covers the newborn from birth (90). null: unknown (exit 3 on a newborn’s claim before its enrolment date).'),
      day_one: choiceOf(['day_after_birth', 'birth_day'] as const, 'How the days are counted: day_after_birth = the day after birth is day 1 (自出生次日起计算: enrolled on birth + 90 is within 90 days); birth_day = the birth day is day 1 (birth + 89 is the 90th day)')
        .optional()
        .describe('How the days are counted. Stated, a reading (said on a claim on the edge), or null + note (a claim whose enrolment falls on the edge day settled both ways, exit 3 with both answers). Left out: unknown.'),
      ...cited,
    })
    .optional()
    .describe(
      '新生儿在出生后90日内参加居民医保的，自出生之日起享受待遇: a newborn enrolled (--enrolled) within `days` of birth (--birth-date) is covered from birth; one enrolled later is not covered for care before the enrolment date (the fund and every layer pay 0, said with the clause). No --enrolled: taken as enrolled in time, said on a newborn’s claim.',
    ),
  newborn_deductible_scope: choiceOf(['first_stay', 'birth_year'] as const, 'Which stays newborn_deductible_share applies to: first_stay = the newborn’s first stay after birth only (出生后首次住院不收取起付标准: the year’s admission 1, --admission; not given: taken as the first, said); birth_year = every stay in the calendar year of birth (出生当年住院)')
    .optional()
    .describe('Which of a newborn’s stays newborn_deductible_share applies to. Stated, a reading (said on a later stay it changes), or null + note (a newborn’s later stay of the year settled both ways, exit 3 with both answers where they differ). Left out: birth_year (every stay in the birth year). Needs newborn_deductible_share.'),
  open_groups: OpenGroups.optional().describe('The list of group_deductible_share ends in 等 (特困人员、低保对象、返贫致贫人口等困难群众): a group it does not name is unknown (exit 3) or read as `group`. Needs group_deductible_share.'),
  bands: Bands.optional(),
  age_bonus: AgeBonuses.optional(),
  grade_bonus: z
    .partialRecord(z.enum(['grade_1', 'grade_2', 'grade_3']), RatioSourced)
    .optional()
    .describe('二档缴费人员在一档基础上各级分别提高6个百分点: { grade_2: 0.06 }; points added to every ratio and band for that grade (a grade left out: none).'),
  uplift_ceiling: z
    .union([
      UpliftCeiling,
      z
        .array(UpliftCeiling)
        .min(2)
        .describe('Several ceilings, each on the uplifts its `after` names (岚汐 第七条（二）「提高后最高不超过90%」 after age; 第八条（一）「最高不超过95%」 after facility): after an uplift the ratio is held to the lowest ceiling that holds it. The order of the uplifts is uplift_order (left out: unknown).'),
    ])
    .optional(),
  uplift_order: UpliftOrder.optional().describe('The order of the uplifts where it changes which ceiling holds (several ceilings: 75% + 3 ≤ 90% then + 3 ≤ 95%). Stated with its quote, a reading, or null with a note. Left out beside a list of ceilings, or null: unknown, each claim with two uplifts settled in every order (exit 3 with each fund where they differ); left out beside one ceiling: retiree, grade, age, facility, as always.'),
  filing: Filing.optional(),
  facility_day_cap: z
    .record(z.string().min(1), MoneySourced)
    .optional()
    .describe('在村卫生室、社区卫生服务站就诊的，统筹基金每日支付最高20元: by facility name (a key of `facilities`, not an alias), the most the fund pays a day there, yuan; or by level ("1": 居民在一级医疗机构住院的，统筹基金按床日限额支付，每床日最高支付180元, every claim at that level, facilities counted as it too; a facility’s own entry wins). A claim is one day unless --days (batch column days) says more.'),
  bed_days: z
    .strictObject({
      value: z
        .enum(['discharge_minus_admission', 'both_ends'])
        .nullable()
        .describe('discharge_minus_admission: 出院日期减入院日期 (算入不算出; 07-14 → 07-24 is 10 bed-days); both_ends: 入院、出院当日都计 (11); a stay ending the day it began is 1 either way. null: the text does not say.'),
      ...cited,
      inferred: z.literal(true).optional().describe('The count is worked out from the text (its worked example), not stated: said on the claims it changes.'),
      reasoning: Localized.optional().describe('How it is worked out (inferred: true).'),
    })
    .optional()
    .describe('How a stay\'s bed-days are counted from --date (admission) and --discharge-date where facility_day_cap holds and --days is not given: stated with its quote, a reading, inferred, or null with a note. Left out or null: each such claim is settled both ways (exit 3 naming it where they differ). --days always wins. Needs facility_day_cap.'),
  facility_bonus: z
    .record(z.string().min(1), RatioSourced)
    .optional()
    .describe('在本市定点中医医院住院的，住院支付比例在同级医疗机构标准基础上提高3个百分点: by facility name (a key of `facilities`), the points added to every ratio and band of a claim there (0.03 = 3 points); an uplift like age_bonus (uplift_ceiling.after.facility holds it).'),
  facility_cut: z
    .record(z.string().min(1), RatioSourced)
    .optional()
    .describe('在民营定点医疗机构住院的，住院支付比例在同级医疗机构标准基础上降低5个百分点: by facility name, the points taken off every ratio and band of a claim there (0.05 = 5 points), after the uplifts and their ceiling, like a filing cut.'),
  facility_deductible: z
    .record(z.string().min(1), FacilityDeductible)
    .optional()
    .describe('在中医医院住院的，住院起付标准…降低100元 / 非公立…按同级医疗机构标准的120%执行: by facility name (a key of `facilities`), how a stay’s deductible changes there: { minus | times, at: standard | charged }. Needs deductible_period: admission.'),
  facility_deductible_order: choiceOf(
    ['minus_first', 'times_first'] as const,
    'A facility of two kinds (facilities.<name>.kinds) with a minus and a times at the same step: minus_first = (standard − 100) × 120%; times_first = standard × 120% − 100',
  )
    .optional()
    .describe('The order of a minus and a times where both apply (a private 中医 hospital); left out or null: not stated, each claim settled both ways (exit 3 where they differ).'),
  readmission: Readmission.optional(),
  referral_deductible: ReferralDeductible.optional(),
  unreferred_cut: UnreferredCut.optional(),
  deductible_year_cap: z
    .union([
      MoneySourced,
      z
        .strictObject({ active: MoneySourced, retired: MoneySourced })
        .describe('By employee status (累计收取的住院起付标准，在职人员最高不超过1500元，退休人员最高不超过1000元): each status its own total, each sourced; a status left { value: null, note } stops only that status’s stays with deductibles charged before.'),
    ])
    .optional()
    .describe(
      '累计收取的住院起付标准…不超过1600元: per-admission deductibles charged in a year add up to at most this (yuan), or by status { active, retired } (employees); a stay is charged at most what is left of it (本次住院应收取的起付标准超过年度剩余额度的，按剩余额度收取), 0 once it is reached. What was charged before: --ytd-deductible (batch carries it). Needs deductible_period: admission.',
    ),
  emergency_ratio_as: z
    .partialRecord(
      z.enum(['1', '2', '3']),
      choiceOf(['1', '2', '3'] as const, 'The level whose ratio an emergency visit at this level is paid at (按二级医疗机构比例支付: "2")').describe('One level’s rule for emergency visits: stated with its quote, a reading, or null with a note (an emergency visit there is exit 3).'),
    )
    .optional()
    .describe(
      '三级医疗机构不予支付；因急诊在三级医疗机构就诊的，按二级医疗机构比例支付: by the level of the visit, the level whose ratio (retiree uplift and bands included) an emergency visit there is paid at ({ "3": { value: "2", source, quote } }); the deductible, caps and day caps stay the visit’s own. A claim says it is an emergency with --emergency yes (batch column emergency / 急诊); other claims are paid at their level’s ratio.',
    ),
  deductible_year_cap_crossing: choiceOf(['rest', 'full'] as const, 'rest: the stay that crosses the year’s total is charged only what is left of it (按剩余额度收取); full: it is charged its deductible in full, the stays after it none (达到…后，不再收取)')
    .optional()
    .describe(
      '朔原 四（一）「一个自然年度内累计收取的起付标准…达到2000元…后，不再收取」 does not say whether the stay that crosses deductible_year_cap pays in full or only the rest: stated, a reading (said where the two differ), or null with a note (each claim settled both ways: exit 3 listing both answers only on a stay that crosses; a stay that does not, or one after the total is reached, answered). Left out: rest, as before. Needs deductible_year_cap.',
    ),
  visit_cap: MoneySourced.optional().describe('每次就诊统筹基金最高支付40元: the most the fund pays for one visit (a claim is one visit), beside the yearly cap, yuan.'),
  age_cap: AgeCap.optional(),
  deductible_shared: z
    .strictObject({ benefits: Benefits, ...cited })
    .optional()
    .describe('门诊慢特病起付标准与住院起付标准合并计算…不足的补足差额: this yearly deductible counts what was met this year for all these benefits (--ytd-deductible is their total; batch adds them per person and year).'),
  cap_shared: z.strictObject({ benefits: Benefits, ...cited }).optional().describe('The annual cap is shared by these benefits (住院和门诊慢特病合并计算): --ytd-fund counts them all.'),
};

/** Model-2 fields of a benefit (benefits.<b>). */
export const V2Benefit = {
  disease_limits: DiseaseLimits.optional(),
};

/** Model-2 fields of a version. */
export const V2Version = {
  first_pay: FirstPay.optional(),
  second_layer: z.strictObject({ employee: SecondLayer.optional(), resident: SecondLayer.optional() }).optional(),
  assistance: Assistance.optional(),
  account_scope: AccountScope.optional(),
  family_year_cap: FamilyYearCap.optional(),
  status_change: StatusChange.optional(),
  status_from: StatusFrom.optional(),
  several_groups: choiceOf(['highest'] as const, 'highest: the group whose answer pays the most (fund + second layer + assistance), never two groups’ tilts together (按待遇就高原则享受，不重复享受)')
    .optional()
    .describe('同一人同时具有两种以上特殊群体身份的，按待遇就高原则享受，不重复享受: a claim naming several assistance groups (--assistance 低保对象,重度残疾人) is settled as each group alone; highest keeps the answer that pays the most (the first such group on a tie). null with a note, or left out: answered where every group pays the same, else exit 3 with each group’s answer (--set several_groups=highest, or one group with --assistance).'),
};

/**
 * Which version governs a stay whose admission and discharge fall under different versions (an
 * amendment from 2025-03-01): by the admission date or the discharge (settlement) date. A policy
 * key, allowed in /1 files too (versions are model 1's).
 */
export const StayVersion = choiceOf(
  ['admission', 'discharge'] as const,
  'admission: the version in force on the admission day (--date) governs the whole stay; discharge: the one in force on the discharge (settlement) day (--discharge-date)',
).describe('住院跨越政策版本施行日期时按哪个版本结算 (按入院之日 / 按出院结算之日执行的政策): stated with its quote, a reading, or null with a note; left out: unknown. Used only on a stay whose two dates fall under different versions that give different numbers (exit 3 naming stay_version where unknown).');

/** Model-2 fields of the policy. */
export const V2Top = {
  facilities: z.record(z.string().min(1), Facility).optional().describe('Facility names and the level each counts as (--tier takes them).'),
  grades: z
    .partialRecord(z.enum(['1', '2', '3']), z.strictObject({ name: Localized, aliases: z.array(z.string().min(1)).optional() }))
    .optional()
    .describe('Resident contribution grades (一档, 二档): params keyed grade_1, grade_2.'),
};

export type FacilityValue = z.infer<typeof Facility>;
export type FacilityDeductibleValue = z.infer<typeof FacilityDeductible>;
export type FirstPayValue = z.infer<typeof FirstPay>;
export type StatusChangeValue = z.infer<typeof StatusChange>;
export type StatusFromValue = z.infer<typeof StatusFrom>;
export type StatusChangeRuleValue = z.infer<typeof StatusChangeRule>;
export type BandsValue = z.infer<typeof Bands>;
export type BandPlusValue = z.infer<typeof BandPlus>;
export type AgeBonusValue = z.infer<typeof AgeBonus>;
export type AgeBonusesValue = z.infer<typeof AgeBonuses>;
export type FilingValue = z.infer<typeof Filing>;
export type FilingRuleValue = z.infer<typeof FilingRule>;
export type FilingByWhereValue = z.infer<typeof FilingByWhere>;
export type UpliftCeilingValue = z.infer<typeof UpliftCeiling>;
export type UpliftOrderValue = z.infer<typeof UpliftOrder>;
export type DeductibleScheduleValue = z.infer<typeof DeductibleSchedule>;
export type FamilyYearCapValue = z.infer<typeof FamilyYearCap>;
export type AdmissionStepValue = z.infer<typeof AdmissionStep>;
export type StatusScheduleValue = z.infer<typeof StatusSchedule>;
export type DiseaseLimitsValue = z.infer<typeof DiseaseLimits>;
export type DiseaseGroupValue = z.infer<typeof DiseaseGroup>;
export type SeveralRuleValue = z.infer<typeof SeveralRule>;
export type DiseaseLimitValue = z.infer<typeof DiseaseLimit>;
export type SecondLayerValue = z.infer<typeof SecondLayer>;
export type LayerPartTwoValue = z.infer<typeof LayerPartTwo>;
export type AssistanceValue = z.infer<typeof Assistance>;
export type AssistanceOpenGroupsValue = z.infer<typeof AssistanceOpenGroups>;
export type AssistanceUpliftValue = z.infer<typeof AssistanceUplift>;
export type AccountScopeValue = z.infer<typeof AccountScope>;
export type FlagValue = z.infer<typeof Flag>;
export type ReferralDeductibleValue = z.infer<typeof ReferralDeductible>;
export type UnreferredCutValue = z.infer<typeof UnreferredCut>;
export type OpenGroupsValue = z.infer<typeof OpenGroups>;
export type AgeCapValue = z.infer<typeof AgeCap>;
