// The built CLI as a user runs it: `node bin/yibao.cjs` (built by `npm run build`, which
// `npm test` runs first), and what it loads at start-up: `yibao calc … --json` must load
// neither the prompt library nor zod nor yaml (nor the wizard, nor the line breaker), checked both in esbuild's
// metafile and by watching the modules Node actually loads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { startupGraph } from './startup-graph.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/yibao.cjs`;
const ARGS = ['calc', '--city', 'suizhou', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--json'];
const FORBIDDEN = [/node_modules\/@inquirer\//, /node_modules\/zod\//, /node_modules\/yaml\//, /node_modules\/linebreak\//, /src\/cli\/wizard\//, /src\/cli\/prompt/, /src\/policy\/parse\.ts/];

beforeAll(() => {
  if (!existsSync(`${root}dist/cli.cjs`)) spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
});

describe('bin/yibao.cjs (built)', () => {
  it('explains the contract example: fund 1200.00, cash 800.00, exit 0', () => {
    const r = spawnSync(process.execPath, [bin, ...ARGS], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.result.fund_pays).toBe('1200.00');
    expect(out.result.cash_due).toBe('800.00');
  });

  it('a bad amount: exit 2, one line in Chinese, no stack trace', () => {
    const r = spawnSync(process.execPath, [bin, ...ARGS.slice(0, -2), 'abc'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--amount');
  });

  it('the start-up graph of dist/cli.cjs (metafile) holds no prompt library, zod, yaml or wizard', () => {
    const g = startupGraph(`${root}dist/meta.json`);
    expect(g.inputs.some((i) => i.includes('src/cli/calc/run.ts'))).toBe(true);
    for (const re of FORBIDDEN) expect(g.inputs.filter((i) => re.test(i))).toEqual([]);
    expect(g.externals.filter((e) => !e.startsWith('node:'))).toEqual([]);
  });

  it('`calc … --json` loads only dist files, and none of them holds the forbidden modules', () => {
    const r = spawnSync(process.execPath, [bin, ...ARGS], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm,module' } });
    expect(r.status).toBe(0);
    // CommonJS modules (`load "/…/x.cjs" for module …`) and, were any loaded, ES modules (`Storing file://…`)
    const loaded = [
      ...new Set([...r.stderr.matchAll(/load "([^"]+)" for module/g), ...r.stderr.matchAll(/Storing file:\/\/(\S+)/g)].map((m) => m[1]!)),
    ];
    expect(loaded.some((f) => f.endsWith('/dist/cli.cjs'))).toBe(true);
    expect(loaded.filter((f) => f.includes('/node_modules/'))).toEqual([]);
    // Map each loaded dist file to the sources bundled into it.
    const meta = JSON.parse(readFileSync(`${root}dist/meta.json`, 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const byFile = new Map(Object.entries(meta.outputs).map(([k, v]) => [k.replace(/^.*?\/(?=(chunks\/)?[^/]+\.c?js$)/, ''), Object.keys(v.inputs)]));
    const inputs = loaded.filter((f) => f.includes('/dist/')).flatMap((f) => byFile.get(f.replace(/^.*\/dist\//, '')) ?? [`unknown:${f}`]);
    expect(inputs.filter((i) => i.startsWith('unknown:'))).toEqual([]);
    expect(inputs).toContain('src/cli/calc/run.ts');
    for (const re of FORBIDDEN) expect(inputs.filter((i) => re.test(i))).toEqual([]);
  });
});
