// A batch run of a stay5 fixture (栖湾, test/fixtures/stay5): `csv` written to a file of its own, and for
// each policy the CSV output's rows as [row_status, fund_pays, error, warnings], with the run's exit
// code and stderr.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yibao } from '../cli/calc-helpers.js';

export function stayBatch(csv: string) {
  const dir = mkdtempSync(join(tmpdir(), 'stay-batch-'));
  const input = join(dir, 'in.csv');
  writeFileSync(input, csv);
  return async (policy: string) => {
    const out = await yibao(['batch', input, '--policy', policy, '--out', join(dir, 'out.csv')]);
    const rows = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const col = (name: string) => rows[0]!.indexOf(name);
    return { out, rows: rows.slice(1).map((r) => [r[col('row_status')], r[col('fund_pays')], r[col('error')] ?? '', r[col('warnings')]]) };
  };
}
