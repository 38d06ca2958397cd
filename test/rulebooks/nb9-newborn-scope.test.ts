// 栖梧 第四条（二） (test/fixtures/nb9/sources/qiwu-2025-6.txt, fiction): 「新生儿出生后首次住院不收取起付标准」:
// newborn_deductible_share 0 with newborn_deductible_scope first_stay: only the newborn's first stay after birth
// (the year's admission 1, the birth year's stays being its stays since birth) pays no deductible. Residents,
// 二级: deductible 500, 75%. Values worked by hand from the text before running.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { fixtureVariant } from './fixture-variant.js';

const FILE = 'test/fixtures/nb9/qiwu.yaml';
const STAY = ['--date', '2025-03-09', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--amount', '10000', '--birth-date', '2025-03-02'];
const SCOPE = 'newborn_deductible_scope: { value: first_stay, source: qw, quote: 新生儿出生后首次住院不收取起付标准 }';

/** The fixture with one passage replaced, beside its sources. */
const variant = (from: string, to: string): string => fixtureVariant(FILE, from, to);

async function json(file: string, args: string[]) {
  const out = await yibao(['calc', '--policy', file, ...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

describe('newborn_deductible_scope first_stay (栖梧 第四条（二） 出生后首次住院不收取起付标准)', () => {
  it('the first stay after birth: no deductible, 10000 × 75% = 7500.00', async () => {
    const r = (await json(FILE, [...STAY, '--admission', '1'])).result;
    expect([r.deductible_applied, r.fund_pays, r.cash_due]).toEqual(['0.00', '7500.00', '2500.00']);
  });

  it('no --admission: taken as the first (7500.00) and said', async () => {
    const j = await json(FILE, STAY);
    expect(j.result.fund_pays).toBe('7500.00');
    expect(JSON.stringify(j.warnings)).toContain('inpatient.resident.newborn_deductible_scope');
  });

  it('the second stay of the birth year pays the deductible: (10000 − 500) × 75% = 7125.00, and the breakdown says why', async () => {
    const r = (await json(FILE, [...STAY, '--admission', '2'])).result;
    expect([r.deductible_applied, r.fund_pays]).toEqual(['500.00', '7125.00']);
    const text = (await yibao(['calc', '--policy', FILE, ...STAY, '--admission', '2'])).stdout;
    expect(text).toContain('本次为出生后第 2 次住院');
    expect(text).toContain('“新生儿出生后首次住院不收取起付标准”');
  });

  it('born the year before: not a newborn of the claim year, 7125.00', async () => {
    const args = STAY.map((x) => (x === '2025-03-02' ? '2024-12-30' : x));
    expect((await json(FILE, [...args, '--admission', '1'])).result.fund_pays).toBe('7125.00');
  });

  it('birth_year: the second stay pays none either, 7500.00', async () => {
    const file = variant(SCOPE, 'newborn_deductible_scope: { value: birth_year, source: qw, quote: 新生儿出生后首次住院不收取起付标准 }');
    expect((await json(file, [...STAY, '--admission', '2'])).result.fund_pays).toBe('7500.00');
  });

  it('left out: birth_year as before (7500.00 on the second stay)', async () => {
    const file = variant(`          ${SCOPE}\n`, '');
    expect((await json(file, [...STAY, '--admission', '2'])).result.fund_pays).toBe('7500.00');
  });

  it('unknown: the second stay is exit 3 with both answers (7500.00 / 7125.00) and the --set; the first stay is answered (7500.00)', async () => {
    const file = variant(SCOPE, 'newborn_deductible_scope: { value: null, note: { zh: 测试：未说明。, en: "test: not said." } }');
    const out = await yibao(['calc', '--policy', file, ...STAY, '--admission', '2', '--lang', 'en']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.newborn_deductible_scope');
    expect(out.stderr).toContain('7500.00');
    expect(out.stderr).toContain('7125.00');
    expect(out.stderr).toContain('--set inpatient.resident.newborn_deductible_scope=first_stay|birth_year');
    expect((await json(file, [...STAY, '--admission', '1'])).result.fund_pays).toBe('7500.00');
    expect((await json(file, [...STAY, '--admission', '2', '--set', 'inpatient.resident.newborn_deductible_scope=first_stay'])).result.fund_pays).toBe('7125.00');
  });

  it('batch counts the newborn\'s stays: the first 7500.00, the second 7125.00', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb9-scope-'));
    const csv = join(dir, 'stays.csv');
    writeFileSync(csv, '人员编号,就诊日期,参保类型,待遇类型,医院级别,总费用,出生日期\nB,2025-03-09,居民,住院,二级,10000,2025-03-02\nB,2025-05-10,居民,住院,二级,10000,2025-03-02\n');
    const out = await yibao(['batch', '--policy', FILE, csv, '--output-format', 'jsonl']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.trim().split('\n').map((l) => JSON.parse(l).fund_pays)).toEqual(['7500.00', '7125.00']);
  });

  it('show says which stays; validate refuses the scope without the share', async () => {
    expect((await yibao(['policy', 'show', FILE])).stdout).toContain('只有出生后首次住院');
    const file = variant('          newborn_deductible_share: { value: 0, source: qw, quote: 新生儿出生后首次住院不收取起付标准 }\n', '');
    const out = await yibao(['policy', 'validate', file, '--lang', 'en']);
    expect(out.code).toBe(2);
    expect(out.stdout + out.stderr).toContain('newborn_deductible_scope goes with newborn_deductible_share only');
  });
});
