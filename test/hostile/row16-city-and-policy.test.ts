// Issue 13, row 16: `calc --city nowhere --policy file.yaml` exited 0 with --city silently
// ignored, and batch with the same flags failed every row. Now both are the same usage error
// (exit 2) naming the conflict, before anything is computed or read; a --city that names the
// file's own city (suizhou, 随州) is no conflict.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyText } from '../policy/helpers.js';
import { HEADER, ROW, tempDir, yibao } from './helpers.js';

const CLAIM = ['--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000'];

function files() {
  const dir = tempDir();
  const policy = join(dir, 'file.yaml');
  writeFileSync(policy, policyText('suizhou'));
  const claims = join(dir, 'claims.csv');
  writeFileSync(claims, `${HEADER}${ROW}`);
  return { dir, policy, claims };
}

describe('--city with --policy', () => {
  it('calc, batch and check: exit 2, the same first line naming both flags', async () => {
    const { policy, claims } = files();
    const expected = `yibao: --city "nowhere" conflicts with --policy ${policy}: that file is the policy of suizhou, and --policy decides the city; leave out --city, or give the policy file of "nowhere".`;
    for (const args of [['calc', ...CLAIM], ['batch', claims, '--date', '2024-06-01'], ['check', claims]]) {
      const r = await yibao([...args, '--city', 'nowhere', '--policy', policy, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(expected);
      expect(r.stdout).toBe('');
    }
  });

  it('another bundled city is a conflict too (zh), and with --json the error object says so', async () => {
    const { policy } = files();
    const r = await yibao(['calc', ...CLAIM, '--city', 'xianning', '--policy', policy, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`yibao: --city "xianning" 与 --policy ${policy} 冲突:该政策文件是 suizhou 的,城市由 --policy 决定;请去掉 --city,或给出 "xianning" 的政策文件。`);
    expect((JSON.parse(r.stdout) as { error: { code: string } }).error.code).toBe('city_policy_conflict');
  });

  it('the file\'s own city, as an id or in Chinese, is no conflict: (2000 − 500) × 80% = 1200', async () => {
    const { policy, claims } = files();
    for (const city of ['suizhou', '随州', 'Suizhou']) {
      const r = await yibao(['calc', ...CLAIM, '--city', city, '--policy', policy, '--json']);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { result: { fund_pays: string } }).result.fund_pays).toBe('1200.00');
    }
    const b = await yibao(['batch', claims, '--date', '2024-06-01', '--city', '随州市', '--policy', policy]);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain(',ok,,600.00,500.00,0.80,80.00,');
  });
});
