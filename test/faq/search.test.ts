// The FAQ search on the bundled policies and words, in-process: how a question is read
// (punctuation, filler words, every synonym class of issue 9, numbers), and how answers are ranked
// (the city in use first, another city's only when it has none, --all-cities alike). The entries
// each question must reach were picked by reading policies/*.yaml, not from the program.
import { describe, expect, it } from 'vitest';
import { loadFaqWorld } from '../../src/faq/world.js';
import { tokenize } from '../../src/faq/lexicon.js';
import { answerFaq, queryTokens } from '../../src/faq/search.js';

const { index } = await loadFaqWorld();
const lex = index.lex;
const tokens = (q: string) => tokenize(q, lex);
const answer = (q: string, home = 'suizhou', all = false) => answerFaq(index, queryTokens([q], lex), home, all, 5);
const ids = (q: string, home = 'suizhou') => answer(q, home).hits.map((h) => h.doc.entry.id);

describe('reading a question', () => {
  it('splits at punctuation, full-width or not: 共济，办理 reads as 共济 办理', () => {
    expect(tokens('共济，办理')).toEqual(tokens('共济 办理'));
    expect(tokens('共济,办理')).toEqual(tokens('共济 办理'));
    expect(tokens('“共济”？办理！')).toEqual(tokens('共济 办理'));
  });

  it('drops filler words: 请问, 吗, 能不能, 我, 的 … say nothing about the topic', () => {
    expect(tokens('请问家庭共济能不能办理吗？')).toEqual(tokens('家庭共济办理'));
    expect(tokens('我的个人账户')).toEqual(tokens('个人账户'));
  });

  it.each([
    ['医保卡', '个人账户'],
    ['医保卡里的钱', '个人账户'],
    ['慢性病', '门诊慢特病'],
    ['慢特病', '门诊慢特病'],
    ['外地', '异地'],
    ['老人', '退休人员'],
    ['退休', '退休人员'],
    ['报', '报销'],
    ['最多报多少', '封顶线'],
    ['门槛', '起付线'],
    ['生孩子', '生育'],
  ])('reads the everyday word %s as the official %s', (everyday, official) => {
    expect(tokens(everyday)).toEqual(tokens(official));
  });

  it('keeps a word whole where a filler or everyday word sits inside it: 在职 is not 在 + 职', () => {
    expect(tokens('在职')).toEqual(['在职人员']);
    expect(tokens('申报')).toEqual(['申报']); // not 申 + 报销
  });

  it('writes numbers one way: 二十万, 20万 and 200,000 meet', () => {
    expect(tokens('二十万')).toEqual(['200000']);
    expect(tokens('20万')).toEqual(['200000']);
    expect(tokens('200,000')).toEqual(['200000']);
    expect(tokens('0722-3235698')).toEqual(['0722-3235698']);
  });

  it('gives nothing to search for filler words and punctuation only', () => {
    expect(queryTokens(['请问', '？', '吗'], lex)).toEqual([]);
  });
});

