// JSONL lines that cannot be read are row errors and the run goes on: invalid JSON, and a
// line nested so deeply (5000 levels) that writing it back would overflow the stack.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, yibao } from './helpers.js';

const GOOD = JSON.stringify({ date: '2024-05-01', scheme: 'employee', status: 'active', tier: '1', amount: '600' }); // (600 − 500) × 80% = 80

describe('JSONL lines that cannot be read', () => {
  it('a 5000-level nested line and a broken line are row errors; the other rows are computed', async () => {
    const deep = `{"scheme":"employee","x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    const f = join(tempDir(), 'in.jsonl');
    writeFileSync(f, [GOOD, deep, '{"scheme": ', GOOD].join('\n'));
    const run = await yibao(['batch', f, '--lang', 'en']);
    expect(run.code).toBe(1);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string | null>);
    expect(rows.map((r) => [r.row_status, r.fund_pays])).toEqual([
      ['ok', '80.00'],
      ['error', null],
      ['error', null],
      ['ok', '80.00'],
    ]);
    expect(rows[1]!.error).toMatch(/^line: .*too deeply/);
    expect(rows[2]!.error).toMatch(/^line: this line is not valid JSON/);
    expect(run.stderr).not.toMatch(/internal error|call stack/);
  });
});
