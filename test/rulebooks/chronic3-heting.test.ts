// 鹤汀 (round-3 trial rulebook, test/fixtures/chronic3/sources/heting-2025-71.txt), 门诊慢特病 三, worked by hand:
// 三（一）「门诊慢特病起付标准按病种设定：高血压、糖尿病100元，冠心病、慢性阻塞性肺疾病200元；恶性肿瘤门诊治疗不设起付标准。
//   门诊慢特病起付标准一个年度内只收取一次。」 (disease_limits.diseases[].deductible, deductible_once);
// 三（三）2「各病种年度支付限额分别计算、分别使用，不得相互调剂」 (separate on each disease).
// HT-04 (decided) and HT-12 (undecided, three readings) are the trial's hand-worked claims (/work/trial3/heting/claims.json).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const FIXTURE = 'test/fixtures/chronic3/heting.yaml';

async function result(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const money = (j: { result: Record<string, string> }, keys: string[]) => keys.map((k) => j.result[k]);
const readings = (j: { warnings: { kind: string; path: string }[] }) => j.warnings.filter((w) => w.kind === 'reading').map((w) => w.path);

/** The fixture with `from` replaced by `to` (with its sources); its path. */
function hetingWith(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronic3-ht-'));
  cpSync('test/fixtures/chronic3/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(FIXTURE, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'heting.yaml'), text.replace(from, to));
  return join(dir, 'heting.yaml');
}

/** deductible_once taken as a reading with this option. */
const readAs = (option: string) =>
  hetingWith(
    '            value: null\n            source: ht\n            quote: 门诊慢特病起付标准一个年度内只收取一次\n',
    `            value: ${option}\n            source: ht\n            quote: 门诊慢特病起付标准一个年度内只收取一次\n            reading: { zh: 理解为 ${option}。, en: "read as ${option}." }\n            reading_short: { zh: 起付标准按 ${option} 收取, en: "the deductible as ${option}" }\n`,
  );

// HT-04: retiree, 糖尿病 at a 社区卫生服务中心 (一级), 600 with 200 乙类 drugs; both diseases' 起付 paid; 糖尿病 1850 of 2000 used
const HT04 = ['--date', '2026-10-14', '--scheme', 'employee', '--status', 'retired', '--age', '66', '--benefit', 'chronic', '--tier', '社区卫生服务中心', '--diseases', '高血压,糖尿病', '--disease', '糖尿病', '--amount', '600', '--class-b-drugs', '200', '--ytd-fund', '2150', '--ytd-deductible', '200', '--ytd-disease-deductible', '高血压=100', '--ytd-disease-deductible', '糖尿病=100', '--ytd-benefit-fund', '2150', '--ytd-disease-fund', '高血压=300', '--ytd-disease-fund', '糖尿病=1850', '--account', '300'];
// HT-12: resident 二档, 高血压 (起付 100 paid) now treated for 冠心病 at 二级, 800 with 300 乙类 drugs
const HT12 = ['--date', '2026-07-21', '--scheme', 'resident', '--grade', '二档', '--age', '63', '--benefit', 'chronic', '--tier', '2', '--diseases', '高血压,冠心病', '--disease', '冠心病', '--amount', '800', '--class-b-drugs', '300', '--ytd-fund', '500', '--ytd-deductible', '100', '--ytd-disease-deductible', '高血压=100', '--ytd-benefit-fund', '500', '--ytd-disease-fund', '高血压=500', '--ytd-disease-fund', '冠心病=0', '--ytd-burden', '3000'];

describe('三（一）: deductibles set by disease, charged once a year (diseases[].deductible, deductible_once)', () => {
  it('HT-04 (decided): 200 × 5% = 10; both diseases’ 100 paid: 起付 0 under every reading; 590 × (88% + 5) = 548.70; 糖尿病 2000 − 1850 = 150; account 300, cash 150', async () => {
    const j = await result(['calc', '--policy', FIXTURE, ...HT04]);
    expect(money(j, ['first_pay', 'deductible_applied', 'fund_before_cap', 'fund_pays', 'second_layer_pays', 'account_pays', 'cash_due'])).toEqual(['10.00', '0.00', '548.70', '150.00', '0.00', '300.00', '150.00']);
    expect(readings(j)).toEqual([]);
    expect(j.claim.ytd_disease_deductible).toEqual({ 高血压: '100.00', 糖尿病: '100.00' });
    const text = (await yibao(['calc', '--policy', FIXTURE, ...HT04])).stdout;
    expect(text).toContain('起付标准按病种设定:糖尿病 100.00 元');
    expect(text).toContain('各种理解本次结果相同');
  });

  it('HT-12 with the text left open (value: null): exit 3 naming deductible_once, with each reading’s fund (351.00 / 471.00 / 411.00)', async () => {
    const out = await yibao(['calc', '--policy', FIXTURE, ...HT12]);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('chronic.disease_limits.deductible_once');
    for (const fund of ['351.00', '471.00', '411.00']) expect(out.stderr).toContain(fund);
  });

  // 300 × 5% = 15; 785 in pooling; 二级 60%: 起付 200 → 585 × 60% = 351; 0 → 471; 100 → 411; burden 785 − fund (+0 乙类), 大病 0
  const cases = [
    ['per_disease', '200.00', '351.00', '449.00', '434.00'],
    ['per_person', '0.00', '471.00', '329.00', '314.00'],
    ['top_up', '100.00', '411.00', '389.00', '374.00'],
  ] as const;
  for (const [option, deductible, fund, cash, burden] of cases) {
    it(`HT-12 read as ${option}: 起付 ${deductible}, fund ${fund}, cash ${cash}, 大病 burden ${burden}; the reading said`, async () => {
      const j = await result(['calc', '--policy', readAs(option), ...HT12]);
      expect(money(j, ['first_pay', 'deductible_applied', 'fund_pays', 'cash_due', 'burden_added', 'second_layer_pays'])).toEqual(['15.00', deductible, fund, cash, burden, '0.00']);
      expect(readings(j)).toEqual(['chronic.disease_limits.deductible_once']);
    });
  }

  it('the reading is said only where the readings differ: a first 起付 of the year (none met) is charged in full with no reading', async () => {
    const j = await result(['calc', '--policy', readAs('per_person'), '--date', '2026-03-01', '--scheme', 'resident', '--grade', '一档', '--benefit', 'chronic', '--tier', '2', '--disease', '冠心病', '--amount', '1000']);
    // (1000 − 200) × 60% = 480
    expect(money(j, ['deductible_applied', 'fund_pays'])).toEqual(['200.00', '480.00']);
    expect(readings(j)).toEqual([]);
  });

  it('恶性肿瘤 has none (不设起付标准): 1000 × 60% = 600; per_disease with several diseases and no per-disease figure is an input error naming the flag', async () => {
    const j = await result(['calc', '--policy', FIXTURE, '--date', '2026-03-01', '--scheme', 'resident', '--grade', '一档', '--benefit', 'chronic', '--tier', '2', '--disease', '恶性肿瘤', '--amount', '1000']);
    expect(money(j, ['deductible_applied', 'fund_pays'])).toEqual(['0.00', '600.00']);
    const out = await yibao(['calc', '--policy', readAs('per_disease'), ...HT12.filter((_, i) => i < HT12.indexOf('--ytd-disease-deductible') || i > HT12.indexOf('--ytd-disease-deductible') + 1)]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--ytd-disease-deductible');
  });

  it('batch carries each disease’s 起付 per person (per_disease read): 高血压 100 charged; 糖尿病 its own 100 (a reading); 糖尿病 again 0', async () => {
    const policy = readAs('per_disease');
    const csv = join(mkdtempSync(join(tmpdir(), 'chronic3-ht-b-')), 'year.csv');
    writeFileSync(
      csv,
      ['person_id,date,scheme,status,benefit,tier,amount,disease,diseases', 'P1,2026-02-01,employee,active,chronic,2,1000,高血压,"高血压,糖尿病"', 'P1,2026-03-01,employee,active,chronic,2,1000,糖尿病,"高血压,糖尿病"', 'P1,2026-04-01,employee,active,chronic,2,1000,糖尿病,"高血压,糖尿病"', ''].join('\n'),
    );
    const out = await yibao(['batch', csv, '--policy', policy]);
    expect(out.code, out.stderr).toBe(0);
    const [head, ...rows] = out.stdout.trim().split('\n');
    const cols = head!.split(',');
    const cells = (row: string) => row.replace(/"[^"]*"/g, 'D').split(',');
    // (1000 − 100) × 85% = 765; (1000 − 100) × 85% = 765; 1000 × 85% = 850
    expect(rows.map((r) => [cells(r)[cols.indexOf('deductible_applied')], cells(r)[cols.indexOf('fund_pays')]])).toEqual([
      ['100.00', '765.00'],
      ['100.00', '765.00'],
      ['0.00', '850.00'],
    ]);
    expect(cells(rows[1]!).at(-1)).toContain('reading');
    expect(cells(rows[2]!).at(-1)).not.toContain('reading');
  });
});

describe('policy validate, show and init for deductibles by disease', () => {
  it('the benefit’s deductible may be left out only where every disease gives one (zh, en)', async () => {
    expect((await yibao(['policy', 'validate', FIXTURE])).code).toBe(0);
    const file = hetingWith('              deductible: { value: 0, source: ht, quote: 恶性肿瘤门诊治疗不设起付标准 }\n', '');
    const zh = await yibao(['policy', 'validate', file]);
    const en = await yibao(['policy', 'validate', file, '--lang', 'en']);
    expect(zh.code).toBe(2);
    expect(zh.stdout + zh.stderr).toContain('只有每个门诊慢特病病种都写了自己的 deductible 时才可不写');
    expect(en.stdout + en.stderr).toContain('every chronic disease gives its own deductible');
  });

  it('policy show says each disease’s deductible and the once-a-year question; init names both', async () => {
    const zh = (await yibao(['policy', 'show', FIXTURE])).stdout;
    expect(zh).toContain('起付线:按病种设定');
    expect(zh).toContain('本病种起付标准:100 元');
    expect(zh).toContain('多病种时一年只收一次的算法:未知');
    const en = (await yibao(['policy', 'show', FIXTURE, '--lang', 'en'])).stdout;
    expect(en).toContain('its own deductible: 200 yuan');
    const init = (await yibao(['policy', 'init', 'qingsong'])).stdout;
    expect(init).toContain('deductible_once');
  });
});
