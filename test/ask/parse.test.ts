// Reading a question as a claim (src/ask/parse.ts): the caller questions' claims from
// test/faq/caller-questions.yaml, what is a claim and what is a question about a rule, and
// questions that give one thing two ways. Each expected claim was read off the question by hand.
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/ask/parse.js';
import { TIER_ALIASES, lookup } from '../../src/claim/aliases.js';
import { CALLER_SET } from '../faq/caller-set.js';

function claimOf(q: string) {
  const r = readQuestion(q);
  if (r.kind !== 'claim') throw new Error(`not read as a claim: ${q}`);
  return r.claim;
}

describe('readQuestion: claims', () => {
  it.each(CALLER_SET.claims.map((c) => [c.q, c] as const))('%s', (q, want) => {
    const { raw, conflicts, unclear, deductibleFull } = claimOf(q);
    expect(conflicts).toEqual([]);
    // a community facility keeps the caller's word (社区医院), which the alias table reads as the kind
    expect({ ...raw, ...(raw.tier === undefined ? {} : { tier: lookup(TIER_ALIASES, raw.tier) }) }).toEqual(want.claim);
    if (want.claim.tier === 'community') expect(raw.tier).toBe(claimOf(q).words.tier);
    expect(unclear).toEqual(want.unclear ?? []);
    expect(deductibleFull !== undefined).toBe(want.full_deductible !== undefined);
  });

  it('reads Chinese numerals and amounts as people write them', () => {
    expect(claimOf('三级医院 一千二百元').raw.amount).toBe('1200');
    expect(claimOf('三级医院 两千五').raw.amount).toBe('2500');
    expect(claimOf('三级医院 一千二').raw.amount).toBe('1200');
    expect(claimOf('三级医院 ¥1,500.50').raw.amount).toBe('1500.50');
    expect(claimOf('三级医院 ８００元').raw.amount).toBe('800');
  });

  it('takes the amount marked with 元/块/¥ over other numbers, and a date as the date', () => {
    const { raw } = claimOf('2024年3月5日 在职 二级医院 看了3次 花了600元');
    expect(raw).toMatchObject({ date: '2024-03-05', amount: '600', tier: '2', status: 'active' });
  });

  it('reports two tiers or two amounts, rather than picking one', () => {
    expect(claimOf('在职 二级医院转三级医院 花了600元').conflicts).toEqual([{ field: 'tier', values: ['2', '3'] }]);
    expect(claimOf('在职 二级医院 花了600元 又花了300元').conflicts).toEqual([{ field: 'amount', values: ['600', '300'] }]);
  });
});

describe('readQuestion: a visit with a number not understood stays a claim, a percentage or not', () => {
  it.each([['在职 一级医院 花了1000多', '花了1000多'], ['在职 一级医院 花了1000多 能报80%吗', '花了1000多']])('%s', (q, unclear) => {
    const r = readQuestion(q);
    expect(r.kind).toBe('claim');
    if (r.kind === 'claim') expect(r.claim.unclear).toContain(unclear);
  });
});

describe('readQuestion: questions about rules are not claims', () => {
  it.each([
    '职工封顶线是不是20万',
    '职工医保封顶线20万元吗',
    '大病保险最多报35万吗',
    '门诊慢特病由25种扩大到37种了吗',
    '住院报销比例是87%吗',
    '医保热线0722-3235698',
    '家庭共济怎么办理',
    '退休 二级医院 门诊 能报多少', // no amount: the ratio question, answered from the FAQ
    // a tier and a percentage, no money spent (audit of issue 9: this was a claim "not understood", exit 2)
    '一级医院报80%吗',
    '退休的在三级医院报百分之六十五吗',
  ])('%s', (q) => {
    expect(readQuestion(q).kind).toBe('faq');
  });
});
