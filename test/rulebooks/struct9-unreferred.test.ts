// 分级诊疗 (a held-out trial found it missing; fiction): 槐阳 第四条 「参保居民未经转诊自行到三级医疗机构住院的，支付比例降低
// 10个百分点，急诊、抢救除外。参保职工未经转诊自行到二级及以上医疗机构住院的，支付比例降低5个百分点。」 → unreferred_cut
// { value, levels, emergency } on a scheme's rules, and the claim input --referred yes|no (--referred-from says yes; batch
// referred / 是否转诊; the wizard asks it at those levels; ask reads 没转诊自己去的 / 社区医院转过去的).
// Fixture: test/fixtures/struct9b/huaiyang.yaml (sources/huaiyang-2026-7.txt). Every value is worked by hand from the
// text before running: residents 起付 一级100、二级400、三级800, 90% / 75% / 60%; employees 起付 200 / 500 / 900,
// 92% / 90% / 88%, 退休 +5 held to 90%.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { rulebookNeeds } from '../../src/cli/wizard/rulebook-needs.js';
import { readQuestion } from '../../src/ask/parse.js';
import { fixtureVariant } from './fixture-variant.js';

const HY = 'test/fixtures/struct9b/huaiyang.yaml';
const stay = (policy: string, scheme: string, tier: string, ...more: string[]) => ['calc', '--policy', policy, '--date', '2026-03-01', '--benefit', 'inpatient', '--scheme', scheme, '--tier', tier, '--amount', '10000', ...more];
const resident = (tier: string, ...more: string[]) => stay(HY, 'resident', tier, ...more);

async function json(args: string[]) {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}
const codes = (j: { warnings: { code: string }[] }) => j.warnings.map((w) => w.code);

/** The fixture with one passage replaced, beside its sources. */
const variant = (from: string, to: string): string => fixtureVariant(HY, from, to);

const EMERGENCY_STATED = 'emergency: { value: exempt, source: hy, quote: 急诊、抢救除外 }';

describe('槐阳 第四条: a resident at 三级 without a referral loses 10 points, emergencies exempt', () => {
  it('not referred: 起付 800, (10000 − 800) × (60 − 10 = 50%) = 4600.00; cash 5400.00; JSON says the cut', async () => {
    const j = await json(resident('3', '--referred', 'no'));
    expect([j.result.deductible, j.result.ratio, j.result.fund_pays, j.result.cash_due]).toEqual(['800.00', '0.50', '4600.00', '5400.00']);
    expect(j.result.unreferred_cut).toEqual({ points: '0.10', why: 'not_referred', level: '3' });
    expect(j.claim.referred).toBe(false);
    // the emergency exemption exists and the claim did not speak to it: taken as not one, and told
    expect(codes(j)).toContain('emergency_assumed');
  });

  it('referred: 9200 × 60% = 5520.00; --referred-from says referred too (a policy without referral_deductible: the usual deductible, said)', async () => {
    const yes = await json(resident('3', '--referred', 'yes'));
    expect([yes.result.ratio, yes.result.fund_pays]).toEqual(['0.60', '5520.00']);
    expect(yes.result.unreferred_cut).toEqual({ points: '0.00', why: 'referred', level: '3' });
    expect(codes(yes)).not.toContain('emergency_assumed');
    const from = await json(resident('3', '--referred-from', '一级'));
    expect([from.result.deductible, from.result.fund_pays]).toEqual(['800.00', '5520.00']);
    expect(codes(from)).toContain('referral_general');
  });

  it('an emergency is exempt (急诊、抢救除外): 5520.00; --emergency no: 4600.00 with nothing assumed', async () => {
    const e = await json(resident('3', '--referred', 'no', '--emergency', 'yes'));
    expect([e.result.fund_pays, e.result.unreferred_cut.why]).toEqual(['5520.00', 'emergency']);
    const n = await json(resident('3', '--referred', '否', '--emergency', 'no'));
    expect(n.result.fund_pays).toBe('4600.00');
    expect(codes(n)).not.toContain('emergency_assumed');
  });

  it('a 二级 stay is not reached: not asked, 9600 × 75% = 7200.00, no unreferred_cut in JSON', async () => {
    const j = await json(resident('2'));
    expect([j.result.fund_pays, j.result.unreferred_cut]).toEqual(['7200.00', undefined]);
  });

  it('a 三级 stay that says neither is asked (exit 2), never assumed; --referred no beside --referred-from is exit 2', async () => {
    const out = await yibao(resident('3'));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--referred');
    expect(out.stderr).toContain('inpatient.resident.unreferred_cut');
    const both = await yibao(resident('3', '--referred', 'no', '--referred-from', '1'));
    expect(both.code).toBe(2);
    const word = await yibao(resident('3', '--referred', '也许'));
    expect(word.code).toBe(2);
  });

  it('care out of the area takes its filing’s rules: no cut, not asked', async () => {
    // the fixture has no filing rules: an out-of-area claim is exit 3 for the filing, not exit 2 for the referral
    const out = await yibao(resident('3', '--filing', 'unfiled'));
    expect(out.code).toBe(3);
    expect(out.stderr).not.toContain('--referred');
  });
});

