// The programmatic API (src/index.ts) as another TypeScript program would use it.
import { expect, test } from 'vitest';
import * as yibao from '../../src/index.js';

test('load a policy, parse a claim, explain it', async () => {
  const { policy } = await yibao.loadBundledPolicy('suizhou');
  const parsed = yibao.parseClaim({ scheme: '职工', status: '在职', tier: '一级', amount: '2000' }, { city: 'suizhou', date: '2024-05-01' });
  if (!parsed.ok) throw new Error(parsed.message.en);
  const e = yibao.explain(parsed.claim, policy);
  expect(yibao.resultJson(e.result)).toMatchObject({ deductible_applied: '500.00', ratio: '0.80', fund_pays: '1200.00', cash_due: '800.00' });
  expect(yibao.formatFen(yibao.settle(parsed.claim, policy).settlement.patientShare)).toBe('800.00');
});

test('the API exports the pieces front ends need', () => {
  for (const name of ['parseClaim', 'parseOverride', 'explain', 'settle', 'contributionRule', 'versionInForce', 'parseYuan', 'formatFen', 'parseRatio', 'formatBp', 'applyRatio', 'flagName', 'requiredFields', 'missingFields', 'loadPolicyFile', 'bundledPolicyIds', 'PolicyError']) {
    expect(typeof (yibao as Record<string, unknown>)[name], name).toBe('function');
  }
});
