// Error messages quote at most one short line of the user's input (src/excerpt.ts): a file's
// whole content, a multi-line argument or a huge word never reaches the terminal in full.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerpt, quoted, quotedValue } from '../../src/excerpt.js';
import { runYibao } from '../helpers/cli.js';

/** 30 lines like /etc/passwd: "user01:x:1:1::/home/user01:/bin/sh" … */
const PASSWD = Array.from({ length: 30 }, (_, i) => {
  const u = `user${String(i + 1).padStart(2, '0')}`;
  return `${u}:x:${i + 1}:${i + 1}::/home/${u}:/bin/sh`;
}).join('\n');

describe('excerpt', () => {
  it('keeps a short single line as it is', () => {
    expect(excerpt('suizhou')).toBe('suizhou');
    expect(quoted('a"b')).toBe('"a\\"b"');
  });

  it('turns line breaks into one space and escapes other control characters visibly', () => {
    expect(excerpt('a\r\n\tb\u2028c\u0007d')).toBe('a b c\\x07d');
  });

  it('cuts to max characters, the last being …, without splitting an emoji', () => {
    expect(excerpt('abcdefghij', 5)).toBe('abcd…');
    expect(excerpt('😀😀😀😀😀😀', 4)).toBe('😀😀😀…');
    expect(Array.from(excerpt('x'.repeat(500)))).toHaveLength(80);
  });

  it('quotes non-string values as their JSON, cut too', () => {
    expect(quotedValue(12)).toBe('12');
    expect(quotedValue([1, 2], 4)).toBe('[1,…');
  });
});

describe('messages quote one short line of the input', () => {
  it('policy show of a text file: the content quoted as one line of 80 characters', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yibao-excerpt-')), 'passwd');
    writeFileSync(file, `${PASSWD}\n`);
    const r = await runYibao(['policy', 'show', file]);
    expect(r.code).toBe(2);
    // YAML folds the lines of a plain scalar with spaces: "user01:x:1:1::/home/user01:/bin/sh user02:…"
    const first79 = 'user01:x:1:1::/home/user01:/bin/sh user02:x:2:2::/home/user02:/bin/sh user03:x:';
    expect(first79).toHaveLength(79);
    expect(r.stderr).toBe(`yibao: 政策文件无效(1 处错误):\n${file}:1:1: the policy:应为 object,实为 string "${first79}…"\n`);
  });

  it('a file name that is a whole file\'s content: one line', async () => {
    const r = await runYibao(['policy', 'show', `/x/${PASSWD}`]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2); // one line and the final newline
    expect(r.stderr).toMatch(/^yibao: \/x\/user01:x:1:1::\/home\/user01:\/bin\/sh user02:.*…: 文件不存在。\n$/);
  });

  it('hotline with a multi-line id: unknown city, one line, cut', async () => {
    const r = await runYibao(['hotline', PASSWD]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('未知城市“user01:x:1:1::/home/user01:/bin/sh user02:x:2:2::/home/user02:/bin/sh user03:x:…”');
  });

  it('--lang and --format with multi-line values, and an unknown option made of lines', async () => {
    const lang = await runYibao(['policy', 'list', '--lang', 'a\nb']);
    expect(lang.stderr).toBe('yibao: --lang 只能是 zh 或 en,而不是“a b”。\n');
    const format = await runYibao(['calc', '--format', 'x\ny']);
    expect(format.stderr).toBe('yibao: --format 无效:"x y";可选:text, json, say。\n');
    const option = await runYibao(['calc', `--x=${PASSWD}`]);
    expect(option.stderr).toBe('yibao: 未知选项 --x=user01:x:1:1::/home/user01:/bin/sh …。可用 yibao calc --help 查看全部选项。\n');
  });
});

describe('policy init with a multi-line id', () => {
  it('quotes one short line of it', async () => {
    const r = await runYibao(['policy', 'init', 'a\nb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('yibao: 城市 id“a b”无效:只能用小写字母、数字和连字符,以字母开头(例如 wuhan)。\n');
  });
});
