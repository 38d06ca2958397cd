// Test helpers: the bundled policy texts, edits that must hit exactly one place, the position
// of a piece of text worked out independently of the loader, and the issues a text produces.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { PolicyFileError, type PolicyIssue } from '../../src/policy/errors.js';
import { parsePolicyText } from '../../src/policy/parse.js';

export function policyText(id: string): string {
  return readFileSync(new URL(`../../policies/${id}.yaml`, import.meta.url), 'utf8');
}

/** Replaces the one occurrence of `from` (fails the test if it occurs zero or several times). */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  expect(first, `"${from}" not found`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, first + 1), `"${from}" occurs more than once`).toBe(-1);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** 1-based line and column of the start of `needle` in `text` (its only occurrence after `after`). */
export function positionOf(text: string, needle: string, after = ''): { line: number; col: number } {
  const start = after ? text.indexOf(after) : 0;
  expect(start, `"${after}" not found`).toBeGreaterThanOrEqual(0);
  const offset = text.indexOf(needle, start);
  expect(offset, `"${needle}" not found`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The issues parsing `text` reports (an empty list when it is valid). */
export function issuesOf(text: string, file = 'city.yaml'): PolicyIssue[] {
  try {
    parsePolicyText(text, file);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyFileError);
    expect((error as PolicyFileError).exitCode).toBe(2);
    return (error as PolicyFileError).issues;
  }
}

/** Asserts exactly one issue, at the position of `needle`, whose message contains `words`. */
export function expectOneIssue(text: string, needle: string, words: string, after = ''): void {
  const issues = issuesOf(text);
  expect(issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toHaveLength(1);
  expect(issues[0]).toMatchObject({ file: 'city.yaml', ...positionOf(text, needle, after) });
  expect(issues[0]!.message).toContain(words);
}
