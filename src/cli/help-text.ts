// Help in the language asked for: commander stores one text per command, option and argument, so
// each is registered in Chinese with its English beside it (bi), and the help printer turns it
// into the user's language when the help is printed (--lang may come after --help). commander's
// own words ("Usage:", "Options:", "(default: …)") follow the same language. program.ts sets this
// on the root before the commands exist, so every subcommand inherits it.
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { Lang } from './errors.js';
import type { Text } from '../domain.js';
import { SHARED_FLAGS } from './calc/options.js';

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法:',
  'Arguments:': '参数:',
  'Options:': '选项:',
  'Global Options:': '全局选项:',
  'Commands:': '命令:',
};

const VERSION_OPTION = { zh: '显示版本号', en: 'output the version number' };
const HELP_COMMAND = { zh: '显示某个命令的帮助', en: 'display help for command' };

/** Chinese help text -> its English. */
const ENGLISH = new Map<string, string>();

/** A help text in both languages: the English is kept for the printer, the Chinese is what commander stores. */
export function bi(text: Text): string {
  ENGLISH.set(text.zh, text.en);
  return text.zh;
}

// commander appends "(default: …)", "(choices: …)" to a description
const APPENDED = /^([\s\S]*?)( \((?:default|choices|env|preset): [\s\S]*\))$/;

/** A stored (Chinese) help text in `lang`; a text registered without English stays as it is. */
export function inLang(text: string, lang: Lang): string {
  if (lang === 'zh') return text.replace(/\((default|choices): /g, (_m, w: string) => (w === 'default' ? '(默认: ' : '(可选: '));
  const whole = ENGLISH.get(text);
  if (whole !== undefined) return whole;
  const parts = APPENDED.exec(text);
  const head = parts ? ENGLISH.get(parts[1]!) : undefined;
  return head !== undefined ? head + parts![2] : text;
}

/** The root program's help configuration; `lang` gives the language at the time of printing. */
export function localizedHelp(lang: () => Lang): HelpConfiguration {
  return {
    styleTitle: (title: string) => (lang() === 'zh' ? (TITLES[title] ?? title) : title),
    commandDescription(this: Help, cmd: Command): string {
      return inLang(Help.prototype.commandDescription.call(this, cmd), lang());
    },
    optionDescription(this: Help, option: Option): string {
      // --help, --lang, --no-color, --policy-dir: the words calc's own help uses too
      const shared = SHARED_FLAGS[option.long ?? ''];
      if (shared) return shared[lang()];
      if (option.long === '--version') return VERSION_OPTION[lang()];
      return inLang(Help.prototype.optionDescription.call(this, option), lang());
    },
    argumentDescription(this: Help, argument: Argument): string {
      return inLang(Help.prototype.argumentDescription.call(this, argument), lang());
    },
    subcommandDescription(this: Help, cmd: Command): string {
      // commander's implicit `help [command]`
      if (cmd.name() === 'help') return HELP_COMMAND[lang()];
      return inLang(Help.prototype.subcommandDescription.call(this, cmd), lang());
    },
  };
}

/** An examples block for after a command's help: a title, command lines, and an optional last line in both languages. */
export function examples(title: Text, lines: readonly string[], last: Text | undefined, lang: Lang): string {
  const all = last ? [...lines, last[lang]] : lines;
  return `\n${title[lang]}:\n${all.map((l) => `  ${l}`).join('\n')}`;
}
