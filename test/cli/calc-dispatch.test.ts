// When `calc` hands over to the wizard: only when stdin and stdout are both terminals and the
// claim from the flags is incomplete. The wizard module is replaced by a recorder; its own
// flow is tested in test/cli/wizard*.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLE, yibao } from './calc-helpers.js';

const calls: Array<{ initial: Record<string, string | undefined>; lang: string }> = [];

vi.mock('../../src/cli/wizard/index.js', () => ({
  runInteractive: async (
    initial: Record<string, string | undefined>,
    ctx: { lang: string; explainAndPrint(raw: Record<string, string | undefined>): Promise<void> },
  ) => {
    calls.push({ initial, lang: ctx.lang });
    // The wizard completes the claim and asks calc to explain it.
    await ctx.explainAndPrint({ ...initial, status: 'active', tier: '1', amount: '2000' });
  },
}));

describe('calc and the wizard', () => {
  it('starts the wizard on a terminal with an incomplete claim, passing the flags given', async () => {
    calls.length = 0;
    const r = await yibao(['calc', '--scheme', '职工', '--date', '2024-06-01', '--json'], { stdinTTY: true, stdoutTTY: true });
    expect(r.code).toBe(0);
    expect(calls).toEqual([{ initial: { scheme: '职工', date: '2024-06-01' }, lang: 'zh' }]);
    expect(JSON.parse(r.stdout).result.fund_pays).toBe('1200.00');
  });

  it('plain `yibao` on a terminal starts it too, in English with --lang en', async () => {
    calls.length = 0;
    await yibao(['--lang', 'en'], { stdinTTY: true, stdoutTTY: true });
    expect(calls).toEqual([{ initial: {}, lang: 'en' }]);
  });

  it('does not start it when the claim is complete, or when stdin or stdout is not a terminal', async () => {
    calls.length = 0;
    expect((await yibao(EXAMPLE, { stdinTTY: true, stdoutTTY: true })).code).toBe(0);
    expect((await yibao(['calc', '--scheme', 'employee'], { stdinTTY: false, stdoutTTY: true })).code).toBe(2);
    expect((await yibao(['calc', '--scheme', 'employee'], { stdinTTY: true, stdoutTTY: false })).code).toBe(2);
    expect(calls).toEqual([]);
  });
});
