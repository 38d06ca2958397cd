// 乙类先行自付 by benefit: 鹤汀 一（二）2 「（1）住院：乙类药品10%，乙类诊疗项目12%；（2）门诊慢特病和
// 普通门诊统筹：乙类药品5%，乙类诊疗项目8%。职工医保、居民医保执行相同比例。」 → `first_pay.drugs` and
// `.items` keyed by benefit. The expected fen are the hand-worked trial claims of
// /work/trial3/heting/claims.json (re-derived below); a file with one share, or shares keyed by
// scheme and status, is unchanged (bailu/yunling goldens, test/rulebooks/small2-fengzhu.test.ts).
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { run, pick } from './small2-helpers.js';
import { HT_FILE, variant } from './layers3-helpers.js';

const HT = ['calc', '--policy', HT_FILE];

describe('乙类先行自付 by benefit (鹤汀 一（二）2)', () => {
  it('HT-01 住院: 6000.00 × 10% + 3000.00 × 12% = 960.00; (40000 − 2000 − 960 − 1000) × 82% = 29552.80', async () => {
    const j = await run([...HT, '--date', '2026-03-09', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--admission', '1', '--amount', '40000', '--out-of-scope', '2000', '--class-b-drugs', '6000', '--class-b-items', '3000']);
    expect(pick(j, 'first_pay', 'deductible_applied', 'fund_pays')).toEqual(['960.00', '1000.00', '29552.80']);
  });

  it('HT-04 门诊慢特病: 200.00 × 5% = 10.00; 590.00 × (88 + 5)% = 548.70; 糖尿病 limit 2000 − 1850 = 150.00', async () => {
    const j = await run([...HT, '--date', '2026-10-14', '--scheme', 'employee', '--status', 'retired', '--benefit', 'chronic', '--tier', '社区卫生服务中心', '--disease', '糖尿病', '--diseases', '高血压,糖尿病', '--amount', '600', '--class-b-drugs', '200', '--ytd-deductible', '200', '--ytd-fund', '2150', '--ytd-disease-fund', '高血压=300', '--ytd-disease-fund', '糖尿病=1850', '--account', '300']);
    expect(pick(j, 'first_pay', 'deductible_applied', 'fund_before_cap', 'fund_pays', 'account_pays', 'cash_due')).toEqual(['10.00', '0.00', '548.70', '150.00', '300.00', '150.00']);
  });

  it('HT-10 普通门诊: 200.00 × 5% + 100.00 × 8% = 18.00; (600 − 50 − 18) × (70 + 10)% = 425.60', async () => {
    const j = await run([...HT, '--date', '2026-09-15', '--scheme', 'employee', '--status', 'retired', '--benefit', 'outpatient', '--tier', '2', '--amount', '600', '--out-of-scope', '50', '--class-b-drugs', '200', '--class-b-items', '100', '--ytd-deductible', '300']);
    expect(pick(j, 'first_pay', 'fund_before_cap')).toEqual(['18.00', '425.60']);
  });

  it('HT-15 居民 门诊慢特病: 200.00 × 5% = 10.00; (400 − 20 − 10 − 100) × 70% = 189.00', async () => {
    const j = await run([...HT, '--date', '2026-03-16', '--scheme', 'resident', '--grade', '1', '--benefit', 'chronic', '--tier', '社区卫生服务中心', '--disease', '高血压', '--amount', '400', '--out-of-scope', '20', '--class-b-drugs', '200']);
    expect(pick(j, 'first_pay', 'deductible_applied', 'fund_pays')).toEqual(['10.00', '100.00', '189.00']);
  });

  it('the text breakdown quotes the benefit’s own rate, in zh and en; say reads it', async () => {
    const args = [...HT, '--date', '2026-09-15', '--scheme', 'employee', '--status', 'retired', '--benefit', 'outpatient', '--tier', '2', '--amount', '600', '--class-b-drugs', '200', '--class-b-items', '100', '--ytd-deductible', '300'];
    const zh = await yibao(args);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('200.00 元 × 5%');
    expect(zh.stdout).toContain('（2）门诊慢特病和普通门诊统筹：乙类药品5%');
    expect(zh.stdout).not.toContain('（1）住院：乙类药品10%');
    const en = await yibao([...args, '--lang', 'en']);
    expect(en.stdout).toContain('200.00 × 5%');
  });

  it('JSON names the benefit’s entry in the step’s sources', async () => {
    const j = await run([...HT, '--date', '2026-09-15', '--scheme', 'employee', '--status', 'retired', '--benefit', 'outpatient', '--tier', '2', '--amount', '600', '--class-b-drugs', '200', '--ytd-deductible', '300']);
    expect(JSON.stringify(j.steps)).toContain('乙类药品5%');
  });
});

describe('policy validate / show / init for a first_pay keyed by benefit', () => {
  it('validate accepts the file', async () => {
    const out = await yibao(['policy', 'validate', 'test/fixtures/layers3/heting.yaml']);
    expect(out.code, out.stderr + out.stdout).toBe(0);
  });

  it('show lists each benefit’s rates in plain words (zh and en)', async () => {
    const zh = await yibao(['policy', 'show', 'test/fixtures/layers3/heting.yaml']);
    expect(zh.stdout).toMatch(/乙类药品个人先行自付\(住院\).*10%/);
    expect(zh.stdout).toMatch(/乙类药品个人先行自付\(门诊慢特病\).*5%/);
    const en = await yibao(['policy', 'show', 'test/fixtures/layers3/heting.yaml', '--lang', 'en']);
    expect(en.stdout).toMatch(/class-B items, paid first \(general outpatient\).*8%/);
  });

  it('policy init’s skeleton says how to key the rates by benefit', async () => {
    const out = await yibao(['policy', 'init', 'heting']);
    expect(out.stdout).toContain('drugs: { inpatient: {…}, chronic: {…}, outpatient: {…} }');
  });
});

describe('first_pay keyed by benefit: what validate refuses, an unknown share, a benefit left out', () => {
  it('drugs and items naming different benefits is refused with both lists (zh and en)', async () => {
    const file = variant(HT_FILE, [["        outpatient: { value: 0.08, source: ht, quote: 乙类药品5%，乙类诊疗项目8% }\n", '']]);
    const zh = await yibao(['policy', 'validate', file]);
    expect(zh.code).toBe(2);
    expect(zh.stderr + zh.stdout).toContain('drugs 和 items 都按待遇分列时要写同样的待遇');
    const en = await yibao(['policy', 'validate', file, '--lang', 'en']);
    expect(en.stderr + en.stdout).toContain('they name the same benefits (drugs: inpatient, chronic, outpatient; items: inpatient, chronic)');
  });

  it('an unknown chronic share stops only a chronic claim with that cost, naming first_pay.drugs.chronic', async () => {
    const file = variant(HT_FILE, [['chronic: { value: 0.05, source: ht, quote: （2）门诊慢特病和普通门诊统筹：乙类药品5% }', 'chronic: { value: null, note: { zh: 未知。, en: Unknown. } }']]);
    const chronic = ['calc', '--policy', file, '--date', '2026-03-16', '--scheme', 'resident', '--grade', '1', '--benefit', 'chronic', '--tier', '1', '--disease', '高血压', '--amount', '400'];
    const stopped = await yibao([...chronic, '--class-b-drugs', '200']);
    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toContain('first_pay.drugs.chronic');
    // no 乙类 drugs: (400 − 100) × 70% = 210.00
    expect(pick(await run(chronic), 'fund_pays')).toEqual(['210.00']);
    // outpatient keeps its own 5%: 200 × 5% = 10.00
    const out = await run([...HT, '--date', '2026-03-16', '--scheme', 'resident', '--grade', '1', '--benefit', 'outpatient', '--tier', '1', '--amount', '300', '--class-b-drugs', '200']);
    expect(pick(out, 'first_pay')).toEqual(['10.00']);
  });

  it('a benefit the keyed shares leave out has no 乙类先行自付 (as with `benefits`)', async () => {
    const file = variant(HT_FILE, [
      ["        outpatient: { value: 0.05, source: ht, quote: （2）门诊慢特病和普通门诊统筹：乙类药品5% }\n", ''],
      ["        outpatient: { value: 0.08, source: ht, quote: 乙类药品5%，乙类诊疗项目8% }\n", ''],
    ]);
    // resident 一级 outpatient, no deductible: (300 − 0) × 60% = 180.00, nothing paid first
    const j = await run(['calc', '--policy', file, '--date', '2026-03-16', '--scheme', 'resident', '--grade', '1', '--benefit', 'outpatient', '--tier', '1', '--amount', '300', '--class-b-drugs', '200']);
    expect(pick(j, 'first_pay', 'fund_before_cap')).toEqual(['0.00', '180.00']);
  });

  it('say reads the benefit’s 18.00 paid first', async () => {
    const out = await yibao([...HT, '--date', '2026-09-15', '--scheme', 'employee', '--status', 'retired', '--benefit', 'outpatient', '--tier', '2', '--amount', '600', '--class-b-drugs', '200', '--class-b-items', '100', '--ytd-deductible', '300', '--format', 'say']);
    expect(out.stdout).toContain('乙类药品和诊疗项目先由您自付18元');
  });
});
