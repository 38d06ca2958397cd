// The wizard under 柘川 (test/fixtures/assist5/zhechuan.yaml, fiction): the age and the disability grade
// of assistance.uplift (第十九条) are asked only of a patient in an assistance group, after the group.
// By hand: 一档 二级 20000.00: 起付 500, 70% → 13650.00; 救助 base 6350.00 − 1000.00 = 5350.00 at 80% + 10
// (一级残疾) = 90% → 4815.00; without a group: no question on age or disability.
import { describe, expect, it, vi } from 'vitest';
import { messages, run } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const { loadPolicyFile } = await import('../../src/policy/load.js');
const { policy: zhechuan } = await loadPolicyFile('test/fixtures/assist5/zhechuan.yaml');
const flags = { date: '2025-03-01', benefit: 'inpatient', scheme: 'resident', grade: '1', tier: '2', amount: '20000' };

describe('wizard: assistance.uplift asks the age and the disability grade of a group member only', () => {
  it('低保对象, 40, 一级残疾: 90% → assistance 4815.00', async () => {
    const r = await run(flags, ['', '低保对象', '40', '1', '', ''], { policy: zhechuan });
    await r.promise;
    const asked = messages(r.asked());
    expect(asked).toContain('看病的人持有残疾证吗?是几级?');
    expect(r.explained[0]).toMatchObject({ assistance: '低保对象', age: '40', disability: '1' });
    expect(r.explanations[0]!.result.assistancePays).toBe(481500);
  });

  it('no group: neither question', async () => {
    const r = await run(flags, ['', '', '', ''], { policy: zhechuan });
    await r.promise;
    expect(messages(r.asked())).not.toContain('看病的人持有残疾证吗?是几级?');
    expect(r.explanations[0]!.result.assistancePays).toBe(0);
  });
});