describe('槐阳 第四条: employees at 二级 and above lose 5 points; no exception written, so emergencies too', () => {
  it('active 二级 not referred: (10000 − 500) × (90 − 5 = 85%) = 8075.00; an emergency the same', async () => {
    for (const more of [[], ['--emergency', 'yes']]) {
      const j = await json(stay(HY, 'employee', '2', '--status', 'active', '--referred', 'no', ...more));
      expect([j.result.ratio, j.result.fund_pays]).toEqual(['0.85', '8075.00']);
    }
  });

  it('a retiree at 三级: 88 + 5 = 93 held to 90, then − 5 = 85% → 9100 × 85% = 7735.00; referred 90% → 8190.00', async () => {
    const cut = await json(stay(HY, 'employee', '3', '--status', 'retired', '--referred', 'no'));
    expect([cut.result.ratio, cut.result.fund_pays]).toEqual(['0.85', '7735.00']);
    const ref = await json(stay(HY, 'employee', '3', '--status', 'retired', '--referred', 'yes'));
    expect([ref.result.ratio, ref.result.fund_pays]).toEqual(['0.90', '8190.00']);
  });

  it('一级 is not reached: 9800 × 92% = 9016.00 without asking', async () => {
    const j = await json(stay(HY, 'employee', '1', '--status', 'active'));
    expect(j.result.fund_pays).toBe('9016.00');
  });
});

