// Loads bundled policies for tests through the same loader the CLI uses (YAML validated by the
// schema when run from source), once per id.
import { loadBundledPolicy } from '../../src/policy/bundled.js';
import type { Policy } from '../../src/policy/schema.js';

const cache = new Map<string, Promise<Policy>>();

export function policy(id: string): Promise<Policy> {
  let p = cache.get(id);
  if (!p) cache.set(id, (p = loadBundledPolicy(id).then((l) => l.policy)));
  return p;
}
