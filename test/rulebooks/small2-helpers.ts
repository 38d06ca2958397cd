// calc on the 枫渚 fixture (test/fixtures/small2/fengzhu.yaml): the JSON answer of a claim that must
// be answered (exit 0), and the result fields picked in order.
import { expect } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

export const FZ = ['calc', '--policy', 'test/fixtures/small2/fengzhu.yaml'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function run(args: string[]): Promise<any> {
  const out = await yibao([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

export const pick = (j: { result: Record<string, string> }, ...keys: string[]) => keys.map((k) => j.result[k]);
