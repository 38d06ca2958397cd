// Write errors on stdout and stderr (contract: "No input, however malformed, prints a stack
// trace"): a reader that goes away (EPIPE, `| head`) ends the run quietly with exit 0; any
// other failure (a full disk, a closed descriptor) is one line on stderr and exit 2, never a
// claimed success. In-process with streams that fail, then once with the built binary.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { EXAMPLE } from './calc-helpers.js';

/** A stream whose every write fails with `code`, as a full disk or a closed pipe does. */
function failing(code: string): Writable {
  return new Writable({
    write(_chunk, _enc, done) {
      done(Object.assign(new Error(`write ${code}`), { code, syscall: 'write' }));
    },
  });
}

function collecting(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(args: string[], stdout: Writable, stderr: Writable): Promise<number> {
  const io = { stdout, stderr, stdin: process.stdin, env: {}, today: () => '2024-05-01' } as unknown as Io;
  return runCli(args, io);
}

describe('write errors, in-process', () => {
  it('EPIPE on stdout (calc): exit 0 and nothing on stderr', async () => {
    const err = collecting();
    const out = failing('EPIPE');
    expect(await run(EXAMPLE, out, err.stream)).toBe(0);
    expect(err.text()).toBe('');
    // a late error of the same stream is handled too, never an uncaught 'error' event
    expect(() => out.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).not.toThrow();
  });

  it('EPIPE on stdout while printing help (policy --help): exit 0', async () => {
    const err = collecting();
    expect(await run(['policy', '--help'], failing('EPIPE'), err.stream)).toBe(0);
    expect(err.text()).toBe('');
  });

  it('ENOSPC on stdout (calc): exit 2 and one line in Chinese', async () => {
    const err = collecting();
    expect(await run(EXAMPLE, failing('ENOSPC'), err.stream)).toBe(2);
    expect(err.text()).toBe('yibao: 无法写入标准输出(ENOSPC:磁盘已满),输出不完整。\n');
  });

  it('EBADF on stdout (policy show, --lang en): exit 2 and one line in English', async () => {
    const err = collecting();
    expect(await run(['policy', 'show', 'suizhou', '--lang', 'en'], failing('EBADF'), err.stream)).toBe(2);
    expect(err.text()).toBe('yibao: cannot write to standard output (EBADF: the output is closed); the output is incomplete.\n');
  });

  it('a failing stderr turns a usage error into exit 2 without throwing', async () => {
    const out = collecting();
    expect(await run(['calc', '--bogus'], out.stream, failing('ENOSPC'))).toBe(2);
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/yibao.cjs`;

describe('write errors, built binary', () => {
  it.skipIf(!existsSync(`${root}dist/cli.cjs`))('stdout closed by the reader before the help is written: exit 0, no stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'calc', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader goes away at once, as `| head -c 0` would
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.skipIf(!existsSync('/dev/full') || !existsSync(`${root}dist/cli.cjs`))('stdout on /dev/full: exit 2, one line naming ENOSPC, no stack trace', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" "$@" > /dev/full`, 'sh', ...EXAMPLE], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('yibao: 无法写入标准输出(ENOSPC:磁盘已满),输出不完整。\n');
  });
});
