// The engine's data: a normalized claim in, a settlement (numbers) and an explanation
// (numbers plus the steps in plain words) out. Money inside the engine is integer fen
// (1 yuan = 100 fen), exact and fast; ratios are integer parts per 10,000 (0.85 = 8500).
// Only the renderers turn fen into "2000.00" strings (see src/money/money.ts).
import type { BenefitId, Relation, Scheme, Status, Tier } from '../domain.js';
import type { SourcedValue } from '../policy/schema.js';

import type { Bp, Fen } from '../money/money.js';

export type { Bp, Fen } from '../money/money.js';

/**
 * A claim after parsing: the same object whether it came from flags, the wizard or a batch row.
 * Optional money fields are 0 when not given.
 */
export interface Claim {
  city: string;
  date: string; // YYYY-MM-DD
  scheme: Scheme;
  status?: Status; // employees only
  benefit: BenefitId;
  tier: Tier;
  amount: Fen;
  outOfScope: Fen;
  ytdDeductible: Fen;
  /**
   * Where ytdDeductible came from when not typed: 'unsaid' (not given, 0 taken) or 'carried'
   * (batch: from the person's earlier rows); undefined: typed (a flag, a cell, the caller's words).
   * Under a yearly deductible an unsaid one is taken as met when the fund paid this year, and a
   * typed one below the deductible beside a fund payment is refused (steps/deductible.ts).
   */
  ytdDeductibleFrom?: 'unsaid' | 'carried';
  ytdFund: Fen;
  account: Fen;
  family: Fen;
  relation?: Relation;
  contribution?: Bp; // average contribution base / average wage
  /** Whether a retiree met the required contribution years (Jiayu 2012); undefined when not said. */
  yearsMet?: boolean;
  // ---- policy model 2 (contract "Rulebook structures"): all optional, undefined when not given ----
  /** The facility's name as typed (社区卫生服务中心), where the policy mapped it to `tier`. */
  facility?: string;
  /** This inpatient stay's number in the calendar year (1 = the first); undefined: not said (1 assumed where it matters). */
  admission?: number;
  /** Days of care this claim covers (a fund cap a day, facility_day_cap); undefined: not said (one day assumed where it matters). */
  days?: number;
  dischargeDate?: string; // YYYY-MM-DD
  /** The day the employee's current status (在职/退休) began; within the claim's year: the status changed this year. */
  statusSince?: string;
  /** The day the employee's retirement was processed (办理退休手续); the policy's status_from makes it statusSince. */
  retirementProcessed?: string;
  age?: number;
  birthDate?: string; // YYYY-MM-DD
  /** The discharge day of the patient's previous stay (readmission: 出院后15日内再次入院), YYYY-MM-DD. */
  previousDischarge?: string;
  /** 乙类 costs (in scope) before 先行自付: split into drugs and items, or a total where the split is not given. */
  classB?: Fen;
  classBDrugs?: Fen;
  classBItems?: Fen;
  /** Resident contribution grade (一档 = '1'). */
  grade?: Grade;
  /** The grade of the person's disability certificate (残疾证 一级 = '1'), where an assistance uplift names grades. */
  disability?: '1' | '2' | '3' | '4';
  /** The certified chronic disease this visit treats, and all the patient's (by the policy's names as typed). */
  disease?: string;
  diseases?: string[];
  /** Where the care was; undefined = local. */
  filing?: Filing;
  /** Out-of-area care in the province (省内市外) or outside it (省外), where the policy's filing rule is keyed by it. */
  where?: Where;
  /** Medical-assistance group by the policy's name (特困人员). */
  assistance?: string;
  /** Year-to-date figures (fen), 0 when not given. */
  ytdBenefitFund?: Fen;
  /** Fund paid this year per chronic disease (keys as typed). */
  ytdDiseaseFund?: Record<string, Fen>;
  /** Policy model 2: the deductible met this year per chronic disease (--ytd-disease-deductible name=yuan), where deductibles are set by disease. */
  ytdDiseaseDeductible?: Record<string, Fen>;
  ytdBurden?: Fen;
  ytdSecond?: Fen;
  ytdAssistance?: Fen;
  ytdAssistanceDeductible?: Fen;
  /** What the holder's account paid by 家庭共济 this year, to every relative (family_year_cap per holder). */
  ytdFamilyPaid?: Fen;
  /** What family accounts paid for this patient this year (family_year_cap per relative). */
  ytdFamilyReceived?: Fen;
  /** bands.per year (一个年度内…扣除起付标准后累计在3万元（含）以下的部分): the amount the year's bands already hold before this claim (--ytd-banded). */
  ytdBanded?: Fen;
  /** readmission.same_facility: whether the previous stay (--previous-discharge) was at this same facility (--previous-same-facility yes|no); undefined: not said. */
  previousSameFacility?: boolean;
  /** The facility the patient was referred from within the city's 医联体 (--referred-from: a level word or a facility of the policy), as given; referral_deductible takes the direction from it. */
  referredFrom?: string;
  /** Whether the stay was referred (--referred yes|no; --referred-from implies yes), where unreferred_cut takes points off a stay without one; undefined: not said. */
  referred?: boolean;
  /** 连续参保满4年…之后每连续参保1年: the person's continuous years insured as the text counts them (--insured-years), for a second layer's cap_incentive; undefined: not said (no raise, said where it matters). */
  insuredYears?: number;
  /** 当年基金零报销的…次年: the years of zero fund reimbursement that count toward a second layer's cap_incentive (--zero-claim-years); undefined: not said. */
  zeroClaimYears?: number;
  /** newborn_enrolment (新生儿在出生后90日内参加居民医保的): the day the newborn was enrolled (--enrolled); undefined: not said. */
  enrolled?: string;
  /** disease_limits.prorate (年度中途认定的…按比例折算): the day the treated disease was certified (--certified); undefined: not said. */
  certified?: string;
  /** The visit was an emergency (急诊: --emergency yes), where a level pays emergency visits at another level's ratio (emergency_ratio_as); undefined: not said. */
  emergency?: boolean;
  /** Every assistance group the claim names where it names two or more (--assistance 低保对象,重度残疾人); `assistance` is then the group settled as (several_groups). */
  assistanceGroups?: string[];
  /** The day the claim's assistance group began (年度内新认定): within the claim's year, the person joined the group this year. */
  assistanceSince?: string;
  /** Of ytdBurden, the part counted on or after assistanceSince (0 when not given). */
  ytdBurdenSince?: Fen;
}

