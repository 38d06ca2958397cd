// The first problem found in a raw claim, naming its field: thrown inside parsing and turned
// into a ClaimProblem result by parseClaim (parse.ts), never seen outside src/claim.
import type { ClaimField } from './fields.js';
import type { Text } from '../domain.js';

export class Problem {
  constructor(
    readonly field: ClaimField,
    readonly code: 'missing' | 'invalid',
    readonly message: Text,
  ) {}
}
