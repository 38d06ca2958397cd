// The programmatic API: load a policy, parse a claim, explain or settle it.
//   const { policy } = await loadBundledPolicy('suizhou');
//   const parsed = parseClaim({ scheme: 'employee', status: 'active', tier: '1', amount: '2000' }, { city: 'suizhou', date: '2024-05-01' });
//   if (parsed.ok) console.log(resultJson(explain(parsed.claim, policy).result));
export { VERSION } from './version.js';
export * from './engine/index.js';
export * from './claim/index.js';
export { loadBundledPolicy, bundledPolicyIds, type LoadedPolicy } from './policy/bundled.js';
export { loadPolicyFile } from './policy/load.js';
export type { Policy, PolicyVersion, SourcedValue } from './policy/schema.js';
export { TIERS, STATUSES, SCHEMES, BENEFITS, RELATIONS, type Tier, type Status, type Scheme, type BenefitId, type Relation } from './domain.js';
