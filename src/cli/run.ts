// Runs the program once over the given arguments and turns every outcome into an exit code,
// printing error messages in the user's language. main.ts and the in-process tests share it.
// A failed write to stdout or stderr decides the exit code over everything else (io.ts).
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { reportError } from './errors.js';
import { langOf } from './calc/args.js';
import { OutputGuard, type Io } from './io.js';
import { safeText } from '../safe-text.js';

/** `onLateExit` gets the exit code of a write failure that arrives after the run has finished. */
export async function runCli(argv: string[], io: Io, onLateExit?: (code: number) => void): Promise<number> {
  const guard = new OutputGuard(io);
  guard.onLateFailure = onLateExit;
  // the language is read from the raw arguments: the error may come before parsing finished
  const lang = langOf(argv, io.env);
  const program = buildProgram(io, argv);
  let failure: { error: unknown } | undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    failure = { error };
  }
  // An error thrown because the output failed (batch rethrows it) is that failure, not a bug.
  const outputCode = await guard.settle(lang);
  if (outputCode !== undefined) return outputCode;
  if (!failure) return 0;
  const { error } = failure;
  if (error instanceof CommanderError) {
    // commander already printed its message (help, version, unknown option)
    return error.exitCode === 0 ? 0 : 2;
  }
  const report = reportError(error, lang);
  // a message quotes data (file names, cells, policy text): never raw to the terminal
  if (report.message) io.stderr.write(`yibao: ${safeText(report.message)}\n`);
  return report.exitCode;
}
