// PLACEHOLDER until the cross-field rules land.
import type { Policy } from './schema.js';
import type { PathIssue } from './zod-issues.js';
export function lintPolicy(_policy: Policy): PathIssue[] {
  return [];
}
