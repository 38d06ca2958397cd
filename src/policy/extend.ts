// `extends: <bundled id>`: a policy file that states only what it changes or adds to a bundled
// policy. Pure and generic over the schema (model 1 and model 2 alike): the two YAML documents
// are merged as data, then the result is validated as any policy file. The rules, also in
// docs/policies.md ("extends"):
// - a mapping merges key by key, recursively, EXCEPT a mapping that carries its own value or
//   citation (any of the keys value, values, source, quote, on either side): that is one unit,
//   and the file's unit replaces the bundled one whole, so a quote never ends up beside a value
//   it did not state;
// - `versions` match by `effective`: the same date merges into that version; a new date is a new
//   version that starts from the (merged) version in force just before it, then takes the file's
//   keys (its effective_note only from the file); later bundled versions are not changed;
// - a list whose entries all carry a string `id`, `key` or `name` (faq, facts, diseases) merges
//   entry by entry on it; any other list (bands, segments, menus) is one unit, replaced whole;
// - `sources` are added; a key the bundled policy already uses must not be redefined;
// - anything else (a string, a number) the file states replaces the bundled one.
// Nothing can be removed: a value the bureau finds wrong is restated (as unknown if need be).
import type { PathSegment } from './positions.js';
import type { Msg } from './zod-issues.js';

type Data = Record<string, unknown>;

export interface MergeProblem {
  /** Where in the extending file. */
  path: PathSegment[];
  at: 'value' | 'key';
  message: Msg;
}

const UNIT_KEYS = ['value', 'values', 'source', 'quote'];
const IDENTITY_KEYS = ['id', 'key', 'name'] as const;

const isMap = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUnit = (v: Data) => UNIT_KEYS.some((k) => Object.hasOwn(v, k));

/** The key on which two lists merge entry by entry, or undefined (the list is one unit). */
function identityOf(...lists: unknown[][]): (typeof IDENTITY_KEYS)[number] | undefined {
  const items = lists.flat();
  if (items.length === 0) return undefined;
  return IDENTITY_KEYS.find((k) => items.every((x) => isMap(x) && typeof x[k] === 'string'));
}

/** The number in `yibao.policy/N`, or 0. */
const schemaNumber = (s: unknown) => (typeof s === 'string' ? Number(/\/(\d+)$/.exec(s)?.[1] ?? 0) : 0);

/** The bundled policy `base` (plain data, not changed) extended by the file's data. */
export function extendPolicy(base: Data, file: Data): { data: Data; problems: MergeProblem[] } {
  const problems: MergeProblem[] = [];
  const data: Data = structuredClone(base);
  if (file.schema !== undefined && schemaNumber(file.schema) < schemaNumber(base.schema)) {
    problems.push({
      path: ['schema'],
      at: 'value',
      message: {
        zh: `不能合并:被扩展的政策是 ${String(base.schema)},本文件写的是 ${String(file.schema)};请写 schema: ${String(base.schema)}`,
        en: `cannot merge: the policy extended is ${String(base.schema)} and this file says ${String(file.schema)}; write schema: ${String(base.schema)}`,
      },
    });
  }
  for (const [key, value] of Object.entries(file)) {
    if (key === 'extends') continue;
    if (key === 'versions') data.versions = mergeVersions(base.versions, value, problems);
    else if (key === 'sources') data.sources = mergeSources(base.sources, value, problems);
    else data[key] = mergeValue(data[key], value, [key], problems);
  }
  return { data, problems };
}

function mergeValue(base: unknown, file: unknown, path: PathSegment[], problems: MergeProblem[]): unknown {
  if (file === undefined) return base;
  if (isMap(base) && isMap(file) && !isUnit(base) && !isUnit(file)) {
    const out: Data = { ...base };
    for (const [k, v] of Object.entries(file)) out[k] = mergeValue(base[k], v, [...path, k], problems);
    return out;
  }
  if (Array.isArray(base) && Array.isArray(file)) {
    const id = identityOf(base, file);
    if (id) return mergeList(base as Data[], file as Data[], id, path, problems);
  }
  return structuredClone(file);
}

function mergeList(base: Data[], file: Data[], id: string, path: PathSegment[], problems: MergeProblem[]): Data[] {
  const out = base.map((x) => structuredClone(x));
  const seen = new Set<string>();
  file.forEach((entry, i) => {
    const name = entry[id] as string;
    if (seen.has(name)) problems.push(twice([...path, i, id], `${id}: ${name}`));
    seen.add(name);
    const at = out.findIndex((x) => x[id] === name);
    if (at < 0) out.push(structuredClone(entry));
    else out[at] = mergeValue(out[at], entry, [...path, i], problems) as Data;
  });
  return out;
}

