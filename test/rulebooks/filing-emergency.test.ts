// 异地急诊抢救 (--filing emergency): 柘川 第二十四条「异地急诊抢救的，视同已备案」 (test/fixtures/filing5/zhechuan.yaml,
// fiction) says emergency care counts as filed without saying whether as long-term filing (第二十条, local
// 待遇) or a temporary trip (第二十二条, 省内市外 −10 points): filing.emergency null. Each kind is tried:
// where the funds differ, exit 3 naming it with both; where they agree, answered with a note. A stated
// kind is used and cited; a reading is used and said in every front end. Figures by hand: retiree 三级
// 90%, 起付 1000 × 80% = 800, 乙类药品 4000 × 5% = 200, 50000 − 3000 − 200 − 800 = 46000;
// long-term (local): × 90% = 41400.00; temporary 省内市外: × 80% = 36800.00.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';
import { calc, codes, pick, run } from './limits3-helpers.js';

const ZC = 'test/fixtures/filing5/zhechuan.yaml';
const RETIREE = (policy: string, ...more: string[]) =>
  calc(policy, '--date', '2026-05-06', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--amount', '50000', '--out-of-scope', '3000', '--class-b-drugs', '4000', '--class-b-items', '0', ...more);

/** The fixture with its emergency entry replaced by `entry` (YAML lines at its indentation), beside its sources. */
function withEmergency(entry: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'emergency-'));
  cpSync('test/fixtures/filing5/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(ZC, 'utf8').replace(/ {12}emergency:\n(?: {14}.*\n)+/, entry);
  const file = join(dir, 'zhechuan.yaml');
  writeFileSync(file, text);
  return file;
}

describe('第二十四条 without the kind (filing.emergency null)', () => {
  it('the kinds differ (41400.00 long-term, 36800.00 temporary 省内市外): exit 3 naming filing.emergency with both', async () => {
    const r = await yibao(RETIREE(ZC, '--filing', '急诊抢救', '--where', '省内'));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('inpatient.employee.filing.emergency');
    expect(r.stderr).toContain('41400.00');
    expect(r.stderr).toContain('36800.00');
    const j = JSON.parse((await yibao([...RETIREE(ZC, '--filing', 'emergency', '--where', '省内'), '--json'])).stdout);
    expect(j.error.code).toBe('unknown_parameter');
  });

  it('the kinds agree (700 under the 800 deductible: fund 0 either way): answered, the note said', async () => {
    const j = await run(calc(ZC, '--date', '2026-05-06', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--tier', '3', '--amount', '700', '--class-b', '0', '--filing', 'emergency', '--where', '省内'));
    expect(pick(j, 'fund_pays', 'cash_due')).toEqual(['0.00', '700.00']);
    expect(j.claim.filing).toBe('emergency');
    expect(j.warnings.find((w: { path: string }) => w.path === 'inpatient.employee.filing.emergency')).toMatchObject({ kind: 'note' });
  });

  it('--set gives the kind: temporary, 省内市外: 36800.00, marked as the user’s', async () => {
    const j = await run(RETIREE(ZC, '--filing', 'emergency', '--where', '省内', '--set', 'inpatient.employee.filing.emergency=temporary'));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.80', '36800.00']);
    expect(codes(j)).toContain('user_value');
  });

  it('a policy with no filing.emergency: exit 3 naming it', async () => {
    const r = await yibao(calc('test/fixtures/limits3/heting-inpatient.yaml', '--date', '2026-05-06', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '2', '--admission', '1', '--amount', '10000', '--filing', 'emergency'));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('inpatient.employee.filing.emergency');
  });
});

describe('a stated kind and a reading', () => {
  it('stated filed (long-term): 41400.00, the clause cited in the breakdown', async () => {
    const p = withEmergency('            emergency: { value: filed, source: zc, quote: 异地急诊抢救的，视同已备案 }\n');
    const j = await run(RETIREE(p, '--filing', 'emergency'));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.90', '41400.00']);
    const text = await yibao(RETIREE(p, '--filing', 'emergency'));
    expect(text.stdout).toContain('异地急诊抢救的，视同已备案');
  });

  it('a reading (temporary): 36800.00, said as a reading in text, JSON, say and batch', async () => {
    const p = withEmergency(
      '            emergency:\n              value: temporary\n              source: zc\n              quote: 异地急诊抢救的，视同已备案\n              reading: { zh: 急诊抢救多为临时外出途中发生，按临时外出就医备案计算, en: "Emergencies mostly happen on a temporary trip: settled as a temporary trip that filed" }\n              reading_short: { zh: 急诊抢救按临时外出就医备案算, en: emergency care taken as a temporary trip }\n',
    );
    const j = await run(RETIREE(p, '--filing', 'emergency', '--where', '省内'));
    expect(pick(j, 'ratio', 'fund_pays')).toEqual(['0.80', '36800.00']);
    expect(j.warnings.find((w: { path: string }) => w.path === 'inpatient.employee.filing.emergency')).toMatchObject({ kind: 'reading' });
    const text = await yibao(RETIREE(p, '--filing', 'emergency', '--where', '省内'));
    expect(text.stdout).toContain('异地急诊抢救视同临时外出就医已备案');
    expect(text.stdout).toContain('急诊抢救多为临时外出途中发生');
    const say = await yibao([...RETIREE(p, '--filing', 'emergency', '--where', '省内'), '--format', 'say']);
    expect(say.stdout).toContain('急诊抢救按临时外出就医备案算');
    const dir = mkdtempSync(join(tmpdir(), 'emergency-batch-'));
    const csv = join(dir, 'c.csv');
    writeFileSync(csv, ['就诊日期,参保类型,人员状态,待遇类型,医院级别,总费用,目录外费用,乙类药品费用,乙类诊疗项目费用,备案,就医地', '2026-05-06,职工,退休,住院,三级,50000,3000,4000,0,急诊,省内'].join('\n'));
    const b = await yibao(['batch', '--policy', p, csv, '--output-format', 'jsonl']);
    const row = JSON.parse(b.stdout.trim());
    expect([row.fund_pays, String(row.warnings)]).toEqual(['36800.00', expect.stringContaining('reading')]);
  });
});

describe('front ends', () => {
  it('policy show says the clause and the unknown; init has the key', async () => {
    const show = await yibao(['policy', 'show', ZC]);
    expect(show.stdout).toMatch(/异地急诊抢救:未知/);
    const init = await yibao(['policy', 'init', 'xincheng']);
    expect(init.stdout).toMatch(/ {6}emergency: \{ value: null/);
  });

  it('ask reads 在外地急诊抢救 as --filing emergency', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emergency-dir-'));
    cpSync('test/fixtures/filing5', dir, { recursive: true });
    const r = await yibao(['ask', '--policy-dir', dir, '--city', 'zhechuan', '--format', 'json', '2026年5月6日 职工退休 三级医院 住院 50000元 目录外3000 乙类药品4000 乙类诊疗项目0 在外地急诊抢救 省内']);
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toContain('inpatient.employee.filing.emergency');
  });
});
