// Every number an FAQ answer tells (zh and en) appears in the passages it quotes (issue 18, item 3):
// an operator reads the answer aloud and checks it against the 原文 lines shown under it. Numbers
// are compared as values, whatever their writing (15万 = 150000, 百分之八十 = 80%, 萬 = 万); a small
// count also stands for its Chinese numeral in the passage (tier 1 for 一级). A number that is
// worked out from the passages (a difference, a sum) may be listed below, each with its reason.
import { describe, expect, it } from 'vitest';
import { loadFaqWorld } from '../../src/faq/world.js';
import { canonicalNumbers } from '../../src/text/numbers.js';
import { bundledPolicyIds, loadBundledPolicy } from '../../src/policy/bundled.js';

const { index } = await loadFaqWorld();

/**
 * The numbers an answer may tell without a passage that holds them: derived from the passages,
 * each reviewed against the source. Keyed by entry id; `lang` the answer it is in.
 */
const LAST_YEAR = '去年 in an article that appeared in January 2024 (sources: date 2024-01 and its date_note): the year told is 2023, from 2024';
const THIS_YEAR = '今年1月1日 in an article of 2024 (sources: date 2024 and its date_note): the answer says when the article appeared';
const DERIVED: Record<string, Array<{ lang: 'zh' | 'en'; number: string; reason: string }>> = {
  'suizhou-chronic': [
    { lang: 'zh', number: '2024', reason: THIS_YEAR },
    { lang: 'en', number: '2024', reason: THIS_YEAR },
  ],
  'xianning-outpatient-ratio': [
    { lang: 'zh', number: '2024', reason: LAST_YEAR },
    { lang: 'zh', number: '2023', reason: LAST_YEAR },
    { lang: 'en', number: '2024', reason: LAST_YEAR },
    { lang: 'en', number: '2023', reason: LAST_YEAR },
  ],
};

const HOTLINES = new Set(
  (await Promise.all(bundledPolicyIds().map(async (id) => (await loadBundledPolicy(id)).policy.hotline.number))).flatMap((n) => (n ? numbersIn(n) : [])),
);

const SMALL = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The numbers of a text, as values written one way (commas dropped, 万 multiplied). */
export function numbersIn(text: string): string[] {
  const folded = canonicalNumbers(text.normalize('NFKC').replace(/萬/gu, '万').replace(/(\d),(?=\d{3})/gu, '$1'));
  return [...folded.matchAll(/\d+(?:\.\d+)?/gu)].map(([n]) => n.replace(/^0+(?=\d)/u, ''));
}

/** The numbers of an answer that no passage holds, and that are not listed as derived. */
function unquoted(id: string, lang: 'zh' | 'en', answer: string, passages: readonly string[]): string[] {
  // the city's hotline, where an answer sends the caller, has its own source and quote (hotline:)
  const held = new Set([...passages.flatMap(numbersIn), ...HOTLINES]);
  const small = passages.join('');
  const derived = new Set((DERIVED[id] ?? []).filter((d) => d.lang === lang).map((d) => d.number));
  return [...new Set(numbersIn(answer))].filter((n) => !held.has(n) && !derived.has(n) && !(Number(n) <= 10 && small.includes(SMALL[Number(n)]!)));
}

describe('numbersIn', () => {
  it('reads numbers as values, however written', () => {
    expect(numbersIn('由15万元提高至20万元')).toEqual(['150000', '200000']);
    expect(numbersIn('6萬元')).toEqual(['60000']);
    expect(numbersIn('百分之八十')).toEqual(['80']);
    expect(numbersIn('0722-3235698, 1,300 yuan, 2.5%')).toEqual(['722', '3235698', '1300', '2.5']);
  });
});

describe('every number in an FAQ answer is in its quoted passages', () => {
  it.each(index.docs.map((d) => [d.entry.id, d] as const))('%s', (id, doc) => {
    const passages = doc.source?.quotes ?? [];
    expect(unquoted(id, 'zh', doc.entry.answer.zh, passages), 'zh').toEqual([]);
    expect(unquoted(id, 'en', doc.entry.answer.en, passages), 'en').toEqual([]);
  });

  it('lists as derived only numbers its answer tells and no passage holds', () => {
    for (const [id, list] of Object.entries(DERIVED)) {
      const doc = index.docs.find((d) => d.entry.id === id)!;
      for (const d of list) {
        expect(numbersIn(doc.entry.answer[d.lang]), `${id} ${d.number}`).toContain(d.number);
        expect(doc.source!.quotes.flatMap(numbersIn), `${id} ${d.number}`).not.toContain(d.number);
      }
    }
  });
});
