// The build step: the committed JSON Schema is the one generated from the zod schema, every
// bundled policy points at it, an invalid bundled policy fails the build with file:line:col,
// and the built CLI's start-up graph does not load yaml or zod.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPolicyIds } from '../../src/policy/bundled.js';
import { compileBundledPolicies, policyJsonSchemaText } from '../../src/policy/compile.js';
import { policyText, positionOf, replaceOnce } from './helpers.js';

const root = new URL('../../', import.meta.url).pathname;

describe('compile', () => {
  it('the committed schema/policy.schema.json is the one generated from the zod schema', () => {
    expect(readFileSync(join(root, 'schema/policy.schema.json'), 'utf8')).toBe(policyJsonSchemaText());
  });

  it('the JSON Schema knows the format: closed objects, ratios 0..1, money not negative', () => {
    const schema = JSON.parse(policyJsonSchemaText());
    expect(schema.additionalProperties).toBe(false);
    const text = JSON.stringify(schema);
    expect(text).toContain('"maximum":1');
    expect(text).toContain('"minimum":0');
  });

  for (const id of bundledPolicyIds()) {
    it(`policies/${id}.yaml points at the JSON Schema`, () => {
      expect(policyText(id).split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/policy.schema.json');
    });
  }

  it('writes <id>.json with the policy, its sha256 and file, for every valid policy', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'yibao-compile-'));
    mkdirSync(join(tmp, 'policies'));
    writeFileSync(join(tmp, 'policies', 'suizhou.yaml'), policyText('suizhou'));
    expect(await compileBundledPolicies(tmp, join(tmp, 'out'))).toEqual(['suizhou']);
    const compiled = JSON.parse(readFileSync(join(tmp, 'out', 'policies', 'suizhou.json'), 'utf8'));
    expect(compiled.file).toBe('policies/suizhou.yaml');
    expect(compiled.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(compiled.policy.hotline.number).toBe('0722-3235698');
  });

  it('fails the build on an invalid bundled policy, with file:line:col', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'yibao-compile-'));
    mkdirSync(join(tmp, 'policies'));
    const bad = replaceOnce(policyText('suizhou'), '              value: 0.8\n', '              value: 80\n');
    writeFileSync(join(tmp, 'policies', 'suizhou.yaml'), bad);
    const { line, col } = positionOf(bad, '80\n', 'value: 80');
    await expect(compileBundledPolicies(tmp, join(tmp, 'out'))).rejects.toThrow(`policies/suizhou.yaml:${line}:${col}: `);
  });

  it('fails the build when a policy id does not match its file name', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'yibao-compile-'));
    mkdirSync(join(tmp, 'policies'));
    writeFileSync(join(tmp, 'policies', 'wuhan.yaml'), policyText('suizhou'));
    await expect(compileBundledPolicies(tmp, join(tmp, 'out'))).rejects.toThrow('does not match the file name');
  });
});

describe('the built CLI (npm test builds it first)', () => {
  const dist = join(root, 'dist');

  it('has a compiled JSON for every bundled policy', () => {
    expect(existsSync(join(dist, 'policies')), 'run `npm run build` first').toBe(true);
    expect(readdirSync(join(dist, 'policies')).sort()).toEqual(bundledPolicyIds().map((id) => `${id}.json`));
  });

  it('loads neither yaml nor zod at start-up (what dist/cli.cjs requires as it loads)', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      // Requires made as the file loads: `var x=require("y"),z=require("w")` or `require("y");`; a
      // lazy import() became `Promise.resolve().then(()=>…require("y"))`, which is not one.
      for (const m of code.matchAll(/(?:^|[;\n,{])\s*(?:(?:var\s+)?[\w$]+\s*=\s*(?:__toESM\()?)?require\(["']([^"']+)["']\)/g)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(join(file, '..', spec));
        else external.add(spec.split('/')[0]!);
      }
    };
    visit(join(dist, 'cli.cjs'));
    expect(external.has('node:fs')).toBe(true); // the visitor does see what is required
    expect([...seen].some((f) => f.includes('chunks'))).toBe(false); // lazy chunks are not loaded at start-up
    expect(external.has('yaml')).toBe(false);
    expect(external.has('zod')).toBe(false);
    expect(seen.size).toBeGreaterThan(0);
  });
});
