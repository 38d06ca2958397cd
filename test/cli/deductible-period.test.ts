// The text breakdown calls a deductible yearly only where the policy counts it over the year
// (Suizhou's outpatient: "一个自然年度内…累计"); an assumed inpatient deductible, whose period no
// source states, is this claim's alone: no "met before" or "still to go" rows, no 年度起付线.
import { describe, expect, it } from 'vitest';
import { yibao } from './calc-helpers.js';

const INPATIENT = ['calc', '--date', '2024-05-01', '--scheme', 'employee', '--status', 'active', '--tier', '2', '--benefit', 'inpatient', '--amount', '8000',
  '--ytd-deductible', '800', '--set', 'inpatient.employee.deductible=800', '--set', 'inpatient.employee.ratio=0.9', '--no-color'];

describe('text: the deductible\'s period', () => {
  it('an inpatient deductible of unstated period: charged in full, shown without yearly rows', async () => {
    const r = await yibao(INPATIENT);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/起付线\(周期未说明\)\s+800\.00 元\n\s+本次付\s+800\.00 元\n/);
    expect(r.stdout).not.toContain('年度起付线');
    expect(r.stdout).not.toContain('起付线(全年)');
    expect(r.stdout).toContain('未扣减本年已累计的 800.00 元');
    // (8000 − 800) × 90% = 6480
    expect(r.stdout).toMatch(/统筹基金支付\s+6,480\.00 元/);
  });

  it('Suizhou outpatient, stated yearly: the yearly rows stay', async () => {
    const r = await yibao(['calc', '--date', '2024-05-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '1000', '--ytd-deductible', '200', '--no-color']);
    expect(r.stdout).toContain('起付线(全年)');
    expect(r.stdout).toMatch(/此前已付\s+200\.00 元/);
  });

  it('json: the warning has its code, kind, path and spoken clause', async () => {
    const r = await yibao([...INPATIENT, '--json']);
    const w = (JSON.parse(r.stdout).warnings as { code: string }[]).find((x) => x.code === 'deductible_period');
    expect(w).toEqual({
      code: 'deductible_period',
      kind: 'assumed',
      path: 'inpatient.employee.deductible',
      message: expect.stringContaining('来源未说明职工医保住院起付线按年度累计还是按每次住院'),
      short: '政策没写起付线按年还是按次算,这次按全额起付线算',
    });
  });
});
