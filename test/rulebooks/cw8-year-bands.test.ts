// Bands on the YEAR's cumulative amount (round-8 trial, fiction): 澄湾 二（一）2 「一个年度内，纳入统筹基金支付范围的
// 住院费用扣除起付标准后累计在3万元（含）以下的部分，在职人员一级医疗机构92%、二级88%、三级85%；累计超过3万元的部分，
// 在上述比例基础上提高3个百分点。退休人员各段支付比例在在职人员基础上提高4个百分点」 → bands.per: year, with the input
// --ytd-banded (what the year's bands already hold; batch carries it per person and year, a row's own cell restarts it).
// Fixture test/fixtures/cw8/chengwan.yaml. Every value below is worked by hand from the text before running.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookDetailFields } from '../../src/cli/wizard/rulebook-details.js';

const CW = 'test/fixtures/cw8/chengwan.yaml';
const stay = (status: string, tier: string, amount: string, ...more: string[]) => ['calc', '--policy', CW, '--date', '2026-05-01', '--scheme', 'employee', '--status', status, '--benefit', 'inpatient', '--tier', tier, '--amount', amount, ...more];

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

// A: active, 二级, second stay, 20000 in scope, the year's bands already hold 25000.
// 起付 700 → 19300 after it; the year runs 25000 → 44300: 30000 − 25000 = 5000 × 88% = 4400.00,
// 44300 − 30000 = 14300 × (88% + 3 = 91%) = 13013.00; fund 17413.00, cash 20000 − 17413 = 2587.00.
const A = stay('active', '2', '20000', '--admission', '2', '--ytd-banded', '25000');

