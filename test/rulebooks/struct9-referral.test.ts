// A stay referred within the city's 医联体 (round-9 trial, fiction): 朔原 三（二） 「参保人员在本市医联体内由基层医疗卫生机构
// 上转至上级医疗机构住院的，起付标准按两级医疗机构起付标准的差额收取；由上级医疗机构下转至基层医疗卫生机构住院的，不再收取起付
// 标准」 → referral_deductible { up: difference, down: none, basic: ["1"] } on inpatient, and the claim input
// --referred-from <level or facility> (batch referred_from / 转出医院级别; the wizard asks it; ask reads 从社区医院转上来的).
// Fixtures: test/fixtures/struct9/shuoyuan-referral.yaml (a fragment: SY-03's clauses only) and the whole
// test/fixtures/sy8/shuoyuan.yaml. Every value is worked by hand from the text before running.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookNeeds } from '../../src/cli/wizard/rulebook-needs.js';
import { readQuestion } from '../../src/ask/parse.js';
import { fixtureVariant } from './fixture-variant.js';

const FRAGMENT = 'test/fixtures/struct9/shuoyuan-referral.yaml';
const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const stay = (policy: string, tier: string, amount: string, ...more: string[]) => ['calc', '--policy', policy, '--date', '2026-04-07', '--benefit', 'inpatient', '--tier', tier, '--amount', amount, ...more];
const resident = (policy: string, tier: string, amount: string, ...more: string[]) => stay(policy, tier, amount, '--scheme', 'resident', '--grade', '1', ...more);

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const codes = (j: { warnings: { code: string }[] }) => j.warnings.map((w) => w.code);

/** The fixture with one passage replaced, beside its sources. */
const variant = (from: string, to: string): string => fixtureVariant(FRAGMENT, from, to);

// SY-03 (trial8/shuoyuan/claims.json): resident 一档, 三级, 上转 from a 乡镇卫生院 (= 一级, 一（二）), 40000.00 with 2000.00 目录外,
// 乙类 drugs 5000.00 and items 2000.00, first stay of the year, no earlier 大病 burden.
const SY03 = ['--discharge-date', '2026-04-26', '--age', '52', '--admission', '1', '--out-of-scope', '2000', '--class-b-drugs', '5000', '--class-b-items', '2000', '--referred-from', '乡镇卫生院'];

