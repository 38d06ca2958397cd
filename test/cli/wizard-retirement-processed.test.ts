// The wizard asks the day retirement was processed, in place of the day the status began, where the policy says when
// retiree treatment starts from it (status_from; 岚汐 第十五条 「自办理退休手续的次月1日起执行退休人员待遇」,
// test/fixtures/status6/lanxi.yaml). LX-12 by hand: processed 2025-05-20 → retiree from 2025-06-01; 450 of 起付 met
// carries, 500 − 450 = 50; 乙类 item 200 × 15% = 30; (900 − 30 − 50) × 70% = 574.00.
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (stdout: string): any => JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
const Q = '是2025年内办理的退休手续吗?是的话填办理退休手续的日期(如 2025-05-20,或 2025年5月);之前就办了,直接按 Enter';

describe('wizard: the day retirement was processed (status_from)', () => {
  const lx12 = ['calc', '--policy', 'test/fixtures/status6/lanxi.yaml', '--date', '2025-09-03', '--scheme', 'employee', '--status', 'retired', '--benefit', 'outpatient', '--tier', '3', '--class-b-drugs', '0', '--class-b-items', '200', '--ytd-deductible', '450', '--account', '200', '--format', 'json'];
  it('asked of a retiree with a year so far; 2025-05-20 → status since 2025-06-01, 574.00', async () => {
    const s = scriptAnswers(['900', '', '', '', '', '', '', '', '']);
    const r = await runYibao(lx12, terminal);
    const asked = s.asked().map((q) => q.message);
    expect(asked).toContain(Q);
    // answer the question where it came, whatever the others before it
    const at = asked.indexOf(Q);
    const answers = asked.map((_, i) => (i === 0 ? '900' : i === at ? '2025-05-20' : ''));
    scriptAnswers([...answers, '', '']);
    const again = await runYibao(lx12, terminal);
    expect(again.code, again.stderr).toBe(0);
    const out = json(again.stdout);
    expect(out.claim.retirement_processed).toBe('2025-05-20');
    expect(out.claim.status_since).toBe('2025-06-01');
    expect(out.result.fund_pays).toBe('574.00');
    expect(r.code).toBe(0);
  });
});
