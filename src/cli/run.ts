// Runs the program once over the given arguments and turns every outcome into an exit code,
// printing error messages in the user's language. main.ts and the in-process tests share it.
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { reportError } from './errors.js';
import { langOf } from './calc/args.js';
import type { Io } from './io.js';

export async function runCli(argv: string[], io: Io): Promise<number> {
  const program = buildProgram(io).exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its message (help, version, unknown option)
      return error.exitCode === 0 ? 0 : 2;
    }
    // the language is read from the raw arguments: the error may come before parsing finished
    const report = reportError(error, langOf(argv, io.env));
    if (report.message) io.stderr.write(`yibao: ${report.message}\n`);
    return report.exitCode;
  }
}
