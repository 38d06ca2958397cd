// `yibao policy show`: the rules in plain words, each with its quote. The values and quotes below
// are read from the Suizhou article (Q&A 2, the caps paragraph, Q&A 10), not from the program.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectQuoted, runCli } from './run-cli.js';

describe('yibao policy show suizhou (zh)', async () => {
  const { stdout, code } = await runCli(['policy', 'show', 'suizhou']);

  it('exits 0', () => expect(code).toBe(0));

  it('prints the employee outpatient deductibles 500 / 400 with their quote', () => {
    expectQuoted(stdout, '在职:500 元', '起付线。在职人员500元,退休人员400元。');
    expectQuoted(stdout, '退休:400 元', '起付线。在职人员500元,退休人员400元。');
  });

  it('prints the ratios 80 / 70 / 60% by tier with their quotes', () => {
    expectQuoted(stdout, '一级:80%', '一级(含社区卫生服务站)80%');
    expectQuoted(stdout, '二级:70%', '二级70%');
    expectQuoted(stdout, '三级:60%', '三级60%');
  });

  it('prints the retiree uplift of 5 points with its quote and reading, and what retirees get', () => {
    expectQuoted(stdout, '退休人员支付比例提高:5 个百分点 [解读]', '其中,退休人员支付比例提高5%。');
    expect(stdout).toContain('提高5个百分点');
    // 80 + 5, 70 + 5, 60 + 5
    expect(stdout).toContain('即退休人员 一级 85%、二级 75%、三级 65%');
  });

  it('prints the outpatient caps 1300 / 1600 with their quote', () => {
    expectQuoted(stdout, '在职:1,300 元', '封顶线。在职人员1300元,退休人员1600元。');
    expectQuoted(stdout, '退休:1,600 元', '封顶线。在职人员1300元,退休人员1600元。');
  });

  it('prints the 200,000 employee cap with its quote (the text does not say 年度)', () => {
    expectQuoted(stdout, '职工基本医保封顶线:200,000 元', '职工基本医保封顶线由15万元提高至20万元,取消职工大额封顶线');
  });

  it('prints the hotline with its quote and its menu', () => {
    expectQuoted(stdout, '0722-3235698', '全市医保服务热线为0722-3235698');
    expect(stdout).toContain('按2: 曾都区');
  });

  it('says community stations count as tier 1, with the quote', () => {
    expect(stdout).toContain('社区卫生服务站,按一级计');
  });

  it('lists what the sources leave unknown, with the residents\' outpatient deductible and ratio among them', () => {
    const tail = stdout.slice(stdout.indexOf('来源未说明的('));
    expect(tail).toContain('2024-01-01 起 · 普通门诊·居民 · 起付线');
    expect(tail).toContain('2024-01-01 起 · 普通门诊·居民 · 报销比例');
    expect(tail).not.toContain('普通门诊·职工 · 起付线:来源未说明居民');
  });
});

describe('yibao policy show, other forms', () => {
  it('speaks English with --lang en', async () => {
    const { stdout, code } = await runCli(['--lang', 'en', 'policy', 'show', 'suizhou']);
    expect(code).toBe(0);
    expectQuoted(stdout, 'active: 500 yuan', '起付线。在职人员500元,退休人员400元。', 'en');
    expect(stdout).toContain('What the sources leave unknown');
  });

  it('marks inferred values with their reasoning (Xianning residents\' 50%)', async () => {
    const { stdout } = await runCli(['policy', 'show', 'xianning']);
    expect(stdout).toContain('报销比例:50% [推定值]');
    expect(stdout).toContain('推定理由:');
  });

  it('shows a policy file given by path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-show-'));
    const file = join(dir, 'mine.yaml');
    copyFileSync(new URL('../../policies/suizhou.yaml', import.meta.url), file);
    const { stdout, code } = await runCli(['policy', 'show', file]);
    expect(code).toBe(0);
    expect(stdout).toContain(file);
  });

  it('refuses an unknown city with exit 2, naming the known ones', async () => {
    const { stderr, code } = await runCli(['policy', 'show', 'wuhan']);
    expect(code).toBe(2);
    expect(stderr).toContain('wuhan');
    expect(stderr).toContain('suizhou');
  });

  it('gives JSON with --json: the policy and its unknowns', async () => {
    const { stdout, code } = await runCli(['policy', 'show', 'suizhou', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.schema).toBe('yibao.policy-show/1');
    expect(doc.policy.hotline.number).toBe('0722-3235698');
    expect(doc.unknowns.some((u: { set?: string }) => u.set === 'outpatient.resident.ratio')).toBe(true);
  });

  it('prints a JSON error on stdout for an unknown city with --json', async () => {
    const { stdout, code } = await runCli(['policy', 'show', 'wuhan', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.code).toBe('unknown_city');
  });
});
