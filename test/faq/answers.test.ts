// FAQ answers read against the source text: an answer tells what its source says, no more and no
// less, and a reading is said to be one (issue 10 item 1; issue 18 item 3). Each expectation was
// written by reading sources/*.txt, not the program's output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFaqWorld } from '../../src/faq/world.js';

const { index } = await loadFaqWorld();
const entry = (id: string) => index.docs.find((d) => d.entry.id === id)!;
const sourceText = (file: string) => readFileSync(new URL(`../../sources/${file}`, import.meta.url), 'utf8');

describe('Jiayu: 张爹爹 (jiayu-chronic-card)', () => {
  const doc = entry('jiayu-chronic-card');
  const { zh, en } = doc.entry.answer;

  it('tells his refusal as the case of a retiree who had not met the required contribution years, as a reading', () => {
    expect(zh).toContain('这不是对所有退休人员的规定');
    expect(zh).toContain('达到规定缴费年限的退休人员享受个人账户、普通门诊统筹、住院报销和门诊慢性病补助待遇');
    expect(zh).toContain('本工具的理解（不是原文的规定）：他的情况只有在他未达到规定缴费年限时才与原文相符');
    expect(en).toContain('This is not a rule for every retiree');
    expect(en).toContain("The tool's reading, not a rule of the text");
  });

  it('keeps both conditions of the required years: 男满30年、女满25年 and 实际缴费年限达到省规定 (issue 18)', () => {
    expect(zh).toContain('累积缴费年限男满30年、女满25年，且实际缴费年限达到省规定缴费年限');
    expect(en).toContain("the actual contribution years must reach the province's requirement");
  });

  it('no longer tells the tool\'s reading as a procedure (issue 18)', () => {
    expect(zh).not.toContain('退休人员先看是否达到规定缴费年限');
    expect(en).not.toContain('ask first whether');
  });

  it('quotes the story and the rules it rests on, each verbatim, not the question line only (issue 18)', () => {
    const seed = sourceText('jiayu-2012.txt');
    expect(doc.source!.quotes.length).toBeGreaterThan(1);
    for (const q of doc.source!.quotes) expect(seed).toContain(q);
    expect(doc.source!.quote).toContain('95%以上,不能享受門診慢性病補(bǔ)助待遇');
    expect(doc.source!.quotes.join('')).toContain('且實(shí)際繳費(fèi)年限達(dá)到省規(guī)定繳費(fèi)年限');
  });
});

describe('the entries issue 18 found telling more, or less, than the source', () => {
  it('jiayu-outpatient names the retirees who met the contribution years, with the 80% employees', () => {
    const { zh, en } = entry('jiayu-outpatient').entry.answer;
    expect(zh).toContain('达到规定缴费年限的退休人员');
    expect(zh).toContain('80%以上的职工');
    expect(en).toContain('retirees who met the required contribution years');
  });

  it('weihai-two-diseases keeps 合并“两病”患者 and tells both readings', () => {
    const { zh, en } = entry('weihai-two-diseases').entry.answer;
    expect(zh).toContain('合并‘两病’患者');
    expect(zh).toContain('本工具的理解');
    expect(zh).toContain('也可以读作两个限额都只指同时患高血压和糖尿病的人');
    expect(en).toContain('can also be read as both limits being for people who have both');
  });

  it('the three Suizhou cap entries no longer give 2024年1月1日, a date the source does not tie to the caps', () => {
    const text = sourceText('suizhou-2024.txt');
    // the caps sentence holds no date; 今年1月1日 is said of the two rule documents only
    expect(text).toContain('稳步提高医保待遇。职工基本医保封顶线由15万元提高至20万元');
    for (const id of ['suizhou-employee-basic-cap', 'suizhou-resident-basic-cap', 'suizhou-critical-illness-cap']) {
      const { zh, en } = entry(id).entry.answer;
      expect(zh, id).not.toContain('2024年1月1日');
      expect(zh, id).toContain('原文没有写');
      expect(en, id).not.toContain('1 January 2024');
    }
  });

  it('weihai-village-stations does not say every village can: full coverage comes at the end of the year', () => {
    const { zh, en } = entry('weihai-village-stations').entry.answer;
    expect(zh.startsWith('能。')).toBe(false);
    expect(zh).toContain('到今年年底医保经办服务才将下沉到镇街、村居，实现全覆盖');
    expect(en).toContain('only by the end of this year');
  });

  it('suizhou-face-payment is no unconditional 可以', () => {
    const { zh, en } = entry('suizhou-face-payment').entry.answer;
    expect(zh.startsWith('可以')).toBe(false);
    expect(zh).toContain('原文没有说没带医保卡时是否每家医院、药店都能刷脸或用医保码结算');
    expect(en.startsWith('Yes')).toBe(false);
  });

  it('xianning-chronic does not say the limit varies by disease (因病种), which the source does not say', () => {
    const { zh, en } = entry('xianning-chronic').entry.answer;
    expect(zh).not.toContain('因病种');
    expect(zh).toContain('原文没有说明限额按什么确定');
    expect(en).not.toContain('depending on the disease');
  });

  it('suizhou-q2: the passages hold 500/400, 80/70/60%, 1300/1600; the English tells the 5-point reading as a reading', () => {
    const doc = entry('suizhou-q2');
    const passages = doc.source!.quotes.join('\n');
    for (const n of ['500元', '400元', '80%', '70%', '60%', '提高5%', '1300元', '1600元']) expect(passages).toContain(n);
    expect(doc.entry.answer.en).toContain('which this tool reads as 5 percentage points: a reading, not the text');
    expect(doc.entry.answer.en).not.toContain('5 points more for retirees');
  });

  it('hanzhong-account-allocation does not add "average", and keeps 分别', () => {
    const { zh, en } = entry('hanzhong-account-allocation').entry.answer;
    expect(en).not.toMatch(/average/i);
    expect(zh).toContain('分别按2022年');
    expect(en).toContain('separately (分别)');
  });
});
