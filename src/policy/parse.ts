// YAML text -> validated Policy, every problem reported as file:line:col: message.
// The heavy half of loading (yaml, zod): load.ts imports it only dynamically, so the calc
// start-up path never pays for it. Hostile input is refused before any expensive work:
// size limit, aliases counted (maxAliasCount), custom tags rejected, duplicate keys rejected.
import { LineCounter, isAlias, isNode, parseDocument, visit, type Document } from 'yaml';
import { MAX_POLICY_BYTES, PolicyFileError, invalidPolicy, type PolicyIssue } from './errors.js';
import { lintPolicy } from './lint.js';
import { lintControlText } from './lint-text.js';
import { offsetPosition, positionOf } from './positions.js';
import { PolicySchema, type Policy } from './schema.js';
import { zodIssues, type Msg, type PathIssue } from './zod-issues.js';

const MAX_ALIASES = 100;
const MAX_DEPTH = 64;

/** Parses and validates a policy's YAML text; throws PolicyFileError listing every issue. */
export function parsePolicyText(text: string, file: string): Policy {
  if (text.length > MAX_POLICY_BYTES) throw tooLarge(file, text.length);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const syntax = [...doc.errors, ...doc.warnings].map((e): PolicyIssue => issue(file, offsetPosition(lc, e.pos[0]), yamlMessage(e.code, e.message)));
  const structural = syntax.length ? syntax : structureIssues(doc, lc, file);
  if (structural.length) throw invalidPolicy(file, structural);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // toJS throws only on alias expansion beyond maxAliasCount: an alias bomb.
    throw invalidPolicy(file, [issue(file, firstAlias(doc, lc), { zh: `别名过多(展开超过 ${MAX_ALIASES} 次):疑为别名炸弹,拒绝读取`, en: `too many aliases (more than ${MAX_ALIASES} expansions): refused as a possible alias bomb` })]);
  }
  const placed = (issues: PathIssue[]) => issues.map(({ path, at, message }) => issue(file, positionOf(doc, lc, path, at), message));
  // Control characters are refused wherever they are, with the schema's issues or the lint's.
  const control = placed(lintControlText(data));
  const parsed = PolicySchema.safeParse(data);
  if (!parsed.success) throw invalidPolicy(file, sortIssues([...control, ...placed(zodIssues(parsed.error.issues, data))]));
  const lint = [...control, ...placed(lintPolicy(parsed.data))];
  if (lint.length) throw invalidPolicy(file, sortIssues(lint));
  return parsed.data;
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
