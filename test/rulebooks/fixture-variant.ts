// A changed copy of a rulebook fixture, for a test of a form the fixture itself does not use: the
// fixture's text with one passage replaced (it must be there), written under the fixture's own
// file name in a new temporary folder beside a copy of the fixture's `sources/` (quotes are checked
// against them).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expect } from 'vitest';

/** The path of a copy of `file` with `from` replaced by `to`. */
export function fixtureVariant(file: string, from: string, to: string): string {
  const text = readFileSync(file, 'utf8');
  expect(text, `fixture text to replace: ${from}`).toContain(from);
  const dir = mkdtempSync(join(tmpdir(), 'yibao-variant-'));
  cpSync(join(dirname(file), 'sources'), join(dir, 'sources'), { recursive: true });
  const out = join(dir, basename(file));
  writeFileSync(out, text.replace(from, to));
  return out;
}
