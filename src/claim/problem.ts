// The first problem found in a raw claim, naming its field: thrown inside parsing and turned
// into a ClaimProblem result by parseClaim (parse.ts), never seen outside src/claim.
import type { ClaimField } from './fields.js';
import type { Text } from '../domain.js';
import { choices, lookup } from './aliases.js';
import { claimMessages as M } from './messages.js';

export class Problem {
  constructor(
    readonly field: ClaimField,
    readonly code: 'missing' | 'invalid',
    readonly message: Text,
  ) {}
}

/** The id `text` names in `table` (a word of a closed vocabulary), or a Problem naming `field` and the words it takes. */
export function oneOf<T extends string>(field: ClaimField, text: string, table: Readonly<Record<string, T>>): T {
  const id = lookup(table, text);
  if (id === undefined) throw new Problem(field, 'invalid', M.notOneOf(field, text, choices(table)));
  return id;
}