describe('what the text leaves open', () => {
  it('emergency unknown: an unreferred emergency is exit 3 with both answers (exempt 5520.00, cut 4600.00) and the --set; --set settles it', async () => {
    const file = variant(EMERGENCY_STATED, 'emergency: { value: null, note: { zh: 测试：急诊是否除外未说明。, en: "test: not said" } }');
    const out = await yibao([...stay(file, 'resident', '3', '--referred', 'no', '--emergency', 'yes'), '--lang', 'en']);
    expect(out.code).toBe(3);
    for (const fund of ['5520.00', '4600.00']) expect(out.stderr).toContain(fund);
    expect(out.stderr).toContain('inpatient.resident.unreferred_cut.emergency');
    // not an emergency: the exemption cannot change it
    expect((await json(stay(file, 'resident', '3', '--referred', 'no'))).result.fund_pays).toBe('4600.00');
    const set = await json(stay(file, 'resident', '3', '--referred', 'no', '--emergency', 'yes', '--set', 'inpatient.resident.unreferred_cut.emergency=applies'));
    expect(set.result.fund_pays).toBe('4600.00');
    expect(codes(set)).toContain('user_value');
  });

  it('emergency as a reading: used (exempt, 5520.00) and said as a reading on the emergency it changes', async () => {
    const file = variant(EMERGENCY_STATED, 'emergency: { value: exempt, source: hy, quote: 急诊、抢救除外, reading: { zh: 测试：抢救包括急诊住院。, en: "test: a reading" } }');
    const j = await json(stay(file, 'resident', '3', '--referred', 'no', '--emergency', 'yes'));
    expect(j.result.fund_pays).toBe('5520.00');
    expect(codes(j)).toContain('reading');
  });

  it('levels unknown: an unreferred stay is exit 3 naming levels; a referred one answered (5520.00); --set levels=3', async () => {
    const file = variant('levels: { value: ["3"], source: hy, quote: 参保居民未经转诊自行到三级医疗机构住院的 }', 'levels: { value: null, note: { zh: 测试：级别未说明。, en: "test: not said" } }');
    const out = await yibao(stay(file, 'resident', '3', '--referred', 'no'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.unreferred_cut.levels');
    expect((await json(stay(file, 'resident', '3', '--referred', 'yes'))).result.fund_pays).toBe('5520.00');
    // levels 3 only: a 二级 stay unreferred is not cut, 7200.00
    expect((await json(stay(file, 'resident', '2', '--referred', 'no', '--set', 'inpatient.resident.unreferred_cut.levels=3'))).result.fund_pays).toBe('7200.00');
    expect((await json(stay(file, 'resident', '3', '--referred', 'no', '--set', 'inpatient.resident.unreferred_cut.levels=3'))).result.fund_pays).toBe('4600.00');
  });

  it('the points unknown: exit 3 naming them on a stay they cut; --set …unreferred_cut=0.2: 9200 × 40% = 3680.00', async () => {
    const file = variant('          unreferred_cut:\n            value: 0.1\n            source: hy\n', '          unreferred_cut:\n            value: null\n            note: { zh: 测试：降低幅度未说明。, en: "test: not said" }\n            source: hy\n');
    const out = await yibao(stay(file, 'resident', '3', '--referred', 'no'));
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.unreferred_cut');
    expect((await json(stay(file, 'resident', '3', '--referred', 'yes'))).result.fund_pays).toBe('5520.00');
    expect((await json(stay(file, 'resident', '3', '--referred', 'no', '--set', 'inpatient.resident.unreferred_cut=0.2'))).result.fund_pays).toBe('3680.00');
  });

  it('the cut against the ceiling left open (unreferred_cut_first: null): a retiree at 三级 is exit 3 with 7735.00 and 8008.00', async () => {
    // after (as facility_cut): 88 + 5 = 93 → 90, − 5 = 85% → 7735.00; first: 88 − 5 = 83, + 5 = 88% → 9100 × 88% = 8008.00
    const open = variant('            quote: 提高后最高不超过90%\n', '            quote: 提高后最高不超过90%\n            unreferred_cut_first: { value: null, note: { zh: 测试：先后未说明。, en: "test: not said" } }\n');
    const out = await yibao(stay(open, 'employee', '3', '--status', 'retired', '--referred', 'no'));
    expect(out.code).toBe(3);
    for (const fund of ['7735.00', '8008.00']) expect(out.stderr).toContain(fund);
    expect(out.stderr).toContain('inpatient.employee.uplift_ceiling.unreferred_cut_first');
    // an active employee has no uplift: 88 − 5 = 83% either way, answered (9100 × 83% = 7553.00)
    expect((await json(stay(open, 'employee', '3', '--status', 'active', '--referred', 'no'))).result.fund_pays).toBe('7553.00');
    const first = await json(stay(open, 'employee', '3', '--status', 'retired', '--referred', 'no', '--set', 'inpatient.employee.uplift_ceiling.unreferred_cut_first=true'));
    expect([first.result.ratio, first.result.fund_pays]).toEqual(['0.88', '8008.00']);
  });
});

describe('the front ends', () => {
  it('the breakdown and say name the cut and its clause', async () => {
    const text = (await yibao(resident('3', '--referred', 'no'))).stdout;
    expect(text).toContain('报销比例 50%(未经转诊自行到三级医疗机构,降低 10 个百分点):9200.00 × 50% = 4600.00 元');
    expect(text).toContain('参保居民未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点，急诊、抢救除外');
    const emergency = (await yibao(resident('3', '--referred', 'no', '--emergency', 'yes'))).stdout;
    expect(emergency).toContain('急诊、抢救,不按未经转诊降低');
    const say = (await yibao([...resident('3', '--referred', 'no', '--emergency', 'no'), '--format', 'say'])).stdout;
    expect(say).toContain('您这次没有经过转诊,自己到三级医疗机构就医,报销比例降低10个百分点');
  });

  it('batch reads 是否转诊: 否 → 4600.00, 是 → 5520.00, a 二级 row without it → 7200.00, a 三级 row without it is a row error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-unreferred-batch-'));
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, '人员编号,就诊日期,参保类型,待遇类型,医院级别,总费用,是否转诊\nP1,2026-03-01,居民,住院,三级,10000,否\nP2,2026-03-01,居民,住院,三级,10000,是\nP3,2026-03-01,居民,住院,二级,10000,\nP4,2026-03-01,居民,住院,三级,10000,\n');
    const out = await yibao(['batch', csv, '--policy', HY, '--output-format', 'jsonl']);
    expect(out.code).toBe(1);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r: { row_status: string; fund_pays: string }) => [r.row_status, r.fund_pays])).toEqual([
      ['ok', '4600.00'],
      ['ok', '5520.00'],
      ['ok', '7200.00'],
      ['error', null],
    ]);
    expect(rows[3].error).toContain('转诊');
  });

  it('show, init and validate speak the key', async () => {
    const show = (await yibao(['policy', 'show', HY])).stdout;
    expect(show).toContain('未经转诊自行就医的,比例降低');
    expect(show).toContain('10 个百分点');
    expect(show).toContain('二级、三级');
    const init = (await yibao(['policy', 'init', 'huaiyang'])).stdout;
    expect(init).toContain('# unreferred_cut:');
    expect(init).toContain('unreferred_cut_first');
    const bad = variant('levels: { value: ["3"], source: hy, quote: 参保居民未经转诊自行到三级医疗机构住院的 }', 'levels: { value: null }');
    const v = await yibao(['policy', 'validate', bad]);
    expect(v.code).toBe(2);
    expect(v.stderr + v.stdout).toContain('levels');
  });

  it('the wizard asks it only at a level it reaches; ask reads 没转诊自己去的 / 自己去三甲住院 / 社区医院转过去的', async () => {
    const { policy } = await loadPolicyFile(HY);
    const needs = (scheme: 'resident' | 'employee', tier: string) => rulebookNeeds(policy, { date: '2026-03-01', scheme, benefit: 'inpatient', tier: tier as '1' });
    expect(needs('resident', '3')).toEqual(expect.arrayContaining(['referred', 'unreferred_emergency']));
    expect(needs('resident', '2')).not.toContain('referred');
    expect(needs('employee', '2')).toContain('referred');
    expect(needs('employee', '2')).not.toContain('unreferred_emergency');
    const asked = new Set(['referred', 'emergency']);
    const no = readQuestion('居民 三级医院住院 没转诊自己去的 花了10000元', asked);
    expect(no.kind === 'claim' && [no.claim.raw.referred, no.claim.raw.tier]).toEqual(['no', '3']);
    const self = readQuestion('居民 自己去三甲住院 花了10000元', asked);
    expect(self.kind === 'claim' && [self.claim.raw.referred, self.claim.raw.tier]).toEqual(['no', '3']);
    const yes = readQuestion('居民 社区医院转过去的 在三级医院住院 花了10000元', asked);
    expect(yes.kind === 'claim' && [yes.claim.raw.referred, yes.claim.raw.tier]).toEqual(['yes', '3']);
  });

  it('ask answers the caller: 没转诊自己去的三级医院 → 4600.00, said as 未经转诊', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-unreferred-dir-'));
    cpSync('test/fixtures/struct9b', dir, { recursive: true });
    const out = await yibao(['ask', '--policy-dir', dir, '--city', 'huaiyang', '--date', '2026-03-01', '--format', 'json', '我是居民，没转诊自己去的三级医院住院，花了10000元']);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout).result.fund_pays).toBe('4600.00');
    const said = await yibao(['ask', '--policy-dir', dir, '--city', 'huaiyang', '--date', '2026-03-01', '居民 社区医院转过去的 在三级医院住院 花了10000元']);
    expect(said.stdout).toContain('经转诊');
    expect(said.stdout).toContain('5,520.00');
  });
});

