// Runs `yibao` in-process through runCli (the same path as src/cli/main.ts) with a fake Io:
// captured stdout and stderr, chosen terminal flags, stdin and environment, today fixed at
// 2024-05-01. The per-area helpers (calc, faq, policy, batch) are thin wrappers over this.
import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

export interface FakeIoOptions {
  env?: NodeJS.ProcessEnv;
  stdin?: PassThrough;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  /** The terminal's width, when stdout is a terminal. */
  columns?: number;
}

/** A fake Io and a view of what was written to its stdout and stderr so far. */
export function fakeIo(opts: FakeIoOptions = {}): { io: Io; output: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const stdin = opts.stdin ?? new PassThrough();
  if (opts.stdinTTY !== undefined) Object.assign(stdin, { isTTY: opts.stdinTTY });
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.stdoutTTY ?? false, ...(opts.columns ? { columns: opts.columns } : {}) },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin,
    env: opts.env ?? {},
    today: () => '2024-05-01',
  };
  return { io, output: () => ({ stdout, stderr }) };
}

/** Runs the program over `args` with a fake Io; returns what it printed and its exit code. */
export async function runYibao(args: string[], opts: FakeIoOptions = {}): Promise<CliRun> {
  const { io, output } = fakeIo(opts);
  const code = await runCli(args, io);
  return { ...output(), code };
}
