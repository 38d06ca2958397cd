// Opening a FIFO waits for the other end: reading waits for a writer, writing for a reader, in a
// thread that nothing can cancel, so Ctrl-C would be swallowed until someone opens the other end.
// On abort this module opens the other end itself for an instant (without waiting), which lets
// the pending open finish; the run then sees the abort and ends (exit 130).
import { closeSync, constants, openSync } from 'node:fs';

/**
 * While `open` runs: if `signal` aborts, briefly open `path` from the other side (for writing
 * when we read, for reading when we write). Returns open's result.
 */
export async function openFifoAbortably<T>(path: string, weRead: boolean, signal: AbortSignal | undefined, open: () => Promise<T>): Promise<T> {
  if (!signal) return open();
  const otherEnd = () => {
    try {
      closeSync(openSync(path, (weRead ? constants.O_WRONLY : constants.O_RDONLY) | constants.O_NONBLOCK));
    } catch {
      // nobody waiting after all (ENXIO), or the path changed: nothing to release
    }
  };
  if (signal.aborted) otherEnd();
  signal.addEventListener('abort', otherEnd, { once: true });
  try {
    return await open();
  } finally {
    signal.removeEventListener('abort', otherEnd);
  }
}
