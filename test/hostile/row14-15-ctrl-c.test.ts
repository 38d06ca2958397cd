// Issue 13, rows 14 and 15: Ctrl-C (SIGINT). Row 14: while the results went to stdout it said
// "no output file was written" after 199,688 rows had gone out; now it says that the output on
// stdout is incomplete and how many rows it holds (whole rows: exactly those on stdout). Row 15:
// `batch` on a FIFO with no writer swallowed the first Ctrl-C (the open waits in a thread); now
// the first Ctrl-C ends it at once with exit 130. The same for an --out FIFO with no reader.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER, ROW, built, start, tempDir, waitFor, waitsIn, writePieces } from './helpers.js';

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe.skipIf(!built)('Ctrl-C (the built CLI)', () => {
  it('row 14: while writing to stdout: exit 130, and the message says how many rows stdout holds', async () => {
    const dir = tempDir();
    const file = join(dir, 'claims.csv');
    writePieces(file, [HEADER, ...Array.from({ length: 40 }, () => ROW.repeat(10_000))]);
    const run = start(['batch', file, '--date', '2024-06-01', '--lang', 'en']);
    let out = '';
    run.child.stdout!.on('data', (d) => (out += d));
    await waitFor(() => out.length > 200_000, 30_000);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code).toBe(130);
    const lines = r.stdout.split('\n');
    expect(lines.at(-1)).toBe(''); // ends at a row boundary
    const rows = lines.length - 2; // the header, and the empty string after the last LF
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(400_000);
    expect(lines.slice(1, -1).every((l) => l.startsWith('employee,active,1,600,ok,,600.00,500.00,0.80,80.00,520.00,0.00,0.00,520.00,500.00,80.00'))).toBe(true);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      `yibao: Interrupted: the output on standard output is incomplete; it holds the results of only the first ${rows} rows of the input.`,
    );
  }, 60_000);

  it('row 14: with --out, Ctrl-C says no output file was written, and none is', async () => {
    const dir = tempDir();
    const file = join(dir, 'claims.csv');
    writePieces(file, [HEADER, ...Array.from({ length: 40 }, () => ROW.repeat(10_000))]);
    const run = start(['batch', file, '--out', join(dir, 'out.csv'), '--date', '2024-06-01', '--lang', 'en']);
    await waitFor(() => readdirSync(dir).some((f) => f.endsWith('.tmp')), 30_000);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code).toBe(130);
    expect(r.stderr.trim().split('\n').at(-1)).toBe('yibao: Interrupted; no output file was written.');
    expect(readdirSync(dir)).toEqual(['claims.csv']);
  }, 60_000);

  it('row 15: an input FIFO with no writer: the first Ctrl-C ends it at once, exit 130', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'claims.fifo');
    mkfifo(fifo);
    for (const command of ['batch', 'check']) {
      const run = start([command, fifo, '--input-format', 'csv', '--lang', 'en']);
      await waitFor(() => waitsIn(run.child.pid!, 'wait_for_partner'), 15_000); // blocked opening the FIFO
      const sent = performance.now();
      run.child.kill('SIGINT');
      const r = await run.done;
      expect(performance.now() - sent).toBeLessThan(5000); // at once: well under a second
      expect(r.code).toBe(130);
      expect(r.stderr).toBe('yibao: Interrupted; nothing was written.\n');
      expect(r.stdout).toBe('');
    }
  }, 60_000);

  it('row 15: an --out FIFO with no reader: the same, and no file appears', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'out.fifo');
    mkfifo(fifo);
    writePieces(join(dir, 'claims.csv'), [HEADER, ROW]);
    const run = start(['batch', join(dir, 'claims.csv'), '--out', fifo, '--date', '2024-06-01', '--lang', 'en']);
    await waitFor(() => waitsIn(run.child.pid!, 'wait_for_partner'), 15_000);
    const sent = performance.now();
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(performance.now() - sent).toBeLessThan(5000);
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('yibao: Interrupted; no output file was written.\n');
    expect(readdirSync(dir).sort()).toEqual(['claims.csv', 'out.fifo']);
  }, 60_000);
});

describe.skipIf(!built)('Ctrl-C with a workbook on stdout (issue 20, break 20)', () => {
  it('does not claim "the first N rows": what stdout holds is no workbook, and it says so', async () => {
    const dir = tempDir();
    const file = join(dir, 'claims.csv');
    writePieces(file, [HEADER, ...Array.from({ length: 40 }, () => ROW.repeat(10_000))]);
    const run = start(['batch', file, '--date', '2024-06-01', '--output-format', 'xlsx', '--lang', 'en']);
    let bytes = 0;
    run.child.stdout!.on('data', (d: Buffer) => (bytes += d.length));
    await waitFor(() => bytes > 0, 30_000);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code).toBe(130);
    const last = r.stderr.trim().split('\n').at(-1)!;
    expect(last).not.toMatch(/first \d+ rows?/);
    expect(last).toMatch(/not a complete workbook/);
    expect(last).toMatch(/--out/);
  }, 60_000);
});
