// Issue 13, row 13: a run killed with SIGKILL (which nothing can catch) left its 21 MB hidden
// `.name.PID.xxxxxx.tmp` beside the --out file for ever. Now a later run for the same file
// removes those of its temporary files that nothing has touched for a day (issue 20, break 12:
// a process ID says nothing across containers, so age decides, never the PID); and SIGQUIT,
// SIGUSR2 and SIGALRM clean up like SIGTERM and SIGHUP: the temporary file is removed and the
// process dies of that signal, the old output untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtBatchRunning } from '../batch/helpers.js';
import { removeStaleTemps } from '../../src/io/out-file.js';
import { HEADER, ROW, built, tempDir, yibao } from './helpers.js';

/** The PID of a process that has ended (it ran and exited). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  return r.pid!;
}

const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp')).sort();

describe('stale temporary files', () => {
  it('the next run removes those untouched for a day, and only those of its own target', async () => {
    const dir = tempDir();
    const dead = deadPid();
    const stale = [`.result.csv.${dead}.ab12cd.tmp`, `.result.csv.${dead}.tmp`];
    const kept = [`.result.csv.${process.pid}.zz99zz.tmp`, `.other.csv.${dead}.ab12cd.tmp`, `.result.csv.x.${dead}.ab.tmp`, `.result.csv.${dead}.fresh1.tmp`];
    const dayAndMore = Date.now() / 1000 - 25 * 3600;
    for (const f of [...stale, ...kept]) {
      writeFileSync(join(dir, f), 'half a file');
      if (!f.includes('fresh') && !f.includes(`.${process.pid}.`)) utimesSync(join(dir, f), dayAndMore, dayAndMore);
    }
    writeFileSync(join(dir, 'claims.csv'), `${HEADER}${ROW}`);
    const r = await yibao(['batch', join(dir, 'claims.csv'), '--out', join(dir, 'result.csv'), '--date', '2024-06-01']);
    expect(r.code).toBe(0);
    expect(temps(dir)).toEqual([...kept].sort());
    expect(readFileSync(join(dir, 'result.csv'), 'utf8')).toContain(',ok,,600.00,500.00,0.80,80.00,');
  });

  it('removeStaleTemps names what it removed; a directory of that name is left alone', async () => {
    const dir = tempDir();
    const dead = deadPid();
    writeFileSync(join(dir, `.r.csv.${dead}.q1.tmp`), '');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, `.r.csv.${dead}.q2.tmp`));
    const old = Date.now() / 1000 - 25 * 3600;
    utimesSync(join(dir, `.r.csv.${dead}.q1.tmp`), old, old);
    utimesSync(join(dir, `.r.csv.${dead}.q2.tmp`), old, old);
    expect(await removeStaleTemps(join(dir, 'r.csv'))).toEqual([join(dir, `.r.csv.${dead}.q1.tmp`)]);
    expect(temps(dir)).toEqual([`.r.csv.${dead}.q2.tmp`]);
  });
});

describe.skipIf(!built)('signals during a run with --out (the built CLI)', () => {
  it('SIGKILL leaves the temporary file; a run a day later removes it and writes the result', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'result.csv'), 'the old result\n');
    const { child } = await builtBatchRunning(dir);
    const left = temps(dir);
    expect(left).toHaveLength(1);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    expect(temps(dir)).toEqual(left); // SIGKILL cannot be caught
    expect(readFileSync(join(dir, 'result.csv'), 'utf8')).toBe('the old result\n');
    writeFileSync(join(dir, 'claims.csv'), `${HEADER}${ROW}`);
    // at once, the file may still be in use (by all a run can tell): left alone
    const soon = await yibao(['batch', join(dir, 'claims.csv'), '--out', join(dir, 'result.csv'), '--date', '2024-06-01']);
    expect(soon.code).toBe(0);
    expect(temps(dir)).toEqual(left);
    const dayAndMore = Date.now() / 1000 - 25 * 3600;
    utimesSync(join(dir, left[0]!), dayAndMore, dayAndMore);
    const r = await yibao(['batch', join(dir, 'claims.csv'), '--out', join(dir, 'result.csv'), '--date', '2024-06-01']);
    expect(r.code).toBe(0);
    expect(temps(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'result.csv'), 'utf8')).toContain(',ok,,');
  });

  it.each(['SIGQUIT', 'SIGUSR2', 'SIGALRM', 'SIGTERM', 'SIGHUP'] as const)('%s: the temporary file is removed, the process dies of it, the old output stays', async (signal) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'result.csv'), 'the old result\n');
    const { child } = await builtBatchRunning(dir);
    const started = performance.now();
    child.kill(signal);
    const [code, got] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('close', (c, s) => resolve([c, s])));
    expect(got).toBe(signal);
    expect(code).toBeNull();
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(temps(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'result.csv'), 'utf8')).toBe('the old result\n');
    expect(existsSync(join(dir, 'result.csv'))).toBe(true);
  });
});
