// The one way yibao writes an --out FILE (batch, check, policy init). A regular file (or a new
// one) is written to a temporary file beside it and renamed into place when complete, so a
// failed or interrupted run never leaves half a file under that name. A symlink is followed:
// the temporary file goes beside the real target and is renamed onto it, so the link stays a
// link. A target that exists and is not a regular file (a character device such as /dev/null,
// a FIFO, a socket) is written directly: renaming onto it would replace the device or pipe
// with a plain file. A directory is refused. The temporary file is removed on every failure
// path, and on SIGTERM, SIGHUP, SIGQUIT, SIGUSR2, SIGALRM (and the resource limits) or process
// exit too; what a SIGKILL leaves, a later run for the same target removes once it is a day old
// (temp-names.ts). The file replaced keeps its mode (a 0600 results file stays 0600), and a file
// the user may not write (a 0444 file the shell's `>` refuses, a read-only mount) is refused
// before any row is read, as is a name longer than a file name may be. A target rename cannot
// replace (a file bind-mounted into a container: EBUSY) gets the finished output copied onto it.
// No CLI imports: callers turn OutFileError into their own exit code.
import { lstat, open, readlink, realpath, stat, unlink, utimes, type FileHandle } from 'node:fs/promises';
import { unlinkSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { WriteStream } from 'node:fs';
import type { Text } from '../domain.js';
import { safeLine } from '../safe-text.js';
import { openFifoAbortably } from './fifo.js';
import { NAME_MAX, TOUCH_EVERY_MS, removeStaleTemps, tempName } from './temp-names.js';
import { checkWritable, keepMode, putInPlace } from './replace.js';
import { isMountPoint } from './mounts.js';

export { removeStaleTemps } from './temp-names.js';

/** Why an --out target cannot be written; `messages` name the path the user gave. */
export class OutFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'directory' | 'io',
    readonly code: string,
    readonly messages: Text,
  ) {
    super(messages.en);
    this.name = 'OutFileError';
  }
}

const directoryError = (path: string) =>
  new OutFileError(path, 'directory', 'EISDIR', {
    zh: `${safeLine(path)} 是目录,不能作为输出文件;请给出文件名。`,
    en: `${safeLine(path)} is a directory, not a file to write; give a file name.`,
  });

/** Why a target cannot be written, in words, for the codes a user can act on. */
const REASONS: Record<string, Text> = {
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '不允许写入', en: 'operation not permitted' },
  EROFS: { zh: '只读文件系统', en: 'read-only file system' },
  ENAMETOOLONG: { zh: `文件名过长(最多 ${NAME_MAX} 字节)`, en: `the file name is too long (${NAME_MAX} bytes at most)` },
  ENOSPC: { zh: '磁盘已满', en: 'no space left on device' },
  ENOENT: { zh: '所在目录不存在', en: 'its directory does not exist' },
};

export const outFileError = (path: string, error: unknown): OutFileError => {
  if (error instanceof OutFileError) return error;
  const code = (error as NodeJS.ErrnoException)?.code ?? 'error';
  const why = REASONS[code];
  return new OutFileError(
    path,
    'io',
    code,
    why
      ? { zh: `无法写入 ${safeLine(path)}:${why.zh}(${code}),未读取任何数据。`, en: `cannot write ${safeLine(path)}: ${why.en} (${code}); nothing was read.` }
      : { zh: `无法写入 ${safeLine(path)}(${code})。`, en: `cannot write ${safeLine(path)} (${code}).` },
  );
};

/** A file as the file system knows it: the same device and inode are the same file, by any name. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/**
 * Whether `path` (through any symlink, `./`, `..` or hard link) is the file `identity`: an --out
 * that would replace the input. A path that does not exist is not.
 */
export async function namesFile(path: string, identity: FileIdentity): Promise<boolean> {
  const info = await stat(path, { bigint: true }).catch(() => undefined);
  return info !== undefined && info.dev === identity.dev && info.ino === identity.ino;
}

/** Where the bytes go: the real file behind any symlink, and how to write it. */
export interface OutTarget {
  /** The real path written (or renamed onto). */
  real: string;
  /** true: write in place (device, FIFO, socket); false: temporary file + rename. */
  direct: boolean;
  /** The regular file there now, when there is one (its mode is kept). */
  existing?: Stats | undefined;
}

/** Follows a symlink (even a dangling one) to the path it names. */
async function realTarget(path: string): Promise<string> {
  const abs = resolve(path);
  const link = await lstat(abs).catch(() => undefined);
  if (!link?.isSymbolicLink()) return abs;
  try {
    return await realpath(abs);
  } catch {
    // A dangling link: write the file it points to, as the shell's `>` would.
    return resolve(dirname(abs), await readlink(abs));
  }
}

/** What writing `path` means; throws OutFileError for a directory. */
export async function outTarget(path: string): Promise<OutTarget> {
  let real: string;
  try {
    real = await realTarget(path);
  } catch (error) {
    throw outFileError(path, error);
  }
  const info = await stat(real).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw outFileError(path, error);
  });
  if (info?.isDirectory()) throw directoryError(path);
  return { real, direct: info !== undefined && !info.isFile(), existing: info?.isFile() ? info : undefined };
}

