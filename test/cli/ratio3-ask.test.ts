// `ask` reads a facility paid at its rated level with its level from the caller's words (鹤汀
// 一（一）3: 民营定点医疗机构按其评定级别确定待遇标准): 「在二级民营医院住院」 is --tier 二级民营医院;
// the kind said without a level is not read as some level: the answer asks for it. HT-02's ratio by
// hand: 86% + 4 (退休) − 5 (民营) = 85%; 起付 (600 − 100) × 50% = 250.00; 14750.00 × 85% = 12537.50.
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const env = { YIBAO_POLICY_DIR: 'test/fixtures/ratio3' };
const ask = (q: string) => runYibao(['ask', '--city', 'heting', '--date', '2026-05-11', q], { env });

describe('ask: a facility at its rated level', () => {
  it('「二级民营医院」 is read with its level: 85%, the fund 12537.50', async () => {
    const r = await ask('我是退休职工，在二级民营医院住院花了15000元，第2次住院');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('理解为:职工 退休 · 二级民营医院 · 住院');
    expect(r.stdout).toContain('报销比例 85%');
    expect(r.stdout).toContain('12537.50');
  });

  it('「中医医院」 without its level: asked for, never taken as one', async () => {
    const r = await ask('我是在职职工，在中医医院住院花了15000元');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('二级中医医院');
  });
});
