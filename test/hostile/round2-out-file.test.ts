// Issue 20, adversarial round 2, breaks 7, 12 and 17: --out onto what already exists.
// 7: --out over a 0600 results file left it 0644; a read-only 0444 file that the shell's `>`
//    refuses was replaced. The old mode is kept, and what the user may not write is refused (exit 2).
// 12: the stale temporary-file sweep judged by process ID, which means nothing across containers or
//    NFS, and deleted another run's live temporary file: now only files untouched for a day go.
// 17: --out onto a bind-mounted file failed with EBUSY after every row was computed; a 250-byte
//    name failed with ENAMETOOLONG because of the temporary name.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps } from '../../src/io/out-file.js';
import { built, tempDir, yibao } from '../batch/helpers.js';

const bin = fileURLToPath(new URL('../../bin/yibao.cjs', import.meta.url));
// One active employee, tier 1: (600 − 500) × 80% = 80.00.
const INPUT = 'date,scheme,status,tier,amount\n2024-05-01,employee,active,1,600\n';
const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp')).sort();

function claims(dir: string): string {
  const f = join(dir, 'claims.csv');
  writeFileSync(f, INPUT);
  return f;
}

describe('break 7: the mode of the file replaced', () => {
  it('--out over a 0600 file: the result is 0600 too', async () => {
    const dir = tempDir();
    const out = join(dir, 'result.csv');
    writeFileSync(out, 'old\n', { mode: 0o600 });
    chmodSync(out, 0o600);
    const r = await yibao(['batch', claims(dir), '--out', out]);
    expect(r.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain(',80.00,');
  });

  it('a new file gets the usual mode (0666 less the umask)', async () => {
    const dir = tempDir();
    const out = join(dir, 'new.csv');
    expect((await yibao(['batch', claims(dir), '--out', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  const root = process.getuid?.() === 0;
  it.skipIf(!built || !root)('a 0444 file the shell would refuse (as an ordinary user): exit 2, the file untouched, nothing computed', () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const input = claims(dir);
    const out = join(dir, 'readonly.csv');
    writeFileSync(out, 'keep me\n');
    chmodSync(out, 0o444);
    const r = spawnSync(process.execPath, [bin, 'batch', input, '--out', out], { encoding: 'utf8', uid: 65534, gid: 65534 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/EACCES/);
    expect(r.stderr).not.toMatch(/共 \d+ 行/); // refused before any row was read
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(statSync(out).mode & 0o777).toBe(0o444);
    expect(temps(dir)).toEqual([]);
  });
});

describe('a writable file in a directory that takes no new file (as an ordinary user)', () => {
  const root = process.getuid?.() === 0;
  it.skipIf(!built || !root)('is written in place, as the shell would: exit 0, the result there, no temporary file', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755); // root's: nobody may create a file in it
    const input = claims(dir);
    const out = join(dir, 'shared.csv');
    writeFileSync(out, 'old\n');
    chmodSync(out, 0o666);
    const r = spawnSync(process.execPath, [bin, 'batch', input, '--out', out], { encoding: 'utf8', uid: 65534, gid: 65534 });
    expect(r.stderr).not.toMatch(/EACCES/);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(',80.00,');
    expect(temps(dir)).toEqual([]);
  });
});

describe('break 12: the sweep never removes a temporary file that may be in use', () => {
  it('a fresh temporary file is left alone, whatever its process ID; one untouched for over a day is removed', async () => {
    const dir = tempDir();
    const fresh = `.result.csv.999999999.ab12cd.tmp`; // no such process here, but maybe in another container
    const old = `.result.csv.999999998.ef34gh.tmp`;
    writeFileSync(join(dir, fresh), 'a live run elsewhere');
    writeFileSync(join(dir, old), 'left by a run killed long ago');
    const twoDaysAgo = Date.now() / 1000 - 2 * 86400;
    utimesSync(join(dir, old), twoDaysAgo, twoDaysAgo);
    expect(await removeStaleTemps(join(dir, 'result.csv'))).toEqual([join(dir, old)]);
    expect(temps(dir)).toEqual([fresh]);
  });

  it('a run leaves a fresh temporary file of another run in place and still writes its result', async () => {
    const dir = tempDir();
    const other = `.result.csv.999999997.zz99zz.tmp`; // no such process here
    writeFileSync(join(dir, other), 'another run');
    const r = await yibao(['batch', claims(dir), '--out', join(dir, 'result.csv')]);
    expect(r.code).toBe(0);
    expect(temps(dir)).toEqual([other]);
  });
});

describe('break 17: --out that rename cannot replace, or whose temporary name would be too long', () => {
  it('a 250-byte file name: written (the temporary name is shortened), nothing left behind', async () => {
    const dir = tempDir();
    const name = `${'结'.repeat(82)}.csv`; // 82 × 3 bytes + 4 = 250 bytes
    expect(Buffer.byteLength(name)).toBe(250);
    const r = await yibao(['batch', claims(dir), '--out', join(dir, name)]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, name), 'utf8')).toContain(',80.00,');
    expect(temps(dir)).toEqual([]);
  });

  it('a name over 255 bytes: refused before any row is read, saying why (exit 2)', async () => {
    const dir = tempDir();
    const r = await yibao(['batch', claims(dir), '--out', join(dir, `${'a'.repeat(256)}.csv`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ENAMETOOLONG/);
    expect(r.stderr).toMatch(/文件名过长/);
    expect(r.stderr).not.toMatch(/共 \d+ 行/);
    expect(r.stdout).toBe('');
  });

  const canMount = spawnSync('unshare', ['-m', 'true']).status === 0;
  it.skipIf(!built || !canMount)('a bind-mounted file (rename gives EBUSY): written in place, exit 0, the mount still a mount', () => {
    const dir = tempDir();
    const input = claims(dir);
    const source = join(dir, 'source.csv');
    const mounted = join(dir, 'mounted.csv');
    writeFileSync(source, 'old\n', { mode: 0o640 });
    writeFileSync(mounted, '');
    const script = `mount --bind "${source}" "${mounted}" && "${process.execPath}" "${bin}" batch "${input}" --out "${mounted}"; echo "exit=$?"; grep -c " ${mounted} " /proc/self/mountinfo`;
    const r = spawnSync('unshare', ['-m', 'bash', '-c', script], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/exit=0\n1\n/);
    expect(readFileSync(source, 'utf8')).toContain(',80.00,'); // through the mount, into the file mounted
    expect(statSync(source).mode & 0o777).toBe(0o640);
    expect(temps(dir)).toEqual([]);
    expect(existsSync(mounted)).toBe(true);
  });
});
