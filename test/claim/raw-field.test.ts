// setRawField (src/claim/fields.ts): field k of CLAIM_FIELDS, written by name in a switch for
// batch's rows. Each k must set exactly CLAIM_FIELDS[k], and nothing else.
import { describe, expect, test } from 'vitest';
import { CLAIM_FIELDS, setRawField, type RawClaim } from '../../src/claim/fields.js';

describe('setRawField', () => {
  test.each(CLAIM_FIELDS.map((f, k) => [k, f] as const))('k = %i sets %s and nothing else', (k, field) => {
    const raw: RawClaim = {};
    setRawField(raw, k, 'x');
    expect(raw).toEqual({ [field]: 'x' });
    setRawField(raw, k, undefined);
    expect(Object.keys(raw)).toEqual([field]);
    expect(raw[field]).toBeUndefined();
  });
});
