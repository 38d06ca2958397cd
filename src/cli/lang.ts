// The language of human output, from a parsed --lang option: one rule for every command.
// Dependency-free, so calc's start-up path can use it.
import { UsageError, type Lang } from './errors.js';
import { excerpt } from '../excerpt.js';

/** --lang, else YIBAO_LANG=en, else zh; any other --lang value is a usage error. */
export function resolveLang(lang: unknown, env: NodeJS.ProcessEnv): Lang {
  if (lang === undefined) return env.YIBAO_LANG === 'en' ? 'en' : 'zh';
  if (lang === 'zh' || lang === 'en') return lang;
  throw new UsageError(
    { zh: `--lang 只能是 zh 或 en,而不是“${excerpt(String(lang))}”。`, en: `--lang must be zh or en, not "${excerpt(String(lang))}".` },
    'bad_lang',
  );
}
