// Whether a path is a mount point (a file bind-mounted into a container, as `docker -v
// results.csv:/data/results.csv` does): rename cannot replace it (EBUSY), so out-file.ts copies
// the finished output onto it instead. Linux only (/proc/self/mountinfo); elsewhere false, and
// the EBUSY of the rename leads to the same copy.
import { readFile } from 'node:fs/promises';

/** mountinfo escapes space, tab, newline and backslash as octal (\040). */
const unescape = (field: string): string => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)));

export async function isMountPoint(path: string): Promise<boolean> {
  const info = await readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
  for (const line of info.split('\n')) {
    const mountPoint = line.split(' ')[4];
    if (mountPoint !== undefined && unescape(mountPoint) === path) return true;
  }
  return false;
}
