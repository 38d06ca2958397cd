// Issue 13, row 5: escape sequences (\e]0;…\a sets the window title, \e[2J clears the screen) in a
// policy's name or reading, a JSONL key, a file name or a batch cell quoted in an error never
// reach the terminal raw. `policy validate` refuses them in a policy's text; every human output
// escapes what it quotes through the one sanitizer (src/safe-text.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { excerpt, quoted } from '../../src/excerpt.js';
import { safeDeep, safeLine, safeText } from '../../src/safe-text.js';
import { policyText, replaceOnce } from '../policy/helpers.js';
import { tempDir, yibao } from '../batch/helpers.js';
import { runYibao } from '../helpers/cli.js';

const TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';
/** Every character a terminal would act on, as a regular expression (tab and LF excluded). */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Suizhou's policy with the Chinese name replaced by `name` (a YAML double-quoted string). */
function hostilePolicy(dir: string, yamlName: string): string {
  const file = join(dir, 'hostile.yaml');
  writeFileSync(file, replaceOnce(policyText('suizhou'), 'name: { zh: 随州市, en: Suizhou }', `name: { zh: "${yamlName}", en: Suizhou }`));
  return file;
}

const CLAIM = ['--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000'];

describe('the sanitizer', () => {
  it('escapes C0, DEL, C1 and bidi overrides visibly, keeps text, tabs and line feeds', () => {
    expect(safeText(`a${TITLE}b${CLEAR}c\u009b31md\u202ee\u007ff\r\bg\th\ni`)).toBe('a\\x1b]0;pwned\\x07b\\x1b[2Jc\\x9b31md\\u202ee\\x7ff\\x0d\\x08g\th\ni');
    expect(safeLine('a\tb\nc')).toBe('a\\x09b\\x0ac');
    expect(safeText('随州市 Suizhou 80%')).toBe('随州市 Suizhou 80%');
  });

  it('sanitizes every string of plain data, keys included, and copies it', () => {
    const data = { name: { zh: `随${CLEAR}州` }, list: [`x${TITLE}`, 3, null], [`k\u001b`]: true };
    const safe = safeDeep(data);
    expect(safe).toEqual({ name: { zh: '随\\x1b[2J州' }, list: ['x\\x1b]0;pwned\\x07', 3, null], 'k\\x1b': true });
    expect(data.name.zh).toBe(`随${CLEAR}州`);
  });

  it('excerpt: one line, controls escaped, a quote inside escaped', () => {
    expect(excerpt(`a\r\n\tb\u2028c${CLEAR}d`)).toBe('a b c\\x1b[2Jd');
    expect(quoted('a"b')).toBe('"a\\"b"');
  });

  it('excerpt of a 100,000,000-character cell reads only its start (row 3: never Array.from over the whole cell)', () => {
    const cell = 'x'.repeat(100_000_000);
    const from = vi.spyOn(Array, 'from');
    const started = performance.now();
    expect(excerpt(cell, 41)).toBe(`${'x'.repeat(40)}…`);
    expect(performance.now() - started).toBeLessThan(2000); // generous: the whole cell would take far longer
    for (const call of from.mock.calls) expect(String(call[0]).length).toBeLessThanOrEqual(84);
    from.mockRestore();
  });
});