/** Why a temporary file cannot be made beside a target that can itself be written: the directory refuses. */
const DIRECTORY_REFUSES: ReadonlySet<string> = new Set(['EACCES', 'EPERM', 'EROFS']);

// Temporary files alive now, removed synchronously if the process is killed or exits first.
const live = new Set<string>();
let hooked = false;

function removeLive(): void {
  for (const t of live) {
    try {
      unlinkSync(t);
    } catch {
      // already gone
    }
  }
  live.clear();
}

/**
 * The signals that end the process by default and that a person or a system sends to stop a
 * run (kill, logout, Ctrl-\\, timers, resource limits): each removes the temporary files first.
 * SIGINT is the run's own (batch stops and discards); SIGKILL cannot be caught, so the next run
 * removes what it left (removeStaleTemps).
 */
const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR2', 'SIGALRM', 'SIGXCPU', 'SIGXFSZ'];

function onSignal(signal: NodeJS.Signals): void {
  removeLive();
  unhook();
  // Die of the same signal, as if no handler had been installed (exit status 128+n).
  process.kill(process.pid, signal);
}

function hook(): void {
  if (hooked) return;
  hooked = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', removeLive);
}

function unhook(): void {
  if (!hooked || live.size > 0) return;
  hooked = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', removeLive);
}

/** An --out file being written: a stream, then commit (rename into place) or discard. */
export interface OutFile {
  readonly stream: WriteStream;
  /** Closes the stream and puts the file in place; on failure removes the temporary file. */
  commit(): Promise<void>;
  /** Stops writing and removes the temporary file (a device or FIFO is just closed). */
  discard(): Promise<void>;
}

function closed(stream: WriteStream): Promise<void> {
  return stream.closed ? Promise.resolve() : new Promise((done) => stream.once('close', () => done()));
}

/**
 * Opens `path` for writing as described above; throws OutFileError. `signal` ends a wait for
 * a FIFO's reader (fifo.ts).
 */
export async function openOutFile(path: string, signal?: AbortSignal): Promise<OutFile> {
  const target = await outTarget(path);
  if (!target.direct) {
    await checkWritable(target).catch((error: unknown) => {
      throw outFileError(path, error);
    });
    await removeStaleTemps(target.real);
  }
  let temp = target.direct ? undefined : tempName(target.real);
  // Watched before it exists: a signal that comes while it is being created still removes it.
  if (temp) {
    live.add(temp);
    hook();
  }
  let handle: FileHandle;
  try {
    const opening = () => open(temp ?? target.real, temp ? 'wx' : 'w');
    handle = target.direct ? await openFifoAbortably(target.real, false, signal, opening) : await opening();
    if (temp) await keepMode(handle, target.existing);
  } catch (error) {
    if (temp) {
      await unlink(temp).catch(() => undefined);
      live.delete(temp);
      unhook();
    }
    if (!temp || !target.existing || !DIRECTORY_REFUSES.has((error as NodeJS.ErrnoException).code ?? '')) throw outFileError(path, error);
    // The directory takes no new file, but the file itself may be written (checked above), as the
    // shell's `>` would: written in place, without the safety of the rename.
    temp = undefined;
    handle = await open(target.real, 'w').catch((e: unknown) => {
      throw outFileError(path, e);
    });
  }
  // A run waiting on its input still touches its temporary file: the sweep of another run must not take it for a dead one's.
  const touching = temp ? setInterval(() => void utimes(temp, new Date(), new Date()).catch(() => undefined), TOUCH_EVERY_MS).unref() : undefined;
  const mounted = temp !== undefined && target.existing !== undefined && (await isMountPoint(target.real));
  const stream = handle.createWriteStream();
  let failure: unknown;
  stream.on('error', (error) => (failure ??= error));
  /** The temporary file is no longer ours to remove on exit (renamed into place, or removed). */
  const forget = () => {
    clearInterval(touching);
    if (!temp) return;
    live.delete(temp);
    unhook();
  };
  const removeTemp = async () => {
    if (temp) await unlink(temp).catch(() => undefined);
    forget();
  };
  return {
    stream,
    async commit() {
      if (!stream.writableEnded) stream.end();
      await closed(stream);
      try {
        if (failure) throw failure;
        if (temp) await putInPlace(temp, target.real, mounted);
      } catch (error) {
        await removeTemp();
        throw outFileError(path, error);
      }
      forget();
    },
    async discard() {
      stream.destroy();
      await closed(stream);
      await removeTemp();
    },
  };
}

/** Writes `text` to `path` whole (policy init): the same rules, for a small text. */
export async function writeOutFile(path: string, text: string): Promise<void> {
  const out = await openOutFile(path);
  try {
    await new Promise<void>((done, fail) => {
      out.stream.once('error', fail);
      out.stream.end(text, () => done());
    });
    await out.commit();
  } catch (error) {
    await out.discard();
    throw outFileError(path, error);
  }
}
