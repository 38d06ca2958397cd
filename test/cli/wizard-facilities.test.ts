// The wizard's level question offers the policy's facility names (policy model 2 `facilities`:
// 社区卫生服务中心, 乡镇卫生院, 村卫生室, 三级甲等医院 …) after its levels, and a facility chosen there
// reaches the engine as `calc --tier <name>` does: its level, its own standard, the benefits it is
// refused, or the stop that its level is not stated. Figures worked out by hand from
// examples/rulebooks/bailu.yaml (一、五) and test/fixtures/ratio/qingou.yaml (一（一）, 三).
// Suizhou (model 1, no facilities) offers its levels as before.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const { tierChoices } = await import('../../src/cli/wizard/questions.js');
const { loadPolicyFile } = await import('../../src/policy/load.js');
const { policy: bailu } = await loadPolicyFile('examples/rulebooks/bailu.yaml');
const { policy: qingou } = await loadPolicyFile('test/fixtures/ratio/qingou.yaml');
const { policy: suizhou } = await loadPolicyFile('policies/suizhou.yaml');

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };
const BAILU = ['calc', '--policy', 'examples/rulebooks/bailu.yaml', '--date', '2025-03-01'];
const QINGOU = ['calc', '--policy', 'test/fixtures/ratio/qingou.yaml', '--date', '2025-03-01'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const result = (stdout: string): any => JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1)).result;

describe('the level question: the policy\'s facilities', () => {
  it('白鹭: the three levels, then 社区卫生服务中心 and 乡镇卫生院 (paid as 一级) and the two whose level the text does not state', () => {
    const choices = tierChoices(bailu, 'zh');
    expect(choices.map((c) => c.value)).toEqual(['1', '2', '3', '社区卫生服务中心', '乡镇卫生院', '社区卫生服务站', '村卫生室']);
    expect(choices[3]).toMatchObject({ name: '社区卫生服务中心', description: '本地按一级医疗机构报销' });
    expect(choices[6]!.description).toBe('资料没有说明村卫生室按哪一级报销;收费票据上写了医院等级的,请选那一级。');
  });

  it('青鸥: 三级甲等医院 (its alias beside it) with its own standard; 村卫生室 for general outpatient only, its inpatient costs refused', () => {
    const choices = tierChoices(qingou, 'zh');
    expect(choices.map((c) => c.value)).toEqual(['1', '2', '3', '三级甲等医院', '社区卫生服务中心', '村卫生室']);
    expect(choices[3]).toMatchObject({ name: '三级甲等医院(三甲医院)', description: '有单列的报销标准;没有单列的按三级医疗机构报销' });
    expect(choices[5]).toMatchObject({ name: '村卫生室(社区卫生服务站)', description: '本地按一级医疗机构报销(只限普通门诊);住院费用统筹基金不予支付' });
  });

  it('in English: one sentence each', () => {
    const choices = tierChoices(qingou, 'en');
    expect(choices[3]!.description).toBe('Has a standard of its own; where none is set, paid as a level-3 facility.');
    expect(choices[5]!.description).toBe('Paid here as a level-1 facility (general outpatient only); the fund does not pay inpatient costs there.');
  });

  it('随州 (no facilities): its levels as before', () => {
    expect(tierChoices(suizhou, 'zh').map((c) => c.value)).toEqual(['1', '2', '3', 'community']);
  });
});

