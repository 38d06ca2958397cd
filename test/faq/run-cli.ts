// Runs the yibao program in-process as src/cli/main.ts does (test/helpers/cli.ts), with captured
// stdout and stderr. For the faq and hotline CLI tests.
import { runYibao, type CliRun } from '../helpers/cli.js';

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runYibao(args, { env });
}
