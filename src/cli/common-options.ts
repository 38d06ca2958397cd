// What every command shares once its action runs: the language of human output, the colour
// decision for the faq/hotline/policy renderers, and the contract's JSON error document.
import { Chalk } from 'chalk';
import type { Command } from 'commander';
import type { Io } from './io.js';
import type { Lang } from './errors.js';
import { resolveLang } from './lang.js';
import { colorLevel } from './color.js';
import { PLAIN, type Styles } from '../faq/format.js';
export { withJsonErrors } from './render/json.js';

export interface GlobalOpts {
  lang?: string;
  color?: boolean;
}

/** Bold and dim for the faq, hotline and policy renderers, when colour is on (see color.ts). */
export function stylesFor(opts: GlobalOpts, io: Io): Styles {
  const level = colorLevel(io, opts.color === false);
  if (level === 0) return PLAIN;
  const chalk = new Chalk({ level });
  return { strong: (s) => chalk.bold(s), dim: (s) => chalk.dim(s) };
}

/** The language and colour styles of a command's action, from the program-wide --lang and --no-color. */
export function commandContext(cmd: Command, io: Io): { lang: Lang; styles: Styles } {
  const globals = cmd.optsWithGlobals<GlobalOpts>();
  return { lang: resolveLang(globals.lang, io.env), styles: stylesFor(globals, io) };
}
