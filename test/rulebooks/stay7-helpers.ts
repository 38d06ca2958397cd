// The round-7 trial fixture test/fixtures/stay7/heyu.yaml (鹤屿: fiction, /work/trial7/heyu/rulebook.txt): its
// path, and a copy with one passage replaced, beside its sources.
import { expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const HY = 'test/fixtures/stay7/heyu.yaml';

/** A copy of the fixture with `from` replaced by `to` (and each further pair); returns its path. */
export function heyuVariant(from: string, to: string, ...more: [string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'stay7-'));
  cpSync('test/fixtures/stay7/sources', join(dir, 'sources'), { recursive: true });
  let text = readFileSync(HY, 'utf8');
  for (const [a, b] of [[from, to], ...more]) {
    expect(text, `fixture text to replace: ${a}`).toContain(a);
    text = text.replace(a!, b!);
  }
  writeFileSync(join(dir, 'heyu.yaml'), text);
  return join(dir, 'heyu.yaml');
}
