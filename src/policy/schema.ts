// The policy file format (policies/<city>.yaml) as a zod schema: the one definition that
// validates files at load time, gives the TypeScript types (import type only, so the calc
// path never loads zod) and is exported as JSON Schema for editors (schema/policy.schema.json).
// Cross-field rules (quotes contain their numbers, versions in order, tiers defined) are in lint.ts.
import { z } from 'zod';
import { RELATIONS, STATUSES, TIERS } from '../domain.js';

import { CoversUntil, Localized, MoneyParam, MoneySourced, Param, PayRatioParam, Quote, RatioSourced, SourceKey, Sourced } from './schema-base.js';
import { StayVersion, V2Benefit, V2Scheme, V2Top, V2Version } from './schema-v2.js';

export { Sourced };

const YearsRule = z
  .strictObject({
    statuses: z.array(z.enum(STATUSES)).min(1).describe('Who the rule is for (Jiayu: retired).'),
    rule: Localized.describe('The rule in plain words.'),
    source: SourceKey.optional(),
    quote: Quote.optional(),
    reading: Localized.describe('What the tool does for someone of these statuses who did not meet the years, or did not say.'),
    reading_short: Localized.optional().describe('That reading in one clause an operator can read out.'),
  })
  .describe('Those who met the required contribution years get the benefit whatever their contribution level (达到规定缴费年限的退休人员).');

const Eligibility = z.strictObject({
  min_contribution: RatioSourced.describe('Lowest average contribution base, as a share of the average wage (0.95 = 95%).'),
  lower_band_top: RatioSourced.optional().describe(
    'The stated top of the band below min_contribution (79% under 80%): a level between the two (79.9%) is decided by the reading on min_contribution.',
  ),
  lowest_band: RatioSourced.optional().describe('The lowest level the sources state a band for; below it the benefits are unknown, never refused.'),
  required_for: z
    .array(z.enum(STATUSES))
    .describe('Statuses that must give a contribution level; others are checked only when they give one (or by years_rule).'),
  years_rule: YearsRule.optional(),
  rule: Localized.describe('The rule in plain words.'),
});

const DeductiblePeriod = z
  .strictObject({
    value: z.enum(['year', 'admission']).nullable().describe('year: met once per calendar year; admission: charged per admission (per claim); null: not stated.'),
    source: SourceKey.optional(),
    quote: Quote.optional(),
    reading: Localized.optional().describe('Which reading of the text this takes (policy 2: shown on the claims the deductible is charged on).'),
    reading_short: Localized.optional().describe('That reading in one clause an operator can read out.'),
    note: Localized.optional(),
  })
  .describe('Over what the deductible is counted. Not stated (null or left out): the claim is charged the whole deductible and the output says so.');

const BeyondCap = z
  .strictObject({
    name: Localized.describe('The insurance that may pay above the basic cap, e.g. 大病保险.'),
    cap: MoneySourced.describe('Its cap, yuan; null when not stated.'),
    source: SourceKey.optional(),
    quote: Quote.optional(),
    reading: Localized.optional().describe('Which reading of the text this takes (policy 2: shown on a claim the cap cuts).'),
    reading_short: Localized.optional().describe('That reading in one clause an operator can read out.'),
    note: Localized.describe('What the sources say and leave unknown about it (deductible, ratio).'),
  })
  .describe("Another insurance that may pay the part above this benefit's basic cap; the tool names it, never computes it.");

const SchemeRules = z.strictObject({
  deductible: MoneyParam.optional().describe('Deductible (起付线), yuan; see deductible_period. Required, except in policy 2 where every chronic disease states its own (disease_limits.diseases[].deductible: 起付标准按病种设定).'),
  deductible_period: DeductiblePeriod.optional(),
  ratio: PayRatioParam.optional().describe('Share of the in-scope amount above the deductible that the fund pays (报销比例), 0..1. Required unless `bands` (policy 2) gives the ratios.'),
  retiree_bonus: RatioSourced.optional().describe('Added to the ratio for retirees (退休人员支付比例提高), 0..1.'),
  cap: MoneyParam.optional().describe('Annual fund payment cap for this benefit (封顶线), yuan. Required in policy 1; in policy 2 left out where the rulebook sets none (a 门诊慢特病 benefit with per-disease limits only): no cap is applied and none is asked for.'),
  beyond_cap: BeyondCap.optional(),
  eligibility: Eligibility.optional(),
  note: Localized.optional(),
  ...V2Scheme,
});

