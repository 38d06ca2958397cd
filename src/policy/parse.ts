// YAML text -> validated Policy, every problem reported as file:line:col: message.
// The heavy half of loading (yaml, zod): load.ts imports it only dynamically, so the calc
// start-up path never pays for it. Hostile input is refused before any expensive work:
// size limit, aliases counted (maxAliasCount), custom tags rejected, duplicate keys rejected.
// A file that `extends:` a bundled policy is merged onto it (extend.ts) before validation, and
// every issue is placed in the file that states it.
import { LineCounter, isAlias, isNode, parseDocument, visit, type Document } from 'yaml';
import { MAX_POLICY_BYTES, PolicyFileError, invalidPolicy, type PolicyIssue } from './errors.js';
import { lintPolicy } from './lint.js';
import { lintControlText } from './lint-text.js';
import { offsetPosition, positionOf, type PathSegment } from './positions.js';
import { extendPolicy, pathInFile } from './extend.js';
import { PolicySchema, type Policy } from './schema.js';
import { zodIssues, type Msg, type PathIssue } from './zod-issues.js';

const MAX_ALIASES = 100;
const MAX_DEPTH = 64;

/** Parses and validates a policy's YAML text; throws PolicyFileError listing every issue. */
export function parsePolicyText(text: string, file: string): Policy {
  return validatePolicyDocument(readPolicyDocument(text, file));
}

/** A policy file's YAML read into data, with what places an issue at a line and column. */
export interface PolicyDocument {
  file: string;
  doc: Document;
  lc: LineCounter;
  data: unknown;
}

/** Reads YAML text into data; throws PolicyFileError for bad syntax, custom tags, deep nesting or an alias bomb. */
export function readPolicyDocument(text: string, file: string): PolicyDocument {
  if (text.length > MAX_POLICY_BYTES) throw tooLarge(file, text.length);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lc = new LineCounter();
  // merge keys (`<<: *anchor`) take an anchored map's keys, the map's own winning; validate sees the merged values
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, merge: true });
  const syntax = [...doc.errors, ...doc.warnings].map((e): PolicyIssue => issue(file, offsetPosition(lc, e.pos[0]), yamlMessage(e.code, e.message)));
  const structural = syntax.length ? syntax : structureIssues(doc, lc, file);
  if (structural.length) throw invalidPolicy(file, structural);
  try {
    return { file, doc, lc, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    // toJS throws only on alias expansion beyond maxAliasCount: an alias bomb.
    throw invalidPolicy(file, [issue(file, firstAlias(doc, lc), { zh: `别名过多(展开超过 ${MAX_ALIASES} 次):疑为别名炸弹,拒绝读取`, en: `too many aliases (more than ${MAX_ALIASES} expansions): refused as a possible alias bomb` })]);
  }
}

/** The id a file's `extends:` names as written (any value), or undefined when it has none. */
export function extendsOf(parsed: PolicyDocument): unknown {
  const data = parsed.data;
  return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, 'extends') ? (data as Record<string, unknown>).extends : undefined;
}

/** An issue at a path of the file, as the CLI prints it (file:line:col: message). */
export function issueAtPath(parsed: PolicyDocument, path: PathSegment[], message: Msg, at: 'value' | 'key' = 'value'): PolicyIssue {
  return issue(parsed.file, positionOf(parsed.doc, parsed.lc, path, at), message);
}

export interface ValidateOptions {
  /** The bundled policy the file extends (its `extends:`), already loaded. */
  base?: Policy;
  /** The id the file must have (a policy directory's <id>.yaml). */
  expectId?: string;
}

/** Validates the data of a policy file (merged first onto `base` when it extends one); throws PolicyFileError listing every issue. */
export function validatePolicyDocument(parsed: PolicyDocument, options: ValidateOptions = {}): Policy {
  const { base, expectId } = options;
  const { file } = parsed;
  let data = parsed.data;
  let place = (issues: PathIssue[]) => issues.map(({ path, at, message }) => issueAtPath(parsed, path, message, at));
  if (base && typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const merged = extendPolicy(base as unknown as Record<string, unknown>, data as Record<string, unknown>);
    if (merged.problems.length) throw invalidPolicy(file, sortIssues(place(merged.problems)));
    data = merged.data;
    place = (issues) => issues.map((i) => placeMerged(parsed, merged.data, i, base.id));
  }
  // Control characters are refused wherever they are, with the schema's issues or the lint's.
  const control = place(lintControlText(data));
  const parsedData = PolicySchema.safeParse(data);
  if (!parsedData.success) throw invalidPolicy(file, sortIssues([...control, ...place(zodIssues(parsedData.error.issues, data))]));
  const lint = [...control, ...place(lintPolicy(parsedData.data)), ...place(idIssues(parsedData.data.id, expectId))];
  if (lint.length) throw invalidPolicy(file, sortIssues(lint));
  return parsedData.data;
}

