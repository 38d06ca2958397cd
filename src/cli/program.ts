// Builds the commander program. Each command registers itself from its own module and loads
// its heavy implementation lazily, so `yibao calc … --json` loads only what it needs.
// exitOverride is set on the root before the commands exist, so every subcommand throws
// CommanderError instead of exiting; run.ts turns that into exit 2 (0 for help/version).
import { Command } from 'commander';
import type { Io } from './io.js';
import { registerCalc } from './commands/calc.js';
import { registerBatch } from './commands/batch.js';
import { registerPolicy } from './commands/policy.js';
import { registerFaq } from './commands/faq.js';
import { registerAsk } from './commands/ask.js';
import { registerHotline } from './commands/hotline.js';
import { VERSION } from '../version.js';
import { commanderCode, commanderMessage, commandPath } from './commander-text.js';
import { langOf, typedArgs, wantsJson } from './calc/args.js';
import { renderJsonError } from './render/json.js';
import { localizedHelp } from './help-text.js';
import { safeLine } from '../safe-text.js';
import { usePolicyDirectory } from '../policy/registry.js';
import { withJsonErrors } from './render/json.js';

type Register = (program: Command, io: Io) => void;
const COMMANDS = new Map<string, Register>([
  ['calc', registerCalc],
  ['batch', registerBatch],
  ['policy', registerPolicy],
  ['faq', registerFaq],
  ['ask', registerAsk],
  ['hotline', registerHotline],
]);

/**
 * `argv` names the command first (`yibao faq …`): only that command is registered, which spares
 * the start-up of every run the cost of building the other five (bench/startup.mjs). Anything
 * else (no command, a global option first, `help`, a typo) gets the whole program.
 */
export function buildProgram(io: Io, argv: readonly string[] = []): Command {
  const program: Command = new Command('yibao')
    .description('解释基本医疗保险如何报销一笔费用 / explains how basic medical insurance pays a claim')
    .version(VERSION, '-V, --version')
    .option('--lang <lang>', 'zh | en: language of human output (default zh)')
    .option('--no-color', 'no colours')
    .option('--policy-dir <dir>', 'a policy directory (help text: SHARED_FLAGS)')
    // set before the subcommands are created, like the two below: they inherit it
    .configureHelp(localizedHelp(() => langOf(typedArgs(program), io.env)))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander's own errors, for every subcommand (they inherit this): `yibao: …` in the
      // user's language, and with --json also the contract's error object on stdout
      outputError: (message, write) => {
        const args = typedArgs(program);
        const text = safeLine(commanderMessage(message, langOf(args, io.env), commandPath(program, args)));
        write(`yibao: ${text}\n`);
        if (wantsJson(args)) io.stdout.write(renderJsonError(commanderCode(message), text));
      },
    })
    .showHelpAfterError(false)
    // set before the subcommands are created: commander copies it to each of them
    .exitOverride();
  // the policy directory of this run, opened before any action (none until then: a run in the same process starts clean)
  usePolicyDirectory(undefined);
  program.hook('preAction', async () => {
    const args = typedArgs(program);
    const { openPolicyDir } = await import('./policy-dir.js');
    await withJsonErrors(wantsJson(args), io, langOf(args, io.env), () => openPolicyDir(args, io));
  });
  const named = COMMANDS.get(argv[0] ?? '');
  for (const register of named ? [named] : COMMANDS.values()) register(program, io);
  return program;
}
