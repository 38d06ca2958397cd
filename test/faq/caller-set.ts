// The caller questions of test/faq/caller-questions.yaml, read for the tests.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface FaqCase {
  q: string;
  expect: string | string[];
  city?: string;
}
export interface ClaimCase {
  q: string;
  claim: Record<string, string>;
  /** The deductible said to be met in full: the policy's amount for the claim, in yuan. */
  full_deductible?: string;
  /** The clauses, as typed, that must be reported as not understood. */
  unclear?: string[];
}

/** The entries a question may reach (one, or any of several that both answer it). */
export function expected(c: FaqCase): string[] {
  return typeof c.expect === 'string' ? [c.expect] : c.expect;
}

/** A question no entry answers: it must get none. */
export interface OffTopicCase {
  q: string;
  city?: string;
}

export const CALLER_SET = parse(readFileSync(new URL('./caller-questions.yaml', import.meta.url), 'utf8')) as {
  faq: FaqCase[];
  offtopic: OffTopicCase[];
  claims: ClaimCase[];
};
