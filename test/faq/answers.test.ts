// FAQ answers read against the seed text: an answer that tells one person's story must not tell
// it as a rule for everyone the story could fit (issue 10 item 1, seed 003: "達到規定繳費年限的退休
// 人員享受個人賬戶、普通門診統籌、住院報銷和門診慢性病補助待遇"). Checked by reading the seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFaqWorld } from '../../src/faq/world.js';

const { index } = await loadFaqWorld();
const entry = (id: string) => index.docs.find((d) => d.entry.id === id)!;

describe('Jiayu: 张爹爹 (jiayu-chronic-card)', () => {
  const doc = entry('jiayu-chronic-card');

  it('tells his refusal as the case of a retiree who had not met the required contribution years', () => {
    const { zh, en } = doc.entry.answer;
    expect(zh).toContain('这不是对所有退休人员的规定');
    expect(zh).toContain('达到规定缴费年限（男满30年、女满25年）的退休人员享受个人账户、普通门诊统筹、住院报销和门诊慢性病补助待遇');
    expect(zh).toContain('只对未达到规定缴费年限的退休人员才与原文相符');
    expect(zh).not.toContain('所以不能享受');
    expect(en).toContain('This is not a rule for every retiree');
    expect(en).toContain('fits the text only for a retiree who had not');
    expect(en).not.toContain('no longer qualified');
  });

  it('keeps its quote verbatim from the seed', () => {
    const seed = readFileSync(new URL('../../sources/jiayu-2012.txt', import.meta.url), 'utf8');
    expect(doc.source!.quote).toBe('為什么我的慢性病刷卡刷不了?');
    expect(seed).toContain(doc.source!.quote);
  });
});
