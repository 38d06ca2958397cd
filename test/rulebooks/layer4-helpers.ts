// calc and batch on the round-4 trial fixture test/fixtures/layer4/chengxiu.yaml (澄岫: fiction,
// /work/trial4/chengxiu/rulebook.txt): the shared calc/run/pick/codes/batchRows of limits3-helpers,
// and a variant of the fixture.
import { expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export { calc, run, pick, codes, batchRows } from './limits3-helpers.js';

export const CX = 'test/fixtures/layer4/chengxiu.yaml';

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
