// The CLI entry point (built to dist/cli.cjs): runs the program over the process's arguments and
// streams. The only module that sets the process's exit code.
import { processIo } from './io.js';
import { runCli } from './run.js';

const setExitCode = (code: number) => {
  process.exitCode = code;
};

runCli(process.argv.slice(2), processIo(), setExitCode).then(setExitCode, (error: unknown) => {
  try {
    process.stderr.write(`yibao: internal error: ${String(error)}\n`);
  } finally {
    process.exitCode = 70;
  }
});
