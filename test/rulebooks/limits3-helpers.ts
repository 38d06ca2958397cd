// calc and batch on the trial-3 fixtures of test/fixtures/limits3 (鹤汀, 苇川: fiction, /work/trial3): the
// JSON answer of a claim that must be answered, the result fields picked in order, a batch run's rows.
import { expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';

export const HT_OP = 'test/fixtures/limits3/heting-outpatient.yaml';
export const HT_IP = 'test/fixtures/limits3/heting-inpatient.yaml';
export const WC = 'test/fixtures/limits3/weichuan.yaml';

export const calc = (policy: string, ...args: string[]) => ['calc', '--policy', policy, ...args];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function run(args: string[]): Promise<any> {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

export const pick = (j: { result: Record<string, unknown> }, ...keys: string[]) => keys.map((k) => j.result[k]);
export const codes = (j: { warnings: { code: string }[] }) => j.warnings.map((w) => w.code);

/** A batch run of `csv` (its text) on a policy (with `extra` flags), as JSONL rows in input order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function batchRows(policy: string, csv: string, extra: string[] = []): Promise<any[]> {
  const dir = mkdtempSync(join(tmpdir(), 'limits3-'));
  const file = join(dir, 'claims.csv');
  writeFileSync(file, csv);
  const out = await yibao(['batch', '--policy', policy, file, '--output-format', 'jsonl', ...extra]);
  expect(out.code, out.stderr).toBe(0);
  return out.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

/** A copy of a fixture with `from` replaced by `to`, beside its sources; returns its path. */
export async function variant(policy: string, from: string, to: string): Promise<string> {
  const { readFileSync, cpSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'limits3-'));
  cpSync('test/fixtures/limits3/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(policy, 'utf8');
  expect(text, `fixture text to replace: ${from}`).toContain(from);
  const path = join(dir, 'p.yaml');
  writeFileSync(path, text.replace(from, to));
  return path;
}
