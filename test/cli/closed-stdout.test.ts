// Issue 20, breaks 22 and 23, with the built CLI as a user runs it. With stdout closed by the
// shell (`>&-`), a command whose answer goes to stdout must not exit 0 with the answer gone: exit 2
// and one line on stderr. `> /dev/null` is the user's choice and stays exit 0. A missing or damaged
// dist/words/faq-index.json is an installation problem: one line naming the build step, exit 2.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

beforeAll(() => {
  if (!existsSync(`${root}dist/cli.cjs`)) spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
});

/** Runs `yibao ARGS` from `dir` through bash with `redirect` applied to stdout. */
function shell(args: string, redirect: string, dir = root) {
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${dir}bin/yibao.cjs" ${args} ${redirect}`], { encoding: 'utf8', cwd: tempish });
  return { code: r.status, stderr: r.stderr };
}
let tempish = '';
beforeAll(() => {
  tempish = mkdtempSync(join(tmpdir(), 'yibao-closed-'));
});
afterAll(() => rmSync(tempish, { recursive: true, force: true }));

const COMMANDS = [
  'calc --date 2024-06-01 --scheme employee --status active --tier 1 --amount 2000',
  'faq 起付线',
  'ask 退休 二级医院 门诊 1000元 能报多少',
  'hotline',
  'policy show suizhou',
  'policy init newcity',
];

describe('stdout closed (>&-)', () => {
  it.each(COMMANDS)('yibao %s: exit 2 and one line on stderr saying stdout is closed', (args) => {
    const r = shell(args, '>&-');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/标准输出已关闭/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--lang en says it in English', () => {
    expect(shell('hotline --lang en', '>&-').stderr).toMatch(/standard output is closed/);
  });

  it('> /dev/null is a choice: exit 0', () => {
    expect(shell('hotline', '> /dev/null').code).toBe(0);
    expect(shell('faq 起付线', '> /dev/null').code).toBe(0);
  });

  it('policy init --out FILE does not need stdout: exit 0', () => {
    const out = join(tempish, 'newcity.yaml');
    expect(shell(`policy init newcity --out "${out}"`, '>&-').code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('the FAQ index of the build missing or damaged', () => {
  let copy = '';
  beforeAll(() => {
    // a copy of the installed package (bin, dist, policies, package.json) whose index can be broken
    copy = mkdtempSync(join(tmpdir(), 'yibao-install-'));
    for (const part of ['bin', 'dist', 'policies', 'schema', 'sources', 'package.json']) if (existsSync(join(root, part))) cpSync(join(root, part), join(copy, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    copy += '/';
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it.each([
    ['missing', () => unlinkSync(join(copy, 'dist', 'words', 'faq-index.json'))],
    ['cut short', () => writeFileSync(join(copy, 'dist', 'words', 'faq-index.json'), '{"schema":"yibao.faq-index/1","cities":[')],
    ['of another shape', () => writeFileSync(join(copy, 'dist', 'words', 'faq-index.json'), '{"schema":"yibao.faq-index/1","cities":3}')],
  ])('%s: faq and ask exit 2 with one line naming the build step, never "internal error"', (_what, breakIt) => {
    breakIt();
    for (const args of ['faq 起付线', 'ask 起付线是多少', 'faq 起付线 --lang en']) {
      const r = shell(args, '', copy);
      expect(r.code, args).toBe(2);
      expect(r.stderr.trim().split('\n'), args).toHaveLength(1);
      expect(r.stderr, args).toMatch(/npm run build/);
      expect(r.stderr, args).toMatch(/faq-index\.json/);
      expect(r.stderr, args).not.toMatch(/internal error|内部错误/);
    }
  });
});
