// `yibao calc` (also plain `yibao`): registers the flags of the options table with commander,
// turns them into a CalcRequest and runs it. Every error of this command is reported in the
// user's language, and with --format json also as the contract's error object on stdout.
import { Command, Option } from 'commander';
import type { RawClaim } from '../../claim/index.js';
import type { Override } from '../../engine/types.js';
import { colorLevel } from '../color.js';
import type { Io } from '../io.js';
import { bi } from '../help-text.js';
import { langOf, typedArgs, wantsJson } from '../calc/args.js';
import { resolveLang } from '../lang.js';
import { CALC_EXAMPLES, CALC_OPTIONS, attributeName, type Format } from '../calc/options.js';
import { runCalc, type CalcRequest } from '../calc/run.js';
import { withJsonErrors } from '../render/json.js';

function toRequest(opts: Record<string, unknown>, io: Io): CalcRequest {
  const raw: RawClaim = {};
  for (const o of CALC_OPTIONS) {
    const value = opts[attributeName(o)];
    if (o.field && typeof value === 'string') raw[o.field] = value;
  }
  const format: Format = opts.json === true ? 'json' : ((opts.format as Format | undefined) ?? 'text');
  const req: CalcRequest = {
    raw,
    overrides: (opts.set as Override[] | undefined) ?? [],
    compare: opts.compare === true,
    format,
    lang: resolveLang(opts.lang, io.env),
    color: colorLevel(io, opts.color === false),
  };
  if (typeof opts.policy === 'string') req.policyFile = opts.policy;
  return req;
}

export function registerCalc(program: Command, io: Io): void {
  // Parser errors are kept until the action, so that they reach the same error report as the rest.
  const pending: Error[] = [];
  const calc = program
    .command('calc', { isDefault: true })
    .description(bi({ zh: '解释一笔费用如何报销(默认命令)', en: 'explain how one claim is paid (the default command)' }));

  for (const o of CALC_OPTIONS) {
    const option = new Option(o.flag, bi(o.description));
    const parse = o.parse;
    if (parse) {
      option.argParser((value: string, previous: unknown) => {
        try {
          return parse(value, previous);
        } catch (error) {
          pending.push(error as Error);
          return previous;
        }
      });
    }
    calc.addOption(option);
  }
  // Also accepted after the calc flags (commander hands every argument after an unknown one to the subcommand).
  calc.option('--lang <lang>', 'zh | en').option('--no-color', 'no colours').option('--policy-dir <dir>', 'policy directory');

  calc.addHelpText('after', () => CALC_EXAMPLES[langOf(typedArgs(calc), io.env)]);

  calc.action(async (_opts: unknown, cmd: Command) => {
    // --lang and --no-color may come before `calc` (the program's) or after it (calc's own).
    const root = cmd.parent?.opts() ?? {};
    const local = cmd.opts();
    const opts = { ...local, lang: local.lang ?? root.lang, color: local.color !== false && root.color !== false };
    const args = typedArgs(cmd);
    const lang = langOf(args, io.env);
    await withJsonErrors(wantsJson(args), io, lang, async () => {
      if (pending.length > 0) throw pending.splice(0)[0];
      await runCalc(toRequest(opts, io), io);
    });
  });
}
