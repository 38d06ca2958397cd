// calc and batch on the round-4 trial fixture test/fixtures/layer4/chengxiu.yaml (澄岫: fiction,
// /work/trial4/chengxiu/rulebook.txt): the JSON answer of a claim that must be answered, result
// fields picked in order, a variant of the fixture, a batch run's rows.
import { expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { yibao } from '../cli/calc-helpers.js';

export const CX = 'test/fixtures/layer4/chengxiu.yaml';

export const calc = (policy: string, ...args: string[]) => ['calc', '--policy', policy, ...args];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function run(args: string[]): Promise<any> {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

export const pick = (j: { result: Record<string, unknown> }, ...keys: string[]) => keys.map((k) => j.result[k]);
export const codes = (j: { warnings: { code: string }[] }) => j.warnings.map((w) => w.code);

/** A copy of the fixture with each `from` replaced by its `to`, beside its sources; returns its path. */
export function variant(...pairs: [string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'layer4-'));
  cpSync('test/fixtures/layer4/sources', join(dir, 'sources'), { recursive: true });
  let text = readFileSync(CX, 'utf8');
  for (const [from, to] of pairs) {
    expect(text, `fixture text to replace: ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  const path = join(dir, 'chengxiu.yaml');
  writeFileSync(path, text);
  return path;
}

/** A batch run of `csv` (its text) on a policy, as JSONL rows in input order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function batchRows(policy: string, csv: string, extra: string[] = []): Promise<any[]> {
  const dir = mkdtempSync(join(tmpdir(), 'layer4-'));
  const file = join(dir, 'claims.csv');
  writeFileSync(file, csv);
  const out = await yibao(['batch', '--policy', policy, file, '--output-format', 'jsonl', ...extra]);
  expect(out.code, out.stderr).toBe(0);
  return out.stdout.trim().split('\n').map((l) => JSON.parse(l));
}
