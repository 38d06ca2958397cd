// The wizard asks a stay's day of discharge (optional: Enter skips) where it can change the answer,
// as calc takes --discharge-date: a fund cap a bed-day at the place chosen (bed-days counted from the
// two dates, bed_days; the days asked only when it is skipped), or a later version starting within a
// plausible stay of the admission (stay_version). The result goes through calc's path: exit 3 with
// both results where the policy leaves the count or the version unknown. Worked by hand from
// test/fixtures/stay5/qiwan.yaml (fiction): 乡镇卫生院 (一级) resident 一档, 4000.00, 目录外 100.00,
// 乙类药品 600.00 × 10% = 60.00 first; (4000 − 100 − 60 − 200) × 85% = 3094.00 before the cap of
// 150 a bed-day: 07-14 → 07-24 is 10 bed-days (出院减入院) → 1500.00, 11 (两端都计) → 1650.00. A third
// stay at 二级 (起付 400, 75%), 2000.00, 2025-02-20 → 2025-03-05 across 栖医保发〔2025〕3号 (from
// 2025-03-01): under 2024 起付 400 × 50% = 200, 1800 × 75% = 1350.00; under 2025 起付 0, 2000 × 75% = 1500.00.
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };
const FILE = 'test/fixtures/stay5/qiwan.yaml';
const BASE = ['calc', '--policy', FILE, '--benefit', 'inpatient', '--scheme', 'resident', '--grade', '1'];
// the amount left to ask, so that the wizard runs
const BEDS = [...BASE, '--tier', '乡镇卫生院', '--admission', '1', '--date', '2025-07-14', '--out-of-scope', '100', '--class-b-drugs', '600'];
const CROSS = [...BASE, '--tier', '2', '--admission', '3', '--date', '2025-02-20', '--class-b', '0'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (stdout: string): any => JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
const messages = (s: { asked: () => { message: string }[] }) => s.asked().map((q) => q.message);
const DISCHARGE_Q = (admission: string) => `这次住院哪天出院?(入院日期 ${admission};如 2025-07-24;住院天数和适用的政策按入院、出院日期算;不清楚就直接按 Enter)`;

describe('wizard: the day of admission, where --date is not given and the bed-days count from it', () => {
  const NO_DATE = BEDS.filter((x, i) => x !== '--date' && BEDS[i - 1] !== '--date');
  it('asked before the discharge: 07-14 and 07-24 are 10 or 11 bed-days, exit 3 with both (1500.00 / 1650.00) as calc says it', async () => {
    // amount; admission; discharge; details Enter; another Enter
    const s = scriptAnswers(['4000', '2025-07-14', '2025-07-24', '', '']);
    const r = await runYibao(NO_DATE, terminal);
    expect(r.code).toBe(3);
    expect(s.left()).toEqual([]);
    expect(s.asked()[1]!.message).toContain('这次住院哪天入院?');
    expect(s.asked()[2]).toMatchObject({ kind: 'text', message: DISCHARGE_Q('2025-07-14') });
    expect(r.stderr).toContain('床日数按出院日期减入院日期计:统筹基金支付 1500.00 元');
    expect(r.stderr).toContain('床日数入院、出院当日都计:统筹基金支付 1650.00 元');
  });
  it('--date given: not asked', async () => {
    const s = scriptAnswers(['4000', '2025-07-24', '', '']);
    await runYibao(BEDS, terminal);
    expect(messages(s).some((m) => m.includes('哪天入院'))).toBe(false);
  });
});

describe('wizard: the day of discharge where a cap a bed-day holds (bed_days)', () => {
  it('07-24 given, bed_days left out (unknown): the days not asked; exit 3 with both counts, as calc says it', async () => {
    // amount; discharge; details Enter; another Enter
    const s = scriptAnswers(['4000', '2025-07-24', '', '']);
    const r = await runYibao(BEDS, terminal);
    expect(r.code).toBe(3);
    expect(s.left()).toEqual([]);
    expect(s.asked()[1]).toMatchObject({ kind: 'text', message: DISCHARGE_Q('2025-07-14') });
    expect(messages(s).some((m) => m.includes('住了几天'))).toBe(false);
    expect(r.stderr).toContain('inpatient.resident.bed_days');
    expect(r.stderr).toContain('床日数按出院日期减入院日期计:统筹基金支付 1500.00 元');
    expect(r.stderr).toContain('床日数入院、出院当日都计:统筹基金支付 1650.00 元');
  });

  it('07-24 given with --set inpatient.resident.bed_days=both_ends: 11 bed-days, 1650.00 (said as the user’s)', async () => {
    scriptAnswers(['4000', '2025-07-24', '', '']);
    const r = await runYibao([...BEDS, '--set', 'inpatient.resident.bed_days=both_ends', '--format', 'json'], terminal);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r.stdout);
    expect([out.result.fund_before_cap, out.result.fund_pays]).toEqual(['3094.00', '1650.00']);
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('user_value');
  });

  it('Enter on the discharge day: the bed-days asked as before; 10 → 1500.00, 11 → 1650.00', async () => {
    const s = scriptAnswers(['4000', '', '10', '', '']);
    const r = await runYibao([...BEDS, '--format', 'json'], terminal);
    expect(r.code, r.stderr).toBe(0);
    expect(s.left()).toEqual([]);
    expect(messages(s)[2]).toContain('住了几天');
    expect(json(r.stdout).result.fund_pays).toBe('1500.00');
    scriptAnswers(['4000', '', '11', '', '']);
    expect(json((await runYibao([...BEDS, '--format', 'json'], terminal)).stdout).result.fund_pays).toBe('1650.00');
  });

  it('--days given: the discharge day not asked', async () => {
    const s = scriptAnswers(['4000', '', '']);
    const r = await runYibao([...BEDS, '--days', '10', '--format', 'json'], terminal);
    expect(s.left()).toEqual([]);
    expect(messages(s).some((m) => m.includes('哪天出院'))).toBe(false);
    expect(json(r.stdout).result.fund_pays).toBe('1500.00');
  });
});

