// What a line at the desk means when a caller's claim is in play (src/ask/follow-up.ts): a
// what-if that changes one thing ("那三级医院呢", "如果是在职呢", "要是花了2000呢") is the last
// claim with that change; a new visit of the same person ("他后来又去二级医院看了一次 花了1000")
// carries that person's year so far; "下一位", "换一个人" and an empty line start afresh; 详细 and
// 为什么 ask for the full breakdown of the claim in play; anything else is a question of its own.
import { describe, expect, it } from 'vitest';
import { readClaimParts } from '../../src/ask/parse.js';
import { readTurn, type InPlay } from '../../src/ask/follow-up.js';

/** The retired caller of issue 18: tier 2 outpatient 1000 (fund 450.00, deductible 400 met). */
function retiree(): InPlay {
  const { claim } = readClaimParts('我退休了在二级医院看门诊花了1000');
  claim.raw.date = '2024-06-01';
  return { claim, year: { benefit: 'outpatient', year: '2024', ytd_deductible: '400.00', ytd_fund: '450.00' } };
}

describe('readTurn: starting afresh and the breakdown', () => {
  it.each(['', '  ', '下一位', '下一位来电', '换一个人', '换个人', 'next', 'Next caller'])('"%s" is the next caller', (line) => {
    expect(readTurn(line, retiree()).kind).toBe('next_caller');
    expect(readTurn(line, undefined).kind).toBe('next_caller');
  });

  it.each(['详细', '为什么', '为什么?', '怎么算的', '详细说说', 'why', 'Why?', 'details'])('"%s" asks for the full breakdown of the claim in play', (line) => {
    expect(readTurn(line, retiree()).kind).toBe('detail');
  });

  it('a question that starts with "next" is a question', () => {
    expect(readTurn('next year how much do I pay', retiree()).kind).toBe('question');
  });

  it('with no claim in play, 为什么 and 那三级医院呢 are questions of their own', () => {
    expect(readTurn('为什么', undefined).kind).toBe('question');
    expect(readTurn('那三级医院呢', undefined).kind).toBe('question');
  });
});

describe('readTurn: a what-if changes one thing of the last claim', () => {
  it('那三级医院呢: the tier, the rest kept', () => {
    const turn = readTurn('那三级医院呢', retiree());
    expect(turn).toMatchObject({ kind: 'what_if', changed: ['tier'] });
    if (turn.kind !== 'what_if') return;
    expect(turn.claim.raw).toEqual({ scheme: 'employee', status: 'retired', benefit: 'outpatient', tier: '3', amount: '1000', date: '2024-06-01' });
  });

  it('in English: "what about tier 3" changes the tier', () => {
    expect(readTurn('what about tier 3', retiree())).toMatchObject({ kind: 'what_if', changed: ['tier'] });
  });

  it('如果是在职呢: the status (an employee still)', () => {
    const turn = readTurn('如果是在职呢', retiree());
    expect(turn).toMatchObject({ kind: 'what_if', changed: ['status'] });
    if (turn.kind !== 'what_if') return;
    expect(turn.claim.raw).toMatchObject({ scheme: 'employee', status: 'active', tier: '2', amount: '1000' });
  });

  it('要是花了2000呢: the amount', () => {
    const turn = readTurn('要是花了2000呢', retiree());
    expect(turn).toMatchObject({ kind: 'what_if', changed: ['amount'] });
    if (turn.kind !== 'what_if') return;
    expect(turn.claim.raw).toMatchObject({ status: 'retired', tier: '2', amount: '2000' });
  });

  it('如果是居民呢: a resident has no status and no personal account', () => {
    const inPlay = retiree();
    inPlay.claim.raw.account = '300';
    const turn = readTurn('如果是居民呢', inPlay);
    if (turn.kind !== 'what_if') throw new Error(turn.kind);
    expect(turn.changed).toEqual(['scheme']);
    expect(turn.claim.raw.status).toBeUndefined();
    expect(turn.claim.raw.account).toBeUndefined();
  });

  it('那住院呢: another benefit does not keep this benefit\'s year (the question\'s own 今年统筹已报)', () => {
    const { claim } = readClaimParts('退休 二级医院 门诊 1000 今年统筹已报300');
    const turn = readTurn('那住院呢', { claim });
    if (turn.kind !== 'what_if') throw new Error(turn.kind);
    expect(turn.claim.raw).toMatchObject({ benefit: 'inpatient', amount: '1000' });
    expect(turn.claim.raw.ytd_fund).toBeUndefined();
    expect(turn.claim.extras).toEqual([]);
  });

  it('要是自费200呢: a part of the rest of the claim, shown with the kept ones', () => {
    const { claim } = readClaimParts('退休 二级医院 门诊 1000 今年统筹已报300');
    const turn = readTurn('要是自费200呢', { claim });
    if (turn.kind !== 'what_if') throw new Error(turn.kind);
    expect(turn.changed).toEqual(['out_of_scope']);
    expect(turn.claim.raw).toMatchObject({ out_of_scope: '200', ytd_fund: '300' });
    expect(turn.claim.extras.map((e) => e.field)).toEqual(['ytd_fund', 'out_of_scope']);
  });

  it.each(['那门诊慢特病怎么办理呢', '那住院需要什么材料呢', '那三级医院的报销比例呢'])('a line that asks how something works is a question (%s)', (line) => {
    expect(readTurn(line, retiree()).kind).toBe('question');
  });

  it('a line with no part of a claim is not a what-if (那怎么办理呢)', () => {
    expect(readTurn('那怎么办理呢', retiree()).kind).toBe('question');
  });

  it('a whole new claim with no follow-up word is a question of its own', () => {
    expect(readTurn('在职 一级医院 门诊 500元', retiree()).kind).toBe('question');
  });
});

