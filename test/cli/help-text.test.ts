// commander's help words (headings, the help and version options, the help command) follow
// --lang like everything else: Chinese by default, English with --lang en, in every command.
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const ENGLISH = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'display help for command', 'output the version number'];

describe('help words in the user language', () => {
  it('yibao --help: Chinese headings and commander descriptions by default', async () => {
    const r = await runYibao(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('用法: yibao [options] [command]\n')).toBe(true);
    expect(r.stdout).toContain('\n选项:\n');
    expect(r.stdout).toContain('\n命令:\n');
    expect(r.stdout).toMatch(/-V, --version +显示版本号\n/);
    expect(r.stdout).toMatch(/--lang <lang> +输出语言:zh\(默认\)或 en\n/);
    expect(r.stdout).toMatch(/-h, --help +显示本帮助\n/);
    expect(r.stdout).toMatch(/help \[command\] +显示某个命令的帮助\n/);
    for (const word of ENGLISH) expect(r.stdout).not.toContain(word);
  });

  it('yibao --help --lang en (either order), or YIBAO_LANG=en: English', async () => {
    for (const run of [runYibao(['--help', '--lang', 'en']), runYibao(['--lang', 'en', '--help']), runYibao(['--help'], { env: { YIBAO_LANG: 'en' } })]) {
      const r = await run;
      expect(r.stdout.startsWith('Usage: yibao [options] [command]\n')).toBe(true);
      expect(r.stdout).toMatch(/-V, --version +output the version number\n/);
      expect(r.stdout).toMatch(/-h, --help +display help for command\n/);
      expect(r.stdout).toMatch(/help \[command\] +display help for command\n/);
      expect(r.stdout).not.toContain('用法');
      expect(r.stdout).not.toContain('显示本帮助');
    }
  });

  it('subcommands inherit it: policy, policy init, faq, calc, batch', async () => {
    const init = await runYibao(['policy', 'init', '--help']);
    expect(init.stdout.startsWith('用法: yibao policy init [options] <id>\n')).toBe(true);
    expect(init.stdout).toContain('\n参数:\n');
    expect(init.stdout).toMatch(/-h, --help +显示本帮助\n/);
    const policy = await runYibao(['policy', '--help']);
    expect(policy.stdout).toContain('\n命令:\n');
    expect(policy.stdout).toMatch(/help \[command\] +显示某个命令的帮助\n/);
    for (const args of [['policy', 'init', '--help'], ['policy', '--help'], ['faq', '--help'], ['calc', '--help'], ['batch', '--help']]) {
      const zh = await runYibao(args);
      expect(zh.stdout.startsWith('用法: yibao ')).toBe(true);
      for (const word of ENGLISH) expect(zh.stdout).not.toContain(word);
      const en = await runYibao([...args, '--lang', 'en']);
      expect(en.stdout.startsWith('Usage: yibao ')).toBe(true);
      expect(en.stdout).toContain('\nOptions:\n');
      expect(en.stdout).not.toContain('用法');
    }
  });
});
