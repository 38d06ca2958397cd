// Every FAQ result in text shows the verbatim quote its answer rests on (issue 9: "the city, the
// question, the answer and the source quote"): 原文:“…” / Quote: "…", in `faq`, in `ask`'s FAQ
// answers and in the desk; at a terminal it is wrapped like the answer (continuation lines under
// the text), one 原文 line for each passage an answer rests on; --json's yibao.faq/1 keeps source.quote
// (the first passage) and adds source.quotes (every one). The quote of suizhou-q4 is copied from
// policies/suizhou.yaml, where the source test checks it against sources/suizhou-2024.txt.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { displayWidth } from '../../src/cli/render/width.js';

const Q4_QUOTE = '答:参保人(一般是共居人)可通过国家医保服务平台APP地方专区、微信、支付宝“湖北医疗保障”小程序等“职工医保个人账户家庭共济”功能模块,实现线上办理';

describe('the source quote in FAQ text', () => {
  it('faq: after the answer and before the citation, in zh and en', async () => {
    const zh = await runYibao(['faq', '家庭共济怎么办理']);
    const lines = zh.stdout.split('\n');
    const at = lines.indexOf(`   原文:“${Q4_QUOTE}”`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^ {3}参保人（一般是共居人）/);
    expect(lines[at + 1]).toMatch(/^ {3}来源:随州日报《/);
    const en = await runYibao(['faq', '家庭共济怎么办理', '--lang', 'en']);
    expect(en.stdout).toContain(`   Quote: "${Q4_QUOTE}"\n   Source: 随州日报`);
  });

  it('an answer resting on several passages shows each, in order, before the citation (issue 18: suizhou-q2)', async () => {
    const r = await runYibao(['faq', '职工门诊起付线是多少', '--limit', '1']);
    // copied from policies/suizhou.yaml (suizhou-q2's quote and more_quotes), checked verbatim by the source test
    const passages = [
      '一个自然年度内(1月1日至12月31日),参保人员普通门诊政策内医疗费用累计超过门诊报销起付线以上部分,按以下规定报销',
      '——起付线。在职人员500元,退休人员400元。',
      '——报销比例。按照医疗机构级别,一级(含社区卫生服务站)80%,二级70%,三级60%,',
      '其中,退休人员支付比例提高5%。',
      '——封顶线。在职人员1300元,退休人员1600元。',
    ];
    expect(r.stdout).toContain(`${passages.map((p) => `   原文:“${p}”`).join('\n')}\n   来源:随州日报`);
    const json = JSON.parse((await runYibao(['faq', '职工门诊起付线是多少', '--limit', '1', '--json'])).stdout);
    expect(json.results[0].source.quote).toBe(passages[0]);
    expect(json.results[0].source.quotes).toEqual(passages);
  });

  it('every result has its quote, another city\'s too', async () => {
    const r = await runYibao(['faq', '个人账户能买医疗器械吗']);
    expect(r.stdout).toContain('[其他城市:咸宁市 xianning-account-devices]');
    const results = r.stdout.split(/\n(?=\d+\. )/).slice(1);
    expect(results.length).toBeGreaterThan(0);
    for (const block of results) expect(block).toMatch(/\n {3}原文:“.+”\n {3}(原文:“.+”\n {3})*来源:/);
  });

  it('ask answers an FAQ question with the quote; the desk too', async () => {
    expect((await runYibao(['ask', '家庭共济怎么办理'])).stdout).toContain(`原文:“${Q4_QUOTE}”`);
    const stdin = new PassThrough();
    const done = runYibao(['ask'], { stdin, stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } });
    stdin.end('家庭共济怎么办理\n');
    expect((await done).stdout).toContain('原文:“答:参保人(一般是共居人)');
  });

  it('at a terminal 60 columns wide, the answer, quote and citation wrap under their indent', async () => {
    const r = await runYibao(['faq', '家庭共济怎么办理'], { stdoutTTY: true, columns: 60, env: { NO_COLOR: '1' } });
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    const start = lines.findIndex((l) => l.startsWith('   原文:“答:'));
    const end = lines.findIndex((l) => l.startsWith('   来源:'));
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start + 1); // the quote took more than one line
    for (const l of lines.slice(start + 1, end)) expect(l).toMatch(/^ {3}\S/);
    // nothing of the quote lost or changed by the wrapping
    expect(lines.slice(start, end).map((l) => l.trim()).join('')).toBe(`原文:“${Q4_QUOTE}”`);
  });

  it('--json keeps yibao.faq/1: every key as it was, source.quote the first passage; only added: source.quotes and nearest (issue 18)', async () => {
    const doc = JSON.parse((await runYibao(['faq', '家庭共济怎么办理', '--json'])).stdout);
    expect(Object.keys(doc)).toEqual(['schema', 'query', 'results', 'nearest']);
    expect(Object.keys(doc.results[0])).toEqual(['city', 'id', 'question', 'answer', 'source', 'score']);
    expect(Object.keys(doc.results[0].source)).toEqual(['id', 'title', 'publisher', 'date', 'quote', 'quotes']);
    expect(doc.results[0].source.quote).toBe(Q4_QUOTE);
    expect(doc.results[0].source.quotes).toEqual([Q4_QUOTE]); // suizhou-q4 rests on one passage
    expect(doc.nearest).toEqual([]); // answered: no nearest questions
  });
});