export const GRADES = ['1', '2', '3'] as const;
export type Grade = (typeof GRADES)[number];
/** `emergency` (异地急诊抢救) is settled as the kind the policy's `filing.emergency` names (「异地急诊抢救的，视同已备案」). */
/** `temporary` (临时外出就医已备案) is an addition to the contract's four: a policy that gives `filing.temporary` tells it from `filed` (异地长期居住/常驻异地). */
export const FILINGS = ['local', 'filed', 'referral', 'unfiled', 'temporary', 'emergency'] as const;
export type Filing = (typeof FILINGS)[number];
/** Where out-of-area care was, for a policy whose filing rules differ by it (省内市外 / 省外). */
export const WHERES = ['in_province', 'out_of_province'] as const;
export type Where = (typeof WHERES)[number];

/** A parameter or a model-2 value overridden with --set. */
export type Override = ParamOverride | RuleOverride;

/** The kind of a model-2 value by its place in the file (claim/rule-kinds.ts). */
export type RuleKind = 'money' | 'ratio' | 'multiple' | 'count' | 'flag' | 'choice' | 'schedule' | 'grades' | 'levels' | 'order' | 'group';

/**
 * A model-2 value given with --set by the path an exit 3 names (assistance.groups.低保对象.cap,
 * inpatient.resident.bands.1.ratio.3 …): `value` as the file would hold it (yuan, a 0..1 ratio,
 * a multiple, a count, yes/no, a choice's word; a schedule: `none` or the shares from the 2nd
 * admission on), put in place of the file's (engine/rule-sets.ts).
 */