describe('wizard: the day of discharge where a version starts during the stay (stay_version)', () => {
  it('2025-02-20 → 2025-03-05, a third stay, stay_version left out: exit 3 with both versions’ results', async () => {
    const s = scriptAnswers(['2000', '2025-03-05', '', '']);
    const r = await runYibao(CROSS, terminal);
    expect(r.code).toBe(3);
    expect(s.asked()[1]).toMatchObject({ kind: 'text', message: DISCHARGE_Q('2025-02-20') });
    expect(r.stderr).toContain('按入院日期 2025-02-20 适用的政策(2024-01-01 起施行的版本):统筹基金支付 1350.00 元,个人现金 650.00 元');
    expect(r.stderr).toContain('按出院日期 2025-03-05 适用的政策(2025-03-01 起施行的版本):统筹基金支付 1500.00 元,个人现金 500.00 元');
  });

  it('--set stay_version=discharge: 1500.00 under the 2025 version; Enter (no discharge day): 1350.00 by the admission day, as before', async () => {
    scriptAnswers(['2000', '2025-03-05', '', '']);
    const set = json((await runYibao([...CROSS, '--set', 'stay_version=discharge', '--format', 'json'], terminal)).stdout);
    expect([set.result.fund_pays, set.policy.version]).toEqual(['1500.00', '2025-03-01']);
    scriptAnswers(['2000', '', '', '']);
    const skipped = json((await runYibao([...CROSS, '--format', 'json'], terminal)).stdout);
    expect([skipped.result.fund_pays, skipped.policy.version]).toEqual(['1350.00', '2024-01-01']);
  });

  it('a stay with no version starting within a plausible stay, at a place with no cap a bed-day: not asked (2025-07-14, 二级)', async () => {
    const s = scriptAnswers(['2000', '', '']);
    const r = await runYibao([...BASE, '--tier', '2', '--admission', '3', '--date', '2025-07-14', '--class-b', '0', '--format', 'json'], terminal);
    expect(s.left()).toEqual([]);
    expect(messages(s).some((m) => m.includes('哪天出院'))).toBe(false);
    expect(json(r.stdout).result.fund_pays).toBe('1500.00');
  });
});
