// What `yibao faq` and `yibao hotline` share once their action runs: the language, the colour
// decision, and the contract's JSON error document. Loaded lazily with those commands.
import { Chalk } from 'chalk';
import type { Io } from '../cli/io.js';
import { reportError, UsageError } from '../cli/errors.js';
import { PLAIN, type Lang, type Styles } from './format.js';

export interface GlobalOpts {
  lang?: string;
  color?: boolean;
}

/** --lang, else YIBAO_LANG=en, else zh; any other --lang value is a usage error. */
export function resolveLang(opts: GlobalOpts, env: NodeJS.ProcessEnv): Lang {
  if (opts.lang === undefined) return env.YIBAO_LANG === 'en' ? 'en' : 'zh';
  if (opts.lang === 'zh' || opts.lang === 'en') return opts.lang;
  throw new UsageError(
    { zh: `--lang 只能是 zh 或 en,而不是“${opts.lang}”。`, en: `--lang must be zh or en, not "${opts.lang}".` },
    'bad_lang',
  );
}

/** Colour follows --no-color, NO_COLOR, FORCE_COLOR and whether stdout is a terminal. */
export function stylesFor(opts: GlobalOpts, io: Io): Styles {
  const force = io.env.FORCE_COLOR;
  let on = Boolean(io.stdout.isTTY);
  if (force !== undefined) on = force !== '0' && force !== 'false';
  if (io.env.NO_COLOR || opts.color === false) on = false;
  if (!on) return PLAIN;
  const chalk = new Chalk({ level: 1 });
  return { strong: (s) => chalk.bold(s), dim: (s) => chalk.dim(s) };
}

/** Runs `body`; with --json an error is also printed on stdout as {"error":{code,message}}. */
export async function withJsonErrors(json: boolean, io: Io, lang: Lang, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (json) {
      const { code, message } = reportError(error, lang);
      io.stdout.write(`${JSON.stringify({ error: { code, message } }, null, 2)}\n`);
    }
    throw error;
  }
}
