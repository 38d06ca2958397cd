// commander writes its own errors in English ("error: unknown option '-x'"); every command shows
// them as `yibao: …` in the user's language. The root program's outputError (program.ts) calls
// this, and each subcommand inherits it. A message no rule knows passes through without "error: ".
import type { Lang } from './errors.js';
import { excerpt } from '../excerpt.js';

type Rule = [RegExp, (m: RegExpMatchArray, path: string) => string];

/** "\n(Did you mean --x?)" after commander's message, as one clause. */
const didYouMean = (m: RegExpMatchArray, zh: boolean): string => (m[2] ? (zh ? `(是否想用 ${m[2]}?)` : ` (did you mean ${m[2]}?)`) : '');
const MEAN = '(?:\\n\\(Did you mean (.*)\\?\\))?';

const TOO_MANY = /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./;

const ZH: Rule[] = [
  [new RegExp(`^error: unknown option '([^']*)'${MEAN}`), (m, p) => `未知选项 ${m[1]}${didYouMean(m, true)}。可用 ${p} --help 查看全部选项。`],
  [/^error: option '([^' ]*)[^']*' argument missing/, (m) => `选项 ${m[1]} 缺少取值。`],
  [TOO_MANY, (m, p) => (m[1] === 'calc' ? `未知命令或多余的参数(${m[3]} 个):yibao calc 的取值都用选项给出,如 --amount 2000;全部命令见 yibao --help。` : `多余的参数:${p} 最多接受 ${m[2]} 个参数,实际给了 ${m[3]} 个。可用 ${p} --help 查看用法。`)],
  [new RegExp(`^error: unknown command '([^']*)'${MEAN}`), (m, p) => `未知命令 ${m[1]}${didYouMean(m, true)}。可用 ${p} --help 查看全部命令。`],
  [/^error: missing required argument '([^']*)'/, (m, p) => `缺少参数 <${m[1]}>。可用 ${p} --help 查看用法。`],
];

const EN: Rule[] = [
  [new RegExp(`^error: unknown option '([^']*)'${MEAN}`), (m, p) => `unknown option '${m[1]}'${didYouMean(m, false)}; see ${p} --help for the options.`],
  [TOO_MANY, (m, p) => (m[1] === 'calc' ? `unknown command or extra arguments (${m[3]}): yibao calc takes its values as options, e.g. --amount 2000; see yibao --help for the commands.` : `too many arguments: ${p} takes at most ${m[2]} but got ${m[3]}; see ${p} --help.`)],
  [new RegExp(`^error: unknown command '([^']*)'${MEAN}`), (m, p) => `unknown command '${m[1]}'${didYouMean(m, false)}; see ${p} --help for the commands.`],
  [/^error: missing required argument '([^']*)'/, (m, p) => `missing required argument <${m[1]}>; see ${p} --help.`],
];

/**
 * commander's message ("error: …") as a plain one-line message in the user's language, without
 * "error: ". `path` is the command as typed, e.g. "yibao policy init", for the --help hint.
 */
export function commanderMessage(raw: string, lang: Lang, path = 'yibao'): string {
  // the typed word commander quotes may be anything: one short line of it
  const text = raw.trim().replace(/'([^']*)'/g, (_, word: string) => `'${excerpt(word, 40)}'`);
  for (const [re, say] of lang === 'zh' ? ZH : EN) {
    const m = re.exec(text);
    if (m) return say(m, path);
  }
  return text.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
}

/** A stable code for the JSON error object. */
export function commanderCode(raw: string): string {
  if (raw.includes('unknown option')) return 'unknown_option';
  if (raw.includes('argument missing')) return 'missing_argument';
  if (raw.includes('missing required argument')) return 'missing_argument';
  if (raw.includes('too many arguments')) return 'too_many_arguments';
  if (raw.includes('unknown command')) return 'unknown_command';
  return 'usage';
}

interface Named {
  name(): string;
  aliases(): string[];
  readonly commands: readonly Named[];
}

/** The command the arguments name, as "yibao policy init"; the default command when none. */
export function commandPath(root: Named, args: readonly string[], fallback = 'calc'): string {
  const names: string[] = [];
  let cmd = root;
  for (const a of args) {
    if (a === '--') break;
    if (a.startsWith('-')) continue;
    const sub = cmd.commands.find((c) => c.name() === a || c.aliases().includes(a));
    if (!sub) continue;
    names.push(sub.name());
    cmd = sub;
  }
  return ['yibao', ...(names.length > 0 ? names : [fallback])].join(' ');
}