describe('only its own benefit', () => {
  it('a chronic disease group paid at the inpatient ratio (苇川 ratio_of: inpatient) takes the ratio, not the inpatient cut nor its question', async () => {
    // the 苇川 fixture with a fictional inpatient.employee unreferred_cut added (levels 3, 5 points)
    const dir = mkdtempSync(join(tmpdir(), 'yibao-unreferred-wc-'));
    cpSync('test/fixtures/chronic3/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync('test/fixtures/chronic3/weichuan.yaml', 'utf8');
    const at = '          deductible_period: { value: admission, source: wc, quote: 起付标准按次收取 }\n';
    expect(text).toContain(at);
    const file = join(dir, 'weichuan.yaml');
    writeFileSync(file, text.replace(at, `${at}          unreferred_cut: { value: 0.05, source: wc, quote: 测试：未经转诊降低5个百分点, levels: { value: ["3"], source: wc, quote: 测试：三级 } }\n`));
    // the retiree's 放化疗 at 三级: 89% as before (chronic3-weichuan: 10000 × 89% = 8900.00), not asked --referred
    const chronic = await json(['calc', '--policy', file, '--date', '2026-06-05', '--scheme', 'employee', '--status', 'retired', '--benefit', 'chronic', '--tier', '3', '--disease', '放化疗', '--amount', '10000']);
    expect([chronic.result.fund_pays, chronic.result.unreferred_cut]).toEqual(['8900.00', undefined]);
    // an inpatient stay there is asked
    const stayOut = await yibao(['calc', '--policy', file, '--date', '2026-06-05', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--amount', '10000']);
    expect(stayOut.code).toBe(2);
    expect(stayOut.stderr).toContain('--referred');
  });
});
