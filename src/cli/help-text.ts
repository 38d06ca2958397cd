// commander's own help words ("Usage:", "Options:", "display help for command"…) in the user's
// language. program.ts sets this on the root before the commands exist, so every subcommand
// inherits it; the language is asked for when the help is printed, since --lang may come after
// --help.
import { Help, type Command, type HelpConfiguration, type Option } from 'commander';
import type { Lang } from './errors.js';
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

/** The root program's help configuration; `lang` gives the language at the time of printing. */
export function localizedHelp(lang: () => Lang): HelpConfiguration {
  return {
    styleTitle: (title: string) => (lang() === 'zh' ? (TITLES[title] ?? title) : title),
    optionDescription(this: Help, option: Option): string {
      // --help, --lang, --no-color, --policy-dir: the words calc's own help uses too
      const shared = SHARED_FLAGS[option.long ?? ''];
      if (shared) return shared[lang()];
      if (option.long === '--version') return VERSION_OPTION[lang()];
      return Help.prototype.optionDescription.call(this, option);
    },
    subcommandDescription(this: Help, cmd: Command): string {
      // commander's implicit `help [command]`
      if (cmd.name() === 'help') return HELP_COMMAND[lang()];
      return Help.prototype.subcommandDescription.call(this, cmd);
    },
  };
}
