// examples/rulebooks/ is a policy directory as a bureau would make one: its policies (白鹭, 云岭:
// fiction) are listed with where they come from, their sources are the files beside them, and
// a claim is answered by a city's name from there.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const dir = resolve('examples/rulebooks');
const ids = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));

describe('yibao --policy-dir examples/rulebooks', () => {
  it('lists every rulebook there, with its file', async () => {
    expect(ids).toContain('bailu');
    const r = await runYibao(['--policy-dir', 'examples/rulebooks', 'policy', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const listed = JSON.parse(r.stdout).policies;
    for (const id of ids) {
      expect(listed.find((p: { id: string }) => p.id === id)?.origin).toEqual({ kind: 'directory', file: `examples/rulebooks/${id}.yaml` });
    }
  });

  it('resolves each source beside its policy file, to a file that exists', async () => {
    for (const id of ids) {
      const r = await runYibao(['--policy-dir', 'examples/rulebooks', 'policy', 'show', id, '--json']);
      const sources = Object.values(JSON.parse(r.stdout).policy.sources) as Array<{ file: string }>;
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) expect(existsSync(s.file), s.file).toBe(true);
    }
  });

  it('answers an outpatient claim of 白鹭 by its name: (2000 − 1000) × 75% = 750.00 (五（一）)', async () => {
    const r = await runYibao(['--policy-dir', 'examples/rulebooks', 'calc', '--city', '白鹭', '--date', '2025-03-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).result.fund_pays).toBe('750.00');
  });
});
