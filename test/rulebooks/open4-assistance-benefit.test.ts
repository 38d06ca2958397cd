// A reading on one benefit of assistance is said on that benefit's claims only: 澄岫 第十二条（一）
// 「医疗救助对象在定点医疗机构就医…按本条规定给予救助」 names any care, （三） limits only 住院和门诊慢特病,
// so test/fixtures/open4/chengxiu.yaml writes `assistance.benefits: [inpatient, chronic, { value:
// outpatient, reading }]`. Values worked by hand from 第五条、第六条、第九条（二）、第十二条.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './small2-helpers.js';

const CX = ['calc', '--policy', 'test/fixtures/open4/chengxiu.yaml', '--date', '2025-03-01', '--scheme', 'resident'];
const READ = 'assistance.benefits.outpatient';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const readings = (j: any): string[] => j.warnings.filter((w: { kind: string }) => w.kind === 'reading').map((w: { path?: string; message?: string }) => JSON.stringify(w));

describe('a reading on assistance.benefits (澄岫 十二（一）/（三）)', () => {
  it('住院 二级 低保对象 3000: 起付 500, (3000 − 500) × 75% = 1875.00; burden 1125 − 600 = 525 × 80% = 420.00; cash 705.00; the outpatient reading is not said', async () => {
    const j = await run([...CX, '--benefit', 'inpatient', '--tier', '2', '--amount', '3000', '--assistance', '低保对象']);
    expect(pick(j, 'deductible_applied', 'fund_pays', 'assistance_pays', 'cash_due')).toEqual(['500.00', '1875.00', '420.00', '705.00']);
    expect(readings(j).join('\n')).not.toContain(READ);
  });

  it('普通门诊 一级 低保对象 300, threshold met: 300 × 60% = 180.00; 120 × 80% = 96.00; cash 24.00; the reading is said', async () => {
    const j = await run([...CX, '--benefit', 'outpatient', '--tier', '1', '--amount', '300', '--assistance', '低保对象', '--ytd-assistance-deductible', '600']);
    expect(pick(j, 'fund_pays', 'assistance_pays', 'cash_due')).toEqual(['180.00', '96.00', '24.00']);
    expect(readings(j).join('\n')).toContain(READ);
  });

  it('普通门诊 without a group: no assistance, no reading', async () => {
    const j = await run([...CX, '--benefit', 'outpatient', '--tier', '1', '--amount', '300']);
    expect(pick(j, 'fund_pays', 'assistance_pays', 'cash_due')).toEqual(['180.00', '0.00', '120.00']);
    expect(readings(j)).toEqual([]);
  });

  it('say reads the short reading on the outpatient claim only; the text breakdown too', async () => {
    const out = await yibao([...CX, '--benefit', 'outpatient', '--tier', '1', '--amount', '300', '--assistance', '特困人员', '--format', 'say']);
    expect(out.code, out.stderr).toBe(0);
    // 特困人员: no threshold, 100%: the 120.00 left is assisted in full
    expect(out.stdout).toContain('医疗救助再支付120元');
    expect(out.stdout).toContain('普通门诊也给予救助并计入同一救助限额');
    const inpatient = await yibao([...CX, '--benefit', 'inpatient', '--tier', '2', '--amount', '3000', '--assistance', '特困人员']);
    expect(inpatient.code, inpatient.stderr).toBe(0);
    expect(inpatient.stdout).not.toContain('普通门诊也给予救助');
  });

  it('validate accepts the entry; show lists it under 适用 with its reading', async () => {
    const ok = await yibao(['policy', 'validate', 'test/fixtures/open4/chengxiu.yaml']);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const show = await yibao(['policy', 'show', 'test/fixtures/open4/chengxiu.yaml']);
    expect(show.stdout).toContain('适用:住院、门诊慢特病、普通门诊');
    expect(show.stdout).toContain('普通门诊(解读,只在该待遇的案例中说明)');
  });
});
