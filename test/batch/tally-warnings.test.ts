// The summary's warnings, counted per row: once each by their words, whether the engine shares
// one object per rule or builds one per claim (then the tally must not keep every object: it
// folds them by their words past a thousand, and the counts stay the same).
import { describe, expect, it } from 'vitest';
import { Tally } from '../../src/batch/summary.js';
import type { Warning } from '../../src/engine/types.js';

const warning = (code: string, en: string): Warning => ({ code, kind: 'reading', message: { zh: en, en }, path: 'x' }) as unknown as Warning;

describe('batch summary: warnings by their words', () => {
  it('2,500 rows with a new object of the same words, around 1 shared one: two warnings, 2,500 and 3 rows, in the order first seen', () => {
    const t = new Tally();
    const shared = warning('a', 'shared');
    t.add({ status: 'ok', warnings: [shared] });
    for (let i = 0; i < 2500; i++) t.add({ status: 'ok', warnings: [warning('b', 'each row its own object')] });
    t.add({ status: 'ok', warnings: [shared] });
    t.add({ status: 'ok', warnings: [shared] });
    expect(t['seen'].size).toBeLessThanOrEqual(1000); // not 2,501 objects kept
    expect(t.warnings.map((w) => [w.warning.message.en, w.rows])).toEqual([
      ['shared', 3],
      ['each row its own object', 2500],
    ]);
    expect(t.warnings.map((w) => w.rows)).toEqual([3, 2500]); // asking twice gives the same
  });

  it('the same words under two codes stay two warnings (1,200 and 1 rows)', () => {
    const t = new Tally();
    for (let i = 0; i < 1200; i++) t.add({ status: 'ok', warnings: [warning('a', 'words')] });
    t.add({ status: 'ok', warnings: [warning('b', 'words')] });
    expect(t.warnings.map((w) => [w.warning.code, w.rows])).toEqual([
      ['a', 1200],
      ['b', 1],
    ]);
  });
});
