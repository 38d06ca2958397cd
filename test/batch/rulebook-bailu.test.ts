// A year of 白鹭 (fiction, ../shared/rulebooks/bailu) claims as an office's batch file: seven
// people, several stays each, built around the hand-worked claims BL-02, 03, 04, 06, 07, 09, 12
// and 15 (their figures are those of claims.json), the rows before them worked by hand from the
// rulebook so that what batch carries is what those claims say the year already held. Batch counts
// each person's admissions (no 住院次数 cell: the earlier inpatient rows of the year), carries the
// fund against the cap shared by 住院 and 门诊慢特病, the disease fund, the 大病 burden and
// payments, and 医疗救助, per person and year; a row's own 住院次数 restarts the count.
// Rulebook figures used (白医保发〔2024〕56号): 乙类 8% drugs, 12% items (二（二）); 住院起付 per
// stay, employees 400/800/1200, residents 300/600/1000 by level, the 2nd stay 70%, the 3rd 30%,
// the 4th none (三（一）); employee bands on the in-pooling total incl. 起付: active 90/85/80% to
// 3万, 90% above, retirees +4 (三（二）); residents 一档 80/65/50, 二档 85/72/58 (三（三）); caps
// 18万 employees, 16万 二档, shared by 住院 and 慢特病 (三（四）); 慢特病 起付 300 a year, employees
// active 85/80/75, residents 65/60/55, the highest disease limit shared (四); 普通门诊 active 起付
// 1000, 二级 65% (五); 大病 above 1.8万 in bands 55/65/75%, burden = copay + 乙类 (六（一）), 低保
// and 特困 half the threshold and +5 points (六（二）); 大额 pays the fund computed above the cap
// (六（三）); 救助 低保 70% of the in-scope burden left (七).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

const INPUT = join(process.cwd(), 'test', 'fixtures', 'rulebooks', 'bailu-2025.csv');
const POLICY = join(process.cwd(), 'examples', 'rulebooks', 'bailu.yaml');

type Row = Record<string, string>;

/** The columns compared: what each layer paid and what the year holds after the row. */
const layers = (r: Row) => [r.deductible_applied, r.first_pay, r.fund_pays, r.second_layer_pays, r.assistance_pays, r.account_pays, r.cash_due];
const totals = (r: Row) => [r.ytd_fund_after, r.ytd_burden_after, r.ytd_second_after, r.ytd_assistance_after];

// [deductible, first pay, fund, second layer, assistance, account, cash] by person and row, in file order
const LAYERS: Record<string, string[][]> = {
  A: [
    // 13700 at 三级, 1st stay: 起付 1200; (13700 − 1200) × 80% = 10000; cash 3700
    ['1200.00', '0.00', '10000.00', '0.00', '0.00', '0.00', '3700.00'],
    // 2nd stay: 1200 × 70% = 840; (13340 − 840) × 80% = 10000; cash 3340
    ['840.00', '0.00', '10000.00', '0.00', '0.00', '0.00', '3340.00'],
    // BL-03, counted the 3rd stay: 1200 × 30% = 360; (30000 − 360) × 80% = 23712
    ['360.00', '0.00', '23712.00', '0.00', '0.00', '0.00', '6288.00'],
    // BL-04, the 4th stay: no 起付; 乙类 items 1000 × 12% = 120; 2880 × 90% = 2592
    ['0.00', '120.00', '2592.00', '0.00', '0.00', '0.00', '408.00'],
  ],
  R: [
    // retiree 二级, 1st stay: 起付 800; 10000 × (85 + 4)% = 8900
    ['800.00', '0.00', '8900.00', '0.00', '0.00', '0.00', '1900.00'],
    // BL-02, the 2nd stay: 800 × 70% = 560; 乙类 1000 × 8% = 80; (11920 − 560) × 89% = 10110.40
    ['560.00', '80.00', '10110.40', '0.00', '0.00', '0.00', '1889.60'],
    // 2026: a new year, the 1st stay again: 起付 800, 8900
    ['800.00', '0.00', '8900.00', '0.00', '0.00', '0.00', '1900.00'],
  ],
  S: [
    // retiree 三级: (30000 − 1200) × 84% = 24192 + (185114.89 − 30000) × 94% = 145807.9966 → 145808.00: 170000.00
    ['1200.00', '0.00', '170000.00', '0.00', '0.00', '0.00', '15114.89'],
    // BL-15, the 2nd stay: 840; computed 33894.40, the cap leaves 10000; 大额 23894.40
    ['840.00', '0.00', '10000.00', '23894.40', '0.00', '0.00', '6105.60'],
  ],
  B: [
    // 二级 stay: 800; 10000 × 85% = 8500
    ['800.00', '0.00', '8500.00', '0.00', '0.00', '0.00', '2300.00'],
    // 慢特病 糖尿病: the year's 起付 300; 1875 × 80% = 1500 (limit 1800, the higher of 1800 and 1000)
    ['300.00', '0.00', '1500.00', '0.00', '0.00', '0.00', '675.00'],
    // BL-09: 起付 met; 乙类 40; 2460 × 80% = 1968, 300 of the limit left: 300; account 1000, cash 1200
    ['0.00', '40.00', '300.00', '0.00', '0.00', '1000.00', '1200.00'],
  ],
  C: [
    // 慢特病 恶性肿瘤, resident 一级 65%: 乙类 11250 × 8% = 900; (26300 − 300) × 65% = 16900; burden 9100 + 900 = 10000
    ['300.00', '900.00', '16900.00', '0.00', '0.00', '0.00', '10300.00'],
    // BL-06, the 1st stay (the row before was 门诊慢特病): 41528; burden 10000 → 41472: 大病 12909.60
    ['1000.00', '1400.00', '41528.00', '12909.60', '0.00', '0.00', '25562.40'],
    // 二档 二级, the 2nd stay: 600 × 70% = 420; 10000 × 72% = 7200; burden + 2800 → 44272: 2800 × 55% = 1540
    ['420.00', '0.00', '7200.00', '1540.00', '0.00', '0.00', '1680.00'],
  ],
  D: [
    // BL-07 (低保): 24310; 大病 (13090 − 9000) × 60% = 2454; 救助 (600 + 13090 − 2454) × 70% = 7865.20
    ['600.00', '0.00', '24310.00', '2454.00', '7865.20', '0.00', '5370.80'],
    // the 2nd stay: 420; 5000 × 65% = 3250; burden 13090 → 14840: 1750 × 60% = 1050; 救助 (420 + 1750 − 1050) × 70% = 784
    ['420.00', '0.00', '3250.00', '1050.00', '784.00', '0.00', '336.00'],
  ],
  E: [
    // 普通门诊: 900 of the year's 1000 起付, nothing paid
    ['900.00', '0.00', '0.00', '0.00', '0.00', '0.00', '900.00'],
    // BL-12: 100 of the 起付 left; 乙类 12; (488 − 100) × 65% = 252.20; the account pays 347.80, 目录外 included
    ['100.00', '12.00', '252.20', '0.00', '0.00', '347.80', '0.00'],
  ],
  F: [
    // 住院次数 第2次 (the first stay was elsewhere): 800 × 70% = 560; 10000 × 85% = 8500
    ['560.00', '0.00', '8500.00', '0.00', '0.00', '0.00', '2060.00'],
    // counted on from there: the 3rd stay, 800 × 30% = 240; 8500
    ['240.00', '0.00', '8500.00', '0.00', '0.00', '0.00', '1740.00'],
  ],
};

