// A policy directory (--policy-dir, YIBAO_POLICY_DIR): a bureau's own policy files <id>.yaml,
// with their sources beside them. Every file is read and validated when the directory is opened:
// a damaged or invalid file is an error naming it (exit 2), never skipped. Other files (the
// sources, notes) and subdirectories (golden cases) are left alone.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedPolicy } from './bundled.js';
import { PolicyFileError, type PolicyIssue } from './errors.js';
import { excerpt } from '../excerpt.js';

/** More policy files than this in one directory is not a bureau's directory. */
export const MAX_DIRECTORY_POLICIES = 200;

export interface PolicyDirectory {
  dir: string;
  /** id -> the policy of <dir>/<id>.yaml. */
  policies: Map<string, LoadedPolicy>;
}

const ID = /^[a-z][a-z0-9-]*$/;

/** Opens a policy directory: every <id>.yaml in it, validated. Throws PolicyFileError 'bad_policy_dir' or the files' errors (exit 2). */
export async function loadPolicyDirectory(dir: string): Promise<PolicyDirectory> {
  const names = await policyFileNames(dir);
  const { loadPolicyFile } = await import('./load.js');
  const results = await Promise.allSettled(
    names.map(async (name) => {
      const path = join(dir, name);
      const id = name.slice(0, -'.yaml'.length);
      if (!ID.test(id)) throw badName(path, name);
      return loadPolicyFile(path, { expectId: id, sourcesBeside: true });
    }),
  );
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failed.length) throw combined(dir, failed);
  const policies = new Map<string, LoadedPolicy>();
  for (const r of results) if (r.status === 'fulfilled') policies.set(r.value.policy.id, r.value);
  return { dir, policies };
}

/** The policy files of the directory, sorted; a .yml file is refused (policy files are <id>.yaml). */
async function policyFileNames(dir: string): Promise<string[]> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    throw badDir(dir, error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'missing' : 'unreadable', error.code);
  });
  if (!info.isDirectory()) throw badDir(dir, 'not_dir');
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw badDir(dir, 'unreadable', error.code);
  });
  const names: string[] = [];
  for (const e of entries) {
    if (e.isDirectory()) continue;
    if (/\.yml$/i.test(e.name)) throw badName(join(dir, e.name), e.name);
    if (/\.yaml$/i.test(e.name)) names.push(e.name);
  }
  if (names.length > MAX_DIRECTORY_POLICIES) throw badDir(dir, 'too_many', String(names.length));
  return names.sort();
}

function badDir(typed: string, why: 'missing' | 'not_dir' | 'unreadable' | 'too_many', detail?: string): PolicyFileError {
  const dir = excerpt(typed, 200);
  const text = {
    missing: { zh: `政策目录 ${dir}: 目录不存在。`, en: `policy directory ${dir}: no such directory.` },
    not_dir: { zh: `政策目录 ${dir}: 不是目录。`, en: `policy directory ${dir}: not a directory.` },
    unreadable: { zh: `政策目录 ${dir}: 无法读取(${detail})。`, en: `policy directory ${dir}: cannot read it (${detail}).` },
    too_many: {
      zh: `政策目录 ${dir}: 有 ${detail} 个 .yaml 文件,超过上限 ${MAX_DIRECTORY_POLICIES}。`,
      en: `policy directory ${dir}: ${detail} .yaml files, more than the limit of ${MAX_DIRECTORY_POLICIES}.`,
    },
  }[why];
  return new PolicyFileError('bad_policy_dir', text);
}

function badName(path: string, name: string): PolicyFileError {
  const shown = excerpt(path, 200);
  const message = {
    zh: `文件名“${excerpt(name)}”不是 <id>.yaml:政策目录中的政策文件以其 id 命名(小写字母开头,只含小写字母、数字和 -),扩展名为 .yaml`,
    en: `the file name "${excerpt(name)}" is not <id>.yaml: a policy directory's policy files are named by their id (a lower-case letter, then lower-case letters, digits and -) with the extension .yaml`,
  };
  return new PolicyFileError('invalid_policy', { zh: `${shown}:1:1: ${message.zh}`, en: `${shown}:1:1: ${message.en}` }, [
    { file: shown, line: 1, col: 1, message: message.en, messages: message },
  ]);
}

/** One error for every file that failed, each named, in file order. */
function combined(dir: string, failed: unknown[]): unknown {
  const errors = failed.filter((e): e is PolicyFileError => e instanceof PolicyFileError);
  if (errors.length !== failed.length) return failed.find((e) => !(e instanceof PolicyFileError));
  if (errors.length === 1) return errors[0];
  const shown = excerpt(dir, 200);
  const issues: PolicyIssue[] = errors.flatMap((e) => e.issues);
  return new PolicyFileError(errors[0]!.code, {
    zh: `政策目录 ${shown} 中有 ${errors.length} 个文件无效:\n${errors.map((e) => e.messages.zh).join('\n')}`,
    en: `policy directory ${shown}: ${errors.length} files are invalid:\n${errors.map((e) => e.messages.en).join('\n')}`,
  }, issues);
}