const Benefit = z.strictObject({
  employee: SchemeRules.optional(),
  resident: SchemeRules.optional(),
  note: Localized.optional(),
  ...V2Benefit,
});

const Rounding = z.strictObject({
  mode: z.enum(['half_up', 'half_even', 'down', 'up']).describe('half_up is 四舍五入.'),
  unit: z.enum(['0.01', '0.1', '1']).describe('Rounding unit in yuan.'),
  source: SourceKey.optional(),
  quote: Quote.optional(),
  note: Localized.optional().describe('Where the rounding comes from (the sources state none: the contract fixes half-up to 0.01). Optional where source + quote state the rounding (计算结果四舍五入保留到分).'),
});

const Family = z.strictObject({
  relations: z
    .strictObject({
      values: z.array(z.enum(RELATIONS)).nullable(),
      source: SourceKey.optional(),
      quote: Quote.optional(),
      reading: Localized.optional(),
      note: Localized.optional(),
      unsettled: z
        .strictObject({
          values: z.array(z.enum(RELATIONS)).min(1),
          reading: Localized.describe('Why the source does not settle them, and what the tool does (their accounts counted as not paying).'),
          reading_short: Localized.optional().describe(
            'Why, in a few spoken words (原文只写了“父母、子女、配偶等”); say reads "亲属账户这次按不能用算:<this>,这是对原文的理解".',
          ),
        })
        .optional()
        .describe('Relations the source neither names nor rules out (an open "等" list, an undated widening): a reading decides them, shown as a warning.'),
      open: z
        .literal(true)
        .optional()
        .describe('The list ends in 等 (配偶、父母、子女等近亲属): a relation it neither names nor lists in `unsettled` is unknown (a claim with it is exit 3 naming family.relations), never refused. Left out (and no `unsettled`): the list is closed.'),
      widened: z
        .strictObject({
          values: z.array(z.enum(RELATIONS)).min(1),
          reading: Localized.describe('Why their start is a reading (a widening the source does not date), and what the tool does (their accounts counted as paying from this version on).'),
          reading_short: Localized.optional().describe('Why, in a few spoken words; say reads "亲属账户按能用算:<this>,这是对原文的理解".'),
        })
        .optional()
        .describe('Relations of `values` that a widening the source does not date added: counted as paying from this version on, a reading shown as a warning.'),
    })
    .describe("Relations of the patient to the account holder whose personal account may pay (家庭共济)."),
  order: z
    .strictObject({
      values: z.array(z.enum(['own_account', 'family'])),
      source: SourceKey.optional(),
      quote: Quote.optional(),
      note: Localized.optional(),
    })
    .describe('The order in which accounts pay the patient share.'),
  note: Localized.optional(),
});

const Fact = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9_]+$/),
    title: Localized,
    value: z.union([z.number(), z.string()]).nullable(),
    unit: z.enum(['yuan', 'ratio', 'count', 'text']),
    source: SourceKey.optional(),
    quote: Quote.optional(),
    reading: Localized.optional(),
    note: Localized.optional(),
  })
  .describe('Another rule the sources state, shown by `policy show` but not used in calculation.');

export const Version = z.strictObject({
  effective: z.iso
    .date()
    .nullable()
    .describe('The date these rules take effect (YYYY-MM-DD); null only for a first version whose start the sources do not give.'),
  effective_note: Localized.optional().describe('Why this date.'),
  covers_until: CoversUntil.optional().describe('How far the sources cover (docs/policy-format-v2.md): a claim after it is warned that later changes are unknown.'),
  rounding: Rounding,
  benefits: z.strictObject({
    outpatient: Benefit.optional(),
    inpatient: Benefit.optional(),
    chronic: Benefit.optional(),
  }),
  family: Family.optional(),
  facts: z.array(Fact).optional(),
  ...V2Version,
});

