// The CLI entry point (built to dist/cli.js): runs the program over the process's arguments and
// streams. The only module that sets the process's exit code.
import { processIo } from './io.js';
import { runCli } from './run.js';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`yibao: internal error: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
