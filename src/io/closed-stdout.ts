// Whether the shell closed stdout (`>&-`). Node then puts /dev/null on the descriptor, opened
// read-write, so writes succeed into nothing and a command would exit 0 with its answer gone;
// a `> /dev/null` of the shell opens it write-only (the user's choice, not a mistake).
// Linux only (/proc); elsewhere, or when unsure, false.
import { readFileSync, readlinkSync } from 'node:fs';

export function stdoutWasClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return flags !== null && (Number.parseInt(flags[1]!, 8) & 3) === 2; // O_ACCMODE === O_RDWR
  } catch {
    return false;
  }
}
