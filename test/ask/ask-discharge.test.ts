// `ask` reads a stay's day of discharge from a caller's words (7月24日出院, 出院日期2025-07-24), where the
// policy in use asks it (a cap a bed-day for a stay: bed_days; a version starting within a plausible
// stay: stay_version; an age on discharge), and 住了10天 as the bed-days where the place has a cap a
// bed-day (the days input calc takes as --days). Figures by hand from test/fixtures/stay5/qiwan.yaml
// (fiction): 乡镇卫生院 (一级) resident 一档, first stay, 4000.00, 目录外 100.00, 乙类药品 600.00 × 10% =
// 60.00 first; (4000 − 100 − 60 − 200) × 85% = 3094.00 before 150 a bed-day: 10 → 1500.00, 11 → 1650.00.
// A third stay at 二级 (起付 400, 75%), 2000.00, 2025-02-20 → 2025-03-05: 1350.00 (2024) or 1500.00 (2025).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { readQuestion, type ClaimQuestion } from '../../src/ask/parse.js';
import type { PolicyWords } from '../../src/ask/extras.js';

const QW_WORDS: PolicyWords = {
  diseases: [],
  groups: [],
  facilities: [
    { name: '乡镇卫生院', words: ['乡镇卫生院'] },
    { name: '社区卫生服务中心', words: ['社区卫生服务中心'] },
  ],
  dayCaps: [{ facility: '乡镇卫生院', benefit: 'inpatient', scheme: 'resident' }],
};

function claim(q: string, needs: string[]): ClaimQuestion {
  const r = readQuestion(q, new Set(needs), QW_WORDS);
  if (r.kind !== 'claim') throw new Error(`not a claim: ${q}`);
  return r.claim;
}

describe('the day of discharge in a caller\'s words', () => {
  it('2025年7月14日在乡镇卫生院住院，7月24日出院: the admission is the date, the discharge its month and day', () => {
    const c = claim('我是居民，2025年7月14日在乡镇卫生院住院，7月24日出院，花了4000元', ['discharge', 'days']);
    expect(c.raw).toMatchObject({ scheme: 'resident', tier: '乡镇卫生院', benefit: 'inpatient', date: '2025-07-14', amount: '4000' });
    expect(c.dischargeSaid).toEqual({ month: 7, day: 24, words: '7月24日出院' });
    expect(c.conflicts).toEqual([]);
    expect(c.unclear).toEqual([]);
  });

  it('出院日期2025-07-24: with its year', () => {
    const c = claim('居民在乡镇卫生院住院，出院日期2025-07-24，一共花了4000元', ['discharge', 'days']);
    expect(c.dischargeSaid).toMatchObject({ year: 2025, month: 7, day: 24 });
    expect(c.raw.date).toBeUndefined();
    expect(c.unclear).toEqual([]);
  });

  it('住了10天 at a place with a cap a bed-day: the bed-days', () => {
    const c = claim('居民在乡镇卫生院住院住了10天，花了4000元', ['discharge', 'days']);
    expect(c.raw.days).toBe('10');
    expect(c.unclear).toEqual([]);
  });

  it('two days of discharge: a conflict, never a pick', () => {
    const c = claim('居民在乡镇卫生院住院，7月24日出院，花了4000元，7月25日出院', ['discharge', 'days']);
    expect(c.conflicts.map((k) => k.field)).toContain('discharge_date');
  });

  it('a policy that asks no day of discharge: 7月24日出院 is not read, said not understood', () => {
    const c = claim('居民在二级医院住院，7月24日出院，花了4000元', []);
    expect(c.dischargeSaid).toBeUndefined();
    expect(c.unclear).toEqual(['7月24日出院']);
  });
});

describe('ask with the 栖湾 fixture: the same engine path as calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-qw-'));
  cpSync('test/fixtures/stay5/qiwan.yaml', join(dir, 'qiwan.yaml'));
  cpSync('test/fixtures/stay5/sources', join(dir, 'sources'), { recursive: true });
  const ask = (q: string, ...more: string[]) => runYibao(['ask', '--policy-dir', dir, '--city', 'qiwan', q, ...more]);
  const STAY = '我是居民一档，2025年7月14日在乡镇卫生院住院，第一次住院，花了4000元，目录外100元，乙类药品600元';

  it('7月24日出院 (bed_days unknown): exit 3 with 1500.00 and 1650.00, as calc says it', async () => {
    const r = await ask(`${STAY}，7月24日出院`);
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.stderr).toContain('床日数按出院日期减入院日期计:统筹基金支付 1500.00 元');
    expect(r.stderr).toContain('床日数入院、出院当日都计:统筹基金支付 1650.00 元');
  });

  it('住了10天: 1500.00; 住了11天: 1650.00', async () => {
    const ten = await ask(`${STAY}，住了10天`, '--format', 'json');
    expect(ten.code, ten.stderr).toBe(0);
    expect(JSON.parse(ten.stdout).result.fund_pays).toBe('1500.00');
    const eleven = await ask(`${STAY}，住了11天`, '--format', 'json');
    expect(JSON.parse(eleven.stdout).result.fund_pays).toBe('1650.00');
  });

  it('a third stay 2025年2月20日 → 3月5日出院 across the amendment: exit 3 with 1350.00 and 1500.00', async () => {
    const r = await ask('我是居民一档，2025年2月20日在二级医院住院，今年第三次住院，3月5日出院，花了2000元，乙类0');
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.stderr).toContain('统筹基金支付 1350.00 元');
    expect(r.stderr).toContain('统筹基金支付 1500.00 元');
    expect(r.stderr).toContain('stay_version');
  });
});
