// Inputs that are not regular files: a FIFO, a process substitution (/dev/fd/N) and /dev/stdin
// are read as streams; a directory and a missing file are refused (exit 2) saying which.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

// (600 − 500) × 80% = 80; (1000 − 500) × 70% = 350 (tier 2).
const INPUT = 'date,scheme,status,tier,amount\n2024-05-01,employee,active,1,600\n2024-05-01,employee,active,2,1000\n';
const bin = fileURLToPath(new URL('../../bin/yibao.cjs', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url)));

describe('input paths', () => {
  it('reads a FIFO as a stream', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'in.csv');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'printf "%s" "$1" > "$2"', 'sh', INPUT, fifo]);
    const written = new Promise((r) => writer.on('close', r));
    const run = await yibao(['batch', fifo, '--date', '2024-01-02']);
    await written;
    expect(run.code).toBe(0);
    expect(readCsv(run.stdout).map((r) => r.fund_pays)).toEqual(['80.00', '350.00']);
  });

  it.skipIf(!built)('reads a process substitution and /dev/stdin', () => {
    const dir = tempDir();
    const f = join(dir, 'in.csv');
    writeFileSync(f, INPUT);
    const sub = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" batch <(cat "${f}") --input-format csv --date 2024-01-02`], { encoding: 'utf8' });
    expect(sub.status).toBe(0);
    expect(readCsv(sub.stdout).map((r) => r.fund_pays)).toEqual(['80.00', '350.00']);
    const stdin = spawnSync(process.execPath, [bin, 'batch', '/dev/stdin', '--input-format', 'csv', '--date', '2024-01-02'], { input: INPUT, encoding: 'utf8' });
    expect(stdin.status).toBe(0);
    expect(readCsv(stdin.stdout).map((r) => r.fund_pays)).toEqual(['80.00', '350.00']);
  });

  it('refuses a directory and a missing file, saying which (exit 2)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'd.csv'));
    const d = await yibao(['batch', join(dir, 'd.csv'), '--lang', 'en']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('is a directory');
    const m = await yibao(['batch', join(dir, 'missing.csv'), '--lang', 'en']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('no such file');
  });
});
