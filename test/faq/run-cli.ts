// Runs the yibao program in-process the way src/cli/main.ts does (exitOverride, errors to exit
// codes), with a fake Io capturing stdout and stderr. For the faq and hotline CLI tests.
import { PassThrough } from 'node:stream';
import { CommanderError } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { reportError } from '../../src/cli/errors.js';
import type { Io } from '../../src/cli/io.js';

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin: new PassThrough(),
    env,
    today: () => '2024-05-01',
  };
  const program = buildProgram(io).exitOverride();
  try {
    await program.parseAsync(args, { from: 'user' });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    if (error instanceof CommanderError) return { stdout, stderr, code: error.exitCode === 0 ? 0 : 2 };
    const lang = args.includes('en') && args.includes('--lang') ? 'en' : 'zh';
    const report = reportError(error, lang);
    if (report.message) stderr += `yibao: ${report.message}\n`;
    return { stdout, stderr, code: report.exitCode };
  }
}