export interface RuleOverride {
  path: string;
  param: 'rule';
  kind: RuleKind;
  value: number | boolean | string | number[] | string[];
  /** The value as typed, for the warning. */
  display: string;
}

/** A model-1 parameter overridden with --set: path as written, the value, and where it applies. */
export interface ParamOverride {
  path: string; // e.g. "outpatient.employee.deductible.active"
  benefit: BenefitId;
  scheme: Scheme;
  /** disease_limit (policy 2): the patient's yearly 门诊慢特病 limit where the rulebook does not give it (several diseases). */
  param: 'deductible' | 'ratio' | 'retiree_bonus' | 'cap' | 'disease_limit';
  key?: Tier | 'active' | 'retired';
  /** For display only (calc --json echoes it): yuan for money, 0..1 for ratios; the engine uses `exact`. */
  value: number;
  /** The same value exactly: fen for deductible and cap, Bp for ratio and retiree_bonus. */
  exact: number;
}

/** deductible and cap are amounts (fen); ratio and retiree_bonus are ratios (Bp). */
export const isMoneyParam = (param: string): boolean => param === 'deductible' || param === 'cap' || param === 'disease_limit';

/** Where a number came from, for the explanation and the warnings. */
export interface Provenance {
  kind: 'stated' | 'inferred' | 'user' | 'unknown';
  /** The policy value used (stated, inferred or unknown), when there is one. */
  sourced?: SourcedValue;
  /** Parameter path, e.g. "outpatient.employee.deductible.active". */
  path: string;
  /** For kind 'user': the --set path. */
  override?: string;
}

export type StepKey =
  | 'in_scope'
  | 'first_pay'
  /** A filing's share paid first by the person (先由个人自付20%): an addition to the contract's keys, after first_pay. */
  | 'first_share'
  | 'eligibility'
  | 'deductible'
  | 'ratio'
  | 'cap'
  | 'fund'
  | 'second_layer'
  | 'assistance'
  | 'account'
  | 'family'
  | 'cash';

export interface Step {
  key: StepKey;
  title: { zh: string; en: string };
  /**
   * The step's money amount in fen: in_scope, eligibility (the in-scope amount the fund may
   * consider: in_scope, or 0 when not eligible), deductible applied, ratio (fund before the cap),
   * cap (cap remaining; the step is left out when the cap is unknown or the claim refused, and
   * the fund step says so), fund (fund pays), account, family, cash (cash due).
   */
  amount: Fen;
  explain: { zh: string; en: string };
  /**
   * Compact source: document title and publisher, plus the quote, when the step used a policy value.
   * `quotes` holds each separate passage (the ratio and the retiree uplift are two); `quote` is the first.
   */
  source?: { title: string; publisher: string; date: string; quote: string; quotes: string[] };
  provenance?: Provenance;
}

