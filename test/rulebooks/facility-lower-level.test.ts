// 起付标准按低一级医疗机构标准执行 (facility_deductible.<kind>.lower_level): a kind of facility charges the standard of
// the level below its own, the lowest level keeping its own. A variant of test/fixtures/fac4/tangxi.yaml (fiction) whose
// source gains the clause 「在中医医院住院的，起付标准按低一级医疗机构标准执行，一级中医医院按一级标准执行」 and whose
// resident 中医医院 rule is that clause in place of −100. 居民: 一级200、二级500、三级900; 第二次住院60%, 不低于100元;
// 一级90%、二级75%、三级60%. Every value below is worked by hand before running.
import { cpSync, appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const TX = 'test/fixtures/fac4/tangxi.yaml';
const CLAUSE = '在中医医院住院的，起付标准按低一级医疗机构标准执行，一级中医医院按一级标准执行。';
const RESIDENT_TCM = /(        resident:\n(?:.*\n)*?          facility_deductible:\n            中医医院:\n)(?:              .*\n|                .*\n)+/;

/** The fixture with the resident's 中医医院 rule replaced by `rule` (indented 14 spaces), its source gaining the clause. */
function variant(rule: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lower-level-'));
  cpSync('test/fixtures/fac4/sources', join(dir, 'sources'), { recursive: true });
  appendFileSync(join(dir, 'sources', 'tangxi-2024-7.txt'), `\n${CLAUSE}\n`);
  const text = readFileSync(TX, 'utf8');
  expect(text).toMatch(RESIDENT_TCM);
  writeFileSync(join(dir, 'tangxi.yaml'), text.replace(RESIDENT_TCM, (_, head: string) => `${head}${rule}`));
  return join(dir, 'tangxi.yaml');
}

const LOWER = variant('              lower_level: { value: 1, source: tx, quote: 起付标准按低一级医疗机构标准执行，一级中医医院按一级标准执行 }\n');
const stay = (tier: string, ...more: string[]) => ['calc', '--policy', LOWER, '--date', '2025-05-01', '--scheme', 'resident', '--benefit', 'inpatient', '--amount', '10000', '--tier', tier, ...more];

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

describe('起付标准按低一级医疗机构标准执行', () => {
  it('三级中医医院, first stay: 二级’s 500.00; (10000 − 500) × 60% = 5700.00', async () => {
    const j = await json(stay('三级中医医院'));
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['500.00', '5700.00']);
    expect(j.result.deductible_facility).toEqual([{ facility: '中医医院', at: 'standard', lower_level: '2', standard: '500.00' }]);
  });

  it('二级中医医院, second stay: 一级’s 200.00 × 60% = 120.00 (≥ 100); (10000 − 120) × 75% = 7410.00', async () => {
    const j = await json(stay('二级中医医院', '--admission', '2'));
    expect([j.result.deductible_applied, j.result.fund_pays]).toEqual(['120.00', '7410.00']);
  });

  it('一级中医医院 keeps 一级’s 200.00', async () => {
    expect((await json(stay('一级中医医院'))).result.deductible_applied).toBe('200.00');
  });

  it('another level’s hospital is charged its own: 三级 900.00; (10000 − 900) × 60% = 5460.00', async () => {
    expect((await json(stay('3'))).result.fund_pays).toBe('5460.00');
  });

  it('the breakdown names the lower level’s standard and the clause; show says the rule', async () => {
    const text = await yibao(stay('三级中医医院'));
    expect(text.stdout).toContain('在中医医院住院按低一级(2级)医疗机构标准 500.00 元');
    expect(text.stdout).toContain('“起付标准按低一级医疗机构标准执行，一级中医医院按一级标准执行”');
    const show = await yibao(['policy', 'show', LOWER]);
    expect(show.stdout).toContain('中医医院按低几级医疗机构的标准(一级按一级):1');
  });

  it('validate: lower_level with at, or minus without at, is refused; the variant itself is valid', async () => {
    expect((await yibao(['policy', 'validate', LOWER])).code).toBe(0);
    const withAt = variant('              lower_level: { value: 1, source: tx, quote: 起付标准按低一级医疗机构标准执行 }\n              at: { value: standard, source: tx, quote: 起付标准按低一级医疗机构标准执行 }\n');
    const a = await yibao(['policy', 'validate', withAt]);
    expect(a.code).toBe(2);
    expect(a.stdout + a.stderr).toContain('lower_level 是换成低一级的级别标准,不写 at');
    const noAt = variant('              minus: { value: 100, source: tx, quote: 住院起付标准在本细则规定标准的基础上降低100元 }\n');
    const b = await yibao(['policy', 'validate', noAt]);
    expect(b.code).toBe(2);
    expect(b.stdout + b.stderr).toContain('minus、times 需要 at');
  });
});
