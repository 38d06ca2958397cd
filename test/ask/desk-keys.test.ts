// Keys at the desk in a real terminal's raw mode (issue 20 #13): Ctrl-Z then `fg` asks again, with
// what had been typed kept, instead of ending with exit 0 and the question lost. readline stops
// the process with SIGTSTP itself; here that kill is stubbed and SIGCONT (the `fg`) sent by hand.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';

afterEach(() => vi.restoreAllMocks());

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('the desk: Ctrl-Z then fg', () => {
  it('asks again with the question typed so far, and answers it', async () => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
    let stdout = '';
    const out = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    out.on('data', (d: Buffer) => (stdout += d.toString()));
    const io: Io = { stdout: out, stderr: { write: () => true, isTTY: false }, stdin, env: { TERM: 'xterm', NO_COLOR: '1' }, today: () => '2024-05-01' };
    const done = runCli(['ask', '--date', '2024-06-01'], io);
    for (let i = 0; i < 200 && !stdout.includes('问题> '); i++) await tick();
    stdin.write('退休 二级医院 ');
    await tick();
    stdin.write('\x1a'); // Ctrl-Z
    await tick();
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGTSTP');
    process.emit('SIGCONT');
    await tick();
    stdin.write('门诊 1000元\r');
    await tick(300);
    stdin.end();
    expect(await done).toBe(0);
    expect(stdout).toContain('理解为:职工 退休 · 二级医疗机构 · 门诊 · 1000.00 元');
    expect(stdout).toContain('统筹基金支付 450.00 元');
  });
});
