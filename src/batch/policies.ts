// The policies a batch uses, loaded once each: the --policy file for every row, or the bundled
// policy named by each row's city (a policy directory's first: src/policy/registry.ts) (an unknown city is that row's error, not the run's).
import type { Policy } from '../policy/schema.js';
import { loadCityPolicy } from '../policy/registry.js';
import { PolicyFileError } from '../policy/errors.js';
import { batchMessages as M, type Text } from './messages.js';

export type PolicyAnswer = { policy: Policy } | { error: Text };

export class PolicyCache {
  private readonly answers = new Map<string, PolicyAnswer>();

  /** With `fixed`, every row uses that policy (loaded from --policy `file`). */
  constructor(private readonly fixed?: { policy: Policy; file: string }) {}

  /** The answer for a city if already known (synchronous, the per-row path). */
  get(city: string): PolicyAnswer | undefined {
    if (this.fixed) {
      if (city === this.fixed.policy.id) return this.fixed;
      return { error: M.otherPolicy(city, this.fixed.policy.id, this.fixed.file) };
    }
    return this.answers.get(city);
  }

  /** Loads a bundled city's policy; an unknown city becomes a row error, other failures throw. */
  async load(city: string): Promise<PolicyAnswer> {
    const known = this.get(city);
    if (known) return known;
    let answer: PolicyAnswer;
    try {
      answer = { policy: (await loadCityPolicy(city)).policy };
    } catch (error) {
      if (!(error instanceof PolicyFileError) || error.code !== 'unknown_city') throw error;
      answer = { error: error.messages };
    }
    this.answers.set(city, answer);
    return answer;
  }
}
