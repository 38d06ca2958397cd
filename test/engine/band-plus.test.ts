// 段上加段's two readings as pure functions (src/engine/steps/band-plus.ts), ratios in parts per 10,000.
import { describe, expect, it } from 'vitest';
import { plusStated, plusUplifted } from '../../src/engine/steps/band-plus.js';

describe('band plus', () => {
  it('stated: 88% + 3 = 91%; 95% + 3 = 98% held at 95%; 96% (above the most) + 3 stays 96%, never lowered', () => {
    expect(plusStated(8800, { points: 300, max: 9500 })).toBe(9100);
    expect(plusStated(9500, { points: 300, max: 9500 })).toBe(9500);
    expect(plusStated(9600, { points: 300, max: 9500 })).toBe(9600);
    expect(plusStated(9900, { points: 300, max: undefined })).toBe(10000);
  });

  it('uplifted, the cut added back and taken again: 88% − 5 = 83% before → (83 + 5) + 3 = 91% − 5 = 86%; 95% − 20 = 75% → (75 + 20) + 3 = 98% → 95% − 20 = 75%', () => {
    const plus = [undefined, { points: 300, max: 9500 }];
    expect(plusUplifted([{ upTo: 5000000, ratio: 8300 }, { upTo: null, ratio: 0 }], plus, 500)).toEqual([{ upTo: 5000000, ratio: 8300 }, { upTo: null, ratio: 8600 }]);
    expect(plusUplifted([{ upTo: 5000000, ratio: 7500 }, { upTo: null, ratio: 0 }], plus, 2000)).toEqual([{ upTo: 5000000, ratio: 7500 }, { upTo: null, ratio: 7500 }]);
  });
});
