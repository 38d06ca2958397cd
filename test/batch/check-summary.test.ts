// Issue 20: `check` names its totals (computed, reported, difference) and says on each mismatch row
// what decided the computed amount; the summary counts the total rows (合计) it refused; an error
// cell that quotes the input follows the CSV rule (no live formula); totals stay exact past 2^53 fen.
// Suizhou 2024, employee outpatient, active: deductible 500, tier 1 80%, annual cap 1300.
import { describe, expect, it } from 'vitest';
import { Tally, summaryText } from '../../src/batch/summary.js';
import { readCsv, tempFile, yibao } from './helpers.js';

const csvFile = (content: string | Uint8Array): string => tempFile(content);

const CHECK = [
  'person_id,date,scheme,status,tier,amount,reported_fund',
  'P1,2024-03-01,employee,active,1,1000,400', // (1000 − 500) × 80% = 400: agrees
  'P1,2024-04-01,employee,active,1,1000,850', // 1000 × 80% = 800: the ratio decided; 50 too much
  'P1,2024-05-01,employee,active,1,1000,800', // 800, but the cap leaves 1300 − 1200 = 100: the cap decided; 700 too much
  'P2,2024-03-01,employee,active,1,300,10', // all 300 goes to the deductible: 0; 10 too much
].join('\n');

describe('check: named totals and the reason of each mismatch', () => {
  it('the summary names the computed total (1300), the reported total (2060) and the difference (760)', async () => {
    const zh = await yibao(['check', csvFile(CHECK)]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/计算的统筹基金支付合计 1300\.00 元/);
    expect(zh.stderr).toMatch(/申报(的统筹基金支付)?合计 2060\.00 元/);
    expect(zh.stderr).toMatch(/差额[^\n]*760\.00 元/);
    const en = await yibao(['check', csvFile(CHECK), '--lang', 'en']);
    expect(en.stderr).toMatch(/computed fund payment 1300\.00 yuan/);
    expect(en.stderr).toMatch(/reported 2060\.00 yuan/);
    expect(en.stderr).toMatch(/difference \(reported − computed\) 760\.00 yuan/);
  });

  it('each mismatch row says what decided the amount: the ratio, the cap reached, the deductible', async () => {
    const rows = readCsv((await yibao(['check', csvFile(CHECK), '--lang', 'en'])).stdout);
    expect(rows.map((r) => [r.row_status, r.fund_pays, r.difference])).toEqual([
      ['ok', '400.00', '0.00'],
      ['mismatch', '800.00', '50.00'],
      ['mismatch', '100.00', '700.00'],
      ['mismatch', '0.00', '10.00'],
    ]);
    expect(rows[0]!.error).toBe('');
    expect(rows[1]!.error).toMatch(/^reported_fund: .*ratio.*1000\.00 × 80%/);
    expect(rows[2]!.error).toMatch(/^reported_fund: .*annual cap.*100\.00 (yuan )?left/);
    expect(rows[3]!.error).toMatch(/^reported_fund: .*deductible/);
    const zh = readCsv((await yibao(['check', csvFile(CHECK)])).stdout);
    expect(zh[2]!.error).toMatch(/封顶线/);
    expect(zh[3]!.error).toMatch(/起付线/);
  });
});

describe('total rows', () => {
  it('the summary says how many total rows were refused, and the exit code stays 1', async () => {
    const file = csvFile(
      ['person_id,date,scheme,status,tier,amount', 'P1,2024-03-01,employee,active,1,1000', '合计,,,,,1000', '总计,,,,,1000'].join('\n') + '\n',
    );
    const zh = await yibao(['batch', file]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/其中 2 行是合计行/);
    const en = await yibao(['batch', file, '--lang', 'en']);
    expect(en.stderr).toMatch(/2 of them total rows/);
  });
});

describe('an error cell follows the CSV rule', () => {
  it('a total row under a header that is a formula: the error cell is not a live formula', async () => {
    const file = csvFile(['=HYPERLINK("http://x";"y"),date,scheme,status,tier,amount', '合计,,,,,1000'].join('\n') + '\n');
    const out = (await yibao(['batch', file, '--date', '2024-03-01'])).stdout;
    const rows = readCsv(out);
    expect(rows[0]!.error).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0]!.error!.startsWith("'=HYPERLINK")).toBe(true);
  });

  it('--raw-cells keeps echoed cells raw, but never makes the error cell a formula', async () => {
    const file = csvFile(['=HYPERLINK("http://x";"y"),date,scheme,status,tier,amount', '合计,,,,,1000'].join('\n') + '\n');
    const rows = readCsv((await yibao(['batch', file, '--date', '2024-03-01', '--raw-cells'])).stdout);
    expect(rows[0]!.error).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('totals past 2^53 fen stay exact', () => {
  it('two fund payments of 2^53 − 1 fen add up exactly', () => {
    const t = new Tally();
    const big = Number.MAX_SAFE_INTEGER; // 9007199254740991 fen
    const settlement = { fundPays: big } as never;
    t.add({ status: 'ok', settlement });
    t.add({ status: 'ok', settlement });
    t.add({ status: 'ok', settlement: { fundPays: 1 } as never });
    // 2 × 9007199254740991 + 1 = 18014398509481983 fen
    expect(summaryText(t, 1, 'en')).toContain('fund paid 180143985094819.83 yuan in total');
  });
});

describe('running totals are bounded as inputs are', () => {
  it('a person whose year-to-date fund would pass 100,000,000 yuan (the most --ytd-fund takes): that row is an error, not counted', async () => {
    // Xianning residents, outpatient: 50% (inferred from the source's example), no deductible, cap unknown (not applied)
    const file = csvFile(['person_id,date,scheme,tier,amount', 'P,2024-03-01,resident,1,100000000', 'P,2024-03-02,resident,1,100000000', 'P,2024-03-03,resident,1,100000000'].join('\n') + '\n');
    const r = await yibao(['batch', file, '--city', 'xianning', '--lang', 'en']);
    const rows = readCsv(r.stdout);
    // 50,000,000 each: 50,000,000 then 100,000,000 (at the bound); the third would make 150,000,000
    expect(rows.map((x) => [x.row_status, x.ytd_fund_after])).toEqual([
      ['ok', '50000000.00'],
      ['ok', '100000000.00'],
      ['error', ''],
    ]);
    expect(rows[2]!.error).toMatch(/^ytd_fund: .*100,000,000/);
    expect(r.stderr).toContain('fund paid 100000000.00 yuan in total');
  });
});