/** All the numbers of one settled claim (contract "result", in fen / Bp). */
export interface Settlement {
  amount: Fen;
  outOfScope: Fen;
  inScope: Fen;
  eligible: boolean;
  /** How eligibility was decided, where the policy has a contribution rule (steps/eligibility.ts). */
  verdict?: 'eligible' | 'years_met' | 'refused' | 'refused_edge';
  ineligibleReason?: { zh: string; en: string };
  /** Policy model 2: the facility the policy says the fund does not pay at for this benefit (其住院费用统筹基金不予支付). */
  /** Policy model 2: the deductible was the treated disease's own (起付标准按病种设定): batch carries it per disease. */
  deductibleByDisease?: boolean;
  refusedAtFacility?: string;
  deductible: Fen | null; // the annual deductible (null: not used because not eligible)
  deductibleApplied: Fen;
  /** The deductible met before this claim as counted: the claim's, or the whole deductible when a fund payment this year shows it met (inferred). */
  deductibleMetBefore: Fen;
  /** Policy model 2: the deductible met was taken as given although the fund paid this year (ytd_as_given). */
  metAsGiven?: true;
  /** Policy model 2: a yearly deductible met only in part before this claim (no full standard), the rest charged (deductible_partly_met). */
  partlyMet?: true;
  ratio: Bp | null;
  fundBeforeCap: Fen;
  cap: Fen | null; // null: unknown cap, not applied
  capRemaining: Fen | null;
  fundPays: Fen;
  patientShare: Fen;
  accountPays: Fen;
  familyPays: Fen;
  familyRefusedReason?: { zh: string; en: string };
  cashDue: Fen;
  ytdDeductibleAfter: Fen;
  ytdFundAfter: Fen;
  // ---- policy model 2; 0 / null where the policy lacks the structure ----
  /** 乙类先行自付 (drugs + items, each rounded). */
  firstPay: Fen;
  secondLayerPays: Fen;
  assistancePays: Fen;
  ytdBurdenAfter: Fen;
  /** The year's burden after this claim under each option of an open rule that changes only it (carried_unknown): ytdBurdenAfter is then the first's, shown nowhere as the answer. */
  ytdBurdenOpen?: readonly Fen[];
  /** Where the claim says when its group began (--assistance-since): the burden counted since that day, after this claim (batch carries it). */
  ytdBurdenSinceAfter?: Fen;
  ytdSecondAfter: Fen;
  ytdAssistanceAfter: Fen;
  ytdAssistanceDeductibleAfter: Fen;
  /** What the fund paid this year for this benefit alone, and for the patient's chronic diseases (their shared limit). */
  ytdBenefitFundAfter: Fen;
  /** bands.per year: the year's banded amount after this claim (the start of the person's next claim); set only where the bands count the year. */
  ytdBandedAfter?: Fen;
  /** referral_deductible: the referral within the 医联体 (--referred-from) and what it did to the deductible; set only where the claim gave one (inpatient, model 2). */
  referral?: import('./referral.js').ReferralOutcome;
  /** unreferred_cut: at a level the rule names, whether this claim was cut for care without a referral (or why not); set only there (model 2). */
  unreferred?: import('./unreferred.js').UnreferredOutcome;
  /** several_groups: a claim in several assistance groups, the group its answer is settled as and each group's total; set only there. */
  severalGroups?: import('./several-groups.js').SeveralGroups;
  /** emergency_ratio_as: an emergency visit paid at this level's ratio in place of its own (因急诊在三级医疗机构就诊的，按二级医疗机构比例支付); set only there. */
  emergencyRatioAs?: Tier;
  /** The burden this claim adds toward the second layer's threshold. */
  burdenAdded: Fen;
  /**
   * A burden layer with a part two (岚汐 第十七条（二）): what part one (`one`) and part two (`pays`, of `base`, what the
   * annual cap cut) come to before the layer's shared cap; only where the layer has one.
   */
  secondLayerTwo?: { one: Fen; pays: Fen; base: Fen };
  secondLayer: SecondLayerKind | null;
  /** The admission number used for the deductible; null where the deductible is not per admission. */
  admission: number | null;
  /** The ratio's bands, each part shown; null when the ratio is not banded. */
  bands: BandPart[] | null;
  /** The disease limit (the patient's, several diseases combined) and what is left of it; null where none applies. */
  diseaseLimit: Fen | null;
  diseaseLimitRemaining: Fen | null;
  /** assistance.uplift: the grounds the claim met (未成年人), the points and yuan they added, and the raised ratio; set only where a ground was met. */
  /** `ratioTo`: the ratio a ground set (其中年满70周岁的低保对象…救助比例为80%), where one did. */
  assistanceUplift?: { grounds: string[]; ratioPlus: Bp; capPlus: Fen; ratio: Bp; ratioTo?: Bp };
  /** assistance.filing_cut: the claim's filing kind (unfiled), the points it took off, and the assistance ratio before and after; set only where one applied. */
  assistanceFilingCut?: { kind: Filing; points: Bp; from: Bp; ratio: Bp };
  /** Policy model 2: the assistance group whose share of the deductible applied (特困人员: none), for the spoken script. */
  /** The treated disease's group in disease_limits.groups (特殊病种), whose own deductible, ratio or no limit it followed. */
  diseaseGroup?: string;
  /** deductible_year_cap: this stay's deductible before the year's total cut it to what was left (set only where it did). */
  deductibleBeforeYearCap?: Fen;
  /** deductible_year_cap_crossing: full: this stay crossed the year's total and was charged its deductible in full (set only then). */
  deductibleYearCapFull?: true;
  /** filing.<kind>.first_share: what the person paid first of the in-pooling cost (先由个人自付20%); set only where the claim's filing has one. */
  firstShare?: Fen;
  /** facility_deductible: the changes the claim's facility made to its deductible, in the order applied. */
  /** lower_level: amount is the lower level's standard (fen), level that level. */
  deductibleFacility?: { kind: string; op: 'minus' | 'times' | 'lower_level'; amount: number; at: 'standard' | 'charged'; level?: string | undefined }[];
  /** facilities.<name>.levels: the kinds whose own rules the claim's level leaves out (一级中医医院: 中医医院, at 二级、三级 only); set only where some are. */
  facilityOutside?: { kind: string; levels: string[] }[];
  /** visit_cap: the fund's payment before the cap of one visit cut it (set only where it did). */
  fundBeforeVisitCap?: Fen;
  /** The later-admission share took the deductible below deductible_floor: raised to it (this floor, fen). */
  deductibleFloor?: Fen;
  /** family_year_cap: what was left of the year's 家庭共济 cap before this claim (set only where the policy has the cap and a family account paid). */
  familyCapLeft?: Fen;
  /**
   * family_year_cap in play on this claim (a family account paid, the cap known): the cap, whose year it counts
   * (null: the text does not say, and both counts gave this claim the same numbers), what that year had paid
   * before and what was left (null where `per` is), and whether it held the family's payment below what it would pay.
   */
  familyYearCap?: { cap: Fen; per: 'holder' | 'relative' | null; before: Fen | null; left: Fen | null; limited: boolean };
  /** uplift_ceiling: the ceilings that lowered a ratio this claim used (提高后最高不超过90%), each with the uplifts it held; set by explain (not batch). */
  upliftCeilings?: Array<{ max: Bp; uplifts: Array<'retiree' | 'grade' | 'age' | 'facility'>; path: string; /** one of several ceilings: its uplifts are named when said */ several: boolean }>;
  /** deductible_schedule as a step (依次降低100元，但不低于…40%): the deductible it started from, what came off, the floor, whether the floor held. */
  deductibleStep?: { full: Fen; minus: Fen; floor: Fen | null; floored: boolean };
  deductibleGroup?: string;
  /** second_layer within_claim unpaid_by_ratio: the cap reached during this stay; the stay's ratio, what the fund left unpaid at it, and that ÷ the ratio (the part above the cap). */
  withinClaim?: { ratio: Bp; unpaid: Fen; above: Fen };
  /**
   * cap_incentive (参保激励): the second layer's cap raised by the claim's continuous and zero-claim years, set only
   * where the cap without the raise held the layer's payment and the raise is above 0: the cap, the parts, the raised cap.
   */
  layerCapRaise?: import('./cap-incentive.js').CapRaise & { cap: Fen; raised: Fen; years: number | undefined; zeroYears: number | undefined };
  /** cap_incentive: the inputs the claim did not give where the cap held the layer's payment (taken as no raise): said as an assumption. */
  layerCapRaiseMissing?: ('insured_years' | 'zero_claim_years')[];
  /** readmission: the days from the previous discharge to this admission, whether that is within the rule's days, and what it changed. */
  /** sameAdmission null: the text does not say whether the stay counts as a new admission (said; batch stops the person's later stays without their own number). */
  readmission?: { days: number; within: boolean; noDeductible: boolean; sameAdmission: boolean | null; facility?: 'same' | 'elsewhere' | 'assumed' };
  /** newborn_deductible_share: the patient was born in the claim's year and paid this share of the deductible. */
  deductibleNewborn?: Bp;
  /** newborn_enrolment: the enrolment's day after birth against the rule's days; `refused`: care before a late enrolment, the fund paying nothing. */
  newbornEnrolment?: { day: number; days: number; within: boolean; refused: boolean };
  /** newborn_deductible_scope first_stay: a newborn's later stay of the birth year (this number), the newborn's share not applied. */
  deductibleNewbornLater?: number;
}

