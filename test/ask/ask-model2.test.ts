// `yibao ask` reading policy model 2's claim inputs from a caller's words (issue 19 item 3): which
// admission of the year, the age, 乙类 costs, the resident grade and the out-of-area filing. Each
// is shown on the 理解为 line. Amounts worked by hand from /work/shared/rulebooks/bailu/rulebook.txt
// (examples/rulebooks/bailu.yaml): 二(一) 起付标准按次: 职工二级 800, 第二次住院按70%;
// 二(二) 在职二级 85% up to 30,000 of the 统筹范围 total (起付标准 included).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { readQuestion } from '../../src/ask/parse.js';
import { changedLine } from '../../src/cli/ask/understood.js';
import { loadPolicyFile } from '../../src/policy/load.js';

const BAILU = ['--policy-dir', 'examples/rulebooks', '--city', 'bailu', '--date', '2025-06-01'];

const ALL = new Set(['grade', 'admission', 'age', 'class_b', 'filing']);

function raw(q: string, model2: ReadonlySet<string> = ALL) {
  const r = readQuestion(q, model2);
  expect(r.kind).toBe('claim');
  if (r.kind !== 'claim') throw new Error('not a claim');
  return r.claim;
}

describe('the parts read from the words', () => {
  it.each([
    ['第二次住院', '2'],
    ['今年第3次住院', '3'],
    ['这是今年第二次住院了', '2'],
  ])('%s -> admission %s', (words, n) => {
    const c = raw(`职工在职 ${words} 二级医院 花了2万`);
    expect(c.raw.admission).toBe(n);
    expect(c.raw.benefit).toBe('inpatient');
    expect(c.raw.amount).toBe('20000');
    expect(c.unclear).toEqual([]);
  });

  it.each([
    ['72岁', '72'],
    ['七十二岁', '72'],
    ['今年72了', '72'],
  ])('%s -> age %s', (words, age) => {
    const c = raw(`退休 ${words} 二级医院 住院 花了1万`);
    expect(c.raw.age).toBe(age);
    expect(c.raw.amount).toBe('10000');
    expect(c.unclear).toEqual([]);
  });

  it('乙类药品 3000 / 乙类诊疗项目 1000 are the two class-B costs, not the amount', () => {
    const c = raw('职工在职 二级医院 住院 花了2万 乙类药品 3000 乙类诊疗项目1000');
    expect(c.raw.class_b_drugs).toBe('3000');
    expect(c.raw.class_b_items).toBe('1000');
    expect(c.raw.amount).toBe('20000');
    expect(c.unclear).toEqual([]);
  });

  it('乙类 4000 is the class-B cost as one', () => {
    const c = raw('职工在职 二级医院 住院 花了2万 乙类 4000');
    expect(c.raw.class_b).toBe('4000');
    expect(c.raw.amount).toBe('20000');
  });

  it.each([
    ['异地已备案', 'filed'],
    ['备案了', 'filed'],
    ['没备案', 'unfiled'],
    ['未备案', 'unfiled'],
    ['转诊', 'referral'],
  ])('%s -> filing %s', (words, filing) => {
    const c = raw(`职工在职 二级医院 住院 花了2万 ${words}`);
    expect(c.raw.filing).toBe(filing);
    expect(c.unclear).toEqual([]);
  });

  it.each([
    ['一档', '1'],
    ['二档', '2'],
  ])('居民 %s -> grade %s', (words, grade) => {
    const c = raw(`居民 ${words} 二级医院 住院 花了1万`);
    expect(c.raw.grade).toBe(grade);
    expect(c.unclear).toEqual([]);
  });
});

describe("the policy's own words: its diseases and assistance groups", () => {
  const WORDS = { diseases: [{ name: '高血压', words: ['高血压'] }, { name: '糖尿病', words: ['糖尿病'] }, { name: '慢性肾功能不全（非透析）', words: ['慢性肾功能不全（非透析）', '慢性肾功能不全'] }], groups: ['特困人员', '低保对象'] };
  const read = (q: string) => {
    const r = readQuestion(q, new Set(['disease', 'assistance']), WORDS);
    if (r.kind !== 'claim') throw new Error('not a claim');
    return r.claim;
  };
  it('高血压 -> disease; 高血压和糖尿病 -> diseases, both', () => {
    expect(read('职工在职 门诊慢特病 一级医院 高血压 花了500').raw.disease).toBe('高血压');
    const two = read('职工在职 门诊慢特病 一级医院 高血压和糖尿病 花了500');
    expect(two.raw.diseases).toBe('高血压,糖尿病');
    expect(two.raw.disease).toBeUndefined();
  });
  it('an alias is the disease by its name: 慢性肾功能不全 -> 慢性肾功能不全（非透析）', () => {
    expect(read('职工在职 门诊慢特病 一级医院 慢性肾功能不全 花了500').raw.disease).toBe('慢性肾功能不全（非透析）');
  });
  it.each([
    ['特困', '特困人员'],
    ['特困人员', '特困人员'],
    ['低保', '低保对象'],
    ['低保户', '低保对象'],
  ])('%s -> assistance %s', (words, group) => {
    const c = read(`居民 二级医院 住院 花了2万 ${words}`);
    expect(c.raw.assistance).toBe(group);
    expect(c.unclear).toEqual([]);
  });
});

