// 大病's ratio ceiling and the groups' uplift: 苇川 五（二）「…此后个人负担费用每增加5万元，支付比例提高5个
// 百分点…最高不超过80%」 and 五（三）「特困人员、低保对象和返贫致贫人口…各段支付比例分别提高5个百分点」: the text
// does not say whether the +5 lifts the top band above 80% (WC-15, undecided). `second_layer.<scheme>.
// ratio_ceiling: { value: 0.8, …, after: { ratio_plus: yes | no | reading | unknown } }`.
// And 五（一）'s burden 「…超过统筹基金年度最高支付限额的部分」, silent on the part above a 乙类病种 limit
// (WC-14, undecided): `counts.above_cap` (the annual cap) apart from `counts.above_limit` (a disease limit).
// Expected fen: /work/trial3/weichuan/claims.json, re-derived below.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './small2-helpers.js';
import { WC_FILE, variant } from './layers3-helpers.js';

const CEILING_AT = '        cap: { value: 400000, source: wc, quote: 年度最高支付40万元 }\n';
const ceiling = (after: string): [string, string] => [CEILING_AT, `${CEILING_AT}        ratio_ceiling:\n          value: 0.8\n          source: wc\n          quote: 最高不超过80%\n          after:\n            ratio_plus: ${after}\n`];
const UNKNOWN = '{ value: null, note: { zh: 五（三）未说明提高后是否仍不超过80%。, en: "五（三） does not say whether 80% still holds after the +5." } }';
const READ_HELD = '{ value: true, source: wc, quote: 最高不超过80%, reading: { zh: 最高不超过80%也限制提高后的比例。, en: The 80% ceiling also holds after the +5. }, reading_short: { zh: 提高后最高仍为80%, en: "at most 80% after the +5" } }';

// WC-15: 低保 resident 55, 三级, 2nd stay; 起付 600 (the 1500 ceiling, given with --set)
const WC15 = ['--date', '2026-11-02', '--scheme', 'resident', '--age', '55', '--assistance', '低保对象', '--benefit', 'inpatient', '--tier', '3', '--admission', '2', '--amount', '100000', '--out-of-scope', '5000', '--class-b-drugs', '10000', '--class-b-items', '5000', '--ytd-fund', '100000', '--ytd-burden', '190000', '--ytd-second', '131475', '--ytd-assistance-deductible', '600', '--ytd-assistance', '20000', '--set', 'inpatient.resident.deductible.3=600'];

