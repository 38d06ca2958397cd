// Runs `yibao` in-process as src/cli/main.ts does (test/helpers/cli.ts: captured output, chosen
// terminal flags and environment, today fixed at 2024-05-01). Also the contract's example claim
// and a JSON reader.
import { runYibao, type CliRun, type FakeIoOptions } from '../helpers/cli.js';

export function yibao(args: string[], opts: FakeIoOptions = {}): Promise<CliRun> {
  return runYibao(args, { stdinTTY: false, ...opts });
}

/** The contract's example: Suizhou, employee, active, tier 1, 2000 yuan. */
export const EXAMPLE = ['calc', '--city', 'suizhou', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000'];

/** A Suizhou employee claim on 2024-06-01 with the given extra flags. */
export const employee = (status: string, tier: string, amount: string, ...more: string[]) => [
  'calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', status, '--tier', tier, '--amount', amount, ...more,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json(args: string[], opts?: FakeIoOptions): Promise<any> {
  const r = await yibao([...args, '--json'], opts);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
