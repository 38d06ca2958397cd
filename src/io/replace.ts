// How out-file.ts replaces an existing --out file: checked before any row is read (a name too
// long, a file the user may not write), the temporary file given the old file's mode, and put in
// place by rename, or by a copy where rename cannot replace the target (a bind mount: EBUSY).
import { constants, copyFile, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename } from 'node:path';
import { NAME_MAX } from './temp-names.js';

const nameTooLong = () => Object.assign(new Error('name too long'), { code: 'ENAMETOOLONG' });

/**
 * Refuses, before any row is read, what writing `target` would fail on at the end: a name longer
 * than a file name may be, and an existing file the user may not write (opened for writing
 * without truncating it, so the kernel decides exactly as for the shell's `>`).
 */
export async function checkWritable(target: { real: string; existing?: Stats | undefined }): Promise<void> {
  if (Buffer.byteLength(basename(target.real)) > NAME_MAX) throw nameTooLong();
  if (target.existing) await (await open(target.real, constants.O_WRONLY)).close();
}

/** Gives the temporary file the mode (and, when we may, the owner) of the file it will replace. */
export async function keepMode(handle: FileHandle, existing: Stats | undefined): Promise<void> {
  if (!existing) return;
  await handle.chmod(existing.mode & 0o7777);
  if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
}

/**
 * The finished temporary file onto the target: renamed, or, where rename cannot replace the
 * target (a mount point: EBUSY; another file system: EXDEV), copied onto it and removed.
 */
export async function putInPlace(temp: string, real: string, mounted: boolean): Promise<void> {
  if (!mounted) {
    try {
      await rename(temp, real);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EBUSY' && code !== 'EXDEV') throw error;
    }
  }
  await copyFile(temp, real);
  await unlink(temp);
}
