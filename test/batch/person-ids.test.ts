// PersonIds (src/batch/person-ids.ts) numbers people as a Map would: each key keeps the number it
// was given, a key never given is -1, whether it is packed into two numbers (up to 18 characters
// of 0-9, A-Z, _ and -) or kept in the Map (any other). Checked against a Map on fast-check keys
// near the packing's edges (9 and 18 characters, a character outside the set, a prefix of another
// key), through several growths of the table.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PersonIds } from '../../src/batch/person-ids.js';

const PACKABLE = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-'.split('');
const key = fc.oneof(
  fc.array(fc.constantFrom(...PACKABLE), { minLength: 1, maxLength: 20 }).map((a) => a.join('')),
  fc.array(fc.constantFrom('0', '9', 'A', 'Z', '_', '-', 'a', ' ', '身'), { minLength: 1, maxLength: 20 }).map((a) => a.join('')),
  fc.integer({ min: 0, max: 999_999 }).map((n) => `B${String(n).padStart(7, '0')}`),
);

describe('PersonIds', () => {
  it('by hand: 421302199001011234 (18 characters, packed), its 17-character prefix and a lower-case x are three people', () => {
    const ids = new PersonIds();
    ids.set('421302199001011234', 0);
    ids.set('42130219900101123', 1);
    ids.set('42130219900101123x', 2); // not packable (x): the Map
    expect([ids.get('421302199001011234'), ids.get('42130219900101123'), ids.get('42130219900101123x'), ids.get('4213021990010112')]).toEqual([0, 1, 2, -1]);
    expect(ids.size).toBe(3);
  });

  it('answers as a Map does, through the table\'s growth', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000, size: 'max' }), fc.array(key, { maxLength: 200, size: 'max' }), (given, asked) => {
        const ids = new PersonIds();
        const model = new Map<string, number>();
        for (const k of given) {
          if (model.has(k)) continue;
          model.set(k, model.size);
          ids.set(k, model.size - 1);
        }
        if (ids.size !== model.size) return false;
        for (const k of [...given, ...asked]) if (ids.get(k) !== (model.get(k) ?? -1)) return false;
        return true;
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });

  it('keeps 300,000 ids of a benchmark file apart (B0000000 …), each with its number', () => {
    const ids = new PersonIds();
    for (let n = 0; n < 300_000; n++) ids.set(`B${String(n * 7).padStart(7, '0')}`, n);
    let wrong = 0;
    for (let n = 0; n < 300_000; n++) if (ids.get(`B${String(n * 7).padStart(7, '0')}`) !== n || ids.get(`B${String(n * 7 + 1).padStart(7, '0')}`) !== -1) wrong++;
    expect(wrong).toBe(0);
    expect(ids.size).toBe(300_000);
  });
});
