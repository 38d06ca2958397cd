// Fast rows (src/batch/fast-row.ts): a row of a combination of words already seen is settled from
// that combination's claim instead of being parsed again. It must give exactly what the general
// path gives, so the same files are settled both ways (the switch off: every row the general
// way) and every output byte and the summary compared: the 白鹭 benchmark's generator
// (bench/lib/generate-bailu.mjs: every structure of the rulebook, people with many rows), and the
// same rows with seeded damage mixed in: amounts and dates written other ways, lower-case and
// padded ids (the same person as the plain id), rows out of order, a year with no rules, 乙类
// above the in-scope cost, unknown diseases, facilities named as the level, total rows, a status
// change within the year, blank lines. Both paths run on every file, rows of a person alternate
// between them, and a failed row must stop the fast path for that person as it marks the rest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateBailuClaims } from '../../bench/lib/generate-bailu.mjs';
import { prng } from '../../bench/lib/generate.mjs';
import { fastRowSwitch } from '../../src/batch/fast-row.js';
import { tempDir, yibao } from './helpers.js';

const POLICY = join(process.cwd(), 'examples', 'rulebooks', 'bailu.yaml');

afterEach(() => {
  fastRowSwitch.on = true;
});


// columns: person_id,date,scheme,status,grade,benefit,tier,amount,out_of_scope,class_b_drugs,class_b_items,disease,diseases,assistance
const DAMAGE: ((cells: string[], rand: () => number) => string[] | string)[] = [
  (c) => ((c[7] = `${c[7]!.split('.')[0]!.replace(/\B(?=(\d{3})+$)/g, ',')}.${c[7]!.split('.')[1] ?? '00'}`), c), // 1,234.56: the general parser's
  (c) => ((c[7] = ` ${c[7]} `), c),
  (c) => ((c[7] = '0'), c),
  (c) => ((c[7] = ''), c),
  (c) => ((c[7] = '１２３.４５'), c), // full width
  (c) => ((c[8] = String(Number(c[7]) + 1)), c), // 目录外 above the amount
  (c) => ((c[9] = c[7]!), (c[10] = '1.00'), c), // 乙类 above the in-scope cost
  (c) => ((c[1] = c[1]!.replace(/-/g, '/')), c),
  (c) => ((c[1] = '2024-12-31'), c), // before the rulebook's version: no rules
  (c) => ((c[1] = '2025-01-01'), c), // out of order for a person seen later in the year
  (c) => ((c[0] = c[0]!.toLowerCase()), c), // the same person, normalised by the general path
  (c) => ((c[0] = ` ${c[0]}`), c),
  (c) => ((c[0] = ''), c),
  (c) => ((c[6] = '社区卫生服务中心'), c), // a facility counted as level 1
  (c) => ((c[6] = '社区卫生服务站'), c), // a facility whose level is not stated: exit-3 row
  (c) => ((c[6] = '4'), c),
  (c) => ((c[11] = c[11] === '' ? '' : '白化病'), c), // a disease the rulebook does not list
  (c) => ((c[3] = c[2] === 'employee' ? (c[3] === 'active' ? 'retired' : 'active') : c[3]!), c), // status changed within the year
  (c) => ((c[3] = c[2] === 'resident' ? 'active' : c[3]!), c), // a status for a resident: an error
  (c) => ((c[2] = '职工'), c), // the scheme in Chinese: another combination, the same claim
  (c) => ((c[0] = '合计'), c),
  () => '',
  (c) => [...c, 'extra'],
];

/** The generator's rows, with damage at rate `rate`. */
function damaged(text: string, rate: number, seed: number): string {
  const rand = prng(seed);
  const [header, ...rows] = text.trimEnd().split('\n');
  const out = [header!];
  for (const row of rows) {
    if (rand() >= rate) {
      out.push(row);
      continue;
    }
    const d = DAMAGE[Math.floor(rand() * DAMAGE.length)]!(row.split(','), rand);
    out.push(typeof d === 'string' ? d : d.join(','));
  }
  return `${out.join('\n')}\n`;
}

/** The output and the summary (without its timing) of one batch run, fast rows on or off. */
async function settled(file: string, fast: boolean, format = 'csv'): Promise<{ out: string; summary: string; code: number }> {
  fastRowSwitch.on = fast;
  const out = `${file}.${fast ? 'fast' : 'general'}.${format}`;
  const run = await yibao(['batch', file, '--policy', POLICY, '--out', out]);
  return { out: readFileSync(out, 'utf8'), summary: run.stderr.replace(/用时 [\d.]+ 秒.每秒 \d+ 行/, ''), code: run.code };
}

async function bothWays(text: string, format = 'csv'): Promise<void> {
  const file = join(tempDir(), 'claims.csv');
  writeFileSync(file, text);
  const general = await settled(file, false, format);
  fastRowSwitch.rows = 0;
  const fast = await settled(file, true, format);
  // most rows take the fast path (a combination's first row and the damaged ones do not)
  expect(fastRowSwitch.rows).toBeGreaterThan(text.split('\n').length * 0.5);
  expect(fast.code).toBe(general.code);
  expect(fast.summary).toBe(general.summary);
  // cell by cell first (a readable difference), then every byte
  const a = general.out.split('\n');
  const b = fast.out.split('\n');
  expect(b.length).toBe(a.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) expect({ line: i, cells: b[i]!.split(',') }).toEqual({ line: i, cells: a[i]!.split(',') });
  expect(fast.out).toBe(general.out);
}

describe('fast rows give what the general path gives', () => {
  it('on the benchmark generator\'s rows (300 people, many rows each)', async () => {
    const file = join(tempDir(), 'gen.csv');
    await generateBailuClaims(file, 6000, 20250101, 300);
    await bothWays(readFileSync(file, 'utf8'));
  }, 60_000);

  for (const seed of [1, 2, 3]) {
    it(`on the same rows with damage mixed in (seed ${seed})`, async () => {
      const file = join(tempDir(), 'gen.csv');
      await generateBailuClaims(file, 4000, 20250101 + seed, 200);
      await bothWays(damaged(readFileSync(file, 'utf8'), 0.08, seed));
    }, 60_000);
  }

  it('as JSONL too', async () => {
    const file = join(tempDir(), 'gen.csv');
    await generateBailuClaims(file, 2000, 7, 100);
    await bothWays(damaged(readFileSync(file, 'utf8'), 0.05, 9), 'jsonl');
  }, 60_000);
});