export type SecondLayerKind = 'serious_illness' | 'large_amount';

/** One band of a banded ratio: the part of the base from `from` to `to` (null: no upper edge) at `ratio`. */
export interface BandPart {
  from: Fen;
  to: Fen | null;
  ratio: Bp;
  /** The part of this claim's base inside the band. */
  base: Fen;
  pays: Fen;
}

/**
 * Every warning code, stable: scripts, the batch `warnings` column and `say` read them.
 * - a value used: `reading` (a reading of an ambiguous text), `inferred_value` (worked out from
 *   an example), `user_value` (--set), `unknown_cap` (none applied), `ratio_capped` (uplift above 100%);
 * - the version: `undated_version`, `after_sources` (the claim is dated after what the sources describe);
 * - eligibility (Jiayu 2012): `contribution_years` (a retiree whose contribution years are not met
 *   or not said is checked against the contribution bands, a reading), `band_edge` (a level between
 *   two whole-percentage bands, e.g. 79.9%, decided by a reading);
 * - family mutual aid: `family_reading` (a relation the source does not settle, e.g. beyond an open
 *   "等" list or an undated widening), `family_unknown` (the sources say nothing about the circle);
 * - `deductible_period` (the sources do not say whether the deductible is per year or per admission);
 * - `deductible_met_inferred` (kind `inferred`): the deductible met this year was not given, and the
 *   fund paid this year under a yearly deductible shows it met, so it is taken as met;
 * - `above_cap` (the basic cap cut the claim: another insurance such as 大病保险 may pay above it);
 * - batch rows: `status_changed` (active and retired in one year, one count kept),
 *   `earlier_row_failed` (an earlier row of this person failed and is not counted), `no_person_id`
 *   (a blank person id in a file that has the column: the row stands alone), `hidden_row` (a row
 *   hidden or filtered out in the workbook, computed like the others);
 * - `ignored_input` (kind `note`, path the claim field): a value given that this claim does not
 *   use, so that nobody believes it changed the answer: `contribution` or `contribution_years_met`
 *   where the policy links this benefit to neither, `relation` with no family balance;
 * - policy model 2: `admission_assumed`, `newborn_assumed` (no birth date under newborn_deductible_share: not a newborn), `second_layer_reading`, `status_change` (the policy's reading
 *   for a status that changed within the year), `policy_note` (kind `note`: the policy's note on a
 *   stated value this claim used), `ytd_deductible_assumed` (a later stay under a yearly total of
 *   deductibles, the deductible charged earlier not given: none assumed), `filing_long_term` (kind
 *   `note`: --filing filed under a policy that tells temporary filing apart, settled as the long-term kind),
 *   `status_from` (kind `note`, or `reading`: the status-since day worked out from --retirement-processed by the policy's status_from, with its clause),
 *   `certified_assumed` (kind `assumed`: disease_limits.prorate, a chronic claim without --certified: the whole limit),
 *   `enrolled_assumed` (kind `assumed`: newborn_enrolment, a newborn's claim without --enrolled: taken as enrolled in time),
 *   `ytd_banded_assumed` (kind `assumed`: bands on the year's running total, a later stay without --ytd-banded: none banded before is assumed),
 *   `carried_unknown` (kind `unknown`): a rule the text leaves open changes only what the year carries
 *   (the 大病/大额 burden counted), not what this claim pays: the claim is answered, the year's total after it is each option's,
 *   `emergency_assumed` (kind `assumed`: a visit at a level that pays emergency visits at another level's ratio, --emergency not given: not an emergency),
 *   `cap_incentive_assumed` (kind `assumed`: a second layer's cap_incentive where the cap held the layer's payment and the claim did not give --insured-years / --zero-claim-years: no raise for them),
 *   `previous_facility_assumed` (kind `assumed`: a readmission within the days under a rule for the same facility only, --previous-same-facility not given, where either answer pays the same: settled as the same facility; the year's admission count follows it),
 *   `several_groups` (kind `note`: a claim in several assistance groups, settled as the one several_groups picks, or every group paying the same),
 *   `referral_general` (kind `note`: a stay referred within the 医联体 (--referred-from) that the policy's referral_deductible does not reach, or a policy with none: the general deductible, and why).
 */