describe('大病 ratio ceiling after a group’s ratio_plus (苇川 五（二）/（三）, WC-15)', () => {
  // 乙类 600 + 600 = 1200; 93800 − 600 = 93200 × 62% = 57784.00; burden 100000 − 5000 − 57784 = 37216; 190000 → 227216
  it('held (no): 10000 × (75 + 5)% + 27216 × (80 + 5)% = 8000 + 23133.60 = 31133.60; 救助 (37216 − 31133.60) × 80% = 4865.92', async () => {
    const j = await run(['calc', '--policy', variant(WC_FILE, [ceiling('{ value: false, source: wc, quote: 各段支付比例分别提高5个百分点 }')]), ...WC15]);
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['57784.00', '31133.60', '4865.92', '6216.48']);
  });

  it('held (yes): the top band stays 80%: 8000 + 27216 × 80% = 29772.80; 救助 7443.20 × 80% = 5954.56; cash 6488.64', async () => {
    const j = await run(['calc', '--policy', variant(WC_FILE, [ceiling('{ value: true, source: wc, quote: 最高不超过80% }')]), ...WC15]);
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['57784.00', '29772.80', '5954.56', '6488.64']);
  });

  it('unknown: WC-15 is exit 3 naming the flag with both answers', async () => {
    const out = await yibao(['calc', '--policy', variant(WC_FILE, [ceiling(UNKNOWN)]), ...WC15]);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.resident.ratio_ceiling.after.ratio_plus');
    expect(out.stderr).toContain('31133.60');
    expect(out.stderr).toContain('29772.80');
  });

  it('unknown: WC-10-like 返贫致贫 claim below 20万 is answered (65% either way), nothing said', async () => {
    // WC-10 at local rates: burden 4000 → …; a 返贫致贫 claim with burden 4000 → 15267.28 only touches 60 + 5 = 65%
    const file = variant(WC_FILE, [ceiling(UNKNOWN)]);
    // 三级, 1st stay: 起付 900; (25000 − 1000 − 180 − 900) × 62% = 14210.40; burden 25000 − 1000 − 14210.40 = 9789.60
    // 4000 → 13789.60, above 8500: 5289.60 × 65% = 3438.24
    const j = await run(['calc', '--policy', file, '--date', '2026-07-20', '--scheme', 'resident', '--age', '45', '--assistance', '返贫致贫人口', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--amount', '25000', '--out-of-scope', '1000', '--class-b-drugs', '3000', '--ytd-burden', '4000']);
    expect(pick(j, 'fund_pays', 'second_layer_pays')).toEqual(['14210.40', '3438.24']);
    expect(JSON.stringify(j.warnings)).not.toContain('ratio_ceiling');
  });

  it('a reading: computed with the file’s option and said only where it changes the claim', async () => {
    const file = variant(WC_FILE, [ceiling(READ_HELD)]);
    const j = await run(['calc', '--policy', file, ...WC15]);
    expect(pick(j, 'second_layer_pays')).toEqual(['29772.80']);
    expect(JSON.stringify(j.warnings)).toContain('ratio_ceiling.after.ratio_plus');
    const text = await yibao(['calc', '--policy', file, ...WC15]);
    expect(text.stdout).toContain('最高不超过80%也限制提高后的比例');
    const say = await yibao(['calc', '--policy', file, ...WC15, '--format', 'say']);
    expect(say.stdout).toContain('提高后最高仍为80%');
  });

  it('validate and show: the ceiling and the flag in plain words (zh and en); init’s skeleton has it', async () => {
    const file = variant(WC_FILE, [ceiling(UNKNOWN)]);
    expect((await yibao(['policy', 'validate', file])).code).toBe(0);
    const zh = await yibao(['policy', 'show', file]);
    expect(zh.stdout).toMatch(/分段比例最高:.*80%/);
    expect(zh.stdout).toMatch(/特殊人群提高后是否仍受此限:未知/);
    const en = await yibao(['policy', 'show', file, '--lang', 'en']);
    expect(en.stdout).toMatch(/highest band ratio:.*80%/);
    const init = await yibao(['policy', 'init', 'weichuan']);
    expect(init.stdout).toContain('ratio_ceiling');
  });
});

