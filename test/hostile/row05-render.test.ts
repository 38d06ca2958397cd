// Issue 13, row 5, the renderers' side: even a policy that reached calc without validation (the
// loader is replaced here by one that skips it) cannot put an escape sequence on the terminal
// through text or say: every string they quote passes through the sanitizer. JSON keeps the data
// exact (JSON.stringify writes ESC as \u001b).
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const CLEAR = '\u001b[2J';
const TITLE = '\u001b]0;pwned\u0007';

vi.mock('../../src/policy/load.js', async () => {
  const { parsePolicyText } = await import('../../src/policy/parse.js');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('../../policies/suizhou.yaml', import.meta.url), 'utf8');
  return {
    loadPolicyFile: async (file: string) => {
      const loaded = { policy: parsePolicyText(text, file), sha256: '0'.repeat(64), file };
      const policy = structuredClone(loaded.policy);
      policy.name.zh = `随州${CLEAR}市`;
      policy.name.en = `Suizhou${TITLE}`;
      const v = policy.versions[1]!.benefits.outpatient!.employee!;
      (v.deductible as unknown as { active: { quote: string } }).active.quote = `起付线${'\u009b'}31m。在职人员500元\u202e`;
      if (policy.hotline.menu) policy.hotline.menu[0]!.label.zh = `市本级${CLEAR}`;
      policy.tiers['2']!.name.en = `tier-2${TITLE} facility`;
      return { ...loaded, policy, file };
    },
  };
});

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CLAIM = ['--policy', 'unvalidated.yaml', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000'];

describe('calc text and say escape what they quote from the policy', () => {
  it('text: the name, the quote and the hotline menu escaped; the numbers as ever', async () => {
    const r = await runYibao(['calc', ...CLAIM]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('随州\\x1b[2J市 · 职工医保 在职 · 普通门诊 · 一级医疗机构 · 2024-06-01');
    expect(r.stdout).toContain('起付线\\x9b31m。在职人员500元\\u202e');
    expect(r.stdout).toContain('1,200.00');
    expect(r.stdout).not.toMatch(RAW);
  });

  it('say, in both languages', async () => {
    for (const lang of ['zh', 'en']) {
      const r = await runYibao(['calc', ...CLAIM, '--format', 'say', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(RAW);
    }
    // say names no city (no hotline footer: the caller is on the line); --compare names the tiers
    const en = await runYibao(['calc', ...CLAIM, '--compare', '--format', 'say', '--lang', 'en']);
    expect(en.stdout).toContain('At a tier-2\\x1b]0;pwned\\x07 facility,');
    expect(en.stdout).not.toMatch(RAW);
  });

  it('json keeps the data exact, every control written as a \\u escape', async () => {
    const r = await runYibao(['calc', ...CLAIM, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { policy: { name: string } }).policy.name).toBe(`随州${CLEAR}市`);
    expect(r.stdout).not.toMatch(RAW);
  });
});