// [ytd fund (against the row's cap), ytd 大病/大额 burden, ytd second layer, ytd assistance]
const TOTALS: Record<string, string[][]> = {
  A: [
    ['10000.00', '0.00', '0.00', '0.00'],
    ['20000.00', '0.00', '0.00', '0.00'],
    ['43712.00', '0.00', '0.00', '0.00'],
    ['46304.00', '0.00', '0.00', '0.00'],
  ],
  R: [
    ['8900.00', '0.00', '0.00', '0.00'],
    ['19010.40', '0.00', '0.00', '0.00'],
    ['8900.00', '0.00', '0.00', '0.00'],
  ],
  S: [
    ['170000.00', '0.00', '0.00', '0.00'],
    ['180000.00', '0.00', '23894.40', '0.00'],
  ],
  // the cap shared by 住院 and 门诊慢特病 counts both: 8500, then 8500 + 1500, then + 300
  B: [
    ['8500.00', '0.00', '0.00', '0.00'],
    ['10000.00', '0.00', '0.00', '0.00'],
    ['10300.00', '0.00', '0.00', '0.00'],
  ],
  C: [
    ['16900.00', '10000.00', '0.00', '0.00'],
    ['58428.00', '41472.00', '12909.60', '0.00'],
    ['65628.00', '44272.00', '14449.60', '0.00'],
  ],
  D: [
    ['24310.00', '13090.00', '2454.00', '7865.20'],
    ['27560.00', '14840.00', '3504.00', '8649.20'],
  ],
  E: [
    ['0.00', '0.00', '0.00', '0.00'],
    ['252.20', '0.00', '0.00', '0.00'],
  ],
  F: [
    ['8500.00', '0.00', '0.00', '0.00'],
    ['17000.00', '0.00', '0.00', '0.00'],
  ],
};

/** The rows of one person, in file order. */
const of = (rows: Row[], id: string) => rows.filter((r) => r.人员编号 === id);

