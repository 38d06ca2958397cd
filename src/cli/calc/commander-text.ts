// commander writes its own errors in English; `calc` shows them in the user's language.
// Only the messages a user of `calc` can trigger are translated; anything else passes through.
import type { Lang } from '../errors.js';

const RULES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, (m) => `未知选项 ${m[1]}${m[2] ? `(是否想用 ${m[2]}?)` : ''}。可用 yibao calc --help 查看全部选项。`],
  [/^error: option '([^' ]*)[^']*' argument missing/, (m) => `选项 ${m[1]} 缺少取值。`],
  [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, (m) => `未知命令或多余的参数(${m[3]} 个):yibao ${m[1]} 的取值都用选项给出,如 --amount 2000;全部命令见 yibao --help。`],
  [/^error: unknown command '([^']*)'/, (m) => `未知命令 ${m[1]}。可用 yibao --help 查看全部命令。`],
];

const RULES_EN: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, (m) => `unknown command or extra arguments (${m[3]}): yibao ${m[1]} takes its values as options, e.g. --amount 2000; see yibao --help for the commands.`],
];

/** commander's message ("error: …") as a plain message in the user's language, without "error: ". */
export function commanderMessage(raw: string, lang: Lang): string {
  const text = raw.trim();
  for (const [re, en] of lang === 'en' ? RULES_EN : []) {
    const m = re.exec(text);
    if (m) return en(m);
  }
  if (lang === 'zh') {
    for (const [re, zh] of RULES) {
      const m = re.exec(text);
      if (m) return zh(m);
    }
  }
  return text.replace(/^error: /, '');
}

/** A stable code for the JSON error object. */
export function commanderCode(raw: string): string {
  if (raw.includes('unknown option')) return 'unknown_option';
  if (raw.includes('argument missing')) return 'missing_argument';
  if (raw.includes('too many arguments')) return 'too_many_arguments';
  if (raw.includes('unknown command')) return 'unknown_command';
  return 'usage';
}
