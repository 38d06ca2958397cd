// The language and the colour styles of `faq` and `ask`, from the program-wide --lang and
// --no-color. Like common-options' commandContext, but chalk is loaded only when colour is on,
// so a script's `faq … --json` or a claim from `ask` never pays for it (start-up, issue 9).
import type { Command } from 'commander';
import type { Io } from '../io.js';
import type { Lang } from '../errors.js';
import { resolveLang } from '../lang.js';
import { colorLevel, makeChalk, type ColorLevel } from '../color.js';
import type { Styles } from '../../faq/format.js';

export interface FaqContext {
  lang: Lang;
  color: ColorLevel;
  /** The styles for FAQ text: plain, or bold and dim when colour is on. */
  styles(): Promise<Styles>;
}

export function faqContext(cmd: Command, io: Io): FaqContext {
  const globals = cmd.optsWithGlobals<{ lang?: string; color?: boolean }>();
  const color = colorLevel(io, globals.color === false);
  return {
    lang: resolveLang(globals.lang, io.env),
    color,
    async styles() {
      if (color === 0) return (await import('../../faq/format.js')).PLAIN;
      const chalk = await makeChalk(color);
      return { strong: (s) => chalk.bold(s), dim: (s) => chalk.dim(s) };
    },
  };
}