describe('大病 burden: above the annual cap apart from above a disease limit (苇川 五（一）, WC-14)', () => {
  const LIMIT_AT = '          above_cap: { value: true, source: wc, quote: 超过统筹基金年度最高支付限额的部分 }\n';
  const limit = (v: string): [string, string] => [LIMIT_AT, `${LIMIT_AT}          above_limit: ${v}\n`];
  // WC-14: resident 高血压, 二级, 起付 300 met; 2000 × 60% = 1200; limit 1200, 1000 used: fund 200; burden from 16900
  const WC14 = ['--date', '2026-10-09', '--scheme', 'resident', '--age', '50', '--benefit', 'chronic', '--tier', '2', '--disease', '高血压', '--amount', '2000', '--ytd-fund', '40000', '--ytd-deductible', '300', '--ytd-benefit-fund', '1000', '--ytd-burden', '16900'];

  it('counted (as before, above_cap alone covers both): burden 800 + 1000 = 1800; 16900 → 18700: 1700 × 60% = 1020.00; cash 780.00', async () => {
    const j = await run(['calc', '--policy', WC_FILE, ...WC14]);
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'cash_due', 'ytd_burden_after')).toEqual(['200.00', '1020.00', '780.00', '18700.00']);
  });

  it('not counted: burden 800; 16900 → 17700: 700 × 60% = 420.00; cash 1380.00', async () => {
    const j = await run(['calc', '--policy', variant(WC_FILE, [limit('{ value: false, source: wc, quote: 超过统筹基金年度最高支付限额的部分 }')]), ...WC14]);
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'cash_due', 'ytd_burden_after')).toEqual(['200.00', '420.00', '1380.00', '17700.00']);
  });

  it('unknown: exit 3 naming counts.above_limit with both answers; a claim the limit does not cut is answered', async () => {
    const file = variant(WC_FILE, [limit('{ value: null, note: { zh: 五（一）只列超过年度最高支付限额的部分，未提病种限额。, en: "五（一） names the excess over the annual cap only." } }')]);
    const out = await yibao(['calc', '--policy', file, ...WC14]);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.resident.counts.above_limit');
    expect(out.stderr).toContain('1020.00');
    expect(out.stderr).toContain('420.00');
    // 500 × 60% = 300, within the 1200 limit (0 used): nothing above the limit, answered;
    // burden 500 − 300 = 200, 16900 → 17100: 100 × 60% = 60.00
    const j = await run(['calc', '--policy', file, ...WC14.slice(0, 14), '--amount', '500', '--ytd-deductible', '300', '--ytd-burden', '16900']);
    expect(pick(j, 'fund_pays', 'second_layer_pays')).toEqual(['300.00', '60.00']);
  });

  // An open rule that changes only the year's burden (carried_unknown, trial 8 澄湾 CW-13 / 朔原 SY-07): WC-14 with
  // the year's burden at 10000, far below the 17000 threshold: fund 200.00 both ways, 大病 0, cash 2000 − 200 = 1800.00;
  // the burden is 800 + 1000 (counted) = 1800 → 11800, or 800 → 10800. Answered, not exit 3; the year's total is each option's.
  const LOW = [...WC14.slice(0, -2), '--ytd-burden', '10000'];
  const OPEN = '{ value: null, note: { zh: 五（一）只列超过年度最高支付限额的部分，未提病种限额。, en: "五（一） names the excess over the annual cap only." } }';

  it('unknown, where only the year’s burden differs: answered (fund 200.00, cash 1800.00), the burden each option’s', async () => {
    const file = variant(WC_FILE, [limit(OPEN)]);
    const out = await yibao(['calc', '--policy', file, ...LOW, '--json']);
    expect(out.code).toBe(0);
    const j = JSON.parse(out.stdout);
    expect(pick(j, 'fund_pays', 'second_layer_pays', 'cash_due')).toEqual(['200.00', '0.00', '1800.00']);
    expect(j.result.ytd_burden_after).toBeNull();
    expect(j.result.burden_added).toBeNull();
    expect([...j.result.ytd_burden_after_options].sort()).toEqual(['10800.00', '11800.00']);
    const w = j.warnings.find((x: { code: string }) => x.code === 'carried_unknown');
    expect(w).toMatchObject({ kind: 'unknown', path: 'second_layer.resident.counts.above_limit' });
    expect(w.message).toContain('11800.00');
    expect(w.message).toContain('10800.00');
    const text = (await yibao(['calc', '--policy', file, ...LOW])).stdout;
    expect(text).toMatch(/1800\.00 或 800\.00\(未定\)|800\.00 或 1800\.00\(未定\)/);
    expect(text).toMatch(/11800\.00 或 10800\.00\(未定\)|10800\.00 或 11800\.00\(未定\)/);
  });

  it('batch: that row is answered with its burden cell empty; the person’s next row without its own burden fails, one with it computes', async () => {
    const file = variant(WC_FILE, [limit(OPEN)]);
    const dir = mkdtempSync(join(tmpdir(), 'carried-'));
    const csv = join(dir, 'rows.csv');
    // row 3: the office's figure 10800 given; 500 within the limit (300 × … as in the test above: fund 300, burden 200): 11000, below 17000
    writeFileSync(csv, [
      'person_id,date,scheme,age,benefit,tier,disease,amount,ytd_fund,ytd_deductible,ytd_benefit_fund,ytd_burden',
      'P,2026-10-09,resident,50,chronic,2,高血压,2000,40000,300,1000,10000',
      'P,2026-10-20,resident,50,chronic,2,高血压,500,,,,',
      'P,2026-10-21,resident,50,chronic,2,高血压,500,,,,10800',
    ].join('\n') + '\n');
    const out = await yibao(['batch', csv, '--policy', file, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.row_status)).toEqual(['ok', 'error', 'ok']);
    expect([rows[0].fund_pays, rows[0].cash_due, rows[0].ytd_burden_after]).toEqual(['200.00', '1800.00', null]);
    expect(rows[0].warnings).toContain('carried_unknown');
    expect(rows[1].error).toContain('ytd_burden');
    expect(rows[2].ytd_burden_after).toBe('11000.00');
  });

  it('show says what each counts (zh and en)', async () => {
    const file = variant(WC_FILE, [limit('{ value: false, source: wc, quote: 超过统筹基金年度最高支付限额的部分 }')]);
    const zh = await yibao(['policy', 'show', file]);
    expect(zh.stdout).toContain('超过病种限额、基金未付的部分');
    const en = await yibao(['policy', 'show', file, '--lang', 'en']);
    expect(en.stdout).toContain('what the fund did not pay above a disease limit');
  });
});
