// Helpers for the hostile-input tests (issue 13): the built CLI run as a real process (for
// memory limits, devices, signals and time bounds), files written in pieces so that a 200 MB
// line never has to exist in the test's own memory, and the claims rows the tests reuse.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { CsvReader, type Dialect } from '../../src/batch/csv.js';

export { built, tempDir, waitFor, yibao, readCsv } from '../batch/helpers.js';

export const BIN = fileURLToPath(new URL('../../bin/yibao.cjs', import.meta.url));

/** One claim row of a scheme,status,tier,amount file: (600 − 500) × 80% = 80.00 from the fund. */
export const HEADER = 'scheme,status,tier,amount\n';
export const ROW = 'employee,active,1,600\n';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit, in ms. */
  ms: number;
}

// A child a failed test leaves running (blocked on a FIFO, say) is killed after the test.
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

/** Starts `node [nodeArgs] bin/yibao.cjs args`; `done` resolves when it exits. */
export function start(args: string[], opts: { nodeArgs?: string[]; spawn?: SpawnOptions } = {}): { child: ChildProcess; done: Promise<Finished>; stderr: () => string } {
  const started = performance.now();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'], ...opts.spawn });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  child.stdin?.on('error', () => {}); // EPIPE once the child has gone: expected in these tests
  const done = new Promise<Finished>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
  });
  return { child, done, stderr: () => stderr };
}

/** Runs the built CLI to the end (killing it after `killAfterMs`, so a hang fails the test instead of the run). */
export async function run(args: string[], opts: { nodeArgs?: string[]; spawn?: SpawnOptions; killAfterMs?: number } = {}): Promise<Finished> {
  const { child, done } = start(args, opts);
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs ?? 60_000);
  const finished = await done;
  clearTimeout(timer);
  return finished;
}

/** Writes `parts` to `file` in order; a number n is n bytes of `fill`, written 1 MiB at a time. */
export function writePieces(file: string, parts: (string | number)[], fill = 'x'): void {
  const fd = openSync(file, 'w');
  const mib = Buffer.alloc(1024 * 1024, fill);
  try {
    for (const part of parts) {
      if (typeof part === 'string') {
        writeSync(fd, part);
        continue;
      }
      for (let left = part; left > 0; left -= mib.length) writeSync(fd, mib, 0, Math.min(left, mib.length));
    }
  } finally {
    closeSync(fd);
  }
}

/** Whether a thread of process `pid` waits in the kernel at `wchan` (e.g. wait_for_partner: opening a FIFO). */
export function waitsIn(pid: number, wchan: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).some((t) => {
      try {
        return readFileSync(`/proc/${pid}/task/${t}/wchan`, 'utf8').trim() === wchan;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

export interface Read {
  records: string[][];
  problems: { index: number; line: number; kind: string }[];
}

/** Reads `text` in pieces cut at `cuts`, as a stream would deliver it. */
export function readRecords(text: string, cuts: number[] = [], dialect?: Dialect): Read {
  const reader = new CsvReader(dialect);
  const records: string[][] = [];
  const problems: Read['problems'] = [];
  const take = (got: string[][]) => {
    for (const p of reader.problems) problems.push({ ...p, index: p.index + records.length });
    expect(reader.lines).toHaveLength(got.length);
    records.push(...got);
  };
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    take(reader.push(text.slice(from, cut)));
    from = cut;
  }
  take(reader.push(text.slice(from)));
  take(reader.end());
  return { records, problems };
}