const Source = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|unknown)$/).describe('YYYY, YYYY-MM, YYYY-MM-DD or "unknown".'),
  date_note: Localized.optional(),
  file: z.string().min(1).describe('The source text in this repository, e.g. sources/suizhou-2024.txt.'),
});

const Tier = z.strictObject({
  name: Localized,
  counts_as: z.enum(TIERS).nullable().optional().describe('The tier whose rules apply; null when the sources do not say.'),
  source: SourceKey.optional(),
  quote: Quote.optional(),
  note: Localized.optional(),
});

const Hotline = z.strictObject({
  number: z.string().nullable(),
  source: SourceKey.optional(),
  quote: Quote.optional(),
  menu: z.array(z.strictObject({ key: z.string().min(1), label: Localized })).optional(),
  menu_quote: Quote.optional(),
  note: Localized.optional(),
});

/**
 * Words for the FAQ search (issue 9): everyday words for the official ones, filler words to drop,
 * and words to keep whole. The shared list is policies/words/faq.yaml; a city adds its own here.
 */
export const FaqWords = z
  .strictObject({
    synonyms: z
      .record(z.string().min(1), z.array(z.string().min(1)))
      .optional()
      .describe('The official word, then the everyday words that mean it: 个人账户: [医保卡, 个账].'),
    stop_words: z.array(z.string().min(1)).optional().describe('Filler words that say nothing about the topic: 请问, 吗, 的.'),
    question_words: z
      .array(z.string().min(1))
      .optional()
      .describe('Official words (keys of synonyms, or keep words) that say what kind of answer is wanted (如何, 哪些, 是什么): they help rank, but alone never make an answer.'),
    keep: z
      .array(z.string().min(1))
      .optional()
      .describe('Words kept whole, so that a shorter filler or everyday word inside them is not taken out: 在职 (not 在), 申报 (not 报).'),
  })
  .describe('FAQ search words.');

const Faq = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: Localized,
  answer: Localized,
  source: SourceKey,
  quote: Quote.describe('The passage of the source that gives the answer.'),
  more_quotes: z
    .array(Quote)
    .optional()
    .describe('Further passages of the same source the answer rests on (each verbatim); shown after `quote`.'),
  keywords: z.array(z.string()).optional(),
  asked_as: z
    .array(z.string().min(1))
    .optional()
    .describe('Other ways callers ask this question, in their words: searched like the question.'),
});

export const PolicySchema = z.strictObject({
  schema: z.enum(['yibao.policy/1', 'yibao.policy/2']).describe('yibao.policy/1, or yibao.policy/2 for the rulebook structures (docs/policy-format-v2.md); a /1 file may not use them.'),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: Localized,
  region: Localized,
  sources: z.record(SourceKey, Source),
  tiers: z.partialRecord(z.enum(TIERS), Tier).describe('The facility tiers this policy defines; params may be keyed only by these.'),
  versions: z.array(Version).min(1),
  stay_version: StayVersion.optional(),
  hotline: Hotline,
  faq: z.array(Faq).optional(),
  faq_words: FaqWords.optional(),
  ...V2Top,
});

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyVersion = z.infer<typeof Version>;
export type SourcedValue = z.infer<typeof Sourced>;
export type ParamValue = z.infer<typeof Param>;
export type SchemeRulesValue = z.infer<typeof SchemeRules>;
export type FactValue = z.infer<typeof Fact>;
export type FaqEntry = z.infer<typeof Faq>;
export type FaqWordsValue = z.infer<typeof FaqWords>;
export type EligibilityValue = z.infer<typeof Eligibility>;
export type BeyondCapValue = z.infer<typeof BeyondCap>;
export type DeductiblePeriodValue = z.infer<typeof DeductiblePeriod>;
export type BenefitValue = z.infer<typeof Benefit>;
export type * from './schema-v2.js';