export const WARNING_CODES = [
  'reading',
  'inferred_value',
  'user_value',
  'unknown_cap',
  'ratio_capped',
  'undated_version',
  'after_sources',
  'contribution_years',
  'band_edge',
  'family_reading',
  'family_unknown',
  'deductible_period',
  'deductible_met_inferred',
  'ytd_as_given',
  'above_cap',
  'status_changed',
  'earlier_row_failed',
  'holder_row_failed',
  'no_person_id',
  'hidden_row',
  'ignored_input',
  'admission_assumed',
  'enrolled_assumed',
  'certified_assumed',
  'newborn_assumed',
  'days_assumed',
  'ytd_deductible_assumed',
  'second_layer_reading',
  'status_change',
  'policy_note',
  'filing_long_term',
  'status_from',
  'ytd_banded_assumed',
  'carried_unknown',
  'emergency_assumed',
  'several_groups',
  'referral_general',
  'cap_incentive_assumed',
  'previous_facility_assumed',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * How sure the sources are of what the warning concerns: `reading` (the tool's reading of a text
 * that is ambiguous or open), `inferred` (worked out from an example, not stated), `assumed` (the
 * sources are silent and the tool assumes, e.g. no cap reached), `user` (a value the user set),
 * `note` (a fact worth knowing that changes no number of this claim, e.g. 大病保险 may pay more).
 */
export type WarningKind = 'reading' | 'inferred' | 'assumed' | 'user' | 'note' | 'unknown';

export interface Warning {
  code: WarningCode;
  kind: WarningKind;
  /** The full sentence(s) for text and json. */
  message: { zh: string; en: string };
  /** One clause an operator reads out (`say`), e.g. 退休人员比例按提高5个百分点算,这是对原文的理解. No final full stop. */
  short: { zh: string; en: string };
  /** The policy parameter or rule it concerns, e.g. "outpatient.employee.retiree_bonus". */
  path?: string;
}

export interface Explanation {
  /** version: the effective date of the version used, null for an undated first version. */
  policy: { id: string; name: { zh: string; en: string }; version: string | null };
  claim: Claim;
  steps: Step[];
  result: Settlement;
  warnings: Warning[];
  /**
   * Over what the deductible counts: year (reduced by the deductible met earlier this year),
   * admission (charged on each), or null (the sources do not say: charged in full on this claim).
   * Renderers never call a deductible yearly unless this is 'year'.
   */
  deductiblePeriod: 'year' | 'admission' | null;
  /** The ratio used is stated as the person's share (self_pay: 个人自付8%): `say` gives both shares. */
  selfPay?: boolean;
}

/** A claim the policy cannot answer (exit 3) or the claim itself is invalid (exit 2). */
export class PolicyError extends Error {
  constructor(
    readonly code: 'unknown_parameter' | 'benefit_not_covered' | 'no_version' | 'tier_not_defined' | 'needs_input' | 'ytd_conflict',
    readonly messages: { zh: string; en: string },
    readonly exitCode: 2 | 3 = 3,
    /** The claim field the answer turns on, when it is one (contribution, contribution_years_met, ytd_deductible, …): batch names its column. */
    readonly field?: 'contribution' | 'contribution_years_met' | 'grade' | 'age' | 'discharge_date' | 'disease' | 'class_b' | 'assistance' | 'tier' | 'ytd_deductible' | 'ytd_disease_deductible' | 'where' | 'retirement_processed' | 'status_since' | 'status' | 'referred_from' | 'referred' | 'previous_same_facility',
  ) {
    super(messages.en);
    this.name = 'PolicyError';
  }
}
