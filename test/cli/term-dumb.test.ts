// TERM=dumb (issue 20 #27): a terminal that cannot move the cursor gets no cursor-control
// sequences, from the wizard (questions as plain lines, prompt-plain.ts) or the desk (readline
// not in terminal mode). The real prompts run here, over streams that say they are a terminal.
// Suizhou 2024, retired, tier 2, 1500: (1500 − 400) × 75% = 825.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { runCli } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';

// eslint-disable-next-line no-control-regex
const ESCAPE = /\u001b/;

/** A stdin that is a terminal, raw mode and all (setRawMode does nothing here). */
function ttyIn(): PassThrough {
  return Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
}

describe('TERM=dumb', () => {
  it('the wizard asks in plain lines: numbered lists, typed answers, no escape sequence; the claim is explained', async () => {
    const stdin = ttyIn();
    const done = runYibao(['calc', '--date', '2024-06-01'], { stdin, stdinTTY: true, stdoutTTY: true, env: { TERM: 'dumb' } });
    // insurance: Enter (职工); status: 2 (退休); tier: 2; amount 1500块; details: maybe (refused), n; another: n
    stdin.write('\n2\n2\n1500块\nmaybe\nn\nn\n');
    const r = await done;
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ESCAPE);
    expect(r.stdout).toContain('? 您参加的是哪种医保?\n  1. 职工医保\n');
    expect(r.stdout).toContain('? 请输入序号 1-2,回车选 1: ');
    expect(r.stdout).toContain('> “maybe”不是是或否;请回答 是(y)或 否(n),回车=默认。\n');
    expect(r.stdout).toContain('统筹基金支付      825.00 元');
  });

  it('a number out of the list is refused and asked again; the end of input cancels (exit 130)', async () => {
    const stdin = ttyIn();
    const done = runYibao(['calc', '--date', '2024-06-01'], { stdin, stdinTTY: true, stdoutTTY: true, env: { TERM: 'dumb' } });
    stdin.end('7\n');
    const r = await done;
    expect(r.code).toBe(130);
    expect(r.stdout).toContain('> 请输入 1 到 2 之间的序号。\n');
  });

  it('the desk draws no cursor moves (and does at another terminal: the check can fail)', async () => {
    for (const [env, escapes] of [[{ TERM: 'dumb' }, false], [{ TERM: 'xterm' }, true]] as const) {
      const stdin = ttyIn();
      // a stream for stdout, as readline's terminal mode needs one
      let stdout = '';
      const out = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
      out.on('data', (d: Buffer) => (stdout += d.toString()));
      const io: Io = { stdout: out, stderr: { write: () => true, isTTY: false }, stdin, env: { ...env, NO_COLOR: '1' }, today: () => '2024-05-01' };
      const done = runCli(['ask', '--date', '2024-06-01'], io);
      stdin.end('退休 二级医院 门诊 1000元\r');
      expect(await done).toBe(0);
      expect(stdout).toContain('统筹基金支付 450.00 元');
      expect(ESCAPE.test(stdout)).toBe(escapes);
    }
  });
});
