// The PolicyError a call throws (exit 2 or 3 with its code and messages), for tests that assert a
// refusal; a call that returns instead fails the test.
import { expect } from 'vitest';
import { PolicyError } from '../../src/engine/types.js';

export function refusal(run: () => unknown): PolicyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error('expected a PolicyError');
}