function mergeSources(base: unknown, file: unknown, problems: MergeProblem[]): unknown {
  if (!isMap(base) || !isMap(file)) return structuredClone(file);
  const out: Data = { ...base };
  for (const [key, source] of Object.entries(file)) {
    if (Object.hasOwn(base, key) && JSON.stringify(base[key]) !== JSON.stringify(source)) {
      problems.push({
        path: ['sources', key],
        at: 'key',
        message: {
          zh: `不能合并:来源键“${key}”已被所扩展的政策使用(指另一份文件);请给本文件的来源另起一个键`,
          en: `cannot merge: the source key "${key}" is already used by the policy extended (for another document); give this file's source a key of its own`,
        },
      });
      continue;
    }
    out[key] = structuredClone(source);
  }
  return out;
}

/** The date a version takes effect, for ordering: null (an undated first version) before any date. */
const dateKey = (effective: unknown) => (effective === null ? '' : String(effective));

function mergeVersions(base: unknown, file: unknown, problems: MergeProblem[]): unknown {
  if (!Array.isArray(base) || !Array.isArray(file)) return structuredClone(file);
  const byDate = new Map<string, Data>((base as Data[]).map((v) => [dateKey(v.effective), structuredClone(v)]));
  const stated = new Map<string, { version: Data; index: number }>();
  file.forEach((version: unknown, index) => {
    if (!isMap(version) || !Object.hasOwn(version, 'effective') || (version.effective !== null && typeof version.effective !== 'string')) {
      problems.push({
        path: ['versions', index],
        at: 'value',
        message: {
          zh: '不能合并:扩展文件中的每个版本都要写 effective(生效日期),以便知道它修改哪个版本或新增哪个版本',
          en: 'cannot merge: every version of an extending file states its `effective` date, which says the version it changes or adds',
        },
      });
      return;
    }
    const key = dateKey(version.effective);
    if (stated.has(key)) problems.push(twice(['versions', index, 'effective'], `effective: ${version.effective ?? 'null'}`));
    else stated.set(key, { version, index });
  });
  for (const key of [...stated.keys()].sort()) {
    const { version, index } = stated.get(key)!;
    const same = byDate.get(key);
    if (same) {
      byDate.set(key, mergeValue(same, version, ['versions', index], problems) as Data);
      continue;
    }
    // A new date starts from the version in force just before it (already merged with the file's changes).
    const before = [...byDate.keys()].filter((k) => k < key).sort().at(-1);
    const start: Data = before === undefined ? {} : structuredClone(byDate.get(before)!);
    delete start.effective_note;
    byDate.set(key, mergeValue({ ...start, effective: version.effective }, version, ['versions', index], problems) as Data);
  }
  return [...byDate.keys()].sort().map((k) => byDate.get(k));
}

function twice(path: PathSegment[], what: string): MergeProblem {
  return { path, at: 'value', message: { zh: `不能合并:本文件两次写了 ${what}`, en: `cannot merge: this file states ${what} twice` } };
}

/**
 * Where an issue found in the merged policy (at `path`) is in the extending file: the path of the
 * deepest node the file itself states, and whether that is the whole path (else the issue is in a
 * part taken from the bundled policy).
 */
export function pathInFile(merged: unknown, file: unknown, path: readonly PathSegment[]): { path: PathSegment[]; whole: boolean } {
  const out: PathSegment[] = [];
  let m: unknown = merged;
  let f: unknown = file;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    let next: PathSegment | undefined;
    if (Array.isArray(m) && Array.isArray(f) && typeof seg === 'number') {
      const entry = m[seg] as unknown;
      const id = identityOf(m as unknown[], f as unknown[]);
      if (out.length === 1 && out[0] === 'versions') {
        const at = (f as unknown[]).findIndex((v) => isMap(v) && isMap(entry) && dateKey(v.effective) === dateKey(entry.effective));
        next = at < 0 ? undefined : at;
      } else if (id) {
        const at = (f as unknown[]).findIndex((v) => isMap(v) && isMap(entry) && v[id] === entry[id]);
        next = at < 0 ? undefined : at;
      } else next = seg < f.length ? seg : undefined;
    } else if (isMap(f) && typeof seg === 'string' && Object.hasOwn(f, seg)) next = seg;
    if (next === undefined) return { path: out, whole: false };
    out.push(next);
    m = (m as Record<PathSegment, unknown>)?.[seg];
    f = (f as Record<PathSegment, unknown>)[next];
  }
  return { path: out, whole: true };
}