describe('policy validate refuses control characters in a policy text', () => {
  it('a window-title sequence in the name: exit 2 at file:line:col, the character shown escaped', async () => {
    const dir = tempDir();
    const file = hostilePolicy(dir, '随州\\e]0;pwned\\a市');
    const r = await yibao(['policy', 'validate', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    const line = policyText('suizhou').split('\n').findIndex((l) => l.startsWith('name:')) + 1;
    const col = 'name: { zh: '.length + 1;
    expect(r.stderr.split('\n')[0]).toBe(
      `${file}:${line}:${col}: name.zh: control character (\\x1b, U+001B) in text; a policy's words are shown on terminals and may not hold control or bidi-override characters`,
    );
    expect(r.stderr + r.stdout).not.toMatch(RAW);
  });

  it('a bidi override and a C1 CSI are refused too; a tab and a line feed are text', async () => {
    const dir = tempDir();
    for (const [name, shown] of [['a\\u202eb', '\\u202e, U+202E'], ['a\\x9b2Jb', '\\x9b, U+009B'], ['a\\rb', '\\x0d, U+000D']] as const) {
      const r = await yibao(['policy', 'validate', hostilePolicy(dir, name), '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`control character (${shown})`);
    }
    const ok = await yibao(['policy', 'validate', hostilePolicy(dir, '随州\\t市\\n')]);
    expect(ok.code).toBe(0);
  });

  it('calc --policy and policy show refuse the same file (exit 2), nothing raw on the terminal', async () => {
    const dir = tempDir();
    const file = hostilePolicy(dir, `随州\\e[2J市`);
    for (const args of [['calc', '--policy', file, ...CLAIM], ['calc', '--policy', file, ...CLAIM, '--format', 'say'], ['policy', 'show', file]]) {
      const r = await yibao(args);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe('yibao: 政策文件无效(1 处错误):');
      expect(r.stderr).toContain('控制字符(\\x1b, U+001B)');
      expect(r.stderr + r.stdout).not.toMatch(RAW);
    }
  });

  it('a file name with an escape sequence is escaped in validate, batch and calc messages', async () => {
    const dir = tempDir();
    const file = join(dir, `x${CLEAR}.yaml`);
    writeFileSync(file, policyText('suizhou'));
    const v = await yibao(['policy', 'validate', file]);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`${join(dir, 'x\\x1b[2J.yaml')}: 有效(suizhou,2 个版本)\n`);
    const missing = await yibao(['batch', join(dir, `no${TITLE}.csv`)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`yibao: 无法读取 ${join(dir, 'no\\x1b]0;pwned\\x07.csv')}:文件不存在(ENOENT)。\n`);
    const unknown = await yibao(['calc', ...CLAIM, '--city', `x${CLEAR}`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).not.toMatch(RAW);
  });
});

describe('batch: cells, keys and column names quoted in errors and the summary', () => {
  it('a CSV cell with an escape sequence quoted in a row error, and a header cell in the summary', async () => {
    const dir = tempDir();
    const file = join(dir, 'claims.csv');
    writeFileSync(file, `scheme,status,tier,amount,error${CLEAR}\nemployee,active,1,abc${TITLE}x,\n`);
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('amount: ');
    const errorCell = r.stdout.split('\n')[1]!;
    expect(errorCell).toContain('abc\\x1b]0;pwned\\x07x');
    expect(r.stderr).toMatch(/^1 row: 0 ok, 1 error, 0 mismatches;/m); // after the columns read (issue 12)
    // the echoed cell itself is data (the contract echoes input cells); the error quoting it is not raw
    expect(errorCell.slice(errorCell.indexOf(',error,') + 1)).not.toMatch(RAW);
    expect(r.stderr).not.toMatch(RAW);
  });

  it('rows shown on a terminal are escaped; to a pipe or a file the cells are the input\'s bytes', async () => {
    const dir = tempDir();
    const file = join(dir, 'claims.csv');
    writeFileSync(file, `scheme,status,tier,amount,note\nemployee,active,1,600,a${CLEAR}b\u009bc\n`);
    const tty = await runYibao(['batch', file, '--date', '2024-06-01'], { stdoutTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toContain('a\\x1b[2Jb\\x9bc');
    expect(tty.stdout).not.toMatch(RAW);
    const ttyJson = await runYibao(['batch', file, '--date', '2024-06-01', '--output-format', 'jsonl'], { stdoutTTY: true });
    expect((JSON.parse(ttyJson.stdout) as { note: string }).note).toBe(`a${CLEAR}b\u009bc`); // still the same JSON data
    expect(ttyJson.stdout).not.toMatch(RAW);
    const pipe = await runYibao(['batch', file, '--date', '2024-06-01']);
    expect(pipe.stdout).toContain(`a${CLEAR}b\u009bc`);
  });

  it('a JSONL key with an escape sequence, outside the CSV header: named escaped in the summary', async () => {
    const dir = tempDir();
    const file = join(dir, 'claims.jsonl');
    const first = { scheme: 'employee', status: 'active', tier: '1', amount: '600' };
    writeFileSync(file, `${JSON.stringify(first)}\n${JSON.stringify({ ...first, [`k${TITLE}`]: 'v' })}\n`);
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--output-format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('k\\x1b]0;pwned\\x07');
    expect(r.stderr).not.toMatch(RAW);
  });

  it('JSONL that is not JSON: the parser\'s message quoting the line is cut and escaped', async () => {
    const dir = tempDir();
    const file = join(dir, 'claims.jsonl');
    writeFileSync(file, `{"scheme": "employee", ${CLEAR}${'x'.repeat(5000)}\n`);
    const r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(1);
    const row = JSON.parse(r.stdout.split('\n')[0]!) as { error: string };
    expect(row.error).toMatch(/^line: this line is not valid JSON \(/);
    expect(row.error.length).toBeLessThan(300);
    expect(row.error).not.toMatch(RAW);
  });
});
