// The CLI entry point (built to dist/cli.js): runs the program and turns every outcome into
// an exit code. The only module that calls process.exit.
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { processIo } from './io.js';
import { reportError, type Lang } from './errors.js';

function pickLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (value === 'en' || value === 'zh') return value;
  return env.YIBAO_LANG === 'en' ? 'en' : 'zh';
}

async function main(): Promise<number> {
  const io = processIo();
  const argv = process.argv.slice(2);
  const lang = pickLang(argv, io.env);
  const program = buildProgram(io).exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its message (help, version, unknown option)
      return error.exitCode === 0 ? 0 : 2;
    }
    const report = reportError(error, lang);
    if (report.message) io.stderr.write(`yibao: ${report.message}\n`);
    return report.exitCode;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`yibao: internal error: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