describe('only where the policy in use needs them', () => {
  it('a policy needing no age: 72岁 stays not understood, never dropped', () => {
    const c = raw('退休 72岁 二级医院 住院 花了1万', new Set(['admission']));
    expect(c.raw.age).toBeUndefined();
    expect(c.unclear).toEqual(['72岁']);
  });
});

describe('白鹭, through the example policy directory', () => {
  it('第二次住院, 职工在职, 二级, 20000: deductible 800 × 70% = 560; (20000 − 560) × 85% = 16524.00', async () => {
    const q = '我是白鹭的职工在职 第二次住院 二级医院 花了2万 能报多少';
    const r = await runYibao(['ask', q, ...BAILU, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const line = r.stderr.split('\n')[0]!;
    expect(line).toContain('住院');
    expect(line).toContain('20000.00 元');
    expect(line).toContain('第2次住院');
    const doc = JSON.parse(r.stdout);
    expect(doc.result.fund_pays).toBe('16524.00');
  });

  it('病种 and 救助对象 are on the 理解为 line, by the policy\'s names', async () => {
    const r = await runYibao(['ask', '白鹭 居民 一档 门诊慢特病 一级医院 高血压 花了500 低保户', ...BAILU]);
    expect(r.stdout.split('\n')[0]).toContain('病种 高血压');
    expect(r.stdout.split('\n')[0]).toContain('医疗救助对象 低保对象');
    expect(r.stdout.split('\n')[0]).toContain('一档');
  });

  it("the grade in the policy's own word (白鹭 grades: 一档 / 二档), never 第1档; in English its English name", async () => {
    const zh = await runYibao(['ask', '白鹭 居民 二档 二级医院 住院 花了1万', ...BAILU]);
    const line = zh.stdout.split('\n')[0]!;
    expect(line).toContain(' · 二档');
    expect(line).not.toMatch(/第\d档/);
    const en = await runYibao(['ask', '白鹭 居民 二档 二级医院 住院 花了1万', ...BAILU, '--lang', 'en']);
    expect(en.stdout.split('\n')[0]).toContain(' · grade 2');
  });

  it('白鹭 charges 乙类药品 and 乙类诊疗项目 at different rates (8%, 12%): 乙类药品3000 is read there', async () => {
    const r = await runYibao(['ask', '白鹭 职工 在职 二级医院 住院 花了2万 乙类药品3000', ...BAILU]);
    expect(r.stdout.split('\n')[0]).toContain('乙类药品 3000.00 元');
  });

  it('a part still not understood is named, never dropped', async () => {
    const r = await runYibao(['ask', '职工在职 第二次住院 二级医院 花了2万 看了3个专家', ...BAILU]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('看了3个专家');
  });
});

describe('the desk says a change by the policy\'s words', () => {
  it('接上一笔: 二档 (the grade by 白鹭\'s own name), 本年第3次住院, 72岁 — never an amount', async () => {
    const { policy } = await loadPolicyFile('examples/rulebooks/bailu.yaml');
    const claim = raw('居民 二档 第三次住院 72岁 二级医院 住院 花了1万');
    expect(changedLine(claim, ['grade', 'admission', 'age'], policy, 'zh')).toBe('接上一笔:二档 · 本年第3次住院 · 72岁');
    expect(changedLine(claim, ['grade'], policy, 'en')).toBe('As the last claim, with: grade 2');
  });
});

describe('the desk reads them as a single question does', () => {
  it('第二次住院 pasted at the desk under 白鹭: 理解为 says 本年第2次住院', async () => {
    const stdin = new PassThrough();
    const done = runYibao(['ask', ...BAILU], { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' }, stdin });
    stdin.end('职工在职 第二次住院 二级医院 花了2万\n');
    const r = await done;
    expect(r.stdout).toContain('本年第2次住院');
    expect(r.stdout).not.toContain('未理解');
  });
});
