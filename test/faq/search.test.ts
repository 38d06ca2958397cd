// The pure FAQ search: substring matching for Chinese, word starts for Latin words, ranking by
// terms matched then by where (question 3 > keywords 2 > answer 1).
import { describe, expect, it } from 'vitest';
import { scoreOf, searchFaq } from '../../src/faq/search.js';
import { containsTerm, queryTerms } from '../../src/faq/terms.js';
import { Q2, Q3, Q4, Q8, Q9, SUIZHOU_DOCS, bare } from './fixtures.js';

const ids = (words: string[], docs = SUIZHOU_DOCS) => searchFaq(docs, words).map((h) => h.doc.entry.id);

describe('queryTerms', () => {
  it('splits on spaces (ASCII and ideographic), folds width and case, drops edge punctuation and repeats', () => {
    expect(queryTerms(['共济 封顶?', 'ＣＡＰ\u3000Cap', '“意外伤害”'])).toEqual(['共济', '封顶', 'cap', '意外伤害']);
  });
  it('keeps inner punctuation, so a phone number is one term', () => {
    expect(queryTerms(['0722-3235698'])).toEqual(['0722-3235698']);
  });
  it('gives no terms for blanks and punctuation only', () => {
    expect(queryTerms(['  ', '?', '!!'])).toEqual([]);
  });
});

describe('containsTerm', () => {
  it('matches Chinese anywhere, without word splitting', () => {
    expect(containsTerm('职工医保个人账户家庭共济范围有哪些', '共济')).toBe(true);
    expect(containsTerm('职工医保个人账户家庭共济范围有哪些', '共享')).toBe(false);
  });
  it('matches Latin words from a word start only', () => {
    expect(containsTerm('the deductible is 500', 'deduct')).toBe(true);
    expect(containsTerm('an escape clause', 'cap')).toBe(false);
    expect(containsTerm('the annual cap', 'cap')).toBe(true);
    expect(containsTerm('caps 1300', '300')).toBe(false);
    expect(containsTerm('国家医保服务平台app', 'app')).toBe(true);
  });
});

describe('searchFaq', () => {
  it.each([
    ['意外伤害', ['suizhou-q8']],
    ['转移接续', ['suizhou-q9']],
    ['共济', ['suizhou-q3', 'suizhou-q4']],
    ['封顶', ['suizhou-q2']],
  ])('finds %s in the Suizhou questions and answers', (word, expected) => {
    expect(ids([word])).toEqual(expected);
  });

  it('finds English words case-insensitively, whatever language is shown', () => {
    expect(ids(['FAMILY'])).toEqual(['suizhou-q3', 'suizhou-q4']);
    expect(ids(['Accidental'])).toEqual(['suizhou-q8']);
  });

  it('finds an entry by its id', () => {
    expect(ids(['suizhou-q9'])).toEqual(['suizhou-q9']);
  });

  it('matches nothing for a word in no entry', () => {
    expect(searchFaq(SUIZHOU_DOCS, ['牙科种植'])).toEqual([]);
  });

  it('lists every entry in order, score 0, when no words are given', () => {
    const hits = searchFaq(SUIZHOU_DOCS, []);
    expect(hits.map((h) => h.doc)).toEqual([Q2, Q3, Q4, Q8, Q9]);
    expect(hits.every((h) => h.score === 0)).toBe(true);
  });

  it('finds nothing, rather than everything, for words with no searchable character', () => {
    expect(searchFaq(SUIZHOU_DOCS, ['(', '.*'])).toEqual([]);
    expect(searchFaq(SUIZHOU_DOCS, ['  ']).map((h) => h.doc)).toEqual([Q2, Q3, Q4, Q8, Q9]);
  });

  it('ranks a term in the question above the keywords above the answer', () => {
    const inAnswer = bare('a', '问题', '共济');
    const inKeywords = bare('k', '问题', '答案', ['共济']);
    const inQuestion = bare('q', '共济?', '答案');
    const hits = searchFaq([inAnswer, inKeywords, inQuestion], ['共济']);
    expect(hits.map((h) => h.doc.entry.id)).toEqual(['q', 'k', 'a']);
    // one term: score = 1 × (3·1 + 1) + weight
    expect(hits.map((h) => h.score)).toEqual([7, 6, 5]);
  });

  it('ranks more terms matched above a better place', () => {
    const both = bare('both', '问题', '起付线和封顶线');
    const one = bare('one', '封顶线是多少', '答案');
    // two terms: both = 2 × 7 + 1 + 1 = 16; one = 1 × 7 + 3 = 10
    const hits = searchFaq([one, both], ['起付', '封顶']);
    expect(hits.map((h) => [h.doc.entry.id, h.score, h.matched])).toEqual([
      ['both', 16, 2],
      ['one', 10, 1],
    ]);
  });

  it('keeps the given order for equal scores', () => {
    expect(ids(['职工'], [Q9, Q2])).toEqual(['suizhou-q9', 'suizhou-q2']);
  });
});

describe('scoreOf', () => {
  it('orders by terms matched first: three answer hits beat two question hits', () => {
    expect(scoreOf([1, 1, 1]).score).toBeGreaterThan(scoreOf([3, 3, 0]).score);
    expect(scoreOf([3, 3, 0])).toEqual({ matched: 2, score: 2 * 10 + 6 });
  });
  it('is 0 when nothing matched', () => {
    expect(scoreOf([0, 0])).toEqual({ matched: 0, score: 0 });
  });
});
