// Policy model 2, a facility kind's rules at some levels only (facilities.<name>.levels): 岚汐
// 第八条（一）「在二级及以上中医医院（含中西医结合医院）住院的，起付标准按同级医疗机构标准的70%执行…
// 支付比例在同级医疗机构标准基础上提高3个百分点」, so a 一级中医医院 takes the general rule of 一级
// (第六条（一）居民一级200元, 第七条（二）一级88%); 第八条（二）民营 −5 holds at any level. Fixture
// test/fixtures/trial6/lanxi.yaml (quotes verbatim from /work/trial6/lanxi/rulebook.txt). Every
// number is worked by hand from the clause beside it.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { RawClaim } from '../../src/claim/index.js';
import { PolicyError, type Explanation } from '../../src/engine/types.js';
import type { Policy } from '../../src/policy/schema.js';
import { facilityAtLevel } from '../../src/engine/steps/facility-levels.js';
import { yibao } from '../cli/calc-helpers.js';
import { explainAtFacility } from '../helpers/claim.js';

const LANXI = 'test/fixtures/trial6/lanxi.yaml';
const lanxi = (await loadPolicyFile(LANXI)).policy;

const run = explainAtFacility;

const stay = (tier: string, more: RawClaim = {}): RawClaim => ({ date: '2025-03-01', scheme: 'resident', benefit: 'inpatient', age: '40', tier, amount: '10000', ...more });
const step = (e: Explanation, key: string) => e.steps.find((s) => s.key === key)!;

/** The fixture with its levels edited (null, or left out). */
function variant(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'levels-'));
  cpSync('test/fixtures/trial6/sources', join(dir, 'sources'), { recursive: true });
  const file = join(dir, 'lanxi.yaml');
  writeFileSync(file, edit(readFileSync(LANXI, 'utf8')));
  return file;
}
const LEVELS = 'levels: { value: ["2", "3"], source: lx, quote: 在二级及以上中医医院（含中西医结合医院）住院的 }';

describe('facilityAtLevel: the facility whose rules a claim takes at its level', () => {
  const fs = lanxi.facilities!;
  it('a kind at a level it holds at is itself; at another, none; a facility of two kinds keeps the other kind', () => {
    expect(facilityAtLevel(fs, '中医医院', '2')).toEqual({ rules: '中医医院', outside: [], unknown: undefined });
    expect(facilityAtLevel(fs, '中医医院', '1')).toEqual({ rules: undefined, outside: ['中医医院'], unknown: undefined });
    expect(facilityAtLevel(fs, '民营中医医院', '3').rules).toBe('民营中医医院');
    expect(facilityAtLevel(fs, '民营中医医院', '1')).toEqual({ rules: '民营医院', outside: ['中医医院'], unknown: undefined });
    expect(facilityAtLevel(fs, '民营医院', '1').rules).toBe('民营医院');
  });
});

