// Turns zod's issues into plain messages at a path into the policy: unions are resolved to the
// branch the author meant (a Sourced value when the map has a `value` key), missing keys named,
// unknown keys pointed at by their key, bounds explained in the policy's words (ratio, money).
import type { z } from 'zod';
import type { PathSegment } from './positions.js';

export interface PathIssue {
  path: PathSegment[];
  at: 'value' | 'key';
  message: string;
}

type Issue = z.core.$ZodIssue;

export function zodIssues(issues: readonly Issue[], data: unknown, base: PathSegment[] = []): PathIssue[] {
  return issues.flatMap((issue) => one(issue, data, [...base, ...(issue.path as PathSegment[])]));
}

function one(issue: Issue, data: unknown, path: PathSegment[]): PathIssue[] {
  const value = valueAt(data, path);
  const name = String(path.at(-1) ?? 'policy');
  switch (issue.code) {
    case 'invalid_union':
      return union(issue.errors, data, path, value);
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], at: 'key' as const, message: `unknown key "${key}" in ${describe(path)}` }));
    case 'invalid_type':
      if (value === undefined) return [{ path, at: 'value', message: `missing required key "${name}" in ${describe(path.slice(0, -1))}` }];
      return [{ path, at: 'value', message: `${describe(path)}: expected ${issue.expected}, got ${typeName(value)}` }];
    case 'too_big':
    case 'too_small':
      return [{ path, at: 'value', message: bounds(issue, path, value) }];
    case 'invalid_value':
      return [{ path, at: 'value', message: `${describe(path)}: ${JSON.stringify(value)} is not allowed; expected ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    case 'invalid_format':
      return [{ path, at: 'value', message: `${describe(path)}: ${JSON.stringify(value)} is not ${issue.format === 'date' ? 'a valid date (YYYY-MM-DD)' : `in the expected format (${issue.format})`}` }];
    case 'invalid_key':
      return [{ path, at: 'key', message: `${describe(path)}: invalid key` }];
    case 'invalid_element':
      return zodIssues(issue.issues, data, [...path, issue.key as PathSegment]);
    default:
      return [{ path, at: 'value', message: `${describe(path)}: ${issue.message}` }];
  }
}

function union(branches: Issue[][], data: unknown, path: PathSegment[], value: unknown): PathIssue[] {
  const rootType = (b: Issue[]) => b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0;
  const viable = branches.filter((b) => !rootType(b));
  if (viable.length === 0) {
    const expected = branches.map((b) => (b[0] as { expected?: string }).expected);
    const wanted = expected.includes('object') && expected.includes('record')
      ? 'a sourced value {value, source, quote} or a map keyed by status or tier'
      : expected.join(' or ');
    return [{ path, at: 'value', message: `${describe(path)}: expected ${wanted}, got ${typeName(value)}` }];
  }
  // A map with a `value` key is a Sourced value (the first branch); otherwise a map by status/tier.
  const isSourced = typeof value === 'object' && value !== null && 'value' in value;
  const chosen = isSourced && viable.includes(branches[0]!) ? branches[0]! : viable.at(-1)!;
  return zodIssues(chosen, data, path);
}

function bounds(issue: Issue & { code: 'too_big' | 'too_small' }, path: PathSegment[], value: unknown): string {
  const field = describe(path);
  if (typeof value === 'number') {
    if (isRatioPath(path)) return `${field}: ratio ${value} is outside 0..1 (write 80% as 0.8)`;
    if (issue.code === 'too_small') return `${field}: negative amount ${value}; money is 0 or more`;
    return `${field}: ${value} is out of range`;
  }
  if (Array.isArray(value)) return `${field}: needs at least ${(issue as { minimum?: unknown }).minimum} item(s)`;
  if (typeof value === 'string') return `${field}: must not be empty`;
  return `${field}: ${issue.message}`;
}

function isRatioPath(path: PathSegment[]): boolean {
  return path.some((p) => p === 'ratio' || p === 'retiree_bonus' || p === 'min_contribution');
}

/** A path as a reader would write it: versions[1].benefits.outpatient. */
export function describe(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the policy';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}
