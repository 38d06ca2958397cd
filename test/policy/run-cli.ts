// Runs the yibao program in-process as src/cli/main.ts does (exitOverride, errors mapped to exit
// codes and printed in the chosen language), with a fake Io capturing stdout and stderr.
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

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin: new PassThrough(),
    env: {},
    today: () => '2024-05-01',
  };
  const program = buildProgram(io).exitOverride();
  try {
    await program.parseAsync(args, { from: 'user' });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    if (error instanceof CommanderError) return { stdout, stderr, code: error.exitCode === 0 ? 0 : 2 };
    const report = reportError(error, args.join(' ').includes('--lang en') ? 'en' : 'zh');
    if (report.message) stderr += `yibao: ${report.message}\n`;
    return { stdout, stderr, code: report.exitCode };
  }
}

/** Asserts that `valueLine` is printed and the next line is its quote, verbatim. */
export function expectQuoted(out: string, valueLine: string, quote: string, lang: 'zh' | 'en' = 'zh'): void {
  const lines = out.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l, i) => l === valueLine && lines[i + 1] === (lang === 'zh' ? `原文[1]:“${quote}”` : `Quote[1]: “${quote}”`));
  if (at < 0) throw new Error(`"${valueLine}" followed by the quote "${quote}" not found in:\n${out}`);
}