describe('a facility chosen in the wizard is settled as calc --tier <name>', () => {
  it('白鹭 乡镇卫生院, an active employee\'s outpatient 3000: 一级 75% after the 1000 deductible = 1500.00, as calc --tier 乡镇卫生院', async () => {
    const flags = ['--benefit', 'outpatient', '--scheme', 'employee', '--status', 'active', '--amount', '3000', '--format', 'json'];
    // level: 乡镇卫生院; 乙类药品 Enter, 项目 Enter; 救助 Enter; details Enter; another Enter
    const s = scriptAnswers(['乡镇卫生院', '', '', '', '', '']);
    const r = await runYibao([...BAILU, ...flags], terminal);
    expect(r.code).toBe(0);
    expect(s.left()).toEqual([]);
    expect(s.asked()[0]!.choices).toContain('乡镇卫生院');
    expect(s.asked()[0]!.message).toBe('看病的医院是几级,或是哪一类机构?(医院等级:看收费票据,医院门口的牌子上也写着)');
    const wizard = result(r.stdout);
    expect(wizard.fund_pays).toBe('1500.00');
    const calc = await runYibao([...BAILU, ...flags, '--tier', '乡镇卫生院']);
    expect(wizard).toEqual(result(calc.stdout));
  });

  it('--tier 乡镇卫生院 as a flag with the amount left to ask: the wizard takes it (no usage error) and asks the amount', async () => {
    const s = scriptAnswers(['3000', '', '', '', '', '']);
    const r = await runYibao([...BAILU, '--benefit', 'outpatient', '--scheme', 'employee', '--status', 'active', '--tier', '乡镇卫生院', '--format', 'json'], terminal);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(s.left()).toEqual([]);
    expect(result(r.stdout).fund_pays).toBe('1500.00');
  });

  it('青鸥 三级甲等医院, a 一档 resident\'s first stay of 20000: its own 起付 1100 and 52% = (20000 − 1100) × 52% = 9828.00 (a plain 三级: 800, 58%)', async () => {
    const flags = ['--benefit', 'inpatient', '--scheme', 'resident', '--grade', '一档', '--admission', '1', '--class-b-drugs', '0', '--class-b-items', '0', '--amount', '20000', '--format', 'json'];
    const s = scriptAnswers(['三级甲等医院', '', '']);
    const r = await runYibao([...QINGOU, ...flags], terminal);
    expect(r.code).toBe(0);
    expect(s.left()).toEqual([]);
    const wizard = result(r.stdout);
    expect([wizard.deductible_applied, wizard.fund_pays]).toEqual(['1100.00', '9828.00']);
    expect(wizard).toEqual(result((await runYibao([...QINGOU, ...flags, '--tier', '三级甲等医院'])).stdout));
  });

  it('青鸥 村卫生室, a resident\'s inpatient 5000: refused there (其住院费用统筹基金不予支付), the fund pays 0', async () => {
    const flags = ['--benefit', 'inpatient', '--scheme', 'resident', '--grade', '一档', '--admission', '1', '--class-b-drugs', '0', '--class-b-items', '0', '--amount', '5000', '--format', 'json'];
    const s = scriptAnswers(['村卫生室', '', '']);
    const r = await runYibao([...QINGOU, ...flags], terminal);
    expect(r.code).toBe(0);
    expect(s.left()).toEqual([]);
    expect(result(r.stdout).fund_pays).toBe('0.00');
    expect(result(r.stdout)).toEqual(result((await runYibao([...QINGOU, ...flags, '--tier', '村卫生室'])).stdout));
  });

  it('白鹭 村卫生室 (level not stated): stopped at once with the policy\'s note, then another level chosen (一级: 1500.00)', async () => {
    // level 村卫生室 -> stop screen; "choose another kind of facility"; 1; 乙类 Enter Enter; 救助 Enter; details Enter; another Enter
    const s = scriptAnswers(['村卫生室', 'again', '1', '', '', '', '', '']);
    const r = await runYibao([...BAILU, '--benefit', 'outpatient', '--scheme', 'employee', '--status', 'active', '--amount', '3000', '--format', 'json'], terminal);
    expect(s.left()).toEqual([]);
    expect(r.stderr).toContain('原文未提到村卫生室，其级别未说明。');
    expect(r.code).toBe(0);
    expect(result(r.stdout).fund_pays).toBe('1500.00');
  });

  it('calc at a terminal, --tier 乡镇卫生院 and no grade: the grade is asked (no crash), 一档 一级 50% of 400 = 200.00', async () => {
    const s = scriptAnswers(['1']);
    const r = await runYibao([...BAILU, '--benefit', 'outpatient', '--scheme', 'resident', '--tier', '乡镇卫生院', '--amount', '400', '--class-b-drugs', '0', '--class-b-items', '0', '--format', 'json'], terminal);
    expect(r.stderr).toBe('');
    expect(s.left()).toEqual([]);
    expect(result(r.stdout).fund_pays).toBe('200.00');
  });

  it('a level unknown but the facility\'s own standard stated (青鸥 with 三级 58% made unknown): 三级甲等医院 is computed (9828.00), a plain 三级 is not (exit 3)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-qo-'));
    cpSync('test/fixtures/ratio/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync('test/fixtures/ratio/qingou.yaml', 'utf8').replace(
      '"3": { value: 0.58, source: qingou-2024-9, quote: 一档缴费人员一级医疗机构支付85%、二级70%、三级58% }',
      '"3": { value: null, note: { zh: 测试用:三级比例未说明, en: "test: the level-3 ratio is not stated" } }',
    );
    writeFileSync(join(dir, 'qingou.yaml'), text);
    const flags = ['calc', '--policy', join(dir, 'qingou.yaml'), '--date', '2025-03-01', '--benefit', 'inpatient', '--scheme', 'resident', '--grade', '一档', '--admission', '1', '--class-b-drugs', '0', '--class-b-items', '0', '--amount', '20000', '--format', 'json'];
    const s1 = scriptAnswers(['三级甲等医院', '', '']);
    const own = await runYibao(flags, terminal);
    expect(s1.left()).toEqual([]);
    expect(result(own.stdout).fund_pays).toBe('9828.00');
    scriptAnswers(['3', '', '']);
    const level = await runYibao(flags, terminal);
    expect(level.stderr).toContain('inpatient.resident.ratio.3');
    expect(level.code).toBe(3);
  });

  it('an employee: 三级 first band made unknown, 三级甲等医院 its own 82% stated: not stopped, (20000 − 1300) × 82% = 15334.00', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-qo-'));
    cpSync('test/fixtures/ratio/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync('test/fixtures/ratio/qingou.yaml', 'utf8').replace(
      '"3": { value: 0.85, source: qingou-2024-9, quote: 在职人员一级医疗机构支付92%、二级88%、三级85% }',
      '"3": { value: null, note: { zh: 测试用:三级比例未说明, en: "test: the level-3 ratio is not stated" } }',
    );
    writeFileSync(join(dir, 'qingou.yaml'), text);
    const s = scriptAnswers(['三级甲等医院', '', '']);
    const r = await runYibao(['calc', '--policy', join(dir, 'qingou.yaml'), '--date', '2025-03-01', '--benefit', 'inpatient', '--scheme', 'employee', '--status', 'active', '--age', '50', '--admission', '1', '--class-b-drugs', '0', '--class-b-items', '0', '--amount', '20000', '--format', 'json'], terminal);
    expect(s.left()).toEqual([]);
    expect(r.code).toBe(0);
    expect(result(r.stdout).fund_pays).toBe('15334.00');
  });

  it('the facility\'s own ratio unknown: stopped at 三级甲等医院, and what is known is its own 起付 1300 (not 三级\'s 1000), named by the facility', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-qo-'));
    cpSync('test/fixtures/ratio/sources', join(dir, 'sources'), { recursive: true });
    const text = readFileSync('test/fixtures/ratio/qingou.yaml', 'utf8').replace(
      '三级甲等医院: { value: 0.82, source: qingou-2024-9, quote: 在职人员一级医疗机构支付92%、二级88%、三级85%、三级甲等82% }',
      '三级甲等医院: { value: null, note: { zh: 测试用:三级甲等比例未说明, en: "test: not stated" } }',
    );
    writeFileSync(join(dir, 'qingou.yaml'), text);
    scriptAnswers(['三级甲等医院', 'stop']);
    const r = await runYibao(['calc', '--policy', join(dir, 'qingou.yaml'), '--date', '2025-03-01', '--benefit', 'inpatient', '--scheme', 'employee', '--status', 'active', '--age', '50', '--admission', '1', '--amount', '20000'], terminal);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('已知:青鸥市职工医保住院的起付线是1300元。');
    expect(r.stdout).toContain('没有写明在三级甲等医院看病时职工医保住院的报销比例');
  });
});
