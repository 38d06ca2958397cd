// contribution_years_met: whether a retiree met the required contribution years (Jiayu 2012:
// men 30, women 25), as a flag, a wizard answer or a batch cell types it; blank is "not said".
import { describe, expect, test } from 'vitest';
import { claimOk, claimProblem } from './helpers.js';

const defaults = { city: 'jiayu', date: '2012-10-01' };
const base = { scheme: 'employee', status: 'retired', tier: '1', amount: '400' };

describe('contribution_years_met', () => {
  test('yes and no as people write them', () => {
    for (const yes of ['yes', 'YES', 'y', 'true', '1', 'met', '是', '达到', '已达到', '满', '已满', '是 ']) {
      expect(claimOk({ ...base, contribution_years_met: yes }, defaults).yearsMet).toBe(true);
    }
    for (const no of ['no', 'N', 'false', '0', 'not_met', '否', '未达到', '没达到', '未满', '不满']) {
      expect(claimOk({ ...base, contribution_years_met: no }, defaults).yearsMet).toBe(false);
    }
  });

  test('not given or blank: not said (undefined), never a guess', () => {
    expect(claimOk(base, defaults).yearsMet).toBeUndefined();
    expect('yearsMet' in claimOk({ ...base, contribution_years_met: '  ' }, defaults)).toBe(false);
  });

  test('anything else is an error naming the field and the choices', () => {
    const p = claimProblem({ ...base, contribution_years_met: 'maybe' }, defaults);
    expect(p.field).toBe('contribution_years_met');
    expect(p.message.zh).toContain('是否达到规定缴费年限');
    expect(p.message.en).toContain('yes');
  });
});