describe('朔原 三（二）: 医联体 上转 pays the difference of the two levels’ deductibles; 下转 none', () => {
  it('SY-03 from the fragment, no --set: 起付 900 − 200 = 700.00; fund 20075.00; 大病 1275.00; cash 18650.00', async () => {
    // 乙类 5000 × 10% = 500.00 + 2000 × 15% = 300.00 = 800.00; into pooling 40000 − 2000 − 800 = 37200.00
    // 起付 三级 900 − 一级 200 = 700.00; (37200 − 700) = 36500 × 55% = 20075.00
    // 大病 burden (起付 in, 乙类 out) 37200 − 20075 = 17125.00; above 15000: 2125 × 60% = 1275.00
    // cash 40000 − 20075 − 1275 = 18650.00
    const j = await json(resident(FRAGMENT, '3', '40000', ...SY03));
    const r = j.result;
    expect([r.first_pay, r.deductible, r.deductible_applied, r.fund_pays, r.second_layer_pays, r.cash_due, r.burden_added]).toEqual(['800.00', '700.00', '700.00', '20075.00', '1275.00', '18650.00', '17125.00']);
    expect(r.referral).toEqual({ from: '乡镇卫生院', from_level: '1', direction: 'up', deductible: 'difference', from_deductible: '200.00', why: null });
    expect(j.claim.referred_from).toBe('乡镇卫生院');
    expect(codes(j)).not.toContain('referral_general');
    expect(j.warnings.filter((w: { kind: string }) => w.kind === 'unknown' || w.kind === 'reading')).toEqual([]);
  });

  it('SY-03 through the whole 朔原 file: the same numbers', async () => {
    const r = (await json(resident(SY, '3', '40000', ...SY03))).result;
    expect([r.deductible, r.fund_pays, r.second_layer_pays, r.cash_due]).toEqual(['700.00', '20075.00', '1275.00', '18650.00']);
  });

  it('a second stay of the year 上转 一级 → 三级: (900 − 200) × 50% = 350.00 (五（一） 第二次住院按50%)', async () => {
    // 10000 in pooling: (10000 − 350) × 55% = 5307.50
    const r = (await json(resident(SY, '3', '10000', '--admission', '2', '--referred-from', '一级'))).result;
    expect([r.deductible, r.fund_pays]).toEqual(['350.00', '5307.50']);
  });

  it('an active employee 上转 from a 社区卫生服务中心 to 三级: 1000 − 300 = 700.00; 19300 × 84% = 16212.00', async () => {
    const r = (await json(stay(FRAGMENT, '3', '20000', '--scheme', 'employee', '--status', 'active', '--referred-from', '社区卫生服务中心'))).result;
    expect([r.deductible, r.fund_pays, r.cash_due]).toEqual(['700.00', '16212.00', '3788.00']);
  });

  it('a retiree 上转 一级 → 二级: 500 − 200 = 300.00; 9700 × (88% + 3) = 8827.00', async () => {
    const r = (await json(stay(FRAGMENT, '2', '10000', '--scheme', 'employee', '--status', 'retired', '--referred-from', '1'))).result;
    expect([r.deductible, r.ratio, r.fund_pays]).toEqual(['300.00', '0.91', '8827.00']);
  });

  it('下转 三甲 → 乡镇卫生院: no deductible; 10000 × 85% = 8500.00', async () => {
    const j = await json(resident(FRAGMENT, '乡镇卫生院', '10000', '--referred-from', '三甲'));
    expect([j.result.deductible, j.result.fund_pays, j.result.cash_due]).toEqual(['0.00', '8500.00', '1500.00']);
    expect(j.result.referral).toMatchObject({ from_level: '3', direction: 'down', deductible: 'none' });
  });

  it('二级 → 三级 is not from 基层: the general 900.00 (9100 × 55% = 5005.00), said', async () => {
    const j = await json(resident(FRAGMENT, '3', '10000', '--referred-from', '二级'));
    expect([j.result.deductible, j.result.fund_pays]).toEqual(['900.00', '5005.00']);
    expect(j.result.referral).toMatchObject({ direction: 'up', deductible: 'general', why: 'not_basic' });
    const w = j.warnings.find((x: { code: string }) => x.code === 'referral_general');
    expect(w.kind).toBe('note');
    expect(w.message.zh ?? w.message).toContain('基层');
  });

  it('三级 → 二级 is a 下转 but not to 基层: the general 500.00 (9500 × 70% = 6650.00), said', async () => {
    const j = await json(resident(FRAGMENT, '2', '10000', '--referred-from', '三级'));
    expect([j.result.deductible, j.result.fund_pays]).toEqual(['500.00', '6650.00']);
    expect(j.result.referral).toMatchObject({ direction: 'down', why: 'not_basic' });
  });

  it('the same level cannot be told up or down: the general deductible, said', async () => {
    const j = await json(resident(FRAGMENT, '3', '10000', '--referred-from', '三级医院'));
    expect([j.result.deductible, j.result.fund_pays]).toEqual(['900.00', '5005.00']);
    expect(j.result.referral).toMatchObject({ direction: null, why: 'same_level' });
    expect(codes(j)).toContain('referral_general');
  });

  it('no referral given: the general deductible, nothing said', async () => {
    const j = await json(resident(FRAGMENT, '3', '10000'));
    expect([j.result.deductible, j.result.referral]).toEqual(['900.00', undefined]);
    expect(codes(j)).not.toContain('referral_general');
  });

  it('a policy silent on referrals says so and charges its deductible (朔原 without 三（二）)', async () => {
    const file = variant('          referral_deductible: *referral\n', '');
    const silent = file.replace('.yaml', '-silent.yaml');
    writeFileSync(silent, readFileSync(file, 'utf8').replace(/          referral_deductible: &referral\n(?: {12}.*\n)+/u, ''));
    const j = await json(resident(silent, '3', '10000', '--referred-from', '一级'));
    expect(j.result.deductible).toBe('900.00');
    expect(j.result.referral).toMatchObject({ deductible: 'general', why: 'no_rule' });
    expect(codes(j)).toContain('referral_general');
  });

  it('up unknown: exit 3 with each answer and the --set; a 下转 it cannot change is answered; --set settles it', async () => {
    const file = variant(
      'up: { value: difference, source: sy, quote: 由基层医疗卫生机构上转至上级医疗机构住院的，起付标准按两级医疗机构起付标准的差额收取 }',
      'up: { value: null, note: { zh: 测试：上转的起付线未说明。, en: "test: not said" } }',
    );
    const out = await yibao([...resident(file, '3', '10000', '--referred-from', '一级'), '--lang', 'en']);
    expect(out.code).toBe(3);
    // difference: 700, 9300 × 55% = 5115.00; none: 10000 × 55% = 5500.00; full: 9100 × 55% = 5005.00
    for (const fund of ['5115.00', '5500.00', '5005.00']) expect(out.stderr).toContain(fund);
    expect(out.stderr).toContain('inpatient.resident.referral_deductible.up');
    expect(out.stderr).toContain('--set');
    const down = await json(resident(file, '1', '10000', '--referred-from', '三级'));
    expect(down.result.fund_pays).toBe('8500.00');
    const set = await json(resident(file, '3', '10000', '--referred-from', '一级', '--set', 'inpatient.resident.referral_deductible.up=none'));
    expect(set.result.fund_pays).toBe('5500.00');
    expect(codes(set)).toContain('user_value');
  });

  it('bad input: an unknown facility word, and a referral given with out-of-area care, are usage errors (exit 2)', async () => {
    const word = await yibao(resident(FRAGMENT, '3', '10000', '--referred-from', '火星医院'));
    expect(word.code).toBe(2);
    expect(word.stderr).toContain('火星医院');
    const out = await yibao(resident(SY, '3', '10000', '--referred-from', '一级', '--filing', 'unfiled', '--where', '省内'));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--referred-from');
  });

  it('the breakdown and say name the rule', async () => {
    const text = (await yibao(resident(FRAGMENT, '3', '10000', '--referred-from', '乡镇卫生院'))).stdout;
    expect(text).toContain('医联体内由乡镇卫生院(一级)上转,按两级医疗机构起付标准的差额收取:900.00 − 200.00 = 700.00 元');
    expect(text).toContain('由基层医疗卫生机构上转至上级医疗机构住院的，起付标准按两级医疗机构起付标准的差额收取');
    const say = (await yibao([...resident(FRAGMENT, '3', '10000', '--referred-from', '乡镇卫生院'), '--format', 'say'])).stdout;
    expect(say).toContain('医联体内从一级医疗机构上转过来的,起付线按两级医院起付线的差额收,这次收700元');
  });

  it('batch reads the column 转出医院级别', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-referral-batch-'));
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, '人员编号,就诊日期,参保类型,待遇类型,医院级别,总费用,缴费档次,转出医院级别\nP1,2026-04-07,居民,住院,三级,10000,一档,乡镇卫生院\nP2,2026-04-07,居民,住院,三级,10000,一档,\n');
    const out = await yibao(['batch', csv, '--policy', FRAGMENT, '--output-format', 'jsonl']);
    expect(out.code, out.stderr).toBe(0);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // 700 → 9300 × 55% = 5115.00; none given: 900 → 5005.00
    expect(rows.map((r: { deductible_applied: string; fund_pays: string }) => [r.deductible_applied, r.fund_pays])).toEqual([['700.00', '5115.00'], ['900.00', '5005.00']]);
  });

  it('the wizard asks it for inpatient claims of a policy with the rule only; ask reads it', async () => {
    const { policy } = await loadPolicyFile(FRAGMENT);
    expect(rulebookNeeds(policy, { date: '2026-04-07', scheme: 'resident', benefit: 'inpatient' })).toContain('referral');
    expect(rulebookNeeds(policy, { date: '2026-04-07', scheme: 'resident', benefit: 'outpatient' })).not.toContain('referral');
    const needs = new Set(['referral', 'grade']);
    const up = readQuestion('居民 一档 三级医院住院 从社区医院转上来的 花了10000元', needs);
    expect(up.kind === 'claim' && [up.claim.raw.referred_from, up.claim.raw.tier]).toEqual(['社区医院', '3']);
    const down = readQuestion('居民 一级医院住院 从三甲转下来的 花了10000元', needs);
    expect(down.kind === 'claim' && [down.claim.raw.referred_from, down.claim.raw.tier]).toEqual(['三甲', '1']);
    // as callers say it: 从…转到/转至/转院到 this stay's facility (the facility after it is this stay's level)
    const to = readQuestion('我妈是居民一档，住院花了37200，医联体从乡镇卫生院转到三级医院的', needs);
    expect(to.kind === 'claim' && [to.claim.raw.referred_from, to.claim.raw.tier]).toEqual(['乡镇卫生院', '3']);
    const via = readQuestion('居民一档 从三级医院转至二级医院住院 5000', needs);
    expect(via.kind === 'claim' && [via.claim.raw.referred_from, via.claim.raw.tier]).toEqual(['三级医院', '2']);
    // going from home to a hospital is no referral
    const home = readQuestion('居民一档 从家到三级医院住院 5000', needs);
    expect(home.kind === 'claim' && [home.claim.raw.referred_from, home.claim.raw.tier]).toEqual([undefined, '3']);
  });
});
