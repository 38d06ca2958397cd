// Runs the golden cases in test/cases/<city>.yaml: each claim goes through parseClaim and
// parseOverride (the CLI's path) and explain; the expected values were worked out by hand
// from the policy texts (see each case's name and comments).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseClaim, parseOverride, type RawClaim } from '../src/claim/index.js';
import { explain, resultJson, settle, PolicyError } from '../src/engine/index.js';
import type { Override } from '../src/engine/types.js';
import { policy } from './helpers/policy.js';

interface Case {
  name: string;
  claim: Record<string, unknown>;
  set?: string[];
  expect?: Record<string, string | boolean | null>;
  warnings?: string[];
  error?: { exit: number; code: string; field?: string; mentions?: string[] };
}

const dir = join(import.meta.dirname, 'cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const bundled = readdirSync(join(import.meta.dirname, '..', 'policies')).map((f) => f.replace(/\.yaml$/, ''));

function run(c: Case, city: string, p: Awaited<ReturnType<typeof policy>>) {
  for (const [k, v] of Object.entries(c.claim)) {
    // YAML would turn 0.10 into 0.1 and "1" into a number: cases must quote what they type.
    if (typeof v !== 'string') throw new Error(`case "${c.name}": claim.${k} must be a quoted string`);
  }
  const parsed = parseClaim(c.claim as RawClaim, { city, date: '2024-05-01' });
  if (!parsed.ok) return { exit: 2, code: parsed.code, field: parsed.field, message: parsed.message };
  const overrides: Override[] = [];
  for (const text of c.set ?? []) {
    const o = parseOverride(text);
    if (!o.ok) return { exit: 2, code: 'set', message: o.message };
    overrides.push(o.override);
  }
  try {
    const explanation = explain(parsed.claim, p, overrides);
    const fast = settle(parsed.claim, p, overrides);
    expect(fast.settlement).toEqual(explanation.result);
    return { explanation };
  } catch (error) {
    if (error instanceof PolicyError) return { exit: error.exitCode, code: error.code, field: error.field, message: error.messages };
    throw error;
  }
}

for (const file of files) {
  const city = file.replace(/\.yaml$/, '');
  const cases = parse(readFileSync(join(dir, file), 'utf8')) as Case[];
  describe.skipIf(!bundled.includes(city))(`golden cases: ${city}`, () => {
    for (const c of cases) {
      test(c.name, async () => {
        const out = run(c, city, await policy(city));
        if (c.error) {
          expect('explanation' in out ? 'no error' : { exit: out.exit, code: out.code }).toEqual({ exit: c.error.exit, code: c.error.code });
          if (c.error.field) expect('field' in out ? out.field : undefined).toBe(c.error.field);
          for (const m of c.error.mentions ?? []) expect('message' in out ? out.message?.en : '').toContain(m);
          return;
        }
        if (!('explanation' in out) || !out.explanation) throw new Error(`unexpected error: ${JSON.stringify(out)}`);
        const result = resultJson(out.explanation.result);
        const picked = Object.fromEntries(Object.keys(c.expect ?? {}).map((k) => [k, result[k]]));
        expect(picked).toEqual(c.expect ?? {});
        const codes = [...new Set(out.explanation.warnings.map((w) => w.code))].sort();
        expect(codes).toEqual([...new Set(c.warnings ?? [])].sort());
      });
    }
  });
}
