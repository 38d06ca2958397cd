// What `yibao batch <file.csv>` loads: the workbook reader (src/xlsx/, the XML parser saxes and
// the zip reader yauzl) only for a workbook, so a CSV run does not pay for loading it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/yibao.cjs`;
const dir = mkdtempSync(join(tmpdir(), 'yibao-batch-modules-'));

beforeAll(() => {
  if (!existsSync(`${root}dist/cli.cjs`)) spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch on a CSV file', () => {
  it('computes the rows and loads neither the workbook reader nor its packages', () => {
    const input = join(dir, 'claims.csv');
    const out = join(dir, 'out.csv');
    // the contract's example: Suizhou 2024, an active employee, tier 1, 2000 yuan: fund 1200.00
    writeFileSync(input, 'person_id,date,city,scheme,status,tier,amount\nP1,2024-06-01,suizhou,employee,active,1,2000\n');
    const r = spawnSync(process.execPath, [bin, 'batch', input, '--out', out], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm,module' } });
    expect(r.status).toBe(0);
    const [header, row] = readFileSync(out, 'utf8').trim().split('\n');
    expect(row!.split(',')[header!.split(',').indexOf('fund_pays')]).toBe('1200.00');
    const loaded = [...new Set([...r.stderr.matchAll(/load "([^"]+)" for module/g), ...r.stderr.matchAll(/Storing file:\/\/(\S+)/g)].map((m) => m[1]!))];
    expect(loaded.filter((f) => /node_modules\/(saxes|yauzl|xmlchars)\//.test(f))).toEqual([]);
    const meta = JSON.parse(readFileSync(`${root}dist/meta.json`, 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const byFile = new Map(Object.entries(meta.outputs).map(([k, v]) => [k.replace(/^.*?\/(?=(chunks\/)?[^/]+\.c?js$)/, ''), Object.keys(v.inputs)]));
    const inputs = loaded.filter((f) => f.includes('/dist/')).flatMap((f) => byFile.get(f.replace(/^.*\/dist\//, '')) ?? []);
    expect(inputs).toContain('src/batch/run.ts');
    expect(inputs.filter((i) => i.startsWith('src/xlsx/read') || i.startsWith('src/xlsx/zip') || i.startsWith('src/xlsx/xml'))).toEqual([]);
  });
});
