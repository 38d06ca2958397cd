// docs/policies.md followed by the letter on a small made-up rulebook (青松市, fiction:
// test/fixtures/guide/qingsong-2025-7.txt), encoded clause by clause as the guide says
// (test/fixtures/guide/qingsong.yaml): every quote is verbatim in the text, the file validates,
// `policy show` reads it back with its unknowns and its inferred value, and hand-worked claims
// (worked out from the clauses, below) agree through the policy directory, one by one and as
// golden cases run with `yibao check`.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runYibao } from '../helpers/cli.js';

const fixture = new URL('../fixtures/guide/', import.meta.url).pathname;

function bureauDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-guide-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

const CLAIM = ['calc', '--city', '青松', '--date', '2025-03-01', '--scheme', '职工', '--json'];

describe('the guide, followed on a made-up rulebook', () => {
  it('every quote is verbatim in the rulebook text', () => {
    const text = readFileSync(join(fixture, 'qingsong-2025-7.txt'), 'utf8');
    const quotes: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'quote' ? quotes.push(String(x)) : walk(x);
    };
    walk(parse(readFileSync(join(fixture, 'qingsong.yaml'), 'utf8')));
    expect(quotes.length).toBeGreaterThan(10);
    for (const q of quotes) expect(text, q).toContain(q);
  });

  it('validates, and the directory serves it', async () => {
    const dir = bureauDir();
    const v = await runYibao(['policy', 'validate', join(dir, 'qingsong.yaml')]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    const list = await runYibao(['policy', 'list'], { env: { YIBAO_POLICY_DIR: dir } });
    expect(list.stdout).toContain(`qingsong  青松市 (青松市（测试用虚构城市）)\n  政策文件:${join(dir, 'qingsong.yaml')}\n`);
  });

  it('show reads back each clause, the inferred 减半 and what the text leaves unknown', async () => {
    const { stdout } = await runYibao(['policy', 'show', 'qingsong'], { env: { YIBAO_POLICY_DIR: bureauDir() } });
    expect(stdout).toContain('社区卫生服务中心:按一级医疗机构待遇');
    expect(stdout).toContain('第 2 次起,按起付线的:50% [推定值]');
    expect(stdout).toContain('乙类药品个人先行自付:10%');
    const unknowns = stdout.slice(stdout.indexOf('来源未说明的'));
    for (const what of ['医疗机构 · 村卫生室', '普通门诊·职工 · 报销比例 · 三级', '异地就医已备案', '异地就医未备案', '服务热线']) expect(unknowns).toContain(what);
  });

  it('answers the claims the clauses decide, worked out by hand', async () => {
    const env = { YIBAO_POLICY_DIR: bureauDir() };
    const fund = async (args: string[]) => {
      const r = await runYibao([...CLAIM, ...args], { env });
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout).result.fund_pays;
    };
    // 二: active, level 1: (1000 − 600) × 80% = 320.00
    expect(await fund(['--status', '在职', '--tier', '一级', '--amount', '1000'])).toBe('320.00');
    // 二: retired, level 2: (1000 − 400) × (70% + 5 points) = 450.00
    expect(await fund(['--status', '退休', '--tier', '二级', '--amount', '1000'])).toBe('450.00');
    // 三、四: first admission, level 1: (10000 − 300) × 90% = 8730.00
    expect(await fund(['--status', '在职', '--benefit', '住院', '--tier', '一级', '--amount', '10000'])).toBe('8730.00');
  });

  it('a silent clause is an unknown: level 3 outpatient and residents are exit 3, naming what is missing', async () => {
    const env = { YIBAO_POLICY_DIR: bureauDir() };
    const level3 = await runYibao([...CLAIM, '--status', '在职', '--tier', '三级', '--amount', '1000'], { env });
    expect(level3.code).toBe(3);
    expect(level3.stderr).toContain('outpatient.employee.ratio.3');
    const resident = await runYibao(['calc', '--city', 'qingsong', '--date', '2025-03-01', '--scheme', 'resident', '--tier', '1', '--amount', '1000'], { env });
    expect(resident.code).toBe(3);
  });

  it('golden cases as the guide writes them, run with yibao check: all agree', async () => {
    const dir = bureauDir();
    const cases = join(dir, 'cases.csv');
    writeFileSync(
      cases,
      ['person_id,date,city,scheme,status,benefit,tier,amount,reported_fund', 'A,2025-03-01,qingsong,employee,active,outpatient,1,1000,320.00', 'B,2025-03-01,qingsong,employee,retired,outpatient,2,1000,450.00', 'C,2025-03-01,qingsong,employee,active,inpatient,1,10000,8730.00'].join('\n'),
    );
    const r = await runYibao(['check', cases, '--output-format', 'jsonl'], { env: { YIBAO_POLICY_DIR: dir } });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x: { row_status: string; difference: string }) => [x.row_status, x.difference])).toEqual([
      ['ok', '0.00'],
      ['ok', '0.00'],
      ['ok', '0.00'],
    ]);
  });
});