describe('readTurn: a new visit of the same person', () => {
  it('他后来又去二级医院看了一次 花了1000: the person kept, the year so far carried (deductible 400 met, fund 450 paid)', () => {
    const turn = readTurn('他后来又去二级医院看了一次 花了1000', retiree());
    if (turn.kind !== 'next_visit') throw new Error(turn.kind);
    expect(turn.carried).toBe(true);
    expect(turn.claim.raw).toEqual({ scheme: 'employee', status: 'retired', benefit: 'outpatient', tier: '2', amount: '1000', ytd_deductible: '400.00', ytd_fund: '450.00' });
  });

  it('a visit for another benefit carries the person but not the year (the year counts per benefit)', () => {
    const turn = readTurn('她后来又住院了 花了5000', retiree());
    if (turn.kind !== 'next_visit') throw new Error(turn.kind);
    expect(turn.carried).toBe(false);
    expect(turn.claim.raw).toEqual({ scheme: 'employee', status: 'retired', benefit: 'inpatient', amount: '5000' });
  });

  it('a visit in another year carries the person but not the year', () => {
    const turn = readTurn('他2025年3月1日又去二级医院看了一次 花了1000', retiree());
    if (turn.kind !== 'next_visit') throw new Error(turn.kind);
    expect(turn.carried).toBe(false);
    expect(turn.claim.raw.ytd_fund).toBeUndefined();
  });

  it('where the deductible does not count over the year, only the fund paid is carried', () => {
    const inPlay = retiree();
    delete inPlay.year!.ytd_deductible;
    const turn = readTurn('他又去二级医院看了一次 花了1000', inPlay);
    if (turn.kind !== 'next_visit') throw new Error(turn.kind);
    expect(turn.claim.raw.ytd_deductible).toBeUndefined();
    expect(turn.claim.raw.ytd_fund).toBe('450.00');
  });

  it('with no claim in play it is a question of its own', () => {
    expect(readTurn('他后来又去二级医院看了一次 花了1000', undefined).kind).toBe('question');
  });
});

describe('readTurn: a what-if on a rulebook input (policy model 2, the readers ask uses)', () => {
  const M2 = { needs: new Set(['admission', 'age', 'class_b_split', 'grade', 'filing', 'assistance']), words: { diseases: [], groups: ['特困人员', '低保对象'] } };
  function stay(): InPlay {
    const { claim } = readClaimParts('职工在职 二级医院 住院 花了2万', M2.needs, M2.words);
    claim.raw.date = '2025-06-01';
    return { claim };
  }

  it.each([
    ['那第三次住院呢', 'admission', '3'],
    ['要是72岁呢', 'age', '72'],
    ['如果是低保对象呢', 'assistance', '低保对象'],
    ['在外地没备案呢', 'filing', 'unfiled'],
    ['乙类药品3000呢', 'class_b_drugs', '3000'],
  ] as const)('%s changes %s only', (line, field, value) => {
    const turn = readTurn(line, stay(), M2);
    if (turn.kind !== 'what_if') throw new Error(turn.kind);
    expect(turn.changed).toEqual([field]);
    expect(turn.claim.raw).toEqual({ scheme: 'employee', status: 'active', tier: '2', benefit: 'inpatient', amount: '20000', date: '2025-06-01', [field]: value });
    expect(turn.claim.unclear).toEqual([]);
  });

  it('a later what-if replaces the earlier one\'s value of the same input (那第二次住院呢 after 第三次)', () => {
    const first = readTurn('那第三次住院呢', stay(), M2);
    if (first.kind !== 'what_if') throw new Error(first.kind);
    const second = readTurn('那第二次住院呢', { claim: first.claim }, M2);
    if (second.kind !== 'what_if') throw new Error(second.kind);
    expect(second.claim.raw.admission).toBe('2');
    expect(second.claim.extras.filter((e) => e.field === 'admission')).toHaveLength(1);
  });

  it('他后来又第二次住院了 花了5000 is still the same person\'s next stay', () => {
    const turn = readTurn('他后来又第二次住院了 花了5000', stay(), M2);
    expect(turn.kind).toBe('next_visit');
  });

  it('如果是职工在职呢 after a resident\'s claim: an employee has no resident grade (一档/二档 dropped)', () => {
    const { claim } = readClaimParts('居民 二档 二级医院 住院 花了2万', M2.needs, M2.words);
    const turn = readTurn('如果是职工在职呢', { claim }, M2);
    if (turn.kind !== 'what_if') throw new Error(turn.kind);
    expect(turn.claim.raw).toEqual({ scheme: 'employee', status: 'active', tier: '2', benefit: 'inpatient', amount: '20000' });
    expect(turn.claim.extras).toEqual([]);
  });

  it('without the policy\'s inputs the line is not read for them (a model-1 policy): 要是72岁呢 is a question', () => {
    expect(readTurn('要是72岁呢', stay()).kind).toBe('question');
  });
});
