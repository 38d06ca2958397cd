// A parameter's name in messages (warnings, errors, batch errors, say) names a level, a status, a
// grade, a band and a facility in words, never by the policy file's key: 报销比例(二级), not 报销比例(2);
// (在职, 二级), not (active, 2); (一档, 三级), not (grade_1, 3); a band's ratio at a level is
// (第1段, 比例, 三级), not (第1段, 比例, 第4段). A schedule entry's index is not a level.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paramWords } from '../../src/engine/messages.js';
import { runYibao } from '../helpers/cli.js';

describe('paramWords: keys in words', () => {
  it.each([
    ['outpatient.employee.ratio.2', '职工医保普通门诊报销比例(二级)', 'general outpatient ratio of employee insurance (level 2)'],
    ['outpatient.employee.ratio.active.2', '职工医保普通门诊报销比例(在职, 二级)', 'general outpatient ratio of employee insurance (active, level 2)'],
    ['outpatient.employee.cap.retired', '职工医保普通门诊封顶线(退休)', 'general outpatient annual cap of employee insurance (retired)'],
    ['inpatient.resident.ratio.grade_1.3', '居民医保住院报销比例(一档, 三级)', 'inpatient ratio of resident insurance (grade 1, level 3)'],
    ['inpatient.employee.bands.0.ratio.3', '职工医保住院分段报销比例(第1段, 比例, 三级)', 'inpatient banded ratio of employee insurance (band 1, ratio, level 3)'],
    ['inpatient.employee.bands.1.ratio', '职工医保住院分段报销比例(第2段, 比例)', 'inpatient banded ratio of employee insurance (band 2, ratio)'],
    ['inpatient.employee.deductible.三级甲等医院', '职工医保住院起付线(三级甲等医院)', 'inpatient deductible of employee insurance (三级甲等医院)'],
    ['outpatient.employee.ratio.community', '职工医保普通门诊报销比例(社区医疗机构)', 'general outpatient ratio of employee insurance (community facility)'],
  ])('%s', (path, zh, en) => {
    expect(paramWords(path)).toEqual({ zh, en });
  });

  it('a later-admission schedule entry keeps its index (not a level)', () => {
    expect(paramWords('inpatient.employee.deductible_schedule.active.1').zh).toBe('职工医保住院起付线(按住院次数)(在职, 1)');
  });
});

describe('the words reach the output', () => {
  const claim = ['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'retired', '--tier', '2', '--amount', '2000', '--set', 'outpatient.employee.ratio.2=0.7'];

  it('text: 随州 --set outpatient.employee.ratio.2: 报销比例(二级), the --set path kept as typed', async () => {
    const r = await runYibao(claim);
    expect(r.stdout).toContain('职工医保普通门诊报销比例(二级) = 70% 由用户通过 --set outpatient.employee.ratio.2 假定,未经来源核实。');
    expect(r.stdout).not.toContain('报销比例(2)');
  });

  it('json, en: (level 2)', async () => {
    const r = await runYibao([...claim, '--format', 'json', '--lang', 'en']);
    const out = JSON.parse(r.stdout);
    expect(out.warnings.map((w: { message: string }) => w.message)).toContain('The general outpatient ratio of employee insurance (level 2) = 70% is assumed by the user (--set outpatient.employee.ratio.2), not from the sources.');
  });

  it('batch notes: the same words in the summary', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yibao-pw-')), 'claims.csv');
    writeFileSync(file, 'date,scheme,status,tier,amount\n2024-06-01,employee,retired,2,2000\n');
    const r = await runYibao(['batch', file, '--set', 'outpatient.employee.ratio.2=0.7']);
    expect(r.stderr).toContain('注意(1 行):职工医保普通门诊报销比例(二级) = 70% 由用户通过 --set outpatient.employee.ratio.2 假定,未经来源核实。');
  });
});

describe('a rule outside a benefit (大病 / 大额): its keyed value in words', () => {
  it.each([
    ['second_layer.employee.ratio.retired', '大额医疗费用补助报销比例(退休)', 'large-amount supplement ratio (retired)'],
    ['second_layer.resident.cap.grade_2', '大病保险封顶线(二档)', 'critical-illness insurance annual cap (grade 2)'],
    ['second_layer.resident', '大病保险', 'critical-illness insurance'],
  ])('%s', (path, zh, en) => {
    expect(paramWords(path)).toEqual({ zh, en });
  });
});

describe('an unknown keyed value (exit 3) is named in words, then by its path: text, JSON, say, en', () => {
  // 鹤汀 (test/fixtures/chronic3/heting.yaml) with 大额's 退休 ratio and 大病's 二档 cap made unknown
  const dir = mkdtempSync(join(tmpdir(), 'yibao-pw-unknown-'));
  cpSync('test/fixtures/chronic3/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync('test/fixtures/chronic3/heting.yaml', 'utf8');
  const retired = 'retired: { value: 0.95, source: ht, quote: 在职人员支付90%，退休人员支付95% }';
  const grade2 = 'grade_2: { value: 400000, source: ht, quote: 一档缴费人员30万元，二档缴费人员40万元 }';
  expect(text).toContain(retired);
  expect(text).toContain(grade2);
  const file = join(dir, 'heting.yaml');
  writeFileSync(file, text.replace(retired, 'retired: { value: null, note: { zh: 测试：未知。, en: "test: unknown." } }').replace(grade2, 'grade_2: { value: null, note: { zh: 测试：未知。, en: "test: unknown." } }'));
  // fund 299990 of the shared 300000 cap: this chronic claim goes above it, into 大额 (retired)
  const retiree = ['calc', '--policy', file, '--date', '2026-10-14', '--scheme', 'employee', '--status', 'retired', '--age', '66', '--benefit', 'chronic', '--tier', '1', '--disease', '糖尿病', '--amount', '600', '--ytd-fund', '299990', '--ytd-deductible', '100', '--ytd-benefit-fund', '100'];
  // a burden of 30000 this year, above 大病's 21000 threshold: 二档's cap is needed
  const grade = ['calc', '--policy', file, '--date', '2026-10-14', '--scheme', 'resident', '--grade', '二档', '--age', '66', '--benefit', 'chronic', '--tier', '1', '--disease', '糖尿病', '--amount', '3000', '--ytd-burden', '30000'];

  it('text and say: 大额医疗费用补助报销比例(退休)', async () => {
    for (const format of ['text', 'say']) {
      const r = await runYibao([...retiree, '--format', format]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('来源未说明大额医疗费用补助报销比例(退休)(second_layer.employee.ratio.retired:测试：未知)');
    }
  });

  it('JSON and en: 大病保险封顶线(二档) / critical-illness insurance annual cap (grade 2)', async () => {
    const j = await runYibao([...grade, '--json']);
    expect(j.code).toBe(3);
    expect(JSON.parse(j.stdout).error.message).toContain('来源未说明大病保险封顶线(二档)(second_layer.resident.cap.grade_2:测试：未知)');
    const en = await runYibao([...grade, '--lang', 'en']);
    expect(en.stderr).toContain('the sources do not state the critical-illness insurance annual cap (grade 2) (second_layer.resident.cap.grade_2: test: unknown)');
  });
});