/** An issue of the merged policy, placed in the extending file (or at its `extends:` when the file states nothing on the way). */
function placeMerged(parsed: PolicyDocument, merged: unknown, i: PathIssue, baseId: string): PolicyIssue {
  const found = pathInFile(merged, parsed.data, i.path);
  if (found.whole) {
    // the message names the merged policy's version (versions[2]); the file's own is another index
    const [top, mergedIndex] = i.path;
    const fileIndex = found.path[1];
    const rename = (m: string) => (top === 'versions' && mergedIndex !== fileIndex ? m.replaceAll(`versions[${mergedIndex}]`, `versions[${fileIndex}]`) : m);
    return issueAtPath(parsed, found.path, { zh: rename(i.message.zh), en: rename(i.message.en) }, i.at);
  }
  const where = i.path.join('.');
  const message = {
    zh: `${i.message.zh}(位于从 ${baseId} 继承的部分:${where})`,
    en: `${i.message.en} (in the part taken from ${baseId}: ${where})`,
  };
  return issueAtPath(parsed, found.path.length ? found.path : ['extends'], message, found.path.length ? 'value' : 'key');
}

function idIssues(id: string, expectId: string | undefined): PathIssue[] {
  if (expectId === undefined || id === expectId) return [];
  return [{
    path: ['id'],
    at: 'value',
    message: {
      zh: `id 是“${id}”,但文件名是 ${expectId}.yaml:政策目录中的文件名必须是 <id>.yaml`,
      en: `the id is "${id}" but the file is named ${expectId}.yaml: a policy directory's files are named <id>.yaml`,
    },
  }];
}

/** Custom tags (`!foo`, `!!js/function`) and absurd nesting, found before converting to data. */
function structureIssues(doc: Document, lc: LineCounter, file: string): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const at = (node: unknown) => offsetPosition(lc, (node as { range?: [number] }).range?.[0] ?? 0);
  visit(doc, (_key, node, path) => {
    if (issues.length >= 20) return visit.BREAK;
    if (isNode(node) && !isAlias(node) && hasCustomTag(node)) issues.push(issue(file, at(node), { zh: `不允许自定义标签 ${node.tag}:政策文件只含普通值`, en: `custom tag ${node.tag} is not allowed: a policy file holds plain values only` }));
    if (path.length > MAX_DEPTH) {
      issues.push(issue(file, at(node), { zh: `嵌套过深(超过 ${MAX_DEPTH} 层),不是政策文件`, en: `nested too deeply for a policy file (more than ${MAX_DEPTH} levels)` }));
      return visit.BREAK;
    }
    return undefined;
  });
  return issues;
}

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

function hasCustomTag(node: { tag?: string }): boolean {
  // The parser sets `tag` only for a tag written in the source; plain nodes have none.
  return typeof node.tag === 'string' && !CORE_TAGS.has(node.tag);
}

function firstAlias(doc: Document, lc: LineCounter): { line: number; col: number } {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offsetPosition(lc, offset);
}

function yamlMessage(code: string, message: string): Msg {
  const first = message.split(/ at line \d+, column \d+/)[0]!.trim();
  if (code === 'TAG_RESOLVE_FAILED') return { zh: `不允许自定义标签(${first})`, en: `custom tag is not allowed (${first})` };
  if (/call stack/i.test(first)) return { zh: '嵌套过深,YAML 解析器放弃,不是政策文件', en: 'nested too deeply for a policy file (the YAML parser gave up)' };
  if (code === 'MULTIPLE_DOCS') return { zh: '政策文件只能有一个 YAML 文档(多了一个 ---)', en: 'a policy file holds one YAML document (found another ---)' };
  if (code === 'DUPLICATE_KEY') return { zh: `重复的键(${first})`, en: `YAML: ${first}` };
  return { zh: `YAML 语法错误:${first}`, en: `YAML: ${first}` };
}

function issue(file: string, pos: { line: number; col: number }, message: Msg): PolicyIssue {
  return { file, line: pos.line, col: pos.col, message: message.en, messages: message };
}

function sortIssues(issues: PolicyIssue[]): PolicyIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.col - b.col);
}

function tooLarge(file: string, size: number): PolicyFileError {
  const limit = `${MAX_POLICY_BYTES / 1024 / 1024} MiB`;
  return new PolicyFileError('file_too_large', {
    zh: `${file}: 文件过大(${size} 字节,上限 ${limit}),不是政策文件。`,
    en: `${file}: file too large (${size} bytes, limit ${limit}); not a policy file.`,
  }, [issue(file, { line: 1, col: 1 }, { zh: `文件过大(${size} 字节,上限 ${limit})`, en: `file too large (${size} bytes, limit ${limit})` })]);
}
