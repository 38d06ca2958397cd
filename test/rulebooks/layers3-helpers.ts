// The layers3 fixtures (test/fixtures/layers3: 鹤汀, 苇川, fiction) and a changed copy of one:
// the fixture's text with some lines replaced, written beside a copy of its sources, for a test
// of a form the fixture itself does not use.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

export const FIXTURES = 'test/fixtures/layers3';
export const HT_FILE = `${FIXTURES}/heting.yaml`;
export const WC_FILE = `${FIXTURES}/weichuan.yaml`;

/** A copy of a fixture with each `from` replaced by its `to` (each must be found): the new file's path. */
export function variant(file: string, changes: readonly [string, string][]): string {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of changes) {
    expect(text, `fixture text to replace: ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  const dir = mkdtempSync(join(tmpdir(), 'layers3-'));
  cpSync(join(FIXTURES, 'sources'), join(dir, 'sources'), { recursive: true });
  const out = join(dir, 'p.yaml');
  writeFileSync(out, text);
  return out;
}
