// Turns zod's issues into plain messages (zh and en) at a path into the policy: unions are
// resolved to the branch the author meant (a Sourced value when the map has a `value` key),
// missing keys named, unknown keys pointed at by their key, bounds explained in the policy's
// words (ratio, money).
import type { z } from 'zod';
import type { PathSegment } from './positions.js';
import { excerpt, quotedValue } from '../excerpt.js';

export interface Msg {
  zh: string;
  en: string;
}

export interface PathIssue {
  path: PathSegment[];
  at: 'value' | 'key';
  message: Msg;
}

type Issue = z.core.$ZodIssue;

export function zodIssues(issues: readonly Issue[], data: unknown, base: PathSegment[] = []): PathIssue[] {
  return issues.flatMap((issue) => one(issue, data, [...base, ...(issue.path as PathSegment[])]));
}

const at = (path: PathSegment[], zh: string, en: string, where: 'value' | 'key' = 'value'): PathIssue => ({ path, at: where, message: { zh, en } });

function one(issue: Issue, data: unknown, path: PathSegment[]): PathIssue[] {
  const value = valueAt(data, path);
  const name = excerpt(String(path.at(-1) ?? 'policy'));
  const field = describe(path);
  if (value === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_element') {
    const parent = describe(path.slice(0, -1));
    return [at(path, `${describe(path.slice(0, -1), 'zh')} 缺少必填的键“${name}”`, `missing required key "${name}" in ${parent}`)];
  }
  // YAML's .inf and .nan, and numbers too large for a double (1e309), arrive as Infinity or NaN
  if (typeof value === 'number' && !Number.isFinite(value)) return [at(path, `${field}:不是有限的数(${value})`, `${field}: not a finite number (${value})`)];
  switch (issue.code) {
    case 'invalid_union':
      return union(issue.errors, data, path, value);
    case 'unrecognized_keys':
      return issue.keys.map((key) => at([...path, key], `未知的键“${excerpt(key)}”(位于 ${describe(path, 'zh')})`, `unknown key "${excerpt(key)}" in ${field}`, 'key'));
    case 'invalid_type':
      return [at(path, `${field}:应为 ${issue.expected},实为 ${typeName(value, 'zh')}`, `${field}: expected ${issue.expected}, got ${typeName(value, 'en')}`)];
    case 'too_big':
    case 'too_small':
      return [bounds(issue, path, value)];
    case 'invalid_value': {
      const wanted = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [at(path, `${field}:不允许 ${quotedValue(value)},应为 ${wanted}`, `${field}: ${quotedValue(value)} is not allowed; expected ${wanted}`)];
    }
    case 'invalid_format':
      return issue.format === 'date'
        ? [at(path, `${field}:${quotedValue(value)} 不是有效日期(YYYY-MM-DD)`, `${field}: ${quotedValue(value)} is not a valid date (YYYY-MM-DD)`)]
        : [at(path, `${field}:${quotedValue(value)} 格式不对(${formatOf(issue).zh})`, `${field}: ${quotedValue(value)} is not in the expected format (${formatOf(issue).en})`)];
    case 'invalid_element':
      return zodIssues(issue.issues, data, [...path, issue.key as PathSegment]);
    default:
      return [at(path, `${field}:${issue.message}`, `${field}: ${issue.message}`)];
  }
}

/** The expected format in words: a regex shows its pattern (facts' key: ^[a-z0-9_]+$, lower-case letters, digits and _). */
function formatOf(issue: { format: string; pattern?: string }): { zh: string; en: string } {
  if (issue.format !== 'regex' || issue.pattern === undefined) return { zh: issue.format, en: issue.format };
  const words = issue.pattern === '/^[a-z0-9_]+$/' || issue.pattern === '^[a-z0-9_]+$' ? { zh: ',只能用小写字母、数字和下划线', en: ': lower-case letters, digits and _ only' } : { zh: '', en: '' };
  return { zh: `应符合 ${issue.pattern}${words.zh}`, en: `must match ${issue.pattern}${words.en}` };
}

function union(branches: Issue[][], data: unknown, path: PathSegment[], value: unknown): PathIssue[] {
  const rootType = (b: Issue[]) => b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0;
  const viable = branches.filter((b) => !rootType(b));
  const field = describe(path);
  if (viable.length === 0) {
    const expected = branches.map((b) => (b[0] as { expected?: string }).expected);
    const param = expected.includes('object') && expected.includes('record');
    const en = param ? 'a sourced value {value, source, quote} or a map keyed by status or tier' : expected.join(' or ');
    const zh = param ? '带来源的值 {value, source, quote},或按身份/级别分的映射' : expected.join(' 或 ');
    return [at(path, `${field}:应为${zh},实为 ${typeName(value, 'zh')}`, `${field}: expected ${en}, got ${typeName(value, 'en')}`)];
  }
  // A map with any key of a Sourced value (value, source, quote…) was meant as one (the first
  // branch); otherwise it is a map by status or tier, whose keys are never those words.
  const isSourced = typeof value === 'object' && value !== null && Object.keys(value).some((k) => SOURCED_KEYS.has(k));
  const chosen = isSourced && viable.includes(branches[0]!) ? branches[0]! : viable.at(-1)!;
  return zodIssues(chosen, data, path);
}

const SOURCED_KEYS = new Set(['value', 'self_pay', 'source', 'quote', 'inferred', 'reasoning', 'reading', 'note']);

function bounds(issue: Issue & { code: 'too_big' | 'too_small' }, path: PathSegment[], value: unknown): PathIssue {
  const field = describe(path);
  if (typeof value === 'number') {
    if (isRatioPath(path)) return at(path, `${field}:比例 ${value} 超出 0..1(80% 写作 0.8)`, `${field}: ratio ${value} is outside 0..1 (write 80% as 0.8)`);
    if (issue.code === 'too_small') return at(path, `${field}:金额 ${value} 为负数;金额应为 0 或以上`, `${field}: negative amount ${value}; money is 0 or more`);
    return at(path, `${field}:${value} 超出范围`, `${field}: ${value} is out of range`);
  }
  const min = (issue as { minimum?: unknown }).minimum;
  if (Array.isArray(value)) return at(path, `${field}:至少需要 ${min} 项`, `${field}: needs at least ${min} item(s)`);
  if (typeof value === 'string') return at(path, `${field}:不能为空`, `${field}: must not be empty`);
  return at(path, `${field}:${issue.message}`, `${field}: ${issue.message}`);
}

function isRatioPath(path: PathSegment[]): boolean {
  return path.some((p) => p === 'ratio' || p === 'retiree_bonus' || p === 'min_contribution');
}

/** A path as a reader would write it: versions[1].benefits.outpatient. */
export function describe(path: readonly PathSegment[], lang: 'zh' | 'en' = 'en'): string {
  if (path.length === 0) return lang === 'zh' ? '文件顶层' : 'the policy';
  // a key is the author's text: shown short and on one line
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? excerpt(p, 40) : `.${excerpt(p, 40)}`)).join('');
}

function typeName(value: unknown, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  if (value === null) return 'null';
  if (Array.isArray(value)) return zh ? '列表' : 'a list';
  if (typeof value === 'object') return zh ? '映射' : 'a map';
  return `${typeof value} ${quotedValue(value)}`;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}
