// The temporary files of an --out target (out-file.ts): their names, and the sweep that removes
// those a killed run left behind. A name is `.NAME.PID.xxxxxx.tmp` beside the target; a NAME too
// long for that (a file name holds at most 255 bytes) is cut and given a short hash, so a
// 250-byte target name still has a temporary name. The sweep judges by age alone: a process ID
// means nothing across containers or NFS, so a file is removed only once nothing has touched it
// for a day (a live run writes to it, or touches it every few minutes while it waits).
import { createHash } from 'node:crypto';
import { lstat, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The most bytes a file name may hold (Linux, macOS, Windows alike). */
export const NAME_MAX = 255;
/** A temporary file untouched for longer than this is a dead run's, and may be removed. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
/** How often a live run touches its temporary file while nothing is written (well under STALE_AFTER_MS). */
export const TOUCH_EVERY_MS = 10 * 60 * 1000;

/** Room for the dot, `.PID` (up to 10 digits), `.xxxxxx` and `.tmp`. */
const SUFFIX_BYTES = 1 + 11 + 7 + 4;

/** The first characters of `name` that fit in `bytes` bytes of UTF-8 (never half a character). */
function cutToBytes(name: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of name) {
    used += Buffer.byteLength(ch);
    if (used > bytes) break;
    out += ch;
  }
  return out;
}

/** The NAME part of the temporary names of `target`: its base name, or a cut of it and a hash. */
export function tempStem(target: string): string {
  const name = basename(target);
  if (Buffer.byteLength(name) + SUFFIX_BYTES <= NAME_MAX) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${cutToBytes(name, NAME_MAX - SUFFIX_BYTES - 9)}~${hash}`;
}

/** A new temporary file name for `target`, beside it. */
export function tempName(target: string): string {
  return join(dirname(target), `.${tempStem(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}.tmp`);
}

/** The temporary file names of `target` (`.NAME.PID.xxxxxx.tmp`). */
function tempPattern(target: string): RegExp {
  const stem = tempStem(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${stem}\\.\\d+(?:\\.[a-z0-9]+)?\\.tmp$`);
}

/**
 * Removes the temporary files of `target` that nothing has touched for STALE_AFTER_MS (left by
 * a run killed with SIGKILL, or a machine that lost power); a younger one may be another run's,
 * here or in another container sharing the directory, and is left alone. Returns what it removed.
 */
export async function removeStaleTemps(target: string, now = Date.now()): Promise<string[]> {
  const pattern = tempPattern(target);
  const dir = dirname(target);
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!pattern.test(name)) continue;
    const path = join(dir, name);
    const info = await lstat(path).catch(() => undefined);
    if (!info || !info.isFile() || now - info.mtimeMs <= STALE_AFTER_MS) continue;
    if (await unlink(path).then(() => true, () => false)) removed.push(path);
  }
  return removed;
}
