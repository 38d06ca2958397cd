// Issue 13, rows 8 and 9: `policy validate` refuses, at file:line:col with exit 2, every value the
// calculation would refuse. Row 8: a ratio of 1e309 or .nan (YAML gives Infinity and NaN) said
// "expected number, got number null"; now "not a finite number". Row 9: a deductible of 1e21 or
// 500.001 yuan, a ratio of 0.80001, each with a quote that states it, passed validate and then
// every calc exited 3; now validate refuses them through the engine's own conversions, and calc
// --policy refuses the file the same way (exit 2).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyText, positionOf, replaceOnce } from '../policy/helpers.js';
import { tempDir, yibao } from './helpers.js';

const DEDUCTIBLE = `          deductible:
            active:
              value: 500
              source: suizhou-daily-2024
              quote: 起付线。在职人员500元,退休人员400元。`;
const RATIO = `            "1":
              value: 0.8
              source: suizhou-daily-2024
              quote: 一级(含社区卫生服务站)80%`;

/** Suizhou's policy with one block replaced; the file, its text and where `needle` lands. */
function edited(block: string, replacement: string, needle: string) {
  const text = replaceOnce(policyText('suizhou'), block, replacement);
  const file = join(tempDir(), 'city.yaml');
  writeFileSync(file, text);
  return { file, at: positionOf(text, needle, replacement) };
}

const CLAIM = ['--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000'];

async function expectRefused(file: string, at: { line: number; col: number }, message: string): Promise<void> {
  const r = await yibao(['policy', 'validate', file, '--lang', 'en']);
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n')[0]).toBe(`${file}:${at.line}:${at.col}: ${message}`);
  expect(r.stdout).toBe('');
  const calc = await yibao(['calc', '--policy', file, ...CLAIM, '--lang', 'en']);
  expect(calc.code).toBe(2); // refused as a file, never an exit 3 on every claim
  expect(calc.stderr).toContain(`${file}:${at.line}:${at.col}: ${message}`);
}

describe('row 8: numbers that are not finite', () => {
  it.each([
    ['1e309', 'Infinity'],
    ['.nan', 'NaN'],
    ['.inf', 'Infinity'],
    ['-.inf', '-Infinity'],
  ])('a ratio of %s: "not a finite number" at file:line:col', async (yaml, shown) => {
    const { file, at } = edited(RATIO, RATIO.replace('value: 0.8', `value: ${yaml}`), yaml);
    await expectRefused(file, at, `versions[1].benefits.outpatient.employee.ratio.1.value: not a finite number (${shown})`);
  });

  it('a deductible of 1e309 too', async () => {
    const { file, at } = edited(DEDUCTIBLE, DEDUCTIBLE.replace('value: 500', 'value: 1e309'), '1e309');
    await expectRefused(file, at, 'versions[1].benefits.outpatient.employee.deductible.active.value: not a finite number (Infinity)');
  });
});

describe('row 9: values the calculation would refuse, each with a quote that states it', () => {
  it.each([
    ['1e21', '起付线1e+21元', 'value 1e+21 is not an exact amount in yuan with at most two decimals; the calculation could not use it'],
    ['500.001', '起付线。在职人员500.001元', 'value 500.001 is not an exact amount in yuan with at most two decimals; the calculation could not use it'],
    ['100000000000000', '起付线100000000000000元', 'value 100000000000000 is not an exact amount in yuan with at most two decimals; the calculation could not use it'],
  ])('a deductible of %s yuan', async (value, quote, message) => {
    const block = DEDUCTIBLE.replace('value: 500', `value: ${value}`).replace('起付线。在职人员500元,退休人员400元。', quote);
    const { file, at } = edited(DEDUCTIBLE, block, value);
    await expectRefused(file, at, message);
  });

  it('a ratio of 0.80001 (80.001%)', async () => {
    const block = RATIO.replace('value: 0.8', 'value: 0.80001').replace('80%', '80.001%');
    const { file, at } = edited(RATIO, block, '0.80001');
    await expectRefused(file, at, 'value 0.80001 is not an exact ratio with at most four decimals (0.01%); the calculation could not use it');
  });

  it('the largest exact values still pass: 500.01 yuan and 0.8001', async () => {
    const block = DEDUCTIBLE.replace('value: 500', 'value: 500.01').replace('在职人员500元', '在职人员500.01元');
    const { file } = edited(DEDUCTIBLE, block, '500.01');
    expect((await yibao(['policy', 'validate', file])).code).toBe(0);
    const ratio = edited(RATIO, RATIO.replace('value: 0.8', 'value: 0.8001').replace('80%', '80.01%'), '0.8001');
    expect((await yibao(['policy', 'validate', ratio.file])).code).toBe(0);
    const calc = await yibao(['calc', '--policy', ratio.file, ...CLAIM, '--json']);
    expect(calc.code).toBe(0);
    // (2000 − 500) × 80.01% = 1200.15
    expect((JSON.parse(calc.stdout) as { result: { fund_pays: string } }).result.fund_pays).toBe('1200.15');
  });
});
