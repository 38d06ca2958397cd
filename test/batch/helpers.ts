// Runs `yibao batch|check` in-process as src/cli/main.ts does (test/helpers/cli.ts: captured
// stdout and stderr, an optional stdin, today fixed at 2024-05-01); plus a temporary directory per
// test and a CSV reader (csv-parse, as an independent oracle for what a spreadsheet would see);
// and the built CLI caught in the middle of a run, for the signal tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterEach } from 'vitest';
import { runYibao, type CliRun } from '../helpers/cli.js';

export function yibao(args: string[], opts: { stdin?: PassThrough; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return runYibao(args, opts);
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'yibao-batch-'));
  dirs.push(d);
  return d;
}

/** A file named `name` holding `content`, in a fresh temporary directory: its path. */
export function tempFile(content: string | Uint8Array, name = 'claims.csv'): string {
  const f = join(tempDir(), name);
  writeFileSync(f, content);
  return f;
}

/** CSV text as records of named cells, read by csv-parse (what a spreadsheet would show). */
export function readCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];
}

export const readText = (file: string) => readFileSync(file, 'utf8');

/** The result columns of a row that tests compare, in contract order. */
export const money = (r: Record<string, string>) => ({
  status: r.row_status,
  in_scope: r.in_scope,
  deductible_applied: r.deductible_applied,
  ratio: r.ratio,
  fund_pays: r.fund_pays,
  patient_share: r.patient_share,
  cash_due: r.cash_due,
  ytd_deductible_after: r.ytd_deductible_after,
  ytd_fund_after: r.ytd_fund_after,
});

/** Polls `ready` every 10 ms until it is true (for a child process reaching a state); fails after `ms`. */
export async function waitFor(ready: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Whether `npm run build` has run: the signal tests need a real process. */
export const built = existsSync(fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url)));

/**
 * The built CLI running `batch - --out <dir>/result.csv` on 20,000 rows from stdin, returned
 * once its temporary file exists (so the run is under way), with what it wrote on stderr so far.
 */
export async function builtBatchRunning(dir: string): Promise<{ child: ChildProcess; stderr: () => string }> {
  const bin = fileURLToPath(new URL('../../bin/yibao.cjs', import.meta.url));
  const child = spawn(process.execPath, [bin, 'batch', '-', '--out', join(dir, 'result.csv'), '--date', '2024-01-01'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdin!.on('error', () => {}); // EPIPE once the child has gone: expected here
  child.stdin!.write(`date,scheme,status,tier,amount\n${'2024-05-01,employee,active,1,600\n'.repeat(20000)}`);
  await waitFor(() => readdirSync(dir).some((f) => f.endsWith('.tmp')));
  return { child, stderr: () => stderr };
}
