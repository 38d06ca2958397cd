// Issue 18 item 4: facility names as callers and receipts write them. calc and batch take every
// name ask takes, through the one alias table (三级甲等医院, 二级甲等医院, 二甲医院 …). A community
// facility named by a word Suizhou's source does not use (社区卫生服务中心, 社区医院: the source says
// 社区卫生服务站, "一级(含社区卫生服务站)80%") is counted as tier 1 by a reading, and says so.
// Values by hand: Suizhou 2024, active deductible 500, tier 1 80%, tier 2 70%, tier 3 60%.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { employee, json, yibao } from './calc-helpers.js';
import { readCsv, tempDir } from '../batch/helpers.js';

const codes = (out: { warnings: Array<{ code: string; path?: string }> }) => out.warnings.map((w) => `${w.code}:${w.path ?? ''}`);

describe('calc: facility names', () => {
  it.each([
    ['三级甲等医院', '0.60', '900.00'], // (2000 − 500) × 60%
    ['三甲医院', '0.60', '900.00'],
    ['二级甲等医院', '0.70', '1050.00'], // (2000 − 500) × 70%
    ['二甲医院', '0.70', '1050.00'],
    ['一级甲等医院', '0.80', '1200.00'], // (2000 − 500) × 80%
  ])('--tier %s', async (tier, ratio, fund) => {
    const out = await json(employee('active', tier, '2000'));
    expect([out.result.ratio, out.result.fund_pays]).toEqual([ratio, fund]);
    expect(codes(out)).toEqual([]);
  });

  it('社区卫生服务站 is the source\'s own word: tier 1, no reading', async () => {
    const out = await json(employee('active', '社区卫生服务站', '2000'));
    expect(out.result.fund_pays).toBe('1200.00');
    expect(codes(out)).toEqual([]);
  });

  it.each(['社区卫生服务中心', '社区医院'])('%s is counted as the 社区卫生服务站 (tier 1) by a reading, said in text, json and say', async (word) => {
    const out = await json(employee('active', word, '2000'));
    expect(out.result.fund_pays).toBe('1200.00');
    expect(codes(out)).toEqual(['reading:tiers.community']);
    expect(out.warnings[0].message).toContain(`“${word}”`);
    const say = await yibao([...employee('active', word, '2000'), '--format', 'say']);
    expect(say.stdout).toContain(`${word}按社区卫生服务站算,这是对原文的理解`);
  });
});

describe('batch: facility names', () => {
  it('cells 三级甲等医院, 二甲医院 and 社区医院 are read; the last carries the reading', async () => {
    const f = join(tempDir(), 'f.csv');
    writeFileSync(f, ['date,scheme,status,tier,amount', '2024-06-01,职工,在职,三级甲等医院,2000', '2024-06-01,职工,在职,二甲医院,2000', '2024-06-01,职工,在职,社区医院,2000', ''].join('\n'));
    const r = await yibao(['batch', f]);
    expect(readCsv(r.stdout).map((row) => [row.row_status, row.fund_pays, row.warnings])).toEqual([
      ['ok', '900.00', ''],
      ['ok', '1050.00', ''],
      ['ok', '1200.00', 'reading'],
    ]);
  });
});

describe('ask: the caller\'s facility word', () => {
  it('在职，社区卫生服务中心看门诊花了600: kept on the 理解为 line with the reading, and warned; (600 − 500) × 80% = 80', async () => {
    const r = await yibao(['ask', '在职，社区卫生服务中心看门诊花了600', '--date', '2024-06-01', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('理解为:职工 在职 · 社区卫生服务中心(按社区卫生服务站算,这是对原文的理解) · 门诊 · 600.00 元');
    const out = JSON.parse(r.stdout);
    expect(out.claim.tier).toBe('community');
    expect(out.result.fund_pays).toBe('80.00');
    expect(codes(out)).toEqual(['reading:tiers.community']);
  });

  it('社区卫生服务站, the source\'s word, is shown as it is, with no reading', async () => {
    const r = await yibao(['ask', '在职 社区卫生服务站 2000块', '--date', '2024-06-01', '--json']);
    expect(r.stderr).toContain('理解为:职工 在职 · 社区卫生服务站 · 门诊(未说明,按门诊) · 2000.00 元');
    expect(codes(JSON.parse(r.stdout))).toEqual([]);
  });
});
