// The one alias table (issue 12, item 3): the Chinese names of schemes, statuses, tiers and
// relations as the wizard and a hospital receipt show them, and cities by Chinese name, read
// the same by parseClaim (flags, wizard, batch) and by loadBundledPolicy (hotline, --city).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ALIAS_WORDS, CITY_ALIASES, cityId } from '../../src/claim/index.js';
import { bundledPolicyIds, loadBundledPolicy } from '../../src/policy/bundled.js';
import { claimOk, claimProblem } from './helpers.js';
import { yibao } from '../cli/calc-helpers.js';

const defaults = { city: 'suizhou', date: '2024-05-01' };
const base = { scheme: 'employee', status: 'active', tier: '1', amount: '2000' };

describe('words as the wizard and a receipt show them', () => {
  test.each([
    ['职工医保', 'employee'],
    ['城镇职工', 'employee'],
    ['职工基本医疗保险', 'employee'],
    ['居民医保', 'resident'],
    ['城乡居民', 'resident'],
    ['城乡居民基本医疗保险', 'resident'],
  ])('scheme %s', (word, id) => {
    expect(claimOk({ ...base, scheme: word, status: word === 'employee' || id === 'employee' ? '在职' : '' }, defaults).scheme).toBe(id);
  });

  test.each([
    ['一级医院', '1'],
    ['一级 医院', '1'],
    ['二级甲等', '2'],
    ['二甲', '2'],
    ['三级甲等', '3'],
    ['三甲', '3'],
    ['社区卫生服务站', 'community'],
    ['社区卫生服务中心', 'community'],
  ])('tier %s', (word, id) => {
    expect(claimOk({ ...base, tier: word }, defaults).tier).toBe(id);
  });

  test.each([
    ['妻子', 'spouse'],
    ['丈夫', 'spouse'],
    ['父亲', 'parent'],
    ['母亲', 'parent'],
    ['儿子', 'child'],
    ['女儿', 'child'],
    ['哥哥', 'sibling'],
    ['外婆', 'grandparent'],
    ['孙女', 'grandchild'],
    ['Wife', 'spouse'],
  ])('relation %s', (word, id) => {
    expect(claimOk({ ...base, family: '100', relation: word }, defaults).relation).toBe(id);
  });

  test('statuses and benefits', () => {
    expect(claimOk({ ...base, status: '退休人员' }, defaults).status).toBe('retired');
    expect(claimOk({ ...base, status: '在职人员' }, defaults).status).toBe('active');
    expect(claimOk({ ...base, benefit: '门诊慢性病' }, defaults).benefit).toBe('chronic');
  });

  test('words that do not name one id without doubt are refused with the choices', () => {
    expect(claimProblem({ ...base, status: '离休' }, defaults)).toMatchObject({ field: 'status', code: 'invalid' });
    expect(claimProblem({ ...base, tier: '乡镇卫生院' }, defaults).message.zh).toContain('1 (一级, 一级医院)');
    expect(claimProblem({ ...base, family: '1', relation: '表哥' }, defaults)).toMatchObject({ field: 'relation', code: 'invalid' });
  });

  test('no word names two ids', () => {
    for (const words of Object.values(ALIAS_WORDS)) {
      const seen = new Map<string, string>();
      for (const [id, list] of Object.entries(words as Record<string, readonly string[]>)) {
        for (const w of [id, ...list]) {
          const key = w.toLowerCase();
          expect(seen.get(key) ?? id, `${w}`).toBe(id);
          seen.set(key, id);
        }
      }
    }
  });
});

describe('cities by name', () => {
  test('the index holds every bundled policy by id, name.zh, name.zh without 市/县, and name.en, and nothing else', () => {
    const expected: Record<string, string> = {};
    for (const id of bundledPolicyIds()) {
      const doc = parse(readFileSync(`policies/${id}.yaml`, 'utf8')) as { id: string; name: { zh: string; en: string } };
      expect(doc.id).toBe(id);
      for (const word of [id, doc.name.zh, doc.name.zh.replace(/[市县区]$/, ''), doc.name.en]) expect(cityId(word), word).toBe(id);
      expected[id] = id;
    }
    expect(new Set(Object.values(CITY_ALIASES))).toEqual(new Set(bundledPolicyIds()));
  });

  test('a claim reads 随州, 随州市 and Suizhou as suizhou; an unknown name is refused', () => {
    for (const city of ['随州', '随州市', 'Suizhou', 'SUIZHOU', ' 随州 ']) expect(claimOk({ ...base, city }, defaults).city).toBe('suizhou');
    expect(claimOk({ ...base, city: '嘉鱼' }, defaults).city).toBe('jiayu');
    const p = claimProblem({ ...base, city: '武汉' }, defaults);
    expect(p).toMatchObject({ field: 'city', code: 'invalid' });
    expect(p.message.zh).toBe('城市无效:"武汉";应为城市名或政策编号,例如 随州 或 suizhou。');
  });

  test('the issue\'s words end to end: --city 随州 --date 2024/3/5 --scheme 职工医保 --tier 一级医院 --amount "3,000" --relation 妻子', async () => {
    const r = await yibao(['calc', '--city', '随州', '--date', '2024/3/5', '--scheme', '职工医保', '--status', '在职', '--tier', '一级医院', '--amount', '3,000', '--family', '100', '--relation', '妻子', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { claim: Record<string, string>; result: Record<string, string> };
    expect([out.claim.city, out.claim.date, out.claim.relation]).toEqual(['suizhou', '2024-03-05', 'spouse']);
    // (3000 − 500) × 80% = 2000, capped at 1300; the wife's family balance pays 100 of the rest
    expect([out.result.fund_pays, out.result.family_pays, out.result.cash_due]).toEqual(['1300.00', '100.00', '1600.00']);
    const h = await yibao(['hotline', '随州']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('0722-3235698');
  });

  test('loadBundledPolicy takes the name too (hotline 随州, --city 随州)', async () => {
    expect((await loadBundledPolicy('随州')).policy.id).toBe('suizhou');
    expect((await loadBundledPolicy('威海市')).policy.id).toBe('weihai');
    await expect(loadBundledPolicy('武汉')).rejects.toMatchObject({ code: 'unknown_city' });
  });
});
