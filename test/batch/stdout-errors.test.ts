// Output that cannot be written is exit 2 with a message, never exit 70 or a stack trace, and
// never a summary claiming success: a full disk (ENOSPC), stdout closed by the shell (>&-).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { stdoutSink } from '../../src/batch/output.js';
import { tempDir } from './helpers.js';

const bin = fileURLToPath(new URL('../../bin/yibao.cjs', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url)));

function inputFile(rows: number): string {
  const f = join(tempDir(), 'in.csv');
  writeFileSync(f, `date,scheme,status,tier,amount\n${'2024-05-01,employee,active,1,600\n'.repeat(rows)}`);
  return f;
}

const sh = (command: string) => spawnSync('bash', ['-c', command], { encoding: 'utf8' });

describe('stdout that cannot be written', () => {
  it('a write error on stdout is a UsageError (exit 2) naming the cause, at the last write too', async () => {
    const full = new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
      },
    });
    const sink = stdoutSink(full);
    await sink.write('a small row\n'); // buffered: nothing reaches the stream yet
    const failure = await sink.finish().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(UsageError);
    expect((failure as UsageError).exitCode).toBe(2);
    expect((failure as UsageError).messages.en).toContain('ENOSPC');
  });

  for (const rows of [1, 20000]) {
    it.skipIf(!built || !existsSync('/dev/full'))(`> /dev/full with ${rows} row(s): exit 2, no success summary`, () => {
      const run = sh(`"${process.execPath}" "${bin}" batch "${inputFile(rows)}" --lang en > /dev/full`);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('ENOSPC');
      expect(run.stderr).not.toMatch(/\d+ ok|internal error|at .*\.js:\d+/);
    });

    it.skipIf(!built)(`>&- with ${rows} row(s): exit 2, no success summary`, () => {
      const run = sh(`"${process.execPath}" "${bin}" batch "${inputFile(rows)}" --lang en >&-`);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('standard output is closed');
      expect(run.stderr).not.toMatch(/\d+ ok/);
    });
  }

  it.skipIf(!built)('> /dev/null is still a normal run (exit 0)', () => {
    const run = sh(`"${process.execPath}" "${bin}" batch "${inputFile(2)}" --lang en > /dev/null`);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('2 rows: 2 ok');
  });
});
