// The building blocks of the policy schema (v1 and v2): texts in both languages, source keys,
// quotes, and the sourced value {value, source, quote} with its inferred / reading / unknown forms.
import { z } from 'zod';

export const Localized = z
  .strictObject({ zh: z.string().min(1), en: z.string().min(1) })
  .describe('The same text in Chinese (zh) and English (en).');

export const SourceKey = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).describe('A key of the top-level `sources` map.');

export const Quote = z.string().min(1).describe('Verbatim text from the source that states the value; it must contain the number.');

/** Where a value comes from: its source and quote, or how it was inferred, the reading it takes, or why it is unknown. */
export const provenance = {
  source: SourceKey.optional(),
  quote: Quote.optional(),
  inferred: z.literal(true).optional().describe('The value is worked out from the text (its example, or its arithmetic where no structure states it), not stated as a number.'),
  reasoning: Localized.optional().describe('How an inferred value was worked out.'),
  reading: Localized.optional().describe('Which reading of an ambiguous text this value takes, and why.'),
  reading_short: Localized.optional().describe('The reading in one clause an operator can read out, e.g. 退休人员比例按提高5个百分点算.'),
  note: Localized.optional().describe('For an unknown value: what the sources say and do not say.'),
};

/** A sourced value whose number is checked by `value` (any number, money, or a ratio). */
export function sourcedOf(value: z.ZodNumber) {
  return z
    .strictObject({
      value: value.nullable().describe('The number; null when the sources do not state it.'),
      ...provenance,
    })
    .describe('A sourced number: {value, source, quote}, inferred {value, inferred, reasoning, source, quote}, or unknown {value: null, note}.');
}

/**
 * One value of the law. Either stated by a source (value, source, quote), inferred from a
 * source's worked example (inferred: true, with reasoning), or unknown (value: null, with a note).
 */
export const Sourced = sourcedOf(z.number());
/** A sourced amount of money in yuan: never negative. */
export const MoneySourced = sourcedOf(z.number().min(0));
/** A sourced ratio: a share between 0 and 1 (0.8 = 80%). */
export const RatioSourced = sourcedOf(z.number().min(0).max(1));

/**
 * A fund ratio (a scheme's `ratio`, a band's ratio), written either as the fund's share (`value`)
 * or, where the text states the person's share (个人自付比例依次为8%、12%、16%), as `self_pay`: the
 * fund's share is then 1 − self_pay, stated (the quote is checked for the self-pay number) and
 * kept beside it so the breakdown and `policy show` say 个人自付8%,统筹支付92%.
 */
export const PayRatioSourced = z
  .strictObject({
    value: z.number().min(0).max(1).nullable().optional().describe('The fund’s share (0.8 = 80%); null when the sources do not state it. Left out where self_pay is given.'),
    self_pay: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('The person’s share as the text states it (个人自付比例8%: 0.08), in place of value: the fund pays 1 − self_pay. The quote must contain this number.'),
    ...provenance,
  })
  .superRefine((v, ctx) => {
    if (v.self_pay === undefined) {
      if (v.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: '写 value(统筹基金支付比例)或 self_pay(个人自付比例) / give value (the fund’s share) or self_pay (the person’s share)' });
      return;
    }
    if (v.value !== undefined && v.value !== fundShare(v.self_pay)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `value 与 self_pay 只写一个(self_pay ${v.self_pay} 即统筹支付 ${fundShare(v.self_pay)}) / give value or self_pay, not both (self_pay ${v.self_pay} is a fund share of ${fundShare(v.self_pay)})` });
    }
  })
  .transform((v) => ({ ...v, value: v.self_pay === undefined ? (v.value ?? null) : fundShare(v.self_pay) }))
  .describe('A fund ratio: {value, source, quote} (the fund’s share), or {self_pay, source, quote} where the text states the person’s share (个人自付比例8%: the fund pays 92%); inferred, a reading or unknown as any sourced value.');

/** 1 − the person's share, exact to the ratio's four decimals (0.08 → 0.92, never 0.9199999999999999). */
export const fundShare = (selfPay: number): number => Math.round((1 - selfPay) * 1e8) / 1e8;

/** A fund ratio parameter: one, or keyed by status, grade or tier (as `paramOf`), each value or self_pay. */
export const PayRatioParam = z.union([
  PayRatioSourced,
  z
    .record(z.string(), z.union([PayRatioSourced, z.record(z.string(), PayRatioSourced)]))
    .describe('Values keyed by status (active, retired), by resident grade (grade_1, grade_2; policy 2), or by a tier defined in `tiers`, in that order of nesting.'),
]);

/** A parameter: one value, or values keyed by status or tier, or by status then tier. */
export function paramOf<T extends typeof Sourced>(leaf: T) {
  return z.union([
    leaf,
    z
      .record(z.string(), z.union([leaf, z.record(z.string(), leaf)]))
      .describe('Values keyed by status (active, retired), by resident grade (grade_1, grade_2; policy 2), or by a tier defined in `tiers`, in that order of nesting.'),
  ]);
}

export const Param = paramOf(Sourced);
export const MoneyParam = paramOf(MoneySourced);
export const RatioParam = paramOf(RatioSourced);


/**
 * How far a version's sources cover: the last day the text itself says its rules are for (云岭:
 * "2025年度…待遇标准" → 2025-12-31), stated with the quote, or a reading; null + note when the text
 * gives no end. Until that day a claim is not warned that later changes are unknown.
 */
export const CoversUntil = z
  .strictObject({
    value: z
      .union([z.iso.date(), z.literal('open')])
      .nullable()
      .describe('The last day (YYYY-MM-DD) the sources describe; `open` when the text is in force from its effective date with no end (本通知自…起执行) and the bureau keeps the file current; null when not known.'),
    source: SourceKey.optional(),
    quote: Quote.optional(),
    inferred: z.literal(true).optional().describe('The day is worked out from the text (e.g. 有效期3年 from its start), not stated as a day: give the arithmetic in reasoning.'),
    reasoning: Localized.optional().describe('How an inferred day was worked out.'),
    reading: Localized.optional().describe('Which reading of the text gives this day, and why.'),
    reading_short: Localized.optional().describe('That reading in one clause an operator can read out.'),
    note: Localized.optional().describe('For null: what the text says of its period.'),
  })
  .describe('How far the sources cover (covers_until): {value: YYYY-MM-DD | open, source, quote}, inferred (inferred + reasoning), a reading, or null with a note.');
