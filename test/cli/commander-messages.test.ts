// commander's own errors for every command (not only calc): `yibao: …`, one line, Chinese by
// default and English with --lang en, exit 2; with --json also the error object on stdout.
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

describe('commander errors in the user language, every command', () => {
  it('policy init -x: unknown option, zh, pointing to that command\'s help', async () => {
    const r = await runYibao(['policy', 'init', '-x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('yibao: 未知选项 -x。可用 yibao policy init --help 查看全部选项。\n');
  });

  it('policy init -x --lang en: English, with the prefix', async () => {
    const r = await runYibao(['--lang', 'en', 'policy', 'init', '-x']);
    expect(r.stderr).toBe("yibao: unknown option '-x'; see yibao policy init --help for the options.\n");
  });

  it('batch with no file: the missing argument, zh and en', async () => {
    expect((await runYibao(['batch'])).stderr).toBe('yibao: 缺少参数 <file>。可用 yibao batch --help 查看用法。\n');
    const en = await runYibao(['check', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('yibao: missing required argument <file>; see yibao check --help.\n');
  });

  it('policy shw: unknown command with commander\'s suggestion, on one line', async () => {
    const r = await runYibao(['policy', 'shw']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('yibao: 未知命令 shw(是否想用 show?)。可用 yibao policy --help 查看全部命令。\n');
  });

  it('hotline a b: too many arguments (hotline takes one id)', async () => {
    const r = await runYibao(['hotline', 'a', 'b']);
    expect(r.stderr).toBe('yibao: 多余的参数:yibao hotline 最多接受 1 个参数,实际给了 2 个。可用 yibao hotline --help 查看用法。\n');
  });

  it('faq --city with no value: the option named', async () => {
    expect((await runYibao(['faq', '--city'])).stderr).toBe('yibao: 选项 --city 缺少取值。\n');
    expect((await runYibao(['faq', '--lang', 'en', '--city'])).stderr).toBe("yibao: option '--city <id>' argument missing\n");
  });

  it('policy list --json --bogus: the error object on stdout too', async () => {
    const r = await runYibao(['policy', 'list', '--json', '--bogus']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'unknown_option', message: '未知选项 --bogus。可用 yibao policy list --help 查看全部选项。' } });
  });

  it('calc keeps its own wording', async () => {
    const r = await runYibao(['calc', '--amont', '3']);
    expect(r.stderr).toBe('yibao: 未知选项 --amont(是否想用 --amount?)。可用 yibao calc --help 查看全部选项。\n');
  });
});
