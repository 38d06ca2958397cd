// The prebuilt index (dist/words/faq-index.json) answers exactly as the index built from source:
// every caller question gets the same entries with the same scores after a write and a read.
import { describe, expect, it } from 'vitest';
import { loadFaqWorld } from '../../src/faq/world.js';
import { parseFaqWorld, serializeFaqWorld } from '../../src/faq/prebuilt.js';
import { answerFaq, queryTokens } from '../../src/faq/search.js';
import { CALLER_SET } from './caller-set.js';

const built = await loadFaqWorld();
const loaded = parseFaqWorld(serializeFaqWorld(built));

describe('prebuilt FAQ index', () => {
  it('keeps the cities and the entries', () => {
    expect(loaded.cities).toEqual(built.cities);
    expect(loaded.index.docs).toEqual(built.index.docs);
  });

  it('gives the same answers and scores for every caller question', () => {
    for (const { q } of CALLER_SET.faq) {
      const run = (w: typeof built) => {
        const a = answerFaq(w.index, queryTokens([q], w.index.lex), 'suizhou', true, 5);
        return a.hits.map((h) => [h.doc.entry.id, h.score, h.coverage.toFixed(6)]);
      };
      expect(run(loaded), q).toEqual(run(built));
    }
  });

  it('refuses a file of another format', () => {
    expect(() => parseFaqWorld('{"schema":"other"}')).toThrow('unknown FAQ index format');
  });
});
