// A run that names its command first registers only that command (src/cli/program.ts), to start
// faster. Nothing a person sees may change because of it: each command's help, an unknown option,
// a missing value, and a run of the command are the same whether the command came first (one
// command registered) or after a global option (the whole program registered).
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const COMMANDS = ['calc', 'batch', 'policy', 'faq', 'ask', 'hotline'];

async function both(args: string[]) {
  const alone = await runYibao(args, { stdinTTY: false });
  const whole = await runYibao(['--no-color', ...args], { stdinTTY: false });
  return { alone, whole };
}

describe('one command registered or all six: the same output', () => {
  it.each(COMMANDS)('yibao %s --help', async (command) => {
    const { alone, whole } = await both([command, '--help']);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain(`yibao ${command}`);
    expect(alone.stdout).toBe(whole.stdout);
  });

  it.each([
    [['calc', '--amont', '100']],
    [['faq']],
    [['batch', '--city']],
    [['policy', 'nothing']],
    [['hotline', 'nowhere']],
    [['calc', '--city', 'suizhou', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--json']],
  ])('%j', async (args) => {
    const { alone, whole } = await both(args);
    expect(alone.code).toBe(whole.code);
    expect(alone.stdout).toBe(whole.stdout);
    expect(alone.stderr).toBe(whole.stderr);
  });

  it('a name that is not a command, even one Object.prototype has, gets the whole program', async () => {
    for (const word of ['constructor', '__proto__', 'help']) {
      const r = await runYibao([word], { stdinTTY: false });
      expect(r.stderr).not.toMatch(/internal error|TypeError/);
    }
  });
});
