// Runs `yibao` in-process the way src/cli/main.ts does (exitOverride, errors to exit codes and
// messages), with a fake Io: captured stdout and stderr, chosen terminal flags and environment,
// today fixed at 2024-05-01. Also the contract's example claim and a JSON reader.
import { PassThrough } from 'node:stream';
import { CommanderError } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { reportError } from '../../src/cli/errors.js';
import type { Io } from '../../src/cli/io.js';
import { langOf } from '../../src/cli/calc/args.js';

export interface CalcRun {
  stdout: string;
  stderr: string;
  code: number;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
}

export async function yibao(args: string[], opts: RunOptions = {}): Promise<CalcRun> {
  let stdout = '';
  let stderr = '';
  const env = opts.env ?? {};
  const stdin = Object.assign(new PassThrough(), { isTTY: opts.stdinTTY ?? false });
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.stdoutTTY ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin,
    env,
    today: () => '2024-05-01',
  };
  const program = buildProgram(io).exitOverride();
  try {
    await program.parseAsync(args, { from: 'user' });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    if (error instanceof CommanderError) return { stdout, stderr, code: error.exitCode === 0 ? 0 : 2 };
    const report = reportError(error, langOf(args, env));
    if (report.message) stderr += `yibao: ${report.message}\n`;
    return { stdout, stderr, code: report.exitCode };
  }
}

/** The contract's example: Suizhou, employee, active, tier 1, 2000 yuan. */
export const EXAMPLE = ['calc', '--city', 'suizhou', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000'];

/** A Suizhou employee claim on 2024-06-01 with the given extra flags. */
export const employee = (status: string, tier: string, amount: string, ...more: string[]) => [
  'calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', status, '--tier', tier, '--amount', amount, ...more,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json(args: string[], opts?: RunOptions): Promise<any> {
  const r = await yibao([...args, '--json'], opts);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
