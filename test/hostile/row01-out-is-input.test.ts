// Issue 13, row 1: `batch claims.csv --out claims.csv` exited 0 and replaced the input (a
// clerk's `error` column, named like a result column, lost for good). Now --out naming the input
// by any spelling (the same path, ./, an absolute path, dir/.., a symlink, a hard link, stdin
// redirected from it) is exit 2 before anything is written: the input stays byte for byte, and
// no temporary file is left beside it.
import { copyFileSync, linkSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER, ROW, built, run, tempDir, yibao } from './helpers.js';

// A clerk's file: an `error` column of notes, which the output would shadow with its own.
const CLAIMS = `person_id,${HEADER.trim()},error\r\nA,${ROW.trim()},电话回访\r\nB,${ROW.trim()},"待核实, 见附件"\r\n`;

function clerkFile(): { dir: string; file: string; bytes: Buffer } {
  const dir = tempDir();
  const file = join(dir, 'claims.csv');
  writeFileSync(file, CLAIMS);
  return { dir, file, bytes: readFileSync(file) };
}

const firstLine = (stderr: string) => stderr.split('\n')[0];

describe('--out naming the input file is refused (exit 2), the input unchanged', () => {
  it.each([
    ['the same path', (f: string) => f],
    ['./ and a relative path', (f: string) => `./${relative(process.cwd(), f)}`],
    ['dir/../dir/name', (f: string) => `${join(f, '..')}/../${basename(join(f, '..'))}/${basename(f)}`],
  ])('%s', async (_how, spell) => {
    const { dir, file, bytes } = clerkFile();
    const out = spell(file);
    for (const command of ['batch', 'check']) {
      const r = await yibao([command, file, '--out', out, '--date', '2024-06-01', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(firstLine(r.stderr)).toBe(`yibao: --out ${out} is the input file ${file} itself: writing it would replace the claims being read. Nothing was written; choose another output file.`);
      expect(r.stdout).toBe('');
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(readdirSync(dir)).toEqual(['claims.csv']);
    }
  });

  it('a symlink to the input, and the input read through a symlink', async () => {
    const { dir, file, bytes } = clerkFile();
    symlinkSync(file, join(dir, 'link.csv'));
    for (const [input, out] of [[file, join(dir, 'link.csv')], [join(dir, 'link.csv'), file]]) {
      const r = await yibao(['batch', input!, '--out', out!, '--date', '2024-06-01']);
      expect(r.code).toBe(2);
      expect(firstLine(r.stderr)).toBe(`yibao: --out ${out} 就是输入文件 ${input}:写入会覆盖要读取的理赔数据,未写入任何内容;请换一个输出文件名。`);
      expect(readFileSync(file).equals(bytes)).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['claims.csv', 'link.csv']);
  });

  it('a hard link to the input (same device and inode, another name)', async () => {
    const { dir, file, bytes } = clerkFile();
    mkdirSync(join(dir, 'sub'));
    linkSync(file, join(dir, 'sub', 'copy.csv'));
    const r = await yibao(['batch', file, '--out', join(dir, 'sub', 'copy.csv'), '--date', '2024-06-01', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(firstLine(r.stderr)).toMatch(/^yibao: --out .*copy\.csv is the input file .*claims\.csv itself/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['copy.csv']);
  });

  it('an Excel workbook, --out naming it through ./ or a symlink', async () => {
    const dir = tempDir();
    const book = join(dir, 'claims.xlsx');
    copyFileSync(new URL('../fixtures/claims.xlsx', import.meta.url), book);
    symlinkSync(book, join(dir, 'link.xlsx'));
    const bytes = readFileSync(book);
    for (const out of [`${dir}/./claims.xlsx`, join(dir, 'link.xlsx')]) {
      const r = await yibao(['batch', book, '--out', out, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(firstLine(r.stderr)).toBe(`yibao: --out ${out} is the input file ${book} itself: writing it would replace the claims being read. Nothing was written; choose another output file.`);
    }
    expect(readFileSync(book).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['claims.xlsx', 'link.xlsx']);
  });

  it('another file is written as ever, the input untouched', async () => {
    const { dir, file, bytes } = clerkFile();
    const r = await yibao(['batch', file, '--out', join(dir, 'results.csv'), '--date', '2024-06-01']);
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readFileSync(join(dir, 'results.csv'), 'utf8')).toContain('80.00');
  });

  it.skipIf(!built)('stdin redirected from the input (batch - --out claims.csv < claims.csv), the built CLI', async () => {
    const { dir, file, bytes } = clerkFile();
    const fd = openSync(file, 'r');
    try {
      const r = await run(['batch', '-', '--out', file, '--date', '2024-06-01', '--lang', 'en'], { spawn: { stdio: [fd, 'pipe', 'pipe'] } });
      expect(r.code).toBe(2);
      expect(firstLine(r.stderr)).toBe(`yibao: --out ${file} is the input file stdin itself: writing it would replace the claims being read. Nothing was written; choose another output file.`);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['claims.csv']);
  });
});
