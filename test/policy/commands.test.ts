// `yibao policy list`, `validate` and `init`, in-process. What each city can compute is read
// from ../shared/POLICY-NOTES.md: only Suizhou's employee outpatient rules (2024) and Xianning's
// inferred resident outpatient rules give both a deductible and a ratio.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledPolicyIds } from '../../src/policy/bundled.js';
import { policyText, positionOf, replaceOnce } from './helpers.js';
import { runCli } from './run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'yibao-policy-'));

describe('yibao policy list', () => {
  it('lists every bundled city with its versions and what each computes', async () => {
    const { stdout, code } = await runCli(['policy', 'list']);
    expect(code).toBe(0);
    for (const id of bundledPolicyIds()) expect(stdout).toMatch(new RegExp(`^${id}  `, 'm'));
    expect(stdout).toContain('随州市');
    expect(stdout).toContain('起始日期未载明,至 2023-12-31: 可计算 无');
    expect(stdout).toContain('2024-01-01 起: 可计算 普通门诊·职工\n');
    expect(stdout).toContain('2023-01-01 起: 可计算 普通门诊·居民(含推定值)');
    expect(stdout).toContain('2012-07-01 起: 可计算 无');
  });

  it('gives JSON with --json', async () => {
    const { stdout, code } = await runCli(['policy', 'list', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.policies.map((p: { id: string }) => p.id)).toEqual(bundledPolicyIds());
    const suizhou = doc.policies.find((p: { id: string }) => p.id === 'suizhou');
    expect(suizhou.versions.map((v: { effective: string | null }) => v.effective)).toEqual([null, '2024-01-01']);
    expect(suizhou.versions[1].computable).toEqual([{ benefit: 'outpatient', scheme: 'employee', inferred: false }]);
    const jiayu = doc.policies.find((p: { id: string }) => p.id === 'jiayu');
    // Jiayu states the outpatient ratios (50/45/40%) but no deductible.
    expect(jiayu.versions[0].partial).toContainEqual({ benefit: 'outpatient', scheme: 'employee', missing: ['deductible'] });
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await runCli(['--lang', 'en', 'policy', 'list']);
    expect(stdout).toContain('from 2024-01-01: computes general outpatient, employees');
  });
});

describe('yibao policy validate', () => {
  it('accepts every bundled policy, a line per file, exit 0', async () => {
    const files = bundledPolicyIds().map((id) => `policies/${id}.yaml`);
    const { stdout, stderr, code } = await runCli(['policy', 'validate', ...files]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(files.length);
    expect(stdout).toContain('policies/suizhou.yaml: 有效(suizhou,2 个版本)');
  });

  it('reports an invalid file as file:line:col: message, exit 2, and still checks the others', async () => {
    const dir = tmp();
    const bad = replaceOnce(policyText('suizhou'), '              value: 0.8\n', '              value: 80\n');
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, bad);
    const { line, col } = positionOf(bad, '80\n', 'value: 80');
    const { stdout, stderr, code } = await runCli(['--lang', 'en', 'policy', 'validate', file, 'policies/suizhou.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe(`${file}:${line}:${col}: versions[1].benefits.outpatient.employee.ratio.1.value: ratio 80 is outside 0..1 (write 80% as 0.8)\n`);
    expect(stdout).toBe('policies/suizhou.yaml: valid (suizhou, 2 versions)\n');
  });

  it('refuses a missing file with exit 2', async () => {
    const { stderr, code } = await runCli(['policy', 'validate', 'nowhere.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('nowhere.yaml: 文件不存在');
  });
});

describe('yibao policy init', () => {
  it('prints a skeleton that points at the JSON Schema and passes validate as it is', async () => {
    const { stdout, code } = await runCli(['policy', 'init', 'wuhan']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/policy.schema.json');
    const file = join(tmp(), 'wuhan.yaml');
    writeFileSync(file, stdout);
    const checked = await runCli(['policy', 'validate', file]);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
  });

  it('has every parameter present and unknown, with a note to fill in', async () => {
    const doc = parse((await runCli(['policy', 'init', 'wuhan'])).stdout);
    expect(doc.id).toBe('wuhan');
    const benefits = doc.versions[0].benefits;
    for (const b of ['outpatient', 'inpatient', 'chronic']) {
      expect(benefits[b].employee.deductible.active).toMatchObject({ value: null });
      expect(benefits[b].employee.ratio.retired['3']).toMatchObject({ value: null });
      expect(benefits[b].employee.cap.retired.note.zh).toContain('待填写');
      expect(benefits[b].employee.retiree_bonus.value).toBeNull();
      expect(benefits[b].resident.ratio['1'].value).toBeNull();
      expect(benefits[b].resident.deductible.value).toBeNull();
      expect(benefits[b].resident.cap.value).toBeNull();
    }
    expect(doc.hotline.number).toBeNull();
  });

  it('writes --out FILE with the schema path relative to it, and will not overwrite without --force', async () => {
    const file = join(tmp(), 'sub', '..', 'hefei.yaml');
    const first = await runCli(['policy', 'init', 'hefei', '--out', file]);
    expect(first.code).toBe(0);
    const ref = readFileSync(file, 'utf8').split('\n')[0]!.replace('# yaml-language-server: $schema=', '');
    expect(existsSync(resolve(dirname(file), ref))).toBe(true);
    expect((await runCli(['policy', 'init', 'hefei', '--out', file])).code).toBe(2);
    expect((await runCli(['policy', 'init', 'hefei', '--out', file, '--force'])).code).toBe(0);
  });

  it('refuses an invalid id with exit 2', async () => {
    const { code, stderr } = await runCli(['policy', 'init', 'Wu Han']);
    expect(code).toBe(2);
    expect(stderr).toContain('Wu Han');
  });
});

describe('yibao policy validate speaks the user\'s language', () => {
  it('gives the issue in Chinese by default', async () => {
    const dir = tmp();
    const bad = replaceOnce(policyText('suizhou'), '            active:\n              value: 500\n', '            active:\n              value: 600\n');
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, bad);
    const { line, col } = positionOf(bad, '起付线。在职人员500元', 'value: 600');
    const { stderr, code } = await runCli(['policy', 'validate', file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${file}:${line}:${col}: 原文不含数字 600:“起付线。在职人员500元,退休人员400元。”\n`);
  });
});