describe('answering', () => {
  it('finds whole questions as callers put them (issue 9: these found nothing before)', () => {
    expect(ids('家庭共济怎么办理')[0]).toBe('suizhou-q4');
    expect(ids('退休了报销比例是多少')[0]).toBe('suizhou-q2');
    expect(ids('共济，办理')[0]).toBe('suizhou-q4');
    expect(ids('异地就医')[0]).toBe('suizhou-remote-filing');
    expect(ids('为家人缴纳居民医保')[0]).toBe('suizhou-family-premiums');
    expect(ids('大病')[0]).toBe('suizhou-critical-illness-cap');
  });

  it('gives the same answer with and without filler words and punctuation', () => {
    expect(ids('请问，我爸退休了，报销比例是多少啊？')[0]).toBe(ids('退休 报销比例')[0]);
  });

  it('puts the city in use first: Suizhou by default, though Xianning also answers 退休 报销比例', () => {
    const a = answer('退休 报销比例');
    expect(a.scope).toBe('home');
    expect(a.hits.every((h) => h.doc.city === 'suizhou')).toBe(true);
    expect(a.hits[0]!.doc.entry.id).toBe('suizhou-q2');
    expect(a.elsewhere).toBeGreaterThan(0); // Xianning's ratios, offered with --all-cities
    expect(answer('退休 报销比例', 'xianning').hits[0]!.doc.entry.id).toBe('xianning-outpatient-ratio');
  });

  it('gives another city only when the city in use has no answer, and says so (scope other)', () => {
    const a = answer('个人账户能买医疗器械吗');
    expect(a.scope).toBe('other');
    expect(a.hits[0]!.doc.entry.id).toBe('xianning-account-devices');
  });

  it('never answers a question about the premium with Suizhou\'s benefits: no Suizhou source gives the premium (audit of issue 9)', () => {
    for (const q of ['居民医保一年交多少钱', '医保一年要交多少钱', '医保今年交多少钱']) {
      expect(answer(q).hits.filter((h) => h.city === 'suizhou').map((h) => h.doc.entry.id), q).toEqual([]);
    }
  });

  it('with other cities\' answers, keeps the city in use\'s nearest questions (none of them an answer)', () => {
    const a = answer('我妈有高血压，门诊慢特病还要起付线不');
    expect(a.scope).toBe('other');
    expect(a.hits.every((h) => h.city !== 'suizhou')).toBe(true);
    expect(a.nearest[0]!.doc.entry.id).toBe('suizhou-chronic');
    expect(a.nearest.every((h) => h.city === 'suizhou')).toBe(true);
  });

  it('ranks every city alike with --all-cities', () => {
    const a = answer('退休 报销比例', 'suizhou', true);
    expect(a.scope).toBe('all');
    const top3 = a.hits.slice(0, 3).map((h) => h.doc.entry.id);
    expect(top3).toEqual(expect.arrayContaining(['suizhou-q2', 'xianning-outpatient-ratio']));
  });

  it('answers nothing for questions no source answers, and never on 医保 or 如何 alone', () => {
    // audit of issue 9: a lost card, a forgotten password and a deposit once found an entry that merely
    // shared 医保卡 or 住院 (Q&A 4, 家庭共济 办理): now words of their own (挂失, 押金), answered by nothing
    for (const q of ['牙齿矫正能报销吗', '社保卡丢了怎么补办', '驾照怎么考', '宠物看病能用医保吗', '公积金贷款多少', '医保卡丢了怎么办', '医保卡密码忘了', '住院押金要交多少钱']) {
      expect(answer(q).hits, q).toEqual([]);
    }
  });

  it('offers the nearest questions when nothing counts as an answer', () => {
    const a = answer('住院押金要交多少');
    expect(a.hits).toEqual([]);
    expect(a.nearest[0]!.doc.entry.id).toBe('suizhou-inpatient-ratio'); // 住院 in its question
  });
});

describe('the count of other cities\' answers', () => {
  it.each([['家庭共济怎么办理'], ['退休 报销比例'], ['个人账户'], ['慢性病']])('%s: "N more, see --all-cities" is what --all-cities then shows', (q) => {
    const home = answer(q);
    const all = answer(q, 'suizhou', true).hits.filter((h) => h.doc.city !== 'suizhou');
    expect(home.elsewhere).toBe(all.length);
  });
});

describe('issue 18: questions as callers speak them', () => {
  it('a word no entry holds weighs less than the rarer words that match: fillers around a question leave its answer', () => {
    // 工资 and 单据 are in no entry (nor in the word lists): each weighs as a word a quarter of the entries hold
    expect(ids('工资 单据 异地就医备案')[0]).toBe('suizhou-remote-filing');
    expect(ids('单独支付药品 工资')[0]).toBe('suizhou-q5');
  });

  it('enough words of another topic leave too small a share: no answer', () => {
    expect(ids('孩子 工资 单据 表格 存折')).toEqual([]);
  });

  it('a word kept whole also meets its parts, said apart (产前…检查, 透析 for 肾透析)', () => {
    expect(tokens('产前的检查')).toEqual(['产前', '检查']); // the caller's words: pairs, not the kept word
    expect(ids('产前的检查能报吗')[0]).toBe('suizhou-prenatal');
    expect(ids('透析', 'xianning')[0]).toBe('xianning-chronic');
  });

  it('a part that is itself a known word is not taken as a split word: 门诊 does not meet 门诊慢特病\'s part', () => {
    const chronic = index.docs.findIndex((d) => d.entry.id === 'suizhou-chronic');
    const held = index.searchable(['门诊']).search({ queries: ['门诊'], combineWith: 'OR' }).find((r) => r.id === chronic);
    expect(held?.match['门诊'] ?? []).not.toContain('question'); // its question says 门诊慢特病, whole
  });

  it('searches the other ways callers ask an entry (asked_as) like its question', () => {
    const q7 = index.docs.find((d) => d.entry.id === 'suizhou-q7')!;
    expect(q7.entry.asked_as).toContain('卡里一分钱没有了看病还报不报');
    expect(ids('卡里一分钱没有了看病还报不报')[0]).toBe('suizhou-q7');
  });

  it('answers nothing for an off-topic question (issue 18\'s two)', () => {
    for (const q of ['我想买个手机', '办护照要什么材料']) expect(answer(q).hits, q).toEqual([]);
  });

  it('answers nothing when the only match is a word that says what is done, not about what (办理, 手续, 就医)', () => {
    for (const q of ['宽带怎么办理', '宠物看病能用医保吗', '户口迁移要什么手续']) expect(answer(q).hits, q).toEqual([]);
  });
});