describe('澄湾 二（一）2: bands on the year’s running total', () => {
  it('A: a later stay continues from the year’s 25000: 5000 at 88% and 14300 at 91%', async () => {
    const j = await json(A);
    const r = j.result;
    expect([r.deductible_applied, r.fund_pays, r.cash_due]).toEqual(['700.00', '17413.00', '2587.00']);
    expect(r.bands.map((b: { base: string; pays: string }) => [b.base, b.pays])).toEqual([['5000.00', '4400.00'], ['14300.00', '13013.00']]);
    // 25000 + 19300
    expect(r.ytd_banded_after).toBe('44300.00');
    expect(j.claim.ytd_banded).toBe('25000.00');
  });

  it('B: a retiree at 三级, 10000 banded before: 20000 at 89% and 27000 at 92%', async () => {
    // 50000 with 目录外 2000: 48000 in scope; 三级 起付 1100, but a retiree's year holds at most 1000 (二（一）1) → 1000;
    // 47000 after it; year 10000 → 57000.
    // band 1: 30000 − 10000 = 20000 × (85 + 4 = 89%) = 17800.00; band 2: 27000 × (88 + 4 = 92%) = 24840.00 (≤ 95%)
    // fund 42640.00; cash 50000 − 42640 = 7360.00
    const r = (await json(stay('retired', '3', '50000', '--out-of-scope', '2000', '--ytd-banded', '10000'))).result;
    expect([r.deductible_applied, r.fund_before_cap, r.fund_pays, r.cash_due, r.ytd_banded_after]).toEqual(['1000.00', '42640.00', '42640.00', '7360.00', '57000.00']);
  });

  it('C: the year exactly at the 3万 edge: all of a retiree’s 一级 stay in band 2, 95% + 4 held at 95% (二（四）)', async () => {
    // 10000 − 起付 300 = 9700, from 30000 (「3万元（含）以下」: band 1 is full) to 39700: 9700 × 95% = 9215.00
    const r = (await json(stay('retired', '1', '10000', '--admission', '3', '--ytd-banded', '30000'))).result;
    expect(r.bands.map((b: { base: string }) => b.base)).toEqual(['0.00', '9700.00']);
    expect([r.fund_pays, r.cash_due]).toEqual(['9215.00', '785.00']);
  });

  it('a first stay with nothing banded before is banded from 0 and says nothing; a later stay without --ytd-banded says it assumed 0', async () => {
    // 19300 all in band 1: × 88% = 16984.00
    const first = await json(stay('active', '2', '20000'));
    expect(first.result.fund_pays).toBe('16984.00');
    expect(first.warnings.map((w: { code: string }) => w.code)).not.toContain('ytd_banded_assumed');
    const later = await json(stay('active', '2', '20000', '--admission', '2'));
    expect(later.result.fund_pays).toBe('16984.00');
    expect(later.warnings.map((w: { code: string }) => w.code)).toContain('ytd_banded_assumed');
  });

  it('the breakdown names what the year held, what the stay adds and the clause; say says it', async () => {
    const text = (await yibao(A)).stdout;
    expect(text).toContain('按本年累计金额分段:本年此前已累计 25000.00 元,本次 19300.00 元,累计至 44300.00 元');
    expect(text).toContain('0.00 至 30000.00:5000.00 × 88% = 4400.00;30000.00 以上:14300.00 × 91% = 13013.00');
    expect(text).toContain('“一个年度内，纳入统筹基金支付范围的住院费用扣除起付标准后累计在3万元（含）以下的部分”');
    const say = (await yibao([...A, '--format', 'say'])).stdout;
    expect(say).toContain('分段按全年累计算:今年之前已累计25000元,加上这次累计到44300元。');
  });

  it('per unknown: exit 3 where the two differ (17413.00 on the year / 16984.00 on the stay alone), answered where they agree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw8-'));
    const file = join(dir, 'cw.yaml');
    const text = readFileSync(CW, 'utf8').replace(
      /per: \{ value: year, source: cw, quote: [^}]+\}/,
      'per: { value: null, note: { zh: 测试：未说明是否按年度累计分段。, en: "test: not said" } }',
    );
    writeFileSync(file, text);
    const args = (more: string[]) => ['calc', '--policy', file, '--date', '2026-05-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', ...more];
    const out = await yibao(args(['--admission', '2', '--ytd-banded', '25000']));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.employee.bands.per');
    expect(out.stderr).toContain('17413.00');
    expect(out.stderr).toContain('16984.00');
    const agreed = await yibao([...args([]), '--json']);
    expect(agreed.code, agreed.stderr).toBe(0);
    expect(JSON.parse(agreed.stdout).result.fund_pays).toBe('16984.00');
    // --set settles it
    const set = await yibao([...args(['--admission', '2', '--ytd-banded', '25000', '--set', 'inpatient.employee.bands.per=claim']), '--json']);
    expect(JSON.parse(set.stdout).result.fund_pays).toBe('16984.00');
  });

  it('a policy without bands.per computes as before: 白鹭 has no ytd_banded_after, and --set …bands.per=year bands the year', async () => {
    const bailu = await json(['calc', '--policy', 'examples/rulebooks/bailu.yaml', '--date', '2025-03-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000']);
    // 白鹭 二级 起付 800, bands on the total (含起付标准): 20000 − 800 = 19200 × 85% = 16320.00, nothing carried
    expect(bailu.result.fund_pays).toBe('16320.00');
    expect(bailu.result.ytd_banded_after).toBeUndefined();
    // --set bands.per=year with 25000 before: the stay spans 25800 → 45000 on the total:
    // 30000 − 25800 = 4200 × 85% = 3570.00; 15000 × 90% = 13500.00; 17070.00, the year at 45000
    const set = await json(['calc', '--policy', 'examples/rulebooks/bailu.yaml', '--date', '2025-03-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--amount', '20000', '--ytd-banded', '25000', '--set', 'inpatient.employee.bands.per=year']);
    expect([set.result.fund_pays, set.result.ytd_banded_after]).toEqual(['17070.00', '45000.00']);
  });

  it('batch carries the year’s banded amount per person, a new year restarts it, a row’s own cell (本年分段累计) restarts the count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw8-'));
    const csv = join(dir, 'stays.csv');
    writeFileSync(
      csv,
      [
        '人员编号,就诊日期,参保类型,人员状态,待遇类型,医院级别,总费用,本年分段累计',
        'P,2026-03-01,职工医保,在职,住院,二级,25000,',
        'P,2026-06-01,职工医保,在职,住院,二级,15000,',
        'P,2027-01-10,职工医保,在职,住院,二级,5000,',
        'Q,2026-02-01,职工医保,在职,住院,二级,3700,29000',
        'Q,2026-04-01,职工医保,在职,住院,二级,1700,',
      ].join('\n') + '\n',
    );
    const out = await yibao(['batch', csv, '--policy', CW, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.stderr).toContain('本年分段累计 → ytd_banded');
    expect(rows.map((r) => r.fund_pays)).toEqual([
      // P1: 25000 − 700 = 24300 × 88% = 21384.00 (year 24300)
      '21384.00',
      // P2: 15000 − 700 = 14300, year 24300 → 38600: 5700 × 88% = 5016.00 + 8600 × 91% = 7826.00
      '12842.00',
      // P3, 2027: a new year from 0: 4300 × 88% = 3784.00
      '3784.00',
      // Q1, its cell 29000: 3000 → 32000: 1000 × 88% = 880.00 + 2000 × 91% = 1820.00
      '2700.00',
      // Q2, carried 32000: 1700 − 700 = 1000 × 91% = 910.00
      '910.00',
    ]);
  });

  it('policy show, validate; the wizard offers the year’s banded amount', async () => {
    const show = (await yibao(['policy', 'show', CW])).stdout;
    expect(show).toContain('分段按:全年累计金额');
    expect((await yibao(['policy', 'validate', CW])).code).toBe(0);
    const { policy } = await loadPolicyFile(CW);
    expect(rulebookDetailFields({} as never, { date: '2026-05-01', benefit: 'inpatient', scheme: 'employee' }, policy)).toContain('ytd_banded');
    expect(rulebookDetailFields({} as never, { date: '2026-05-01', benefit: 'inpatient', scheme: 'resident' }, policy)).not.toContain('ytd_banded');
  });
});
