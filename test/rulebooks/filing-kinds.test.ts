// 异地就医 filing kinds (issue 19, policy model 2): temporary filing (临时外出就医已备案) ruled apart
// from long-term filing. 鹤汀 八（一）「异地长期居住人员、常驻异地工作人员办理备案后…执行本市同级医疗机构待遇」,
// 八（二）「…起付标准按本市三级医疗机构标准执行，支付比例在本市同级医疗机构标准基础上降低5个百分点」,
// 八（三）「临时外出就医人员办理备案的，执行本市同级医疗机构起付标准，支付比例降低10个百分点」
// (test/fixtures/limits3/heting-inpatient.yaml); 白鹭 八（一） and 八（三） (examples/rulebooks/bailu.yaml).
// A claim `--filing filed` under a policy with `filing.temporary` is the long-term kind, said as a note.
// Every number is worked by hand from the clauses in the comments.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { readQuestion } from '../../src/ask/parse.js';
import { HT_IP, batchRows, calc, codes, pick, run } from './limits3-helpers.js';

// 鹤汀 职工在职 二级, first stay: 起付 600 (二（一）1), 86% (二（二）)
const HT2 = (...more: string[]) => calc(HT_IP, '--date', '2026-05-06', '--scheme', 'employee', '--benefit', 'inpatient', '--tier', '2', '--admission', '1', '--amount', '10000', ...more);

describe('鹤汀 八: long-term filing, a temporary trip that filed, a referral', () => {
  it('八（一） filed (long-term): as in the city, (10000 − 600) × 86% = 8084.00, and a note that this is the long-term kind', async () => {
    const j = await run(HT2('--status', 'active', '--filing', 'filed'));
    expect(pick(j, 'deductible', 'ratio', 'fund_pays', 'cash_due')).toEqual(['600.00', '0.86', '8084.00', '1916.00']);
    const note = j.warnings.find((w: { code: string }) => w.code === 'filing_long_term');
    expect(note).toMatchObject({ kind: 'note', path: 'inpatient.employee.filing.filed' });
  });

  it('八（三） temporary: the same level’s 起付 600, 86 − 10 = 76%: 9400 × 76% = 7144.00, no long-term note', async () => {
    const j = await run(HT2('--status', 'active', '--filing', 'temporary'));
    expect(pick(j, 'deductible', 'ratio', 'fund_pays', 'cash_due')).toEqual(['600.00', '0.76', '7144.00', '2856.00']);
    expect(codes(j)).not.toContain('filing_long_term');
    expect(j.claim.filing).toBe('temporary');
  });

  it('八（三） temporary, a retiree: 起付 500 (600 − 100), 86 + 4 − 10 = 80%: 9500 × 80% = 7600.00', async () => {
    const j = await run(HT2('--status', 'retired', '--filing', '临时外出备案'));
    expect(pick(j, 'deductible', 'ratio', 'fund_pays')).toEqual(['500.00', '0.80', '7600.00']);
  });

  it('八（二） referral: 三级 起付 1000, 86 − 5 = 81%: 9000 × 81% = 7290.00', async () => {
    const j = await run(HT2('--status', 'active', '--filing', 'referral'));
    expect(pick(j, 'deductible', 'fund_pays')).toEqual(['1000.00', '7290.00']);
  });

  it('the note reaches text and say', async () => {
    const text = await yibao(HT2('--status', 'active', '--filing', 'filed'));
    expect(text.stdout).toContain('--filing temporary');
    const say = await yibao([...HT2('--status', 'active', '--filing', '已备案'), '--format', 'say']);
    expect(say.stdout).toContain('异地已备案按长期居住或常驻异地算的,临时外出就医另有规定');
  });

  it('batch: the 备案 column takes 临时外出就医已备案 and 已备案; the long-term row carries filing_long_term', async () => {
    const csv = ['就诊日期,参保类型,人员状态,待遇类型,医院级别,总费用,第几次住院,备案', '2026-05-06,职工,在职,住院,二级,10000,1,临时外出就医已备案', '2026-05-06,职工,在职,住院,二级,10000,1,已备案'].join('\n');
    const rows = await batchRows(HT_IP, csv);
    expect(rows.map((r) => [r.fund_pays, String(r.warnings ?? '').includes('filing_long_term')])).toEqual([
      ['7144.00', false],
      ['8084.00', true],
    ]);
  });

  it('policy show names both kinds, init has a temporary entry', async () => {
    const show = await yibao(['policy', 'show', HT_IP]);
    expect(show.stdout).toContain('异地长期居住/常驻异地已备案');
    expect(show.stdout).toContain('临时外出就医已备案');
    const init = await yibao(['policy', 'init', 'xincheng']);
    expect(init.stdout).toMatch(/ {6}temporary: \{ value: null/);
  });
});

describe('白鹭 八（一） and 八（三） (examples/rulebooks/bailu.yaml)', () => {
  // 职工在职 三级, 10000: within the first band (≤ 3万) at 80%, 起付 1200 (三级)
  const BAILU = (...more: string[]) => ['--policy-dir', 'examples/rulebooks', 'calc', '--city', 'bailu', '--date', '2025-03-18', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--admission', '1', ...more];

  it('filed (八（一） long-term): as in the city: 二级 起付 800, (10000 − 800) × 85% = 7820.00', async () => {
    const j = await run(BAILU('--tier', '2', '--amount', '10000', '--filing', 'filed'));
    expect(pick(j, 'deductible', 'fund_pays')).toEqual(['800.00', '7820.00']);
    expect(codes(j)).toContain('filing_long_term');
  });

  it('temporary (八（三）「其他临时外出就医的，起付标准按本市三级…；已备案的…降低10个百分点」): 二级 at 三级 起付 1200, 85 − 10 = 75%: 8800 × 75% = 6600.00', async () => {
    const j = await run(BAILU('--tier', '2', '--amount', '10000', '--filing', 'temporary'));
    expect(pick(j, 'deductible', 'ratio', 'fund_pays')).toEqual(['1200.00', '0.75', '6600.00']);
  });
});

describe('a policy without filing.temporary: its filed rule covers any filed care', () => {
  it('青鸥 (filed unknown: 九（一） and 九（三） unsettled): --filing temporary is exit 3 naming filing.filed', async () => {
    const r = await yibao(['calc', '--policy', 'test/fixtures/trial/qingou.yaml', '--date', '2025-06-03', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--amount', '5000', '--admission', '1', '--filing', 'temporary', '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('inpatient.employee.filing.filed');
  });
});

describe('ask reads a temporary trip', () => {
  it.each([
    ['临时外出备案了', 'temporary'],
    ['临时外出就医已经备案了', 'temporary'],
    ['临时备案', 'temporary'],
    ['临时外出没备案', 'unfiled'],
    ['异地已备案', 'filed'],
  ])('%s -> %s', (words, filing) => {
    const r = readQuestion(`职工在职 二级医院 住院 花了2万 ${words}`, new Set(['filing']));
    if (r.kind !== 'claim') throw new Error('not a claim');
    expect(r.claim.raw.filing).toBe(filing);
    expect(r.claim.unclear).toEqual([]);
  });
});
