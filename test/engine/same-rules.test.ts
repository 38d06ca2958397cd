// sameRulesThroughout: whether a claim is answered alike on every day of a span (ask's 去年). The
// versions and the sources' last days are read from policies/*.yaml: Suizhou an undated version
// then 2024-01-01, sources to 2024 (last day 2024-12-31); Jiayu 2012-07-01, sources to 2012;
// Xianning 2023-01-01, its source dated 2024-01 (last day 2024-01-31).
import { describe, expect, it } from 'vitest';
import { sameRulesThroughout } from '../../src/engine/index.js';
import { policy } from '../helpers/policy.js';

describe('sameRulesThroughout', () => {
  it('one version all year, the sources covering it or ending before it: the same every day', async () => {
    const suizhou = await policy('suizhou');
    expect(sameRulesThroughout(suizhou, '2023-01-01', '2023-12-31')).toBe(true); // the undated version
    expect(sameRulesThroughout(suizhou, '2024-01-01', '2024-12-31')).toBe(true); // the 2024 rules, sources to its last day
    expect(sameRulesThroughout(suizhou, '2025-01-01', '2025-12-31')).toBe(true); // after the sources all year
  });

  it('a version that starts within the year, or sources that end within it: not the same', async () => {
    expect(sameRulesThroughout(await policy('suizhou'), '2023-07-01', '2024-06-30')).toBe(false);
    expect(sameRulesThroughout(await policy('jiayu'), '2012-01-01', '2012-12-31')).toBe(false);
    expect(sameRulesThroughout(await policy('xianning'), '2024-01-01', '2024-12-31')).toBe(false); // after_sources from 1 February
  });
});