describe('白鹭: a year of claims through batch, every running total carried per person', () => {
  it('each layer and each total as worked by hand', async () => {
    const run = await yibao(['batch', INPUT, '--policy', POLICY, '--lang', 'en']);
    const rows = readCsv(run.stdout);
    expect(rows).toHaveLength(21);
    expect(rows.every((r) => r.row_status === 'ok')).toBe(true);
    for (const id of Object.keys(LAYERS)) {
      expect(of(rows, id).map(layers), id).toEqual(LAYERS[id]);
      expect(of(rows, id).map(totals), id).toEqual(TOTALS[id]);
    }
    expect(run.code).toBe(0);
  });

  it('the second stay of the year pays 70% of the 800 deductible; a 2026 stay is the first again', async () => {
    const rows = readCsv((await yibao(['batch', INPUT, '--policy', POLICY])).stdout);
    expect(of(rows, 'R').map((r) => [r.就诊日期, r.deductible_applied])).toEqual([
      ['2025-01-20', '800.00'],
      ['2025-05-06', '560.00'],
      ['2026-01-15', '800.00'],
    ]);
  });

  it('the same rows with the counts given in cells: a row\'s own ytd cells restart the count there', async () => {
    // BL-06 on its own, with the year's figures of claims.json in its cells (ytd fund 8000, burden 10000)
    const f = join(tempDir(), 'bl06.csv');
    writeFileSync(
      f,
      [
        'person_id,date,scheme,grade,benefit,tier,amount,out_of_scope,class_b_drugs,class_b_items,admission,ytd_fund,ytd_burden,ytd_second',
        'C,2025-06-20,resident,2,inpatient,3,80000,6000,10000,5000,1,8000,10000,0',
        // the 2nd stay counted from the row above: as C's third row in the year file
        'C,2025-09-15,resident,2,inpatient,2,10420,0,0,0,,,,',
      ].join('\n'),
    );
    const rows = readCsv((await yibao(['batch', f, '--policy', POLICY])).stdout);
    expect(rows.map(layers)).toEqual([LAYERS.C![1], LAYERS.C![2]]);
    // the fund against the cap: 8000 + 41528 = 49528, then + 7200
    expect(rows.map(totals)).toEqual([
      ['49528.00', '41472.00', '12909.60', '0.00'],
      ['56728.00', '44272.00', '14449.60', '0.00'],
    ]);
  });

  it('a disease written as the rulebook writes it, full-width brackets and all, is that disease', async () => {
    const f = join(tempDir(), 'kidney.csv');
    // 四: 慢性肾功能不全（非透析） 3000 a year; active 二级 80%; the year's 起付 300: (1300 − 300) × 80% = 800
    writeFileSync(f, 'person_id,date,scheme,status,benefit,tier,amount,disease\nK,2025-04-01,employee,active,chronic,2,1300,慢性肾功能不全（非透析）\n');
    const rows = readCsv((await yibao(['batch', f, '--policy', POLICY])).stdout);
    expect(rows.map((r) => [r.row_status, r.error, r.deductible_applied, r.fund_pays])).toEqual([['ok', '', '300.00', '800.00']]);
  });

  it('JSONL and xlsx carry the same layer columns', async () => {
    const jsonl = await yibao(['batch', INPUT, '--policy', POLICY, '--output-format', 'jsonl']);
    const lines = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string | null>);
    const s2 = lines.filter((l) => l.人员编号 === 'S')[1]!;
    expect([s2.first_pay, s2.second_layer_pays, s2.assistance_pays, s2.ytd_burden_after, s2.ytd_second_after, s2.ytd_assistance_after]).toEqual(['0.00', '23894.40', '0.00', '0.00', '23894.40', '0.00']);
    const d1 = lines.find((l) => l.人员编号 === 'D')!;
    expect([d1.second_layer_pays, d1.assistance_pays, d1.ytd_burden_after, d1.ytd_assistance_after]).toEqual(['2454.00', '7865.20', '13090.00', '7865.20']);
  });

  it('住院次数 as offices write it: 第二次, 二, 第3次 are the 2nd, 2nd and 3rd stays; a cell not one number is a row error naming it', async () => {
    // 三（一）: 职工二级 起付 800, the 2nd stay 70% = 560, the 3rd 30% = 240; 三（二）: 在职二级 85% of the
    // total above it (20000 ≤ 3万): (20000 − 560) × 85% = 16524.00; (20000 − 240) × 85% = 16796.00
    const f = join(tempDir(), 'stays.csv');
    const cells = ['第二次', '二', '第3次', '两', '第十次', '第二三次', '几', '二次半', '第零次'];
    const lines = cells.map((c, i) => `P${i},2025-06-01,职工,在职,住院,二级,20000,${c}`);
    writeFileSync(f, ['人员编号,就诊日期,险种,人员状态,待遇类型,医院级别,总费用,住院次数', ...lines].join('\n'));
    const rows = readCsv((await yibao(['batch', f, '--policy', POLICY])).stdout);
    expect(rows.map((r) => r.住院次数)).toEqual(cells);
    // 第十次: the 4th stay and later pay no 起付: 20000 × 85% = 17000.00
    expect(rows.slice(0, 5).map((r) => [r.row_status, r.deductible_applied, r.fund_pays])).toEqual([
      ['ok', '560.00', '16524.00'],
      ['ok', '560.00', '16524.00'],
      ['ok', '240.00', '16796.00'],
      ['ok', '560.00', '16524.00'],
      ['ok', '0.00', '17000.00'],
    ]);
    for (const r of rows.slice(5)) {
      expect(r.row_status, r.住院次数).toBe('error');
      expect(r.error).toContain('住院次数');
      expect(r.fund_pays).toBe('');
    }
  });
});