describe('岚汐 第八条（一）「在二级及以上中医医院…住院的」: facilities.中医医院.levels ["2", "3"]', () => {
  it('一级中医医院: the general 一级 rule: 起付 200 (not 70%), 88% (not +3): 9800.00 × 88% = 8624.00, said with the clause', () => {
    // 第六条（一）居民一级200元; 第七条（二）一级88%; (10000 − 200) × 88% = 8624.00
    const e = run(lanxi, stay('一级中医医院'));
    expect(e.result.deductible).toBe(20000);
    expect(e.result.ratio).toBe(8800);
    expect(e.result.fundPays).toBe(862400);
    expect(e.result.facilityOutside).toEqual([{ kind: '中医医院', levels: ['2', '3'] }]);
    const d = step(e, 'deductible');
    expect(d.explain.zh).toContain('中医医院的规定只适用于二级、三级中医医院(本次为一级),按一级医疗机构的一般规定');
    expect(d.explain.en).toContain('the rules for a 中医医院 hold at level 2 or 3 only (this one is level 1)');
    expect(d.source?.quotes).toContain('在二级及以上中医医院（含中西医结合医院）住院的');
  });

  it('二级中医医院: 起付 500 × 70% = 350; 75% + 3 = 78%: 9650.00 × 78% = 7527.00 (as before)', () => {
    const e = run(lanxi, stay('二级中医医院'));
    expect(e.result.deductible).toBe(35000);
    expect(e.result.ratio).toBe(7800);
    expect(e.result.fundPays).toBe(752700);
    expect(e.result.facilityOutside).toBeUndefined();
  });

  it('一级民营中医医院: the 民营 rule only (第八条（二） any level): 起付 200, 88% − 5 = 83%: 9800.00 × 83% = 8134.00', () => {
    const e = run(lanxi, stay('一级民营中医医院'));
    expect(e.result.deductible).toBe(20000);
    expect(e.result.ratio).toBe(8300);
    expect(e.result.fundPays).toBe(813400);
    expect(step(e, 'deductible').explain.zh).toContain('按民营医院的规定');
    // the 中医 uplift's clause is not cited where it did not apply
    expect(step(e, 'ratio').source?.quotes).not.toContain('支付比例在同级医疗机构标准基础上提高3个百分点，最高不超过95%');
  });

  it('二级民营中医医院: both: 起付 350, 75% + 3 − 5 = 73%: 9650.00 × 73% = 7044.50', () => {
    const e = run(lanxi, stay('二级民营中医医院'));
    expect(e.result.deductible).toBe(35000);
    expect(e.result.ratio).toBe(7300);
    expect(e.result.fundPays).toBe(704450);
  });

  it('without levels: a 一级中医医院 gets 第八条 as before: 起付 200 × 70% = 140, 91%: 9860.00 × 91% = 8972.60', async () => {
    const policy = (await loadPolicyFile(variant((t) => t.replace(`    ${LEVELS}\n`, '')))).policy;
    const e = run(policy, stay('一级中医医院'));
    expect(e.result.deductible).toBe(14000);
    expect(e.result.ratio).toBe(9100);
    expect(e.result.fundPays).toBe(897260);
    expect(e.result.facilityOutside).toBeUndefined();
  });

  it('levels unknown: exit 3 naming facilities.中医医院.levels; --set facilities.中医医院.levels=2,3 answers, said as the user’s', async () => {
    const file = variant((t) => t.replace(LEVELS, 'levels: { value: null, note: { zh: 原文未说明适用级别。, en: The levels are not stated. } }'));
    const args = ['calc', '--policy', file, '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--age', '40', '--tier', '一级中医医院', '--amount', '10000'];
    const out = await yibao(args);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('facilities.中医医院.levels');
    const set = await yibao([...args, '--set', 'facilities.中医医院.levels=2,3', '--json']);
    expect(set.code, set.stderr).toBe(0);
    const j = JSON.parse(set.stdout);
    expect(j.result.fund_pays).toBe('8624.00');
    expect(j.result.facility_outside).toEqual([{ facility: '中医医院', levels: ['2', '3'] }]);
    expect(j.warnings.map((w: { path?: string }) => w.path)).toContain('facilities.中医医院.levels');
    const bad = await yibao([...args, '--set', 'facilities.中医医院.levels=4']);
    expect(bad.code).toBe(2);
  });

  it('say reads the general rule out; JSON has facility_outside only where a kind was left out', async () => {
    const args = ['calc', '--policy', LANXI, '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--age', '40', '--amount', '10000'];
    const say = await yibao([...args, '--tier', '一级中医医院', '--format', 'say']);
    expect(say.stdout).toContain('中医医院的待遇只适用于二级、三级中医医院,这次按一般规定算。');
    expect(say.stdout).toContain('统筹基金支付8624元');
    const two = JSON.parse((await yibao([...args, '--tier', '二级中医医院', '--json'])).stdout);
    expect(two.result.fund_pays).toBe('7527.00');
    expect(two.result).not.toHaveProperty('facility_outside');
  });

  it('batch: a 一级 and a 二级 中医医院 row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'levels-b-'));
    const csv = join(dir, 'claims.csv');
    writeFileSync(csv, ['date,scheme,age,benefit,tier,admission,amount', '2025-03-01,resident,40,inpatient,一级中医医院,1,10000', '2025-05-01,resident,40,inpatient,二级中医医院,1,10000'].join('\n'));
    const out = await yibao(['batch', '--policy', LANXI, csv, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.fund_pays ?? r.result?.fund_pays ?? null)).toEqual(['8624.00', '7527.00']);
  });

  it('validate refuses levels on a facility counted as a fixed level, and an unknown without a note', async () => {
    const file = variant((t) =>
      t
        .replace(LEVELS, 'levels: { value: null }')
        .replace('  民营医院:\n    counts_as: rated', '  民营医院:\n    counts_as: "1"\n    levels: { value: ["2"], source: lx, quote: 在民营定点医疗机构住院的 }'),
    );
    const out = await yibao(['policy', 'validate', file, '--lang', 'en']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('levels not stated (null) needs a note');
    expect(out.stderr).toContain('levels is for a facility paid at its rated level (counts_as: rated)');
  });

  it('policy show says the levels with the quote; policy init shows the form', async () => {
    const zh = await yibao(['policy', 'show', LANXI]);
    expect(zh.stdout).toContain('只适用于二级、三级中医医院;其他级别按该级别的一般规定');
    const en = await yibao(['policy', 'show', LANXI, '--lang', 'en']);
    expect(en.stdout).toContain('hold at');
    const { skeletonPolicy } = await import('../../src/cli/policy/init.js');
    expect(skeletonPolicy('qingsong', '../schema/policy.schema.json')).toContain('#   levels: { value: ["2", "3"]');
  });
});

describe('the JSON Schema holds levels', () => {
  it('facilities.*.levels is in schema/policy.schema.json', () => {
    expect(readFileSync('schema/policy.schema.json', 'utf8')).toContain('在二级及以上中医医院住院的');
  });
});

void PolicyError;
