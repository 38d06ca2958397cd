// A batch run of a stay5 fixture (栖湾, test/fixtures/stay5): the CSV output's rows as
// [row_status, fund_pays, error, warnings], and the run's exit code and stderr.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yibao } from '../cli/calc-helpers.js';

export async function batchStatus(input: string, policy: string, dir: string) {
  const out = await yibao(['batch', input, '--policy', policy, '--out', join(dir, 'out.csv')]);
  const rows = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
  const col = (name: string) => rows[0]!.indexOf(name);
  return { out, rows: rows.slice(1).map((r) => [r[col('row_status')], r[col('fund_pays')], r[col('error')] ?? '', r[col('warnings')]]) };
}
