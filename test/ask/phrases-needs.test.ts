// The words each pattern group needs (src/ask/phrases.ts: Needs) are what lets `ask` skip a
// group for a clause without them. Skipping is only safe if no match of the group can lack them:
// fast-check builds clauses out of the very words the patterns are made of and checks, for every
// match found, that the clause holds one of the group's words (and a digit where an amount is in
// every match). Each group must also be matched often enough that the check means something.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as P from '../../src/ask/phrases.js';

const PIECES = [
  '起付线', '起付标准', '起付', '门槛', '付', '交', '缴', '扣', '了', '过', '满', '够', '超过', '到了', '达到',
  '今年', '已经', '已', '之前', '上次', '累计', '共', '还', '都', '统筹基金', '统筹', '基金', '医保', '报销', '报', '赔付',
  '支付', '给付', '300', '1200.5', '元', '块', '¥', 'rmb', ' ', '自费', '全自费', '目录外', '医保目录外', '范围外',
  '不在医保范围', '不报的', '不能报的', '医保不给报的', '部分', '药', '是', '其中', '有', '我', '俺', '的', '老伴', '爸',
  '儿子', '表', '家人', '家里人', '个人账户', '账户', '帐户', '医保卡', '卡', '里', '上', '共济', '家庭', '用', '拿',
  '没钱', '空了', '关系', '主人', '本人', '持有人', '给', '帮', '自己的',
];
/** Clauses mostly made of the group's own words, so that its patterns match often, with any other word between. */
function clauseOf(own: string[]): fc.Arbitrary<string> {
  const piece = fc.oneof({ arbitrary: fc.constantFrom(...own), weight: 4 }, { arbitrary: fc.constantFrom(...PIECES), weight: 1 });
  return fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
}
const AMOUNTS = ['300', '1200.5', '元', '块', '¥'];
const SO_FAR = ['今年', '已经', '已', '之前', '上次', '累计', '共', '还'];
const ACCOUNTS = ['个人账户', '账户', '帐户', '医保卡', '卡', '里', '上', '有', '共济', '的', ...AMOUNTS];

const ALL = () => true;
const GROUPS: Array<[string, RegExp[], P.Needs, string[], (m: RegExpExecArray) => boolean]> = [
  ['DEDUCTIBLE_FULL', P.DEDUCTIBLE_FULL, P.DEDUCTIBLE_FULL_NEEDS, ['起付线', '门槛', '付', '满', '够', '了', '超过', '到了', ...SO_FAR], ALL],
  ['DEDUCTIBLE_PAID', P.DEDUCTIBLE_PAID, P.DEDUCTIBLE_PAID_NEEDS, ['起付线', '起付', '付', '交', '了', '过', '的', ...SO_FAR, ...AMOUNTS], ALL],
  ['FUND_PAID', P.FUND_PAID, P.FUND_PAID_NEEDS, ['统筹', '医保', '报', '报销', '支付', '付', '了', '过', ...SO_FAR, ...AMOUNTS], (m) => P.BEFORE.test(m[0])],
  ['OUT_OF_SCOPE', P.OUT_OF_SCOPE, P.OUT_OF_SCOPE_NEEDS, ['自费', '目录外', '不在医保范围', '不报的', '的', '药', '是', ...AMOUNTS], ALL],
  ['HOLDER_ACCOUNT', [P.HOLDER_ACCOUNT], P.ACCOUNT_NEEDS, ['用', '我', '老伴的', '爸的', '表', ...ACCOUNTS], ALL],
  ['SOME_RELATIVE_ACCOUNT', [P.SOME_RELATIVE_ACCOUNT], P.ACCOUNT_NEEDS, ['用', '家人的', '家里人', ...ACCOUNTS], ALL],
  ['MY_ACCOUNT', [P.MY_ACCOUNT], P.ACCOUNT_NEEDS, ['用', '我的', '我的医保卡', ...ACCOUNTS], ALL],
  ['OWN_ACCOUNT', [P.OWN_ACCOUNT], P.ACCOUNT_NEEDS, ['自己的', '本人', ...ACCOUNTS], ALL],
  ['OWN_ACCOUNT_EMPTY', [P.OWN_ACCOUNT_EMPTY], P.OWN_ACCOUNT_EMPTY_NEEDS, ['我的', '账户', '医保卡', '卡', '里', '没钱', '空了', '了'], ALL],
  ['FAMILY_AID', [P.FAMILY_AID], P.FAMILY_AID_NEEDS, ['家庭', '共济', '账户', '里', '有', ...AMOUNTS], ALL],
  ['PATIENT', [P.PATIENT], P.PATIENT_NEEDS, ['我', '俺', '的', '老伴', '爸', '儿子', '表'], ALL],
  ['RELATION_SAID', P.RELATION_SAID, P.RELATION_SAID_NEEDS, ['关系', '是', '主人', '本人', '的', '给', '帮', '我', '爸', '用', '付'], ALL],
];

function matches(text: string, patterns: RegExp[], kept: (m: RegExpExecArray) => boolean): number {
  let n = 0;
  for (const re of patterns) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) if (m[0].length > 0 && kept(m as RegExpExecArray)) n++;
  }
  return n;
}

function holds(text: string, needs: P.Needs): boolean {
  return (!needs.digit || /\d/.test(text)) && needs.anyOf.some((w) => text.includes(w));
}

describe('the words a pattern group needs are in every clause it matches', () => {
  it.each(GROUPS)('%s', (_name, patterns, needs, own, kept) => {
    let matched = 0;
    fc.assert(
      fc.property(clauseOf(own), (text) => {
        const n = matches(text, patterns, kept);
        matched += n;
        return n === 0 || holds(text, needs);
      }),
      { numRuns: 6000, seed: 20261130 },
    );
    expect(matched).toBeGreaterThan(20);
  });

  it('a clause without them is skipped: 在二级医院看门诊花了1000元 needs no account, deductible or out-of-scope pattern', () => {
    const text = '在二级医院看门诊花了1000元';
    expect(holds(text, P.ACCOUNT_NEEDS)).toBe(false);
    expect(holds(text, P.DEDUCTIBLE_PAID_NEEDS)).toBe(false);
    expect(holds(text, P.OUT_OF_SCOPE_NEEDS)).toBe(false);
    expect(holds(text, P.FUND_PAID_NEEDS)).toBe(false);
  });
});
