// --out onto what is not a plain new file (src/io/out-file.ts, shared with `policy init --out`):
// a FIFO is written in place (not replaced by a regular file), a symlink is followed and stays a
// link, a directory is refused (exit 2) leaving nothing, and SIGTERM removes the temporary file.
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { built, builtBatchRunning, readCsv, tempDir, yibao } from './helpers.js';

/** Makes a FIFO at `path` and reads it (with cat) until the writer closes it: the text read. */
function fifoRead(path: string): Promise<string> {
  execFileSync('mkfifo', [path]);
  const reader = spawn('cat', [path]);
  let read = '';
  reader.stdout.on('data', (d) => (read += d));
  return new Promise((done) => reader.on('close', () => done(read)));
}

// One active employee, tier 1: 600 − 500 deductible = 100 × 80% = 80.00.
const INPUT = 'date,scheme,status,tier,amount\n2024-05-01,employee,active,1,600\n';

describe('--out targets', () => {
  it('writes into a FIFO in place, leaving it a FIFO', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, INPUT);
    const fifo = join(dir, 'pipe.csv');
    const reading = fifoRead(fifo);
    const run = await yibao(['batch', input, '--out', fifo, '--date', '2024-01-02']);
    const read = await reading;
    expect(run.code).toBe(0);
    expect(readCsv(read).map((r) => r.fund_pays)).toEqual(['80.00']);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.csv', 'pipe.csv']);
  });

  it('follows a symlink: the target gets the result, the link stays a link', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, INPUT);
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'target.csv'), 'old\n');
    symlinkSync(join('real', 'target.csv'), join(dir, 'link.csv'));
    const run = await yibao(['batch', input, '--out', join(dir, 'link.csv'), '--date', '2024-01-02']);
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readCsv(readFileSync(join(dir, 'real', 'target.csv'), 'utf8')).map((r) => r.fund_pays)).toEqual(['80.00']);
    expect(readdirSync(join(dir, 'real'))).toEqual(['target.csv']);
  });

  it('refuses a directory with exit 2 and a message saying so, leaving nothing', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, INPUT);
    mkdirSync(join(dir, 'outdir'));
    const run = await yibao(['batch', input, '--out', join(dir, 'outdir'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a directory');
    expect(readdirSync(dir).sort()).toEqual(['in.csv', 'outdir']);
    expect(readdirSync(join(dir, 'outdir'))).toEqual([]);
  });

  it('policy init --out DIR --force: refused, no temporary file left beside it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'somedir'));
    const run = await yibao(['policy', 'init', 'wuhan', '--out', join(dir, 'somedir'), '--force', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a directory');
    expect(readdirSync(dir)).toEqual(['somedir']);
  });

  it('policy init --out through a symlink and into a FIFO', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.yaml'), '');
    symlinkSync('real.yaml', join(dir, 'link.yaml'));
    const linked = await yibao(['policy', 'init', 'wuhan', '--out', join(dir, 'link.yaml'), '--force']);
    expect(linked.code).toBe(0);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toContain('id: wuhan');
    const fifo = join(dir, 'pipe.yaml');
    const reading = fifoRead(fifo);
    const piped = await yibao(['policy', 'init', 'wuhan', '--out', fifo, '--force']);
    const read = await reading;
    expect(piped.code).toBe(0);
    expect(read).toContain('id: wuhan');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['link.yaml', 'pipe.yaml', 'real.yaml']);
  });

  it.skipIf(!built)('leaves no temporary file when the built CLI gets SIGTERM', async () => {
    const dir = tempDir();
    const { child } = await builtBatchRunning(dir);
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => {
      child.on('close', (_code, sig) => resolve(sig));
      child.kill('SIGTERM');
    });
    expect(signal).toBe('SIGTERM');
    expect(readdirSync(dir)).toEqual([]);
  });
});
